import { describe, expect, it } from 'vitest';
import { importError } from '../../src/core/errors.ts';

describe('importError', () => {
  it('gives a Chinese and an English message with the detail', () => {
    const e = importError('too-large', '50 MB');
    expect(e.code).toBe('too-large');
    expect(e.message).toContain('50 MB');
    expect(e.messageEn).toContain('50 MB');
  });
});
