import { describe, expect, it } from 'vitest';
import { isBlankNumber } from '../../../src/lib/documents/number.ts';

describe('blank document numbers', () => {
  it('sees a number whose digits the source leaves blank', () => {
    expect(isBlankNumber('Số -KL/ĐU')).toBe(true);
    expect(isBlankNumber('Số -CV/ĐU')).toBe(true);
    expect(isBlankNumber('Số: /CV-ĐU')).toBe(true);
    expect(isBlankNumber('-KL/ĐU')).toBe(true);
  });
  it('takes a whole number, or none, as not blank', () => {
    expect(isBlankNumber('Số 04-NQ/ĐU')).toBe(false);
    expect(isBlankNumber('Số: 14-CTr/TU')).toBe(false);
    expect(isBlankNumber(undefined)).toBe(false);
  });
});
