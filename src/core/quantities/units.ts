// The units a quantity of work is written with, and their kinds. Longest match wins
// (`场次` before `场`, `人次` before `人`, `个工作日` before `个`).
import type { UnitKind } from './types.ts';

export interface UnitDef {
  unit: string;
  kind: UnitKind;
  /** Characters that, right after the unit, show it is part of a word (`处罚`, `条例`, `名单`). */
  notBefore?: string;
}

const COUNT = (
  '件次 件 宗 起 次 场次 场 期 批次 批 家次 家 户次 户 个 项 条 份 ' +
  '本 卷 册 部门 部 套 处 间 支 所 站 张 台 辆 座 篇 例 单 笔 轮 ' +
  '堂 节 封 单位'
).split(' ');

const NOT_BEFORE: Record<string, string> = {
  处: '理罚置分长',
  条: '例件款',
  名: '单称义录额',
  本: '级市区县镇地部单',
  部: '分署门',
  期: '间限',
  间: '隔',
  场: '所地景',
  起: '来草诉',
  次: '数',
  所: '有以属在',
  单: '位',
  节: '日',
  台: '账',
  站: '点',
  户: '籍口',
  件: '数',
};

function defs(): UnitDef[] {
  const out: UnitDef[] = [];
  for (const u of COUNT) out.push({ unit: u, kind: 'count', notBefore: NOT_BEFORE[u] });
  out.push(
    { unit: '人次', kind: 'person_time' },
    { unit: '人', kind: 'person', notBefore: '员民大' },
    { unit: '名', kind: 'person', notBefore: NOT_BEFORE['名'] },
    { unit: '位', kind: 'person', notBefore: '置于' },
    { unit: '%', kind: 'percent' },
    { unit: '％', kind: 'percent' },
    { unit: '‰', kind: 'percent' },
    { unit: '个百分点', kind: 'percent' },
    { unit: '亿元', kind: 'money' },
    { unit: '万元', kind: 'money' },
    { unit: '元', kind: 'money', notBefore: '旦素' },
    { unit: '亩', kind: 'area' },
    { unit: '平方米', kind: 'area' },
    { unit: '平方公里', kind: 'area' },
    { unit: '公顷', kind: 'area' },
    { unit: '个小时', kind: 'duration' },
    { unit: '小时', kind: 'duration' },
    { unit: '分钟', kind: 'duration' },
    { unit: '个工作日', kind: 'duration' },
    { unit: '工作日', kind: 'duration' },
    { unit: '个月', kind: 'duration' },
    { unit: '天', kind: 'duration' },
    { unit: '个课时', kind: 'duration' },
    { unit: '课时', kind: 'duration' },
    { unit: '学时', kind: 'duration' },
    { unit: '公里', kind: 'other' },
    { unit: '吨', kind: 'other' },
  );
  return out.sort((a, b) => b.unit.length - a.unit.length);
}

export const UNITS: readonly UnitDef[] = defs();

const BY_FIRST = new Map<string, UnitDef[]>();
for (const def of UNITS) {
  const list = BY_FIRST.get(def.unit[0]) ?? [];
  list.push(def);
  BY_FIRST.set(def.unit[0], list);
}

/** The longest unit written at i, or null. */
export function unitAt(text: string, i: number): UnitDef | null {
  for (const def of BY_FIRST.get(text[i]) ?? []) {
    if (!text.startsWith(def.unit, i)) continue;
    const next = text[i + def.unit.length];
    if (def.notBefore && next !== undefined && def.notBefore.includes(next)) continue;
    return def;
  }
  return null;
}

/** The base unit values are counted in: money in 元, everything else as written. */
export function baseUnitOf(unit: string, kind: UnitKind): string {
  if (kind === 'money') return '元';
  if (kind === 'percent') return unit === '个百分点' ? unit : '%';
  return unit;
}
