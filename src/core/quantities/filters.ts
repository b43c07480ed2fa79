// Rules that tell a number of work from a number that is part of something else:
// ordinals, names, slogans, headings, phone numbers, vague amounts. Each rule is general
// (from how these reports are written), never keyed to one report's wording.
import { isInlineSpace, isHan } from './chars.ts';
import { isClosingMark } from './names.ts';
import type { NumberCore } from './numerals.ts';
import type { UnitDef } from './units.ts';

/** Fixed political phrases built on a numeral (`四个意识`, `两个维护`). */
const SLOGANS = [
  '四个意识',
  '四个自信',
  '两个维护',
  '两个确立',
  '四个全面',
  '五位一体',
  '三个代表',
  '两个毫不动摇',
  '三个务必',
  '四个最严',
];

/** After a duration unit, these keep it a duration (`8个课时的`, `24小时内`); any other
 * Han character makes it an attribute of a name (`24小时自助服务区`, `8小时工作制`). */
const AFTER_DURATION_OK = '的内以左后前之余多不';

/** Heads of named policy packages: `五张清单`, `三项制度`, `两个机制` are names, not counts. */
const PACKAGE_HEADS = ['清单', '制度', '机制', '体系', '工程', '行动', '原则', '模式', '理念'];

/** After any unit, these make the expression a name (`一站式`, `一体化`, `三级`). */
const NAME_SUFFIX = '式型化';

function prevNonSpace(text: string, i: number): { c: string | undefined; at: number } {
  let j = i - 1;
  while (j >= 0 && isInlineSpace(text[j])) j--;
  return { c: text[j], at: j };
}

export interface Candidate {
  core: NumberCore;
  /** Where the expression starts (approximation words included). */
  start: number;
  unit: UnitDef | null;
  unitEnd: number;
  /** An approximation word was written before the number (`近亿元`, `超千万元`). */
  hasPrefix: boolean;
}

/** Why this candidate is not a quantity of work, or null when it is one. */
export function rejectReason(text: string, cand: Candidate, names: Uint8Array): string | null {
  const { core, unit } = cand;
  if (!Number.isFinite(core.value) || core.longestRun > 15) return 'not-a-number';
  if (names[core.start]) return 'name';
  const before = prevNonSpace(text, cand.start);
  if (before.c === '第') return 'ordinal';
  // `数千万` `几十家` `若干个`: vague amounts are written in Chinese numerals (`人数263人` is not).
  const vagueWord =
    before.c === '数' || before.c === '几' || text.slice(before.at - 1, before.at + 1) === '若干';
  const vague = vagueWord && !core.hasArabic;
  if (vague) return 'vague';
  if (core.singleCnDigit === '一' && !core.more) return 'article';
  if (!core.hasDigit && !core.hasArabic && !cand.hasPrefix && text[core.start] !== '十') {
    return 'vague'; // `百名` `万家` `千家万户`: a multiplier alone is rhetoric
  }
  if (!core.hasArabic && isClosingMark(before.c)) return 'name'; // `…”五张清单`
  for (const s of SLOGANS) if (text.startsWith(s, core.start)) return 'slogan';
  if (
    (before.c === '(' || before.c === '（') &&
    (text[core.end] === ')' || text[core.end] === '）')
  ) {
    return 'heading';
  }
  if (core.hasArabic && core.longestRun >= 7 && /[0０]/.test(text[core.start])) return 'phone';
  // `拨打12345`, `热线：12348`: a long number right after a phone word is a phone number.
  const lead = text.slice(Math.max(0, cand.start - 4), cand.start).replace(/[:：\s]+$/, '');
  if (core.longestRun >= 5 && /(电话|热线|拨打|专线|号码)$/.test(lead)) return 'phone';
  if (unit) {
    const next = text[cand.unitEnd];
    if (next !== undefined && NAME_SUFFIX.includes(next)) return 'name';
    const head = text.slice(cand.unitEnd, cand.unitEnd + 2);
    if (!core.hasArabic && PACKAGE_HEADS.includes(head)) return 'name';
    if (unit.kind === 'duration' && isHan(next) && !AFTER_DURATION_OK.includes(next)) return 'name';
  }
  return null;
}
