// The chart file: a JSON document holding a chart's spec and its shaped data, so the same
// chart re-opens anywhere (even where the reports are not in the library). Everything read
// from a file is checked before it reaches the view; a bad file gets a specific message.
import {
  CHART_KINDS,
  DEFAULT_SPEC,
  type ChartData,
  type ChartKind,
  type ChartSpec,
} from './types.ts';

export const CHART_FILE_FORMAT = 'reportbench-chart';
export const CHART_FILE_VERSION = 1;

export interface ChartFile {
  format: typeof CHART_FILE_FORMAT;
  version: number;
  exportedAt: string;
  spec: ChartSpec;
  data: ChartData;
}

export type ParseResult = { ok: true; file: ChartFile } | { ok: false; message: [string, string] };

export function chartFile(spec: ChartSpec, data: ChartData, exportedAt: string): ChartFile {
  return { format: CHART_FILE_FORMAT, version: CHART_FILE_VERSION, exportedAt, spec, data };
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isNumOrNull = (v: unknown) => v === null || isNum(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isStrOrNull = (v: unknown) => v === null || isStr(v);
const arr = (v: unknown): unknown[] | null => (Array.isArray(v) ? v : null);

class Bad extends Error {
  constructor(readonly where: string) {
    super(where);
  }
}
function need(ok: boolean, where: string) {
  if (!ok) throw new Bad(where);
}
function list(v: unknown, where: string, each: (x: Obj, i: number) => void) {
  const a = arr(v);
  need(!!a, where);
  a!.forEach((x, i) => {
    need(isObj(x), `${where}[${i}]`);
    each(x as Obj, i);
  });
}

function checkSource(x: Obj, where: string) {
  need(isStr(x.reportId) || x.reportId === null, `${where}.reportId`);
  need(isNumOrNull(x.at ?? null), `${where}.at`);
}

function checkData(d: Obj, kind: ChartKind) {
  need(d.kind === kind, 'data.kind');
  switch (kind) {
    case 'bars':
      list(d.panels, 'data.panels', (p, i) => {
        need(isStr(p.name) && isStr(p.indicatorId), `data.panels[${i}].name`);
        list(p.bars, `data.panels[${i}].bars`, (b, j) => {
          const w = `data.panels[${i}].bars[${j}]`;
          need(isStr(b.label) && isNumOrNull(b.value) && isStr(b.unit) && isStr(b.mark), w);
          checkSource(b, w);
        });
        need(isNumOrNull(p.max), `data.panels[${i}].max`);
      });
      return;
    case 'coverage': {
      const rows = arr(d.rows);
      const cols = arr(d.cols);
      need(!!rows && !!cols && isNum(d.max), 'data.rows/cols');
      for (const r of [...rows!, ...cols!])
        need(isObj(r) && isStr(r.id) && isStr(r.label), 'data.rows');
      const cells = arr(d.cells);
      need(!!cells && cells.length === rows!.length, 'data.cells');
      cells!.forEach((row, i) => {
        const r = arr(row);
        need(!!r && r.length === cols!.length, `data.cells[${i}]`);
        r!.forEach((c, j) => {
          need(
            isObj(c) && isNum(c.value) && isNum(c.count) && isNumOrNull(c.at),
            `data.cells[${i}][${j}]`,
          );
          need(isStrOrNull((c as Obj).quote), `data.cells[${i}][${j}].quote`);
        });
      });
      need(['codes', 'parts'].includes(d.mode as string), 'data.mode');
      need(['count', 'share', 'presence'].includes(d.metric as string), 'data.metric');
      return;
    }
    case 'trend': {
      const years = arr(d.years);
      need(!!years && years.every(isNum) && isStr(d.name) && isStr(d.unit), 'data.years');
      list(d.series, 'data.series', (s, i) => {
        need(isStr(s.locality) && isStr(s.key), `data.series[${i}]`);
        list(s.points, `data.series[${i}].points`, (p, j) => {
          const w = `data.series[${i}].points[${j}]`;
          need(isNum(p.year) && isNumOrNull(p.value) && isStr(p.mark), w);
          checkSource(p, w);
        });
      });
      return;
    }
    case 'structure':
      list(d.keys, 'data.keys', (k, i) => need(isStr(k.id) && isStr(k.label), `data.keys[${i}]`));
      list(d.bars, 'data.bars', (b, i) => {
        need(isStr(b.label) && isStr(b.reportId) && isNum(b.chars), `data.bars[${i}]`);
        list(b.segments, `data.bars[${i}].segments`, (s, j) =>
          need(
            isStr(s.key) && isNum(s.share) && isNum(s.chars) && isNumOrNull(s.at),
            `data.bars[${i}].segments[${j}]`,
          ),
        );
      });
      return;
    case 'concreteness':
      list(d.points, 'data.points', (p, i) => {
        const w = `data.points[${i}]`;
        need(isStr(p.label) && isNum(p.chars) && isNum(p.quantities) && isNum(p.perThousand), w);
        checkSource(p, w);
      });
      return;
  }
}

/** A spec from untrusted input: known fields checked, unknown ones dropped, defaults filled. */
export function restoreSpec(v: unknown): ChartSpec {
  need(isObj(v), 'spec');
  const s = v as Obj;
  need(CHART_KINDS.includes(s.kind as ChartKind), 'spec.kind');
  const ids = (x: unknown, w: string) => {
    const a = arr(x ?? []);
    need(!!a && a.every(isStr), w);
    return a as string[];
  };
  const pick = <T extends string>(x: unknown, allowed: readonly T[], dflt: T): T =>
    allowed.includes(x as T) ? (x as T) : dflt;
  const src =
    isObj(s.source) && s.source.type === 'set' && isStr(s.source.id) && isStr(s.source.name)
      ? { type: 'set' as const, id: s.source.id, name: s.source.name }
      : { type: 'selection' as const };
  return {
    ...DEFAULT_SPEC,
    kind: s.kind as ChartKind,
    title: isStr(s.title) ? s.title.slice(0, 200) : '',
    source: src,
    reportIds: ids(s.reportIds, 'spec.reportIds'),
    indicatorIds: ids(s.indicatorIds, 'spec.indicatorIds'),
    normalise: s.normalise === true,
    sort: pick(s.sort, ['desc', 'asc', 'label', 'hand'], DEFAULT_SPEC.sort),
    mode: pick(s.mode, ['parts', 'codes'], DEFAULT_SPEC.mode),
    codebookId: isStr(s.codebookId) ? s.codebookId : null,
    metric: pick(s.metric, ['count', 'share'], DEFAULT_SPEC.metric),
    rowOrder: pick(s.rowOrder, ['hand', 'label', 'total', 'cluster'], DEFAULT_SPEC.rowOrder),
    colOrder: pick(s.colOrder, ['hand', 'label', 'total', 'cluster'], DEFAULT_SPEC.colOrder),
    partKey: isStr(s.partKey) ? s.partKey : null,
  };
}

export function parseChartFile(text: string): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: ['不是有效的 JSON 文件。', 'Not a valid JSON file.'] };
  }
  if (!isObj(json) || json.format !== CHART_FILE_FORMAT)
    return {
      ok: false,
      message: [
        '这不是报告对照台的图表文件（缺少 format: "reportbench-chart"）。',
        'Not a Reportbench chart file (format "reportbench-chart" missing).',
      ],
    };
  if (!isNum(json.version) || json.version > CHART_FILE_VERSION)
    return {
      ok: false,
      message: [
        `图表文件版本 ${String(json.version)} 比本程序新，请先更新报告对照台。`,
        `Chart file version ${String(json.version)} is newer than this app; update Reportbench first.`,
      ],
    };
  try {
    const spec = restoreSpec(json.spec);
    need(isObj(json.data), 'data');
    checkData(json.data as Obj, spec.kind);
    return {
      ok: true,
      file: {
        format: CHART_FILE_FORMAT,
        version: json.version,
        exportedAt: isStr(json.exportedAt) ? json.exportedAt : '',
        spec,
        data: json.data as unknown as ChartData,
      },
    };
  } catch (e) {
    if (!(e instanceof Bad)) throw e;
    return {
      ok: false,
      message: [
        `图表文件内容不完整或已损坏（${e.where}），未打开。`,
        `The chart file is incomplete or damaged (${e.where}); nothing was opened.`,
      ],
    };
  }
}
