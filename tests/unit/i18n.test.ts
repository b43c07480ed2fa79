import { describe, expect, it } from 'vitest';
import { BASE_MESSAGES, MESSAGES, translate } from '../../src/i18n/messages.ts';
import { QUANTITY_MESSAGES } from '../../src/i18n/quantity-messages.ts';
import { CODING_MESSAGES } from '../../src/i18n/coding-messages.ts';
import { COMPARE_MESSAGES } from '../../src/i18n/compare-messages.ts';
import { EXCHANGE_MESSAGES } from '../../src/i18n/exchange-messages.ts';

describe('UI strings', () => {
  it('no view silently overrides another view’s string with a different text', () => {
    const files = {
      BASE_MESSAGES,
      QUANTITY_MESSAGES,
      CODING_MESSAGES,
      COMPARE_MESSAGES,
      EXCHANGE_MESSAGES,
    } as Record<string, Record<string, readonly [string, string]>>;
    const seen = new Map<string, readonly [string, string]>();
    const clashes: string[] = [];
    for (const [file, msgs] of Object.entries(files))
      for (const [k, v] of Object.entries(msgs)) {
        const prev = seen.get(k);
        if (prev && (prev[0] !== v[0] || prev[1] !== v[1])) clashes.push(`${file}.${k}`);
        seen.set(k, v);
      }
    expect(clashes).toEqual([]);
  });

  it('fills placeholders in both languages', () => {
    expect(translate('zh-CN', 'reportsCount', { n: 5 })).toBe('共 5 份报告');
    expect(translate('en', 'reportsCount', { n: 5 })).toBe('5 reports');
    expect(Object.keys(MESSAGES).length).toBeGreaterThan(100);
  });
});
