import { describe, expect, it } from 'vitest';
import { isMindset, isModuleId } from './module.ts';

describe('module ids and mindsets', () => {
  it('accepts lower-case slugs of 3 to 64 characters', () => {
    expect(isModuleId('leading-change')).toBe(true);
    expect(isModuleId('abc')).toBe(true);
    expect(isModuleId('a'.repeat(64))).toBe(true);
  });

  it('refuses ids with capitals, spaces, double or edge hyphens, or the wrong length', () => {
    for (const id of ['Leading-change', 'leading change', 'a--b', '-abc', 'abc-', 'ab', 'a'.repeat(65), 42]) {
      expect(isModuleId(id)).toBe(false);
    }
  });

  it('knows exactly the five mindsets', () => {
    expect(['reflection', 'analysis', 'worldliness', 'collaboration', 'action'].every(isMindset)).toBe(true);
    expect(isMindset('strategy')).toBe(false);
    expect(isMindset('Reflection')).toBe(false);
  });
});
