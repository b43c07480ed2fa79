// Traditional → simplified folding for the characters the extractor and the indicator words
// use (numerals, units, approximation words, common report vocabulary). One character maps to
// one character, so offsets into the folded text are offsets into the original.

const PAIRS =
  '萬万億亿兩两餘余個个項项場场條条處处間间張张臺台輛辆筆笔輪轮節节單单戶户冊册門门課课學学' +
  '時时約约過过於于內内頃顷員员規规範范審审調调糾纠紛纷訴诉訟讼議议復复複复證证書书據据備备' +
  '檢检違违務务諮咨詢询資资傳传講讲問问題题隱隐認认領领監监熱热線线電电話话經经費费會会訓训' +
  '試试評评應应組组織织協协訪访讀读眾众帶带頭头辦办諾诺獎奖懲惩勵励專专決决報报廢废發发製制' +
  '編编佈布計计達达為为對对與与關关進进開开舉举區区縣县鎮镇幹干級级總总數数幾几並并餘余歲岁' +
  '麼么產产實实動动樣样環环稅税財财務务類类說说級级濟济權权網网際际據据歸归錄录驗验險险災灾' +
  '聽听營营導导點点處处參参務务屆届黨党幹干來来這这們们長长見见現现發发車车馬马鳥鸟魚鱼';

/** Simplified char code by traditional char code (128 KB), 0 where the char stays. */
const MAP = new Uint16Array(0x10000);
for (let i = 0; i + 1 < PAIRS.length; i += 2) MAP[PAIRS.charCodeAt(i)] = PAIRS.charCodeAt(i + 1);

const CHUNK = 8192;

/** The text with traditional characters folded to simplified; same length, same offsets. */
export function foldVariants(text: string): string {
  const n = text.length;
  let first = 0;
  while (first < n && MAP[text.charCodeAt(first)] === 0) first++;
  if (first === n) return text;
  // Rebuild from code units: linear however many characters fold.
  const parts = [text.slice(0, first)];
  const codes = new Uint16Array(Math.min(CHUNK, n - first));
  for (let a = first; a < n; a += CHUNK) {
    const len = Math.min(CHUNK, n - a);
    for (let k = 0; k < len; k++) {
      const c = text.charCodeAt(a + k);
      codes[k] = MAP[c] || c;
    }
    parts.push(String.fromCharCode(...codes.subarray(0, len)));
  }
  return parts.join('');
}
