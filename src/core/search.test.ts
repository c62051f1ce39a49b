import { describe, expect, it } from 'vitest';
import type { SearchDoc } from './search.ts';
import { createSearchIndex, excerpt, searchIndex, searchLibrary, tokenize } from './search.ts';

function doc(id: string, title: string, summary: string, tags: string[], pages: SearchDoc['pages']): SearchDoc {
  return { id, title, summary, tags, pages };
}

function page(title: string, text: string, question: string): SearchDoc['pages'][number] {
  return { title, blocks: [{ kind: 'paragraph', text }], prompt: { kind: 'question', text: question } };
}

const teamTrust = doc('team-trust', 'Building team trust', 'How groups learn to rely on each other.', ['teams'], [
  page('Opening', 'Think of a time you trusted a colleague.', 'What made trust possible?'),
  page('Practice', 'Budgets shape every decision in a hospital.', 'Draw your network.'),
]);
const budgetBasics = doc('budget-basics', 'Budget basics', 'Reading a budget together.', ['finance'], [
  page('Numbers', 'Columns and rows of money.', 'Which line surprises you?'),
]);
const equipe = doc('equipe', 'Équipe et confiance', 'Travailler ensemble.', ['french'], [
  {
    title: 'Liste',
    blocks: [{ kind: 'list', items: ['premier point', 'deuxième point'] }],
    prompt: { kind: 'exercise', text: 'Écrivez une règle.' },
  },
]);

const index = createSearchIndex([teamTrust, budgetBasics, equipe]);

/** Four modules that all contain "common": in the title, tags, summary and page text. */
function rankedDocs(): SearchDoc[] {
  return [
    doc('one-a', 'Alpha', 'common', [], [page('P', 'x', 'q?')]),
    doc('two-b', 'Beta', 'x', ['common'], [page('P', 'x', 'q?')]),
    doc('three-c', 'Common gamma', 'x', [], [page('P', 'x', 'q?')]),
    doc('four-d', 'Delta', 'x', [], [page('P', 'common', 'q?')]),
  ];
}

describe('tokenize', () => {
  it('lower-cases and strips accents', () => {
    expect(tokenize('Équipe')).toEqual(['equipe']);
    expect(tokenize('ÇA Déjà VU')).toEqual(['ca', 'deja', 'vu']);
  });

  it('splits on punctuation and whitespace, keeping numbers', () => {
    expect(tokenize("Hello, World! It's 2024 -- self-aware")).toEqual(['hello', 'world', 'it', 's', '2024', 'self', 'aware']);
  });

  it('gives no words for empty or punctuation-only text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize('   ')).toEqual([]);
    expect(tokenize('?!, …')).toEqual([]);
  });
});

