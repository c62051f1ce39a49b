import { describe, expect, it } from 'vitest';
import type { SearchDoc } from './search.ts';
import { createSearchIndex, excerpt, matchRanges, normalise, searchIndex, searchLibrary, tokenize } from './search.ts';

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

/** The parts of `text` that `query` marks, as the highlight shows them. */
function marked(text: string, query: string): string[] {
  return matchRanges(text, tokenize(query)).map(([start, end]) => text.slice(start, end));
}

describe('normalise', () => {
  it('applies NFKC first: half-width kana and full-width Latin read as usual', () => {
    expect(normalise('ｶﾞｲﾄﾞ')).toBe('ガイド');
    expect(normalise('ＡＢＣ ２０２４')).toBe('abc 2024');
    expect(normalise('ﬁnance')).toBe('finance');
  });

  it('drops accents from Latin letters only, keeping the dakuten and other scripts’ marks', () => {
    expect(normalise('Été, ÇA, cœur, Straße')).toBe('ete, ca, coeur, strasse');
    // Decomposed accents (as some systems type them) fold the same way.
    expect(normalise('e\u0301te\u0301')).toBe('ete');
    expect(normalise('ガイド')).toBe('ガイド');
    expect(normalise('ガイド')).not.toBe(normalise('カイト'));
    expect(normalise('パン')).not.toBe(normalise('ハン'));
    expect(normalise('Ελλάδα й')).toBe('ελλάδα й');
  });
});

describe('tokenize in other scripts', () => {
  it('keeps a run of CJK characters as one term, apart from the words around it', () => {
    expect(tokenize('Web会議のコツ')).toEqual(['web', '会議のコツ']);
    expect(tokenize('誰も望まない変化を、導く。')).toEqual(['誰も望まない変化を', '導く']);
    expect(tokenize('ｶﾞｲﾄﾞ')).toEqual(['ガイド']);
    expect(tokenize('한국어 목표')).toEqual(['한국어', '목표']);
  });

  it('splits French elisions and keeps accents out', () => {
    expect(tokenize('L’Équipe d’été')).toEqual(['l', 'equipe', 'd', 'ete']);
  });
});

