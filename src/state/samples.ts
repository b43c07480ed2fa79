// The sample reports shipped in seeds/, loaded on demand (a separate chunk) and imported
// through the same pipeline as a user's files. The seeds are UTF-8 without BOM, so encoding
// the raw string gives back their exact bytes.
import type { ImportSource } from '../worker/import-api.ts';

const seeds = import.meta.glob('../../seeds/*.txt', { query: '?raw', import: 'default' });

export async function sampleSources(): Promise<ImportSource[]> {
  const enc = new TextEncoder();
  const names = Object.keys(seeds).sort();
  return Promise.all(
    names.map(async (path) => ({
      name: path.split('/').pop() ?? path,
      bytes: enc.encode((await seeds[path]()) as string),
    })),
  );
}
