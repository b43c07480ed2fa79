// The metric table's mentions from what loadMetricData read: the packed sets with the user's
// decisions applied, plus quantities a decision made an indicator's and reports without a set.
// The same mentions toMentions(applyDecisions(every quantity, decisions)) gives, without the
// sentences (tests/unit/compare/metric-mentions.test.ts holds the two side by side).
import type { MetricData } from '../db/compare.ts';
import { decideMention, toMentions } from '../core/compare/mentions.ts';
import { unpackMention } from '../core/compare/mention-pack.ts';
import { indexBy } from '../core/compare/collect.ts';
import type { Mention } from '../core/compare/types.ts';
import { applyDecisions } from '../state/quantity-items.ts';

export function metricMentions(data: MetricData): Mention[] {
  const decisions = indexBy(data.decisions, (d) => d.id);
  const out: Mention[] = [];
  for (const set of data.sets) {
    const p = set.mentions;
    for (let i = 0; i < p.values.length; i++) {
      const m = unpackMention(set.reportId, p, i);
      const decided = decideMention(m, decisions.get(m.id));
      if (decided) out.push(decided);
    }
  }
  // A set holds the quantities extracted with an indicator; the others come as quantities.
  const extra = [...data.decidedQuantities.filter((q) => !q.indicatorId), ...data.unsetQuantities];
  for (const m of toMentions(applyDecisions(extra, data.decisions))) out.push(m);
  return out;
}
