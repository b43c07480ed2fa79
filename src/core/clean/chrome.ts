// Recognises lines of web-page chrome. Two strengths:
//  - strong: unmistakable wherever it stands (a breadcrumb, `扫一扫在手机打开当前页`, an ICP line);
//  - edge: chrome only in the top block before the body or the bottom block after it
//    (`附件:` alone, `来源:XX`, `标 题: …`), because a body line could look like it.
import type { ChromeKind } from '../types.ts';

/** Keys of page-metadata tables and source lines, spaced as sites print them (`索 引 号`). */
export const META_KEYS = [
  '索引号',
  '主题分类',
  '主题词',
  '发布机构',
  '发文机关',
  '发文机构',
  '发文单位',
  '成文日期',
  '发文日期',
  '发布日期',
  '发布时间',
  '更新时间',
  '生效日期',
  '废止日期',
  '发文字号',
  '文号',
  '有效性',
  '标题',
  '名称',
  '信息分类',
  '体裁分类',
  '组配分类',
  '公开方式',
  '公开范围',
  '公开时限',
  '信息来源',
  '来源',
  '作者',
  '日期',
  '时间',
] as const;

const spaced = (k: string) => [...k].join('\\s*');
/** Longest keys first so `发布日期` wins over `日期`. */
export const META_KEY_RE = new RegExp(
  `(${[...META_KEYS]
    .sort((a, b) => b.length - a.length)
    .map(spaced)
    .join('|')})`,
);

const BREADCRUMB =
  /^(?:您?当前(?:的)?位置|您?现在(?:的)?位置|您的位置|你的位置|你当前的位置|所在位置)\s*[:：]|^首页\s*[>›»＞/]/;
const ARROWS = /[>›»＞]/g;

const TOOL_TOKENS = [
  '无障碍浏览',
  '无障碍版',
  '无障碍',
  '长者助手',
  '长者模式',
  '长者版',
  '关怀版',
  '适老化',
  '登录',
  '注册',
  '个人中心',
  '简体中文',
  '繁體中文',
  '简体',
  '繁体',
  '繁體',
  'English',
  '打印本页',
  '打印此页',
  '打印文章',
  '打印',
  '关闭窗口',
  '关闭本页',
  '关闭',
  '加入收藏',
  '收藏本页',
  '收藏',
  '分享到',
  '分享',
  '字体',
  '字号',
  '默认',
  '返回顶部',
  '返回',
  '我要纠错',
  '纠错',
  '微信',
  '微博',
  'QQ空间',
  'QQ',
  '朋友圈',
  '视力保护色',
  '保护色',
  '复制链接',
  '大',
  '中',
  '小',
].sort((a, b) => b.length - a.length);

/** A line made only of site-tool words (`无障碍版 长者助手 登录`, `【打印】【关闭】`, `字体: 大 中 小`). */
function isToolLine(line: string): boolean {
  if (line.length > 40) return false;
  let rest = line.replace(/[\s【】[\]|｜:：/、·•\-—_()（）<>《》]/g, '');
  if (!rest) return false;
  let longTokens = 0;
  while (rest) {
    const tok = TOOL_TOKENS.find((t) => rest.startsWith(t));
    if (!tok) return false;
    if (tok.length > 1) longTokens++;
    rest = rest.slice(tok.length);
  }
  return longTokens > 0;
}

const STRONG_FOOTER =
  /扫一扫在手机|手机扫一扫|扫一扫.{0,6}(?:打开|分享)|版权所有|Copyright|©|ICP[备证]|公网安备|网站标识码|网站识别码|^(?:上一篇|下一篇|上一条|下一条)\s*[:：]/i;
const EDGE_FOOTER =
  /^(?:附件\s*[:：]?|相关(?:链接|文章|阅读|新闻|附件|稿件|信息|文件)\s*[:：]?|(?:主办|承办|协办)(?:单位)?\s*[:：].*|技术支持\s*[:：].*|联系我们|网站地图|网站声明|隐私声明|关于我们|上一篇.*|下一篇.*)$/;
const PAGE_FURNITURE =
  /^(?:[-－—–_~]+\s*[0-9０-９]{1,3}\s*[-－—–_~]+|[0-9０-９]{1,3}|第\s*[0-9０-９]+\s*页(?:\s*[,，/]?\s*共\s*[0-9０-９]+\s*页)?|[0-9]{1,3}\s*\/\s*[0-9]{1,3})$/;
const SOURCE_START =
  /^(?:信息来源|文章来源|来源|作者|浏览次数|点击数|点击量|阅读数|阅读次数|访问次数|访问量|浏览量|责任编辑|编辑|审核|发布者)\s*[:：]/;
const PUBLISHED_ANYWHERE = /(?:发布日期|发布时间|更新时间)\s*[:：]\s*[0-9]{4}/;

function isPipeMetaRow(line: string): boolean {
  if (!/[|｜]/.test(line)) return false;
  if (/^[\s|｜:：\-—]+$/.test(line)) return true; // markdown separator `---|---|`
  const cells = line.split(/[|｜]/).map((c) => c.replace(/\s+/g, ''));
  return cells.some((c) => META_KEYS.includes(c as (typeof META_KEYS)[number]));
}

function isMetaKeyLine(line: string): boolean {
  const m = META_KEY_RE.exec(line);
  return !!m && m.index === 0 && /^\s*[:：]/.test(line.slice(m[0].length)) && line.length <= 120;
}

/** Chrome lines are short: a longer line is body text (or a whole report without line breaks). */
const MAX_CHROME = 200;

export function strongChrome(line: string): ChromeKind | null {
  if (line.length > MAX_CHROME) return null;
  if (BREADCRUMB.test(line) || ((line.match(ARROWS)?.length ?? 0) >= 2 && /首页/.test(line)))
    return 'breadcrumb';
  if (isPipeMetaRow(line)) return 'meta-table';
  if (line.length <= 120 && PUBLISHED_ANYWHERE.test(line) && !/。/.test(line)) return 'source-line';
  if (isToolLine(line)) return 'site-tools';
  if (line.length <= 100 && STRONG_FOOTER.test(line)) return 'footer';
  if (PAGE_FURNITURE.test(line)) return 'page-furniture';
  return null;
}

/** Chrome that is only removed in the top or bottom block. */
export function edgeChrome(line: string): ChromeKind | null {
  const strong = strongChrome(line);
  if (strong) return strong;
  if (line.length <= 120 && SOURCE_START.test(line)) return 'source-line';
  if (isMetaKeyLine(line)) return 'meta-table';
  if (line.length <= 60 && EDGE_FOOTER.test(line)) return 'footer';
  return null;
}

/** A footer that starts the bottom block: everything after it is page furniture too. */
export function footerAnchor(line: string): boolean {
  return (
    line.length <= 60 &&
    (STRONG_FOOTER.test(line) ||
      /^(?:相关(?:链接|文章|阅读|新闻|稿件|信息)|(?:主办|承办)(?:单位)?\s*[:：]|上一篇|下一篇)/.test(
        line,
      ))
  );
}

/** The body has begun: a paragraph, or a line opening with a heading marker. */
export function looksLikeBody(line: string): boolean {
  if (line.length > 60) return true;
  if (/[。；;：:]$/.test(line) && !edgeChrome(line)) return true;
  return /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])/.test(line);
}