describe('searchIndex', () => {
  it('gives nothing for an empty or whitespace query', () => {
    expect(searchIndex(index, '')).toEqual([]);
    expect(searchIndex(index, '   ')).toEqual([]);
    expect(searchIndex(index, ' ,. ')).toEqual([]);
  });

  it('needs every query word to be present', () => {
    // 'team' is only in team-trust; 'budget…' is in both.
    expect(searchIndex(index, 'team budget').map((hit) => hit.id)).toEqual(['team-trust']);
    expect(searchIndex(index, 'budget basics').map((hit) => hit.id)).toEqual(['budget-basics']);
    expect(searchIndex(index, 'team finance')).toEqual([]);
  });

  it('matches the last word as a prefix, but earlier words only whole', () => {
    expect(searchIndex(index, 'tea').map((hit) => hit.id)).toEqual(['team-trust']);
    expect(searchIndex(index, 'trust tea').map((hit) => hit.id)).toEqual(['team-trust']);
    // 'tea' is not a whole word anywhere.
    expect(searchIndex(index, 'tea trust')).toEqual([]);
    // 'budg' as an earlier word must match whole.
    expect(searchIndex(index, 'budg basics')).toEqual([]);
  });

  it('finds accented words with or without the accents', () => {
    expect(searchIndex(index, 'equipe').map((hit) => hit.id)).toEqual(['equipe']);
    expect(searchIndex(index, 'ÉQUIPE').map((hit) => hit.id)).toEqual(['equipe']);
    const hit = searchIndex(index, 'regle')[0];
    expect(hit).toMatchObject({ id: 'equipe', place: 'question', pageIndex: 0, snippet: 'Écrivez une règle.' });
  });

  it('ranks a title match above a page-text match', () => {
    const hits = searchIndex(index, 'budget');
    expect(hits.map((hit) => hit.id)).toEqual(['budget-basics', 'team-trust']);
    // Whole word in the title: 12. Prefix of 'budgets' in page text: 1 × 0.5.
    expect(hits[0]).toMatchObject({ id: 'budget-basics', score: 12, place: 'title', snippet: 'Reading a budget together.' });
    expect(hits[0]?.pageIndex).toBeUndefined();
    expect(hits[1]).toMatchObject({ id: 'team-trust', score: 0.5, place: 'page', pageIndex: 1 });
    expect(hits[1]?.snippet).toContain('Budgets');
    expect(hits[1]?.snippet).toBe('Budgets shape every decision in a hospital.');
  });

  it('adds up the scores of the query words', () => {
    // 'team' and 'trust' are both whole words of the title: 12 + 12.
    expect(searchIndex(index, 'team trust')[0]).toMatchObject({ id: 'team-trust', score: 24, place: 'title' });
    // A tag match weighs 6.
    const tagHit = searchIndex(index, 'finance')[0];
    expect(tagHit).toMatchObject({ id: 'budget-basics', score: 6, place: 'tags' });
    expect(tagHit?.snippet).toContain('finance');
  });

  it('reports summary, question and page places with 0-based page indexes', () => {
    expect(searchIndex(index, 'rely')).toEqual([
      { id: 'team-trust', score: 4, place: 'summary', snippet: 'How groups learn to rely on each other.' },
    ]);
    expect(searchIndex(index, 'possible')).toEqual([
      { id: 'team-trust', score: 2, place: 'question', pageIndex: 0, snippet: 'What made trust possible?' },
    ]);
    expect(searchIndex(index, 'network')).toEqual([
      { id: 'team-trust', score: 2, place: 'question', pageIndex: 1, snippet: 'Draw your network.' },
    ]);
    expect(searchIndex(index, 'money')).toEqual([
      { id: 'budget-basics', score: 1, place: 'page', pageIndex: 0, snippet: 'Columns and rows of money.' },
    ]);
    // List items are page text too.
    expect(searchIndex(index, 'deuxieme')).toEqual([
      { id: 'equipe', score: 1, place: 'page', pageIndex: 0, snippet: 'premier point deuxième point' },
    ]);
  });

  it('uses the page title as the snippet when only the page title matched', () => {
    expect(searchIndex(index, 'practice')).toEqual([{ id: 'team-trust', score: 1, place: 'page', pageIndex: 1, snippet: 'Practice' }]);
  });

  it('puts a snippet around the match for long page text', () => {
    const filler = Array.from({ length: 60 }, (_, i) => `filler${i}`).join(' ');
    const long = doc('long-one', 'Long text', 'Nothing here.', [], [
      page('First', 'Short first page.', 'A question?'),
      page('Second', `${filler} the zebra appears ${filler}`, 'Another question?'),
    ]);
    const [hit] = searchIndex(createSearchIndex([long]), 'zebra');
    expect(hit?.place).toBe('page');
    expect(hit?.pageIndex).toBe(1);
    expect(hit?.snippet).toContain('zebra');
    expect(hit?.snippet.startsWith('… ')).toBe(true);
    expect(hit?.snippet.endsWith(' …')).toBe(true);
    expect(hit?.snippet.length).toBeLessThanOrEqual(164);
  });

  it('keeps to the limit, best first', () => {
    const small = createSearchIndex(rankedDocs());
    expect(searchIndex(small, 'common').map((hit) => hit.id)).toEqual(['three-c', 'two-b', 'one-a', 'four-d']);
    expect(searchIndex(small, 'common', 2).map((hit) => hit.id)).toEqual(['three-c', 'two-b']);
    expect(searchIndex(small, 'common', 1).map((hit) => hit.id)).toEqual(['three-c']);
  });

  it('breaks score ties by title', () => {
    const docs = [
      doc('zed-one', 'Zed', 'shared', [], [page('P', 'x', 'q?')]),
      doc('abe-one', 'Abe', 'shared', [], [page('P', 'x', 'q?')]),
    ];
    expect(searchIndex(createSearchIndex(docs), 'shared').map((hit) => hit.id)).toEqual(['abe-one', 'zed-one']);
  });
});

