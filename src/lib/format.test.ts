import { describe, expect, it } from 'vitest';
import { count, formatBytes, formatDuration } from './format.ts';

describe('count', () => {
  it('says one thing in the singular and every other number in the plural', () => {
    expect(count(1, 'page', 'pages')).toBe('1 page');
    expect(count(0, 'page', 'pages')).toBe('0 pages');
    expect(count(12, 'person', 'people')).toBe('12 people');
  });
});

describe('formatBytes and formatDuration', () => {
  it('write sizes and clock times as people read them', () => {
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(56_600)).toBe('57 KB');
    expect(formatBytes(1_234_567)).toBe('1.2 MB');
    expect(formatDuration(65_000)).toBe('1:05');
    expect(formatDuration(3_725_000)).toBe('1:02:05');
    expect(formatDuration(-5)).toBe('0:00');
  });
});
