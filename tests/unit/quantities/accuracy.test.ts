// Accuracy on the five hand-labelled seeds: precision and recall of quantities (value + unit)
// and indicator accuracy on the matched ones. Thresholds from issue 3.
import { describe, expect, it } from 'vitest';
import { loadGold, scoreSeed } from './gold-score.ts';

describe('quantity extraction on the gold seeds', () => {
  it('reaches precision 0.95, recall 0.95 and indicator accuracy 0.85', () => {
    const gold = loadGold();
    let goldN = 0;
    let found = 0;
    let matched = 0;
    let right = 0;
    for (const [seed, items] of Object.entries(gold)) {
      const s = scoreSeed(seed, items);
      goldN += s.gold;
      found += s.found;
      matched += s.matched;
      right += s.indicatorRight;
      for (const m of s.misses) console.log(`  miss  ${seed} ${m}`);
      for (const x of s.extras) console.log(`  extra ${seed} ${x}`);
      for (const w of s.wrongIndicator) console.log(`  indicator ${seed} ${w}`);
    }
    const precision = matched / found;
    const recall = matched / goldN;
    const indicatorAccuracy = right / matched;
    console.log(
      `quantities: gold ${goldN}, found ${found}, matched ${matched}; ` +
        `precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, ` +
        `indicator accuracy ${indicatorAccuracy.toFixed(3)}`,
    );
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(indicatorAccuracy).toBeGreaterThanOrEqual(0.85);
  });
});
