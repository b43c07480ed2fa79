// The metric table's input from what loadMetricData read: each report's packed mentions with
// the user's decisions applied, plus quantities a decision made an indicator's and reports
// without a set. A report nobody decided on keeps its stored pack as it is (the common case,
// so 10,000 reports are not unpacked). The same mentions toMentions(applyDecisions(every
// quantity, decisions)) gives, without sentences (tests/unit/compare/metric-mentions.test.ts).
import type { MetricData } from '../db/compare.ts';
import type { QuantityDecision, QuantityRecord } from '../db/types.ts';
import { decideMention, toMentions } from '../core/compare/mentions.ts';
import {
  fromStored,
  mentionId,
  packMentions,
  unpackMention,
  type PackedMentions,
} from '../core/compare/mention-pack.ts';
import type { Mention } from '../core/compare/types.ts';
import { applyDecisions } from '../state/quantity-items.ts';

function groupBy<T extends { reportId: string }>(items: readonly T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of items) {
    const list = m.get(x.reportId);
    if (list) list.push(x);
    else m.set(x.reportId, [x]);
  }
  return m;
}

/** Report id → its mentions, decisions applied. */
export function decidedSets(data: MetricData): Map<string, PackedMentions> {
  const decisions = groupBy<QuantityDecision>(data.decisions);
  const extras = groupBy<QuantityRecord>(data.decidedQuantities.filter((q) => !q.indicatorId));
  const out = new Map<string, PackedMentions>();
  for (const set of data.sets) {
    const ds = decisions.get(set.reportId);
    const more = extras.get(set.reportId);
    const p = fromStored(set.mentions);
    if (!ds && !more) {
      out.set(set.reportId, p);
      continue;
    }
    const byId = new Map((ds ?? []).map((d) => [d.id, d]));
    const ms: Mention[] = [];
    for (let i = 0; i < p.values.length; i++) {
      const m = decideMention(
        unpackMention(set.reportId, p, i),
        byId.get(mentionId(set.reportId, p.starts[i], p.ends[i])),
      );
      if (m) ms.push(m);
    }
    if (more) ms.push(...toMentions(applyDecisions(more, ds ?? [])));
    out.set(set.reportId, packMentions(ms));
  }
  for (const [id, qs] of groupBy(data.unsetQuantities))
    out.set(id, packMentions(toMentions(applyDecisions(qs, decisions.get(id) ?? []))));
  return out;
}

/** Every mention of the sets, in set order (for the full table an export needs). */
export function allMentions(sets: ReadonlyMap<string, PackedMentions>): Mention[] {
  const out: Mention[] = [];
  for (const [id, p] of sets)
    for (let i = 0; i < p.values.length; i++) out.push(unpackMention(id, p, i));
  return out;
}

export function metricMentions(data: MetricData): Mention[] {
  return allMentions(decidedSets(data));
}
