// Matching quantities to indicators. A match needs the right kind of unit (a rate never
// matches a count), every keyword group in the quantity's own clause (or subject), every
// context group somewhere in its sentence, and no excluded word. When several indicators
// match, the one with the most specific evidence wins; when none does, the quantity stays
// unmatched ("other") rather than being forced.
import type { Quantity, UnitKind } from '../quantities/types.ts';
import { foldVariants } from '../quantities/variants.ts';
import { CATALOGUE } from './catalogue.ts';
import { compileSafe } from './safe-pattern.ts';
import type { Indicator, IndicatorMatch } from './types.ts';

/** Windows are capped so matching costs the same however long a clause runs. */
const CLAUSE_BEFORE = 60;
const CLAUSE_AFTER = 40;
const SENTENCE_AROUND = 200;

interface Windows {
  subject: string;
  inherited: boolean;
  clause: string;
  sentenceBefore: string;
  sentenceAfter: string;
  sentence: string | null;
}

/** An indicator with what every quantity would otherwise recompute: its pattern, compiled
 * once, and its description, written once when it first wins. */
interface Prepared {
  ind: Indicator;
  re: RegExp | null;
  description: string | null;
}

/** The catalogue for one matching run, and per unit kind the indicators whose kind can fit
 * it (most quantities are counts, and most indicators take only one kind), in catalogue order
 * so that ties are still won by the earlier indicator. */
class PreparedCatalogue {
  readonly #all: Prepared[];
  readonly #byKind = new Map<UnitKind, Prepared[]>();

  constructor(catalogue: readonly Indicator[]) {
    this.#all = catalogue.map((ind) => ({
      ind,
      re: ind.pattern ? compileSafe(ind.pattern) : null,
      description: null,
    }));
  }

  forKind(kind: UnitKind): Prepared[] {
    let list = this.#byKind.get(kind);
    if (!list) {
      const rate = kind === 'percent';
      list = this.#all.filter(
        ({ ind }) =>
          rate === (ind.kind === 'rate') &&
          (kind === 'money') === (ind.kind === 'money') &&
          ind.unitKinds.includes(kind),
      );
      this.#byKind.set(kind, list);
    }
    return list;
  }
}

/** Indicator words are simplified Chinese; each short window is folded (same length). */
function folded(original: string, a: number, b: number): string {
  return foldVariants(original.slice(a, b));
}

function windows(q: Quantity, original: string): Windows {
  const clause = folded(
    original,
    Math.max(q.clauseStart, q.start - CLAUSE_BEFORE),
    Math.min(Math.max(q.clauseEnd, q.end), q.end + CLAUSE_AFTER),
  );
  const subject = foldVariants(q.subject ?? '');
  return {
    subject,
    inherited: q.subjectInherited,
    clause: q.subjectInherited ? `${subject} ${clause}` : clause,
    sentenceBefore: folded(original, Math.max(q.sentenceStart, q.start - SENTENCE_AROUND), q.start),
    sentenceAfter: folded(original, q.end, Math.min(q.sentenceEnd, q.end + SENTENCE_AROUND)),
    sentence: null,
  };
}

/** The sentence window, joined once per quantity and only when a rule needs it. */
function sentenceOf(w: Windows): string {
  return w.sentenceBefore + w.sentenceAfter;
}

function unitFits(ind: Indicator, q: Quantity): boolean {
  if (q.change) return false; // a change is not a level of anything
  const rate = q.unitKind === 'percent';
  if (rate !== (ind.kind === 'rate')) return false;
  if ((q.unitKind === 'money') !== (ind.kind === 'money')) return false;
  if (!ind.unitKinds.includes(q.unitKind)) return false;
  return !ind.units?.length || ind.units.includes(q.baseUnit) || ind.units.includes(q.unit);
}

function longestIn(hay: string, words: string[]): string | null {
  let best: string | null = null;
  for (const w of words) if (w && hay.includes(w) && (!best || w.length > best.length)) best = w;
  return best;
}