describe('searchLibrary', () => {
  const small = createSearchIndex(rankedDocs());

  it('counts every match, beyond the limit', () => {
    const result = searchLibrary(small, 'common', 2);
    expect(result.total).toBe(4);
    expect(result.hits.map((hit) => hit.id)).toEqual(['three-c', 'two-b']);
    expect(searchLibrary(small, 'nothing', 2)).toEqual({ total: 0, hits: [] });
    expect(searchLibrary(small, '  ', 2)).toEqual({ total: 0, hits: [] });
  });

  it('narrows to the given ids, counting only those', () => {
    const result = searchLibrary(small, 'common', 50, new Set(['one-a', 'four-d', 'not-indexed']));
    expect(result.total).toBe(2);
    expect(result.hits.map((hit) => hit.id)).toEqual(['one-a', 'four-d']);
  });
});

describe('excerpt', () => {
  // word00 … word99: each word is 6 characters, word i starts at 7 × i; 699 characters in all.
  const text = Array.from({ length: 100 }, (_, i) => `word${String(i).padStart(2, '0')}`).join(' ');
  const words = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `word${String(from + i).padStart(2, '0')}`).join(' ');

  it('returns short text unchanged', () => {
    expect(excerpt('A short text about trust.', ['trust'])).toBe('A short text about trust.');
    expect(excerpt('No match at all.', ['zebra'])).toBe('No match at all.');
  });

  it('cuts long text around the match, at word boundaries, with ellipses', () => {
    expect(text.length).toBe(699);
    const cut = excerpt(text, ['word50']);
    expect(cut).toBe(`… ${words(43, 65)} …`);
    expect(cut).toContain('word50');
  });

  it('cuts only the end when the match is near the start', () => {
    expect(excerpt(text, ['word02'])).toBe(`${words(0, 22)} …`);
    expect(excerpt(text, ['zebra'])).toBe(`${words(0, 22)} …`);
  });

  it('cuts only the start when the match is near the end', () => {
    expect(excerpt(text, ['word99'])).toBe(`… ${words(78, 99)}`);
  });

  it('finds the match whatever its case or accents', () => {
    const accented = `${'x '.repeat(150)}Réunion ${'y '.repeat(150)}`.trim();
    const cut = excerpt(accented, ['reunion']);
    expect(cut).toContain('Réunion');
    expect(cut.startsWith('… ')).toBe(true);
    expect(cut.endsWith(' …')).toBe(true);
  });

  it('keeps the match in the excerpt for scripts that Unicode decomposition lengthens (Hangul)', () => {
    // NFD turns each Hangul syllable into 2–3 jamo, which are letters, not marks; the match
    // position must still be a position in the original text.
    const korean = `${'한국어 '.repeat(60)}목표 ${'문장 '.repeat(60)}`.trim();
    expect(korean.length).toBe(422);
    expect(korean.indexOf('목표')).toBe(240);
    const cut = excerpt(korean, tokenize('목표'));
    expect(cut).toContain('목표');
  });
});
