import { describe, expect, it } from 'vitest';
import { signedNumber, tableNumber } from '../../src/ui/comparePanel.ts';

describe("the comparison table's numbers", () => {
  it('writes rounding noise as ≈0, never in exponent notation', () => {
    expect(tableNumber(4.34e-19)).toBe('\u22480');
    expect(tableNumber(-2.1e-9)).toBe('\u22480');
    expect(signedNumber(4.34e-19)).toBe('\u22480');
    expect(tableNumber(0)).toBe('0');
  });
  it('keeps three significant figures, groups thousands and signs differences with a true minus', () => {
    expect(tableNumber(0.000123456)).toBe('0.000123');
    expect(tableNumber(12345.6)).toBe('12,346');
    expect(signedNumber(0.0421)).toBe('+0.0421');
    expect(signedNumber(-0.5)).toBe('\u22120.5');
    expect(tableNumber(NaN)).toBe('');
  });
});