function anyIn(hay: string, words: readonly string[]): boolean {
  for (const x of words) if (x && hay.includes(x)) return true;
  return false;
}

interface Scored {
  score: number;
  words: string[];
}

function evaluate(p: Prepared, q: Quantity, w: Windows): Scored | null {
  const ind = p.ind;
  if (!unitFits(ind, q)) return null;
  if (ind.exclude && anyIn(w.clause, ind.exclude)) return null;
  if (ind.excludeSentence && anyIn((w.sentence ??= sentenceOf(w)), ind.excludeSentence)) {
    return null;
  }
  const words: string[] = [];
  let score = 0;
  // A subject carried from an earlier quantity is not this quantity's own noun.
  const hay = ind.scope === 'subject' ? (w.inherited ? '' : w.subject) : w.clause;
  for (const group of ind.keywords) {
    if (!group.length) continue;
    const found = longestIn(hay, group);
    if (!found) return null;
    words.push(found);
    score += 2 * found.length + (w.subject.includes(found) ? 1 : 0);
  }
  for (const group of ind.context ?? []) {
    if (!group.length) continue;
    const inClause = longestIn(w.clause, group);
    const before = inClause ?? longestIn(w.sentenceBefore, group);
    const found = before ?? longestIn(w.sentenceAfter, group);
    if (!found) return null;
    words.push(found);
    score += found.length * (inClause ? 2 : before ? 1 : 0.5);
  }
  if (ind.pattern) {
    const m = p.re ? p.re.exec(w.clause) : null;
    if (!m) return null;
    words.push(m[0]);
    score += 2 * m[0].length;
  }
  return { score, words };
}

function groups(gs: string[][]): string[] {
  return gs.filter((x) => x.length).map((x) => `[${x.join('|')}]`);
}

function describe(ind: Indicator): string {
  const parts: string[] = [];
  const kw = groups(ind.keywords);
  if (kw.length)
    parts.push(`${ind.scope === 'subject' ? 'subject' : 'clause'} has ${kw.join(' + ')}`);
  const ctx = groups(ind.context ?? []);
  if (ctx.length) parts.push(`sentence has ${ctx.join(' + ')}`);
  if (ind.pattern) parts.push(`clause matches /${ind.pattern}/`);
  if (ind.exclude?.length) parts.push(`not [${ind.exclude.join('|')}]`);
  if (ind.excludeSentence?.length) parts.push(`sentence not [${ind.excludeSentence.join('|')}]`);
  parts.push(`unit ${ind.units?.length ? ind.units.join('|') : ind.unitKinds.join('|')}`);
  return parts.join('; ');
}

const NO_MATCH = (): IndicatorMatch => ({ indicatorId: null, explanation: null });

function matchPrepared(q: Quantity, text: string, catalogue: PreparedCatalogue): IndicatorMatch {
  // A change is not a level of anything, and a kind no indicator takes matches nothing: no
  // windows to cut (unitFits would turn every indicator down).
  const candidates = q.change ? [] : catalogue.forKind(q.unitKind);
  if (!candidates.length) return NO_MATCH();
  const w = windows(q, text);
  let best: { p: Prepared; s: Scored } | null = null;
  for (const p of candidates) {
    const s = evaluate(p, q, w);
    if (s && (!best || s.score > best.s.score)) best = { p, s };
  }
  if (!best) return NO_MATCH();
  const p = best.p;
  return {
    indicatorId: p.ind.id,
    explanation: { pattern: (p.description ??= describe(p.ind)), words: best.s.words },
  };
}

export function matchIndicator(
  q: Quantity,
  text: string,
  catalogue: readonly Indicator[] = CATALOGUE,
): IndicatorMatch {
  return matchPrepared(q, text, new PreparedCatalogue(catalogue));
}

export function matchAll(
  quantities: readonly Quantity[],
  text: string,
  catalogue: readonly Indicator[] = CATALOGUE,
): IndicatorMatch[] {
  const prepared = new PreparedCatalogue(catalogue);
  return quantities.map((q) => matchPrepared(q, text, prepared));
}
