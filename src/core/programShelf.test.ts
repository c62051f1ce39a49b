import { describe, expect, it } from 'vitest';
import { libraryProgram } from './programShelf.ts';

describe('libraryProgram', () => {
  it('lists first the chosen program’s modules, else the most recently changed program that curates a module here', () => {
    const modules = ['a', 'b', 'c'].map((id) => ({ id }));
    const newest = { id: 'new', name: 'Newest', moduleIds: ['gone'] };
    const middle = { id: 'mid', name: 'Middle', moduleIds: ['c', 'a'] };
    const oldest = { id: 'old', name: 'Oldest', moduleIds: ['b'] };
    const empty = { id: 'none', name: 'No modules', moduleIds: [] };
    const programs = [newest, empty, middle, oldest];
    // The newest program's only module is not in this library, so it is no choice at all.
    expect(libraryProgram(programs, undefined, modules)).toEqual({ program: middle, choices: [middle, oldest] });
    expect(libraryProgram(programs, 'old', modules)?.program).toBe(oldest);
    expect(libraryProgram(programs, 'new', modules)?.program).toBe(middle);
    expect(libraryProgram([newest, empty], undefined, modules)).toBeUndefined();
    expect(libraryProgram([], 'old', modules)).toBeUndefined();
  });
});
