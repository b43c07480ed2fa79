// Frequent characters of report prose, used to tell a right decoding from a wrong one.
// A GBK file read as Big5 (or the reverse) decodes to rare characters; a right reading is
// full of these. Pairs: simplified form, then traditional form.
const PAIRS =
  '这這们們为為国國发發会會说說时時对對来來个個过過还還后後进進动動开開关關实實现現' +
  '于於经經学學问問题題应應么麼样樣与與机機构構办辦设設务務资資员員议議报報门門业業' +
  '导導执執规規组組织織领領党黨区區县縣乡鄉镇鎮单單传傳体體统統计計术術质質检檢监監' +
  '处處罚罰决決审審许許证證认認识識讲講话話记記录錄选選举舉纪紀权權义義责責贯貫彻徹' +
  '历歷环環节節约約劳勞产產卫衛疗療医醫险險财財费費营營运運输輸车車厅廳级級类類项項' +
  '网網络絡数數据據电電复復诉訴讼訟调調纠糾纷紛战戰创創优優势勢协協场場长長书書将將' +
  '从從强強条條达達标標准準则則范範团團结結负負满滿众眾见見观觀点點线線总總额額亿億' +
  '万萬无無专專让讓严嚴厉厲诚誠宪憲备備销銷热熱层層习習况況种種业業讯訊园園购購审審';

/** Other frequent characters of report prose (mostly written the same in both scripts). */
const FREQUENT =
  '的一是在不了有人和中大年工作法治政府依行制度推公共社民主要成效情加提高完善持深化改革' +
  '全面安全保障事件案理查明确立落合同部分市省州上下月日以及其他等多次名家户相各方式新' +
  '思想精神指求基本律例施坚重点督促加快切围绕服务内容积极开展培训宣传教育活动平台制定';

const COMMON = new Set(Array.from(PAIRS + FREQUENT));

const HAN = /\p{Script=Han}/u;

/** Share of Han characters that are common ones (0 when there are none), plus the Han count. */
export function commonHanScore(text: string): { han: number; score: number } {
  let han = 0;
  let common = 0;
  for (const ch of text) {
    if (!HAN.test(ch)) continue;
    han++;
    if (COMMON.has(ch)) common++;
  }
  return { han, score: han === 0 ? 0 : common / han };
}