describe('searching Japanese, French and mixed text', () => {
  const change = doc('change', '誰も望まない変化を導く', '抵抗の理由を理解します。', ['変化'], [
    page('はじめに', '人が抵抗するのは変化そのものより、大切なものを失うことに対してです。', '最近の変化で、何を失いましたか。'),
  ]);
  const guide = doc('guide', 'ガイドの役割', 'ガイドは道を示します。', [], [page('一', '話し合いを支えます。', 'だれがガイドですか。')]);
  const kite = doc('kite', 'カイトを揚げる', '風を読みます。', [], [page('一', '糸を引きます。', 'どこで揚げますか。')]);
  const chemistry = doc('chemistry', '変化と化学', '反応を見ます。', [], [page('一', '大変な実験です。', '何が起きましたか。')]);
  const ete = doc('ete', 'Un été en équipe', 'L’équipe se retrouve.', ['équipe'], [page('Début', 'Le travail d’équipe', 'Qu’avez-vous appris ?')]);
  const mixed = doc('mixed', 'Web会議でのFacilitationのコツ', 'Online meetings, 日本語で。', ['remote'], [page('P', 'ＡＢＣ of meetings', 'q?')]);
  const halfWidth = doc('half-width', 'ｶﾞｲﾄﾞﾌﾞｯｸ', '半角のタイトルです。', [], [page('一', 'x', 'q?')]);
  const index = createSearchIndex([change, guide, kite, chemistry, ete, mixed, halfWidth]);
  /** The ids found, in id order: these tests are about what matches, the ranking test about the order. */
  const ids = (query: string) => searchIndex(index, query).map((hit) => hit.id).sort();

  it('finds a Japanese substring in the middle of a run, wherever it is', () => {
    expect(ids('変化')).toEqual(['change', 'chemistry']);
    expect(ids('望まない変化')).toEqual(['change']);
    expect(ids('変化を導')).toEqual(['change']);
    expect(ids('失う')).toEqual(['change']);
    expect(searchIndex(index, '失う')[0]).toMatchObject({ id: 'change', place: 'page', pageIndex: 0 });
  });

  it('checks that the bigrams of a longer query are contiguous', () => {
    // 変化学 has the bigrams 変化 and 化学, both in 変化と化学, but never in a row.
    expect(ids('変化学')).toEqual([]);
    expect(ids('導く変化')).toEqual([]);
  });

  it('matches one CJK character wherever it occurs, even at the end of a run', () => {
    expect(ids('導')).toEqual(['change']);
    // 大変な: 変 inside a run; 変化: at a start.
    expect(ids('変')).toEqual(['change', 'chemistry']);
    expect(ids('学')).toEqual(['chemistry']);
  });

  it('tells ガイド from カイト, and reads half-width kana as full-width', () => {
    expect(ids('ガイド')).toEqual(['guide', 'half-width']);
    expect(ids('カイト')).toEqual(['kite']);
    expect(ids('ｶﾞｲﾄﾞ')).toEqual(['guide', 'half-width']);
    expect(ids('ガイドブック')).toEqual(['half-width']);
  });

  it('ranks a match at a word start above one inside a word, and the title above the page', () => {
    const hits = searchIndex(index, '変化');
    // 誰も望まない変化: a change of script into Han starts a word. 変化と化学: the title's
    // start. Equal scores come in title order.
    expect(hits.map((hit) => [hit.id, hit.score, hit.place])).toEqual([
      ['chemistry', 12, 'title'],
      ['change', 12, 'title'],
    ]);
    // 大変な: 変 follows a Han character, inside a word; 変化 in the title starts it.
    expect(searchIndex(index, '大変')[0]).toMatchObject({ id: 'chemistry', score: 1, place: 'page', pageIndex: 0 });
    expect(searchIndex(index, 'ない変化')[0]).toMatchObject({ id: 'change', score: 6, place: 'title' });
  });

  it('needs every term, CJK or not', () => {
    expect(ids('web 会議')).toEqual(['mixed']);
    expect(ids('web会議')).toEqual(['mixed']);
    expect(ids('会議 facil')).toEqual(['mixed']);
    expect(ids('会議 kite')).toEqual([]);
    expect(ids('日本語 online')).toEqual(['mixed']);
  });

  it('finds Hangul inside a word, particles and all', () => {
    const korean = createSearchIndex([doc('ko', '팀의 목표를 세우기', '함께 배웁니다.', [], [page('P', 'x', 'q?')])]);
    expect(searchIndex(korean, '목표').map((hit) => hit.id)).toEqual(['ko']);
    expect(searchIndex(korean, '표를').map((hit) => hit.id)).toEqual(['ko']);
    expect(searchIndex(korean, '목표 팀').map((hit) => hit.id)).toEqual(['ko']);
    expect(searchIndex(korean, '표목')).toEqual([]);
  });

  it('finds French words with or without their accents', () => {
    expect(ids('éte')).toEqual(['ete']);
    expect(ids('ete')).toEqual(['ete']);
    expect(ids('Equipe')).toEqual(['ete']);
    expect(ids('ÉQUIPE')).toEqual(['ete']);
    expect(ids('appris')).toEqual(['ete']);
  });

  it('reads full-width Latin in the text and in the query', () => {
    expect(ids('abc')).toEqual(['mixed']);
    expect(ids('ＡＢＣ')).toEqual(['mixed']);
    expect(ids('ＷＥＢ')).toEqual(['mixed']);
  });

  it('gives a snippet around a CJK match in long page text, without spaces around the ellipses', () => {
    const filler = '話し合いは静かに進みます。'.repeat(20);
    const long = doc('long-ja', '長い文章', '要約です。', [], [page('一', `${filler}誰も望まない変化を導くには忍耐が必要です。${filler}`, '問いですか。')]);
    const [hit] = searchIndex(createSearchIndex([long]), '変化');
    expect(hit).toMatchObject({ place: 'page', pageIndex: 0 });
    expect(hit?.snippet).toContain('変化');
    expect(hit?.snippet.startsWith('…')).toBe(true);
    expect(hit?.snippet.startsWith('… ')).toBe(false);
    expect(hit?.snippet.endsWith('…')).toBe(true);
    // Half as many characters as Latin text, since each is about twice as wide.
    expect(hit?.snippet.length).toBeLessThanOrEqual(82);
  });
});

