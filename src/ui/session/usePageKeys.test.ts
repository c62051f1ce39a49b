import { describe, expect, it } from 'vitest';
import { keyPlaceOf } from './usePageKeys.ts';

describe('keyPlaceOf', () => {
  it('describes a focused element: its tag, an input’s type, editable text and the page area', () => {
    document.body.innerHTML = `
      <div data-page-area tabindex="-1"><p id="text">Page text</p><button id="look">Look</button></div>
      <input id="box" type="checkbox"><input id="name"><div id="notes" contenteditable="true">x</div>`;
    const place = (id: string) => keyPlaceOf(document.getElementById(id));
    expect(place('text')).toEqual({ tagName: 'P', type: undefined, editable: false, inPageArea: true });
    expect(place('look')).toEqual({ tagName: 'BUTTON', type: undefined, editable: false, inPageArea: true });
    expect(place('box')).toEqual({ tagName: 'INPUT', type: 'checkbox', editable: false, inPageArea: false });
    // An input with no type attribute is a text field.
    expect(place('name')).toMatchObject({ tagName: 'INPUT', type: 'text' });
    expect(place('notes').editable).toBe(true);
  });

  it('counts a key pressed with nothing focused as pressed on the page body', () => {
    expect(keyPlaceOf(window)).toEqual({ tagName: 'BODY', editable: false, inPageArea: false });
    expect(keyPlaceOf(null).tagName).toBe('BODY');
  });
});
