// The search worker's per-report structures: the folded text with what folding changed, the
// bigram signature that rules reports out, the hit cap, and the packed rows. Each is checked
// against the plain scan it replaces, on the seeds and on generated strings.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  candidateTest,
  compileQuery,
  foldText,
  foldWidth,
  mayContain,
  originalSlice,
  originalText,
  packRows,
  searchLibrary,
  searchText,
  signature,
  termHashes,
  units,
  unpackRows,
  type Matcher,
  type SearchableReport,
} from '../../../src/core/search/index.ts';
import { seeds } from '../codebook/fx.ts';

function matcher(text: string, mode: 'plain' | 'regex' = 'plain'): Matcher {
  const q = compileQuery({ text, mode });
  if (!q.ok) throw new Error(q.error);
  return q.matcher;
}

/** The folding rule unit by unit, as the first version wrote it. */
function foldReference(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
    else if (c === 0x3000) c = 0x20;
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    out += String.fromCharCode(c);
  }
  return out;
}

/** Strings rich in what matters here: hanzi, full-width forms, ASCII case, spaces, breaks. */
const PIECES = [
  '法',
  '治',
  '政',
  '府',
  '复',
  '议',
  'Ａ',
  'ａ',
  'A',
  'a',
  '１',
  '1',
  '，',
  ',',
  '　',
  ' ',
  '\n',
  '。',
  '！',
  '!',
  '；',
  '𠀀',
];
const textArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 200 }).map((a) => a.join(''));
const termArb = fc
  .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 4 })
  .map((a) => a.join(''));

/** The same reports as the worker holds them: folded text plus signature. */
const indexed = (rs: readonly { id: string; text: string }[]): SearchableReport[] =>
  rs.map((r) => {
    const text = foldText(r.text);
    return { id: r.id, text, sig: signature(text.folded) };
  });

describe('foldText', () => {
  it('folds like the unit-by-unit rule and gives the original back, whole or sliced', () => {
    fc.assert(
      fc.property(textArb, fc.nat(), fc.nat(), (s, x, y) => {
        const f = foldText(s);
        expect(f.folded).toBe(foldReference(s));
        expect(foldWidth(s)).toBe(f.folded);
        expect(originalText(f)).toBe(s);
        const [a, b] = [x % (s.length + 1), y % (s.length + 1)].sort((p, q) => p - q);
        expect(originalSlice(f, a!, b!)).toBe(s.slice(a, b));
      }),
      { numRuns: 500 },
    );
  });
  it('keeps only the changed units, and the text itself when nothing folds', () => {
    const f = foldText('行政复议ＡＢ案件');
    expect(f.folded).toBe('行政复议ab案件');
    expect([...f.at]).toEqual([4, 5]);
    expect(String.fromCharCode(...f.was)).toBe('ＡＢ');
    const plain = '行政复议案件';
    expect(foldText(plain).folded).toBe(plain);
    expect(foldText(plain).at).toHaveLength(0);
  });
});

describe('regexes over folded texts', () => {
  it('cut the same units and find the same hits as over the original', () => {
    const regexes = ['[Ａa]+', '法治', '[！!；]', '\\d+', '复.{0,3}议'].map((p) =>
      matcher(p, 'regex'),
    );
    fc.assert(
      fc.property(textArb, fc.integer({ min: 3, max: 40 }), (s, max) => {
        const f = foldText(s);
        expect(units(f, max)).toEqual(units(s, max));
        for (const m of regexes) expect(searchText(f, m)).toEqual(searchText(s, m));
      }),
      { numRuns: 300 },
    );
  });
});

