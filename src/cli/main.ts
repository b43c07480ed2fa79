// Reportbench CLI: the same core as the app, for batch work on a folder of reports.
//   npm run -s cli -- inspect [--text] FILE...
//   npm run -s cli -- extract [--csv] FILE...
import type { CliIo } from './inputs.ts';

const USAGE = `usage:
  reportbench inspect [--text] FILE...   metadata, outline and required parts as JSON
  reportbench extract [--csv] FILE...    quantities as JSON (or CSV)
`;

async function main(argv: string[]): Promise<number> {
  const io: CliIo = {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
  };
  const [cmd, ...args] = argv;
  // Commands load on demand, so one command's dependencies never slow the other.
  if (cmd === 'inspect') return (await import('./inspect.ts')).runInspect(args, io);
  if (cmd === 'extract') return (await import('./extract.ts')).runExtract(args, io);
  io.stderr(USAGE);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 1;
  },
);
