// A report's bigram signature: a small Bloom-style bitset with one bit per hashed pair of
// adjacent code units of its width-folded text. A term can occur in a text only if every one
// of its pairs has its bit set, so a query tests the signature first and scans only the
// reports that pass (a few false candidates, never a missed one). About 2 KB per 10 KB report.
import type { Matcher } from './query.ts';

export type Signature = Uint32Array;

/** About eight bits per character keeps false candidates rare (~10% per absent pair). */
const MIN_BITS = 1 << 10;
const MAX_BITS = 1 << 20;

/** A well-mixed 32-bit hash of the pair (a, b); a signature keeps its low bits. */
function pairHash(a: number, b: number): number {
  let h = Math.imul((a << 16) | b, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  return (h ^ (h >>> 13)) >>> 0;
}

export function signature(folded: string): Signature {
  let bits = MIN_BITS;
  while (bits < folded.length * 4 && bits < MAX_BITS) bits <<= 1;
  const sig = new Uint32Array(bits >>> 5);
  const mask = bits - 1;
  let prev = folded.charCodeAt(0);
  for (let i = 1; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    const h = pairHash(prev, c) & mask;
    sig[h >>> 5]! |= 1 << (h & 31);
    prev = c;
  }
  return sig;
}

/** The pair hashes of a (folded) term; null when it is too short to have a pair. */
export function termHashes(term: string): number[] | null {
  if (term.length < 2) return null;
  const out = new Set<number>();
  for (let i = 1; i < term.length; i++)
    out.add(pairHash(term.charCodeAt(i - 1), term.charCodeAt(i)));
  return [...out];
}

/** Whether the text behind `sig` may contain the term with these pair hashes. */
export function mayContain(sig: Signature, hashes: readonly number[]): boolean {
  const mask = sig.length * 32 - 1;
  for (const h of hashes) {
    const b = h & mask;
    if ((sig[b >>> 5]! & (1 << (b & 31))) === 0) return false;
  }
  return true;
}

/**
 * A test that rejects reports which cannot match (null: the matcher cannot be tested this
 * way, as for regexes). Every AND group needs one of its terms; excluded terms prune nothing.
 */
export function candidateTest(matcher: Matcher): ((sig: Signature) => boolean) | null {
  if (matcher.mode !== 'plain') return null;
  const groups = matcher.all.map((any) => any.map(termHashes));
  // A group with a one-character term always passes: the test would only cost time.
  const useful = groups.filter((g) => g.every((h) => h !== null)) as number[][][];
  if (!useful.length) return null;
  return (sig) => useful.every((g) => g.some((h) => mayContain(sig, h)));
}
