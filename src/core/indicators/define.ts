// A compact way to write built-in indicators: word groups as `a|b|c`, groups separated by `+`.
import type { Indicator, IndicatorKind } from './types.ts';
import type { UnitKind } from '../quantities/types.ts';

const KIND_UNITS: Record<IndicatorKind, UnitKind[]> = {
  count: ['count', 'person', 'person_time'],
  rate: ['percent'],
  money: ['money'],
};

export interface Spec {
  units?: string;
  unitKinds?: UnitKind[];
  keywords: string;
  scope?: 'subject';
  context?: string;
  exclude?: string;
  excludeSentence?: string;
}

function groups(s: string | undefined): string[][] {
  if (!s) return [];
  return s.split('+').map((g) => g.split('|').filter(Boolean));
}

export function define(
  id: string,
  name: string,
  nameEn: string,
  area: number,
  kind: IndicatorKind,
  spec: Spec,
): Indicator {
  const ind: Indicator = {
    id,
    name,
    nameEn,
    area,
    kind,
    unitKinds: spec.unitKinds ?? KIND_UNITS[kind],
    keywords: groups(spec.keywords),
    builtIn: true,
  };
  if (spec.units) ind.units = spec.units.split(' ');
  if (spec.scope) ind.scope = spec.scope;
  if (spec.context) ind.context = groups(spec.context);
  if (spec.exclude) ind.exclude = spec.exclude.split('|');
  if (spec.excludeSentence) ind.excludeSentence = spec.excludeSentence.split('|');
  return ind;
}
