// Golden output: quantities and indicator matches for the five seeds, hostile inputs and
// pseudo-random mixes, recorded before the extractor was tuned for speed. A speed change must
// leave every field identical; a deliberate rule change re-records it (`npx vitest run -u`).
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../../src/core/quantities/index.ts';
import { matchAll } from '../../../src/core/indicators/index.ts';

const seedsDir = fileURLToPath(new URL('../../../seeds/', import.meta.url));

/** One line per quantity (with its match), so a change shows as a readable diff. */
function dump(text: string): string {
  const qs = extractQuantities(text);
  const ms = matchAll(qs, text);
  return qs.map((q, i) => JSON.stringify([q, ms[i]])).join('\n') + '\n';
}

const HOSTILE = [
  '约近超过1,234,567.89万余元、（同比增长12.5%',
  '受理矛盾纠纷12件',
  '1件',
  '1-',
  '1.',
  '1,000',
  '百分之',
  '“三项制度”',
  '由299项增加到356项，',
];

const PIECES = [
  ...'0123456789０１２３４５６７８９零〇一二两三四五六七八九十百千万亿余多近约超',
  ...'件宗起次场期批人名家户个项条份本卷册部套处间支所站元亩%％',
  ...'至到-～,，.．、;；。！？:：()（）“”「」《》"\n 　的是在',
  ...['共计', '累计', '出具', '办理', '受理', '案件', '纠纷', '规范性文件', '同比减少'],
  ...['增加', '由', '第', '年', '月', '以上', '左右', '不少于', '百分之', '万元', '人次'],
  ...['行政复议', '行政诉讼', '出庭应诉', '法律顾问', '普法', '培训', '执法人员', '案卷'],
];

/** Deterministic mixes (a fixed LCG), so the golden file never changes by chance. */
function mixes(count: number, length: number): string[] {
  let s = 8;
  const next = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32;
  return Array.from({ length: count }, () =>
    Array.from({ length }, () => PIECES[Math.floor(next() * PIECES.length)]).join(''),
  );
}

describe('extraction golden output', () => {
  const seeds = readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  for (const [i, f] of seeds.entries()) {
    it(`seed ${i + 1} (${f})`, async () => {
      const text = readFileSync(seedsDir + f, 'utf8');
      await expect(dump(text)).toMatchFileSnapshot(`golden/seed-${i + 1}.jsonl`);
    });
  }

  it('hostile inputs', async () => {
    const out = HOSTILE.map((u) => `# ${u}\n${dump(u.repeat(Math.ceil(400 / u.length)))}`);
    await expect(out.join('')).toMatchFileSnapshot('golden/hostile.jsonl');
  });

  it('pseudo-random mixes', async () => {
    await expect(mixes(300, 60).map(dump).join('#\n')).toMatchFileSnapshot('golden/mixes.jsonl');
  });
});