describe('signature', () => {
  it('never rules out a term that occurs (seeds: substrings every 7 characters)', () => {
    for (const { text } of seeds()) {
      const folded = foldWidth(text);
      const sig = signature(folded);
      for (let i = 0; i < folded.length; i += 7)
        for (const len of [2, 3, 4, 6]) {
          const t = folded.slice(i, i + len);
          if (t.length === len) expect(mayContain(sig, termHashes(t)!), t).toBe(true);
        }
    }
  });
  it('rules out terms that do not occur in most reports', () => {
    const sigs = seeds().map((s) => signature(foldWidth(s.text)));
    const absent = ['没有这个词语', '量子计算机', '火星基地建设', '区块链溯源平台'];
    let passed = 0;
    for (const t of absent) for (const sig of sigs) if (mayContain(sig, termHashes(t)!)) passed++;
    expect(passed).toBeLessThanOrEqual(2);
    expect(termHashes('法')).toBeNull();
  });
  it('cannot test regexes or one-character groups, and says so', () => {
    expect(candidateTest(matcher('复议', 'regex'))).toBeNull();
    expect(candidateTest(matcher('法'))).toBeNull();
    expect(candidateTest(matcher('法 OR 复议'))).toBeNull();
    expect(candidateTest(matcher('法 复议'))).not.toBeNull();
  });
  it('generated texts: a report that has a hit always passes its signature', () => {
    fc.assert(
      fc.property(textArb, fc.array(termArb, { minLength: 1, maxLength: 3 }), (s, terms) => {
        const m = matcher(terms.map((t) => `"${t}"`).join(' OR '));
        const test = candidateTest(m);
        if (searchText(s, m).hits.length && test) expect(test(signature(foldWidth(s)))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('searchLibrary with signatures and the hit cap', () => {
  const QUERIES = [
    '复议',
    '行政复议',
    '法治政府',
    '第一责任人',
    '没有这个词语',
    '复议 OR 诉讼',
    '案件 -诉讼',
    '行政 执法 监督',
    '"96件"',
    '法',
  ];
  it('gives the same rows and counts as the plain scan on the seeds', () => {
    const plain = seeds();
    const held = indexed(plain);
    for (const q of QUERIES) {
      const m = matcher(q);
      expect(searchLibrary(held, m), q).toEqual(searchLibrary(plain, m));
    }
    for (const q of ['\\d+件', '(复议|诉讼)案件']) {
      const m = matcher(q, 'regex');
      expect(searchLibrary(held, m), q).toEqual(searchLibrary(plain, m));
    }
  });
  it('past the cap still counts every report hit, as the uncapped scan does', () => {
    const held = indexed(seeds());
    const ms = ['复议', '法治政府', '复议 OR 诉讼', '行政 执法'].map((q) => matcher(q));
    ms.push(matcher('\\d+件', 'regex'));
    for (const m of ms) {
      const q = m.source;
      const all = searchLibrary(held, m, {}, { maxHits: Infinity });
      for (const cap of [1, 7, 40]) {
        const capped = searchLibrary(held, m, {}, { maxHits: cap });
        expect(capped.reportsHit, q).toBe(Object.keys(all.perReport).length);
        expect(capped.rows, q).toEqual(all.rows.slice(0, cap));
        expect(capped.truncated).toBe(all.rows.length > cap);
      }
    }
  });
  it('generated libraries: the same result with and without signatures', () => {
    fc.assert(
      fc.property(
        fc.array(textArb, { minLength: 1, maxLength: 8 }),
        fc.array(termArb, { minLength: 1, maxLength: 2 }),
        fc.constantFrom(' ', ' OR '),
        fc.integer({ min: 1, max: 30 }),
        (texts, terms, op, cap) => {
          const plain = texts.map((text, i) => ({ id: `r${i}`, text }));
          const m = matcher(terms.map((t) => `"${t}"`).join(op));
          const a = searchLibrary(indexed(plain), m, {}, { maxHits: cap, width: 5 });
          const b = searchLibrary(plain, m, {}, { maxHits: cap, width: 5 });
          expect(a).toEqual(b);
          const hitReports = plain.filter((r) => searchText(r.text, m).hits.length).length;
          expect(a.reportsHit).toBe(hitReports);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('packed rows', () => {
  it('arrive exactly as they left', () => {
    const res = searchLibrary(indexed(seeds()), matcher('复议 OR 诉讼'), {}, { width: 12 });
    expect(res.rows.length).toBeGreaterThan(10);
    expect(unpackRows(packRows(res.rows))).toEqual(res.rows);
    expect(unpackRows(packRows([]))).toEqual([]);
  });
});
