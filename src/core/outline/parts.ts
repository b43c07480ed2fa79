// Which required part (2019 supervision rules) a top-level section reports.
import type { Heading, PartPresence, RequiredPart } from '../types.ts';
import { toSimplified } from '../meta/trad.ts';

const OTHER = /其他需要(?:报告|说明)|其他(?:事项|情况)$/;
const FIRST_RESPONSIBLE =
  /第一责任人|主要负责人履行|主要负责人.{0,12}(?:法治建设|法治政府建设).{0,6}职责|述法/;
const SHORTCOMINGS =
  /不足|存在(?:的)?(?:主要)?问题|主要问题|问题(?:和|与|及)(?:原因|不足)|短板|差距|薄弱环节/;
const NEXT_YEAR =
  /下一年|下一步|下步|下阶段|今后|明年|来年|工作(?:计划|设想|安排|打算|思路|重点|目标)|主要安排|(?:计划|打算|设想|思路)$|\d{4}年(?:度)?.{0,12}(?:计划|安排|打算|设想|思路|重点)/;
/** Words of a section reporting work done: the default for a report's top-level sections. */
const MEASURES =
  /举措|成效|情况|工作|建设|依法|法治|推进|加强|完善|健全|坚持|深化|落实|履行|职能|制度|决策|执法|监督|矛盾|纠纷|普法|领导|保障|能力|改革|服务|体系|治理|学习|贯彻|成绩|做法|亮点/;

/** Every part a title names (a merged `存在的不足和下一步打算` names two). */
export function partsNamed(title: string): RequiredPart[] {
  const t = toSimplified(title);
  if (OTHER.test(t)) return ['other'];
  const parts: RequiredPart[] = [];
  if (FIRST_RESPONSIBLE.test(t)) parts.push('firstResponsible');
  if (SHORTCOMINGS.test(t)) parts.push('shortcomings');
  if (NEXT_YEAR.test(t)) parts.push('nextYear');
  if (parts.length === 0 && MEASURES.test(t)) parts.push('measures');
  return parts.length ? parts : ['other'];
}

/**
 * The part a level-1 section reports. Under the 2015–2020 outline a report often has one section
 * per task area (`依法全面履行政府职能`): those report measures taken, so anything that is not
 * clearly shortcomings, first-responsible, next year or "other" counts as measures.
 */
export function classifyPart(title: string): RequiredPart {
  return partsNamed(title)[0]!;
}

export function partsPresent(outline: Heading[]): PartPresence {
  const found: PartPresence = {
    measures: false,
    shortcomings: false,
    firstResponsible: false,
    nextYear: false,
  };
  if (outline.length === 0) return found;
  // Top sections are level 1; a report without `一、` headings uses its outermost level instead.
  const top = Math.min(...outline.map((h) => h.level));
  let topPart: RequiredPart[] = [];
  for (const h of outline) {
    if (h.level === top) {
      topPart = partsNamed(h.title);
      for (const p of topPart) if (p !== 'other') found[p] = true;
    } else if (
      h.level === top + 1 &&
      !topPart.includes('nextYear') &&
      !topPart.includes('shortcomings') &&
      /第一责任人/.test(toSimplified(h.title)) &&
      /履行|职责|落实/.test(toSimplified(h.title))
    ) {
      // A subsection reporting the principal's duty, inside a section on the year's work.
      found.firstResponsible = true;
    }
  }
  return found;
}
