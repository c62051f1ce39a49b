import { describe, expect, it } from 'vitest';
import { MAX_LINKS, linksSignature, meshComplete, readLinks } from './meshRelay.ts';

const links = (entries: Record<string, string[] | undefined>) => new Map(Object.entries(entries));

describe('meshComplete', () => {
  it('holds when every peer says it is connected to every other', () => {
    expect(meshComplete('a', ['b', 'c'], links({ b: ['a', 'c'], c: ['b', 'a'] }))).toBe(true);
    // Alone, there is no one to pass anything on to.
    expect(meshComplete('a', [], new Map())).toBe(true);
    // Two devices.
    expect(meshComplete('a', ['b'], links({ b: ['a'] }))).toBe(true);
  });

  it('does not hold when two peers are not connected to each other, whoever says so', () => {
    // b and c reach each other only through a.
    expect(meshComplete('a', ['b', 'c'], links({ b: ['a'], c: ['a'] }))).toBe(false);
    // c, seen through b's list, is not connected to this device.
    expect(meshComplete('a', ['b'], links({ b: ['a', 'c'], c: ['b'] }))).toBe(false);
    // This device is not connected to c, though c says it is.
    expect(meshComplete('a', ['b'], links({ b: ['a', 'c'], c: ['a', 'b'] }))).toBe(false);
  });

  it('does not hold while some peer has said nothing readable, or is only named by another', () => {
    expect(meshComplete('a', ['b', 'c'], links({ b: ['a', 'c'], c: undefined }))).toBe(false);
    expect(meshComplete('a', ['b', 'c'], links({ b: ['a', 'c'] }))).toBe(false);
    // A peer named only in another's list: it may have no list yet.
    expect(meshComplete('a', ['b'], links({ b: ['a', 'x'] }))).toBe(false);
  });

  it('ignores what the awareness states say of this device itself', () => {
    expect(meshComplete('a', ['b'], links({ a: [], b: ['a'] }))).toBe(true);
  });
});

describe('readLinks', () => {
  it('reads a list of peer ids and refuses anything else', () => {
    expect(readLinks(['a', 'b'])).toEqual(['a', 'b']);
    expect(readLinks([])).toEqual([]);
    for (const bad of [undefined, null, 'a', { a: 1 }, [1], [''], ['x'.repeat(101)], Array.from({ length: MAX_LINKS + 1 }, (_, i) => `p${i}`)]) {
      expect(readLinks(bad)).toBeUndefined();
    }
  });
});

describe('linksSignature', () => {
  it('changes when some peer’s connections change, and not with the order they are listed in', () => {
    const before = linksSignature('a', ['c', 'b'], links({ b: ['a', 'c'], c: ['a', 'b'] }));
    expect(linksSignature('a', ['b', 'c'], links({ c: ['b', 'a'], b: ['c', 'a'] }))).toBe(before);
    expect(linksSignature('a', ['b', 'c'], links({ b: ['a'], c: ['a', 'b'] }))).not.toBe(before);
    expect(linksSignature('a', ['b'], links({ b: ['a', 'c'], c: ['a', 'b'] }))).not.toBe(before);
    expect(linksSignature('a', ['b', 'c'], links({ b: ['a', 'c'], c: undefined }))).not.toBe(before);
  });
});
