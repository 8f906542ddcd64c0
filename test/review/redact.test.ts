import { describe, expect, it } from 'vitest';
import { redactPii } from '../../src/core/review/redact.js';

describe('redactPii', () => {
  it.each([
    ['mail me at jane.doe+studio@example.co.uk please', 'mail me at [email] please'],
    ['JO@EXAMPLE.COM', '[email]'],
    ['call +1 (555) 123-4567 now', 'call [phone] now'],
    ['(555) 123-4567', '[phone]'],
    ['06 12 34 56 78', '[phone]'],
    ['555.123.4567', '[phone]'],
    ['my number is 5551234567.', 'my number is [phone].'],
    ['+44 20 7946 0958 or j@x.io', '[phone] or [email]'],
  ])('redacts %j', (input, expected) => {
    expect(redactPii(input)).toBe(expected);
  });

  it.each([
    'healing takes 6-8 weeks',
    '14k gold, 16 gauge, 2-3 mm',
    'booked for 2024-01-15 at 10:30',
    'sizes 6 7 8 9 10 11',
    'order 12345',
    'Is @studio open?',
    'an email address like name at example dot com',
  ])('leaves %j unchanged', (input) => {
    expect(redactPii(input)).toBe(input);
  });
});

describe('redactPii on hostile input', () => {
  it('leaves long runs without addresses or phone numbers unchanged (bounded patterns, linear scan)', () => {
    const text = `${'a'.repeat(50_000)} ${'1 '.repeat(20_000)}`;
    expect(redactPii(text)).toBe(text);
    expect(redactPii(`${'a'.repeat(100)}@example.com`)).toContain('[email]');
  });
});