describe('matchRanges', () => {
  it('marks English words that start with a term, whole', () => {
    expect(marked('Budgets shape every budget decision.', 'budget')).toEqual(['Budgets', 'budget']);
    expect(matchRanges('Budgets shape every budget decision.', tokenize('budget'))).toEqual([
      [0, 7],
      [20, 26],
    ]);
    expect(marked('Team trust and teamwork', 'tea tru')).toEqual(['Team', 'trust', 'teamwork']);
    expect(marked('A steak', 'tea')).toEqual([]);
    expect(matchRanges('anything', [])).toEqual([]);
  });

  it('marks a Japanese substring in the middle of a run, at its place in the original text', () => {
    expect(matchRanges('誰も望まない変化を導く', tokenize('変化'))).toEqual([[6, 8]]);
    expect(marked('変化と化学、大変な変化', '変化')).toEqual(['変化', '変化']);
    expect(matchRanges('変化と化学、大変な変化', tokenize('変'))).toEqual([
      [0, 1],
      [7, 8],
      [9, 10],
    ]);
    // Overlapping or touching occurrences are one mark.
    expect(marked('ガイドとガイド', 'ガイ イド')).toEqual(['ガイド', 'ガイド']);
  });

  it('keeps the original positions where normalising changes lengths', () => {
    // ｶﾞｲﾄﾞ is five half-width characters, ガイド three.
    expect(matchRanges('ｶﾞｲﾄﾞの役割', tokenize('ガイド'))).toEqual([[0, 5]]);
    expect(marked('大きなｶﾞｲﾄﾞﾌﾞｯｸ', 'ガイドブック')).toEqual(['ｶﾞｲﾄﾞﾌﾞｯｸ']);
    expect(marked('カイトとガイド', 'ガイド')).toEqual(['ガイド']);
    expect(marked('The ﬁnance team', 'finance')).toEqual(['ﬁnance']);
    expect(matchRanges('Le cœur, l’été', tokenize('ete coeur'))).toEqual([
      [3, 7],
      [11, 14],
    ]);
    // Decomposed accents: é is two characters here.
    expect(marked('Un e\u0301te\u0301 calme', 'ete')).toEqual(['e\u0301te\u0301']);
    expect(marked('ＡＢＣ and abc', 'abc')).toEqual(['ＡＢＣ', 'abc']);
    expect(marked('𠮷野家の𠮷', '𠮷')).toEqual(['𠮷', '𠮷']);
    expect(matchRanges('𠮷野家の𠮷', tokenize('𠮷'))).toEqual([
      [0, 2],
      [5, 7],
    ]);
  });

  it('marks French words with or without accents, and each script of a mixed title', () => {
    expect(marked('Un été en équipe', 'éte Equipe')).toEqual(['été', 'équipe']);
    expect(marked('Web会議でのFacilitationのコツ', 'web 会議 facil')).toEqual(['Web', '会議', 'Facilitation']);
    expect(marked('한국어 목표 문장', '목표')).toEqual(['목표']);
  });

  it('stops at the limit', () => {
    expect(matchRanges('変化と化学、大変な変化', tokenize('変化'), 1)).toEqual([[0, 2]]);
    expect(matchRanges('team, team, team', tokenize('team'), 2)).toEqual([
      [0, 4],
      [6, 10],
    ]);
  });
});
