// The catalogue in force: built-ins, replaced by the user's edited versions (same id), minus
// the ones the user disabled, plus the user's custom indicators.
import { CATALOGUE } from './catalogue.ts';
import type { Indicator } from './types.ts';

export interface UserIndicator extends Indicator {
  disabled?: boolean;
}

export function effectiveCatalogue(
  user: readonly UserIndicator[],
  builtIns: readonly Indicator[] = CATALOGUE,
): Indicator[] {
  const byId = new Map(user.map((u) => [u.id, u]));
  const out: Indicator[] = [];
  for (const b of builtIns) {
    const u = byId.get(b.id);
    if (u?.disabled) continue;
    out.push(u ?? b);
  }
  for (const u of user) if (!u.disabled && !builtIns.some((b) => b.id === u.id)) out.push(u);
  return out;
}
