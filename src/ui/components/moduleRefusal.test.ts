import { afterEach, describe, expect, it } from 'vitest';
import { activate } from '../../i18n/i18n.ts';
import { refusalText } from './moduleRefusal.ts';

afterEach(() => activate('en'));

describe('refusalText', () => {
  it('words each refusal, naming the module', async () => {
    expect(refusalText({ code: 'idTaken', id: 'alpha-one', title: 'The original' })).toBe(`a module with the id 'alpha-one' is already in the library ("The original"): give the new one another id`);
    expect(refusalText({ code: 'newerStored', id: 'mine-one', stored: 2, version: 1 })).toBe("version 2 of 'mine-one' is already in the library and this file is version 1: raise the file's version to replace it");
    expect(refusalText({ code: 'notStored', id: 'x' })).toBe("there is no module with the id 'x' in the library");
    expect(refusalText({ code: 'bundled', id: 'alpha-one' })).toBe("'alpha-one' is part of the bundled library, which is not removed module by module");
    await activate('ja');
    expect(refusalText({ code: 'bundled', id: 'alpha-one' })).toBe('「alpha-one」は付属のライブラリの一部のため、個別には削除できません');
  });
});
