import { describe, expect, it } from 'vitest';
import type { PageKeyPlace, PageKeyPress } from './pageKeys.ts';
import { pageStepOf, takesTyping } from './pageKeys.ts';

const press = (key: string, mods: Partial<PageKeyPress> = {}): PageKeyPress => ({ key, altKey: false, ctrlKey: false, metaKey: false, ...mods });
const BODY: PageKeyPlace = { tagName: 'BODY', editable: false, inPageArea: false };
const PAGE_AREA: PageKeyPlace = { tagName: 'DIV', editable: false, inPageArea: true };
const input = (type: string): PageKeyPlace => ({ tagName: 'INPUT', type, editable: false, inPageArea: false });
const anywhere = { space: 'anywhere' as const };

describe('pageStepOf', () => {
  it('moves on → PageDown Space and back on ← PageUp, and ignores other keys', () => {
    expect(['ArrowRight', 'PageDown', ' ', 'ArrowLeft', 'PageUp', 'Enter', 'ArrowDown', 'b'].map((key) => pageStepOf(press(key), BODY, anywhere))).toEqual([
      'next',
      'next',
      'next',
      'previous',
      'previous',
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('leaves a key with Alt, Ctrl or Cmd to the browser', () => {
    for (const mod of ['altKey', 'ctrlKey', 'metaKey'] as const) expect(pageStepOf(press('ArrowRight', { [mod]: true }), BODY, anywhere), mod).toBeUndefined();
  });

  it('lets text fields, selects and editable text keep every key', () => {
    const typing: PageKeyPlace[] = [input('text'), input('search'), input('date'), input('number'), input('range'), { ...input('text'), type: undefined }, { tagName: 'TEXTAREA', editable: false, inPageArea: false }, { tagName: 'SELECT', editable: false, inPageArea: false }, { tagName: 'DIV', editable: true, inPageArea: true }];
    for (const place of typing) {
      expect(takesTyping(place), JSON.stringify(place)).toBe(true);
      for (const key of ['PageDown', 'ArrowLeft', ' ']) expect(pageStepOf(press(key), place, anywhere), `${key} in ${JSON.stringify(place)}`).toBeUndefined();
    }
  });

  it('still moves on PageDown and PageUp after a checkbox or a radio button was ticked, and on arrows after a checkbox', () => {
    for (const type of ['checkbox', 'radio']) {
      expect(takesTyping(input(type))).toBe(false);
      expect(pageStepOf(press('PageDown'), input(type), anywhere)).toBe('next');
      expect(pageStepOf(press('PageUp'), input(type), anywhere)).toBe('previous');
    }
    expect(pageStepOf(press('ArrowRight'), input('checkbox'), anywhere)).toBe('next');
    // In a radio group the arrows choose another option.
    expect(pageStepOf(press('ArrowRight'), input('radio'), anywhere)).toBeUndefined();
  });

  it('leaves Space to the button, box or link it was pressed on, which PageDown still passes through', () => {
    for (const place of [{ tagName: 'BUTTON', editable: false, inPageArea: true }, input('checkbox'), { tagName: 'A', editable: false, inPageArea: false }]) {
      expect(pageStepOf(press(' '), place, anywhere)).toBeUndefined();
      expect(pageStepOf(press('PageDown'), place, anywhere)).toBe('next');
    }
  });

  it('moves on Space only from the page area when its scope is the page area; the other keys anywhere', () => {
    const pageArea = { space: 'pageArea' as const };
    expect(pageStepOf(press(' '), BODY, pageArea)).toBeUndefined();
    expect(pageStepOf(press(' '), PAGE_AREA, pageArea)).toBe('next');
    expect(pageStepOf(press(' '), BODY, anywhere)).toBe('next');
    expect(pageStepOf(press('PageDown'), BODY, pageArea)).toBe('next');
    expect(pageStepOf(press('ArrowLeft'), BODY, pageArea)).toBe('previous');
  });
});
