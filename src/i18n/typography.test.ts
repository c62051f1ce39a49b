// The French and Japanese catalogs follow their languages' typography, checked message by message.

import { describe, expect, it } from 'vitest';
import { readCatalogs } from './catalogFiles.ts';

const { catalogs } = readCatalogs('src/i18n/messages');
// ICU placeholders and select/plural syntax are not prose: blank them out before checking.
function prose(message: string): string {
  return message.replace(/\{[^{}]*\}/g, '\uE000').replace(/\{[^{}]*\}/g, '\uE000');
}

/** The French typography faults in one message. */
export function frenchFaults(message: string): string[] {
  const text = prose(message);
  const faults: string[] = [];
  if (/[^\u00a0\u202f]:/.test(text.replace(/https?:/g, '').replace(/^:/, ''))) faults.push('a no-break space (U+00A0) goes before ":"');
  if (/[^\u202f\uE000][;?!]/.test(text) || /[ \u00a0][;?!]/.test(text)) faults.push('a narrow no-break space (U+202F) goes before ; ? !');
  if (/«(?!\u202f)/.test(text) || /(?<!\u202f)»/.test(text)) faults.push('« » take a narrow no-break space (U+202F) inside');
  if (/"/.test(text)) faults.push('quotation marks are « »');
  if (/(^|\s)'|'(\s|$)/.test(text)) faults.push('quotation marks are « »');
  return faults;
}

/** The Japanese typography faults in one message. */
export function japaneseFaults(message: string): string[] {
  const text = prose(message);
  const faults: string[] = [];
  if (/[\u3040-\u30ff\u4e00-\u9fff][,.!?:;()]|[,.!?:;()][\u3040-\u30ff\u4e00-\u9fff]/.test(text)) faults.push('punctuation beside Japanese is full-width (、。！？：；（）)');
  if (/[\u3040-\u30ff\u4e00-\u9fff、。] [\u3040-\u30ff\u4e00-\u9fff]/.test(text)) faults.push('no spaces between Japanese words');
  return faults;
}

describe('French typography', () => {
  it('catches what it must', () => {
    expect(frenchFaults('Titre : texte')).toHaveLength(1);
    expect(frenchFaults('Vraiment ?')).toHaveLength(1);
    expect(frenchFaults('le mot «\u202fclé\u202f» ici')).toEqual([]);
    expect(frenchFaults('le mot « clé » ici')).toHaveLength(1);
    expect(frenchFaults('Titre\u00a0: texte\u202f!')).toEqual([]);
  });
  it('holds in every French message', () => {
    const faults = Object.entries(catalogs.fr).flatMap(([id, message]) => frenchFaults(message).map((fault) => `${id}: ${fault}`));
    expect(faults).toEqual([]);
  });
});

describe('Japanese typography', () => {
  it('catches what it must', () => {
    expect(japaneseFaults('保存しました.')).toHaveLength(1);
    expect(japaneseFaults('保存 しました')).toHaveLength(1);
    expect(japaneseFaults('保存しました。')).toEqual([]);
  });
  it('holds in every Japanese message', () => {
    const faults = Object.entries(catalogs.ja).flatMap(([id, message]) => japaneseFaults(message).map((fault) => `${id}: ${fault}`));
    expect(faults).toEqual([]);
  });
});
