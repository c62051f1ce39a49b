import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { Highlight } from './Highlight.tsx';

const marks = (text: string, query: string) => [...render(<Highlight text={text} query={query} />).container.querySelectorAll('mark')].map((mark) => mark.textContent);

describe('Highlight', () => {
  it('marks words that start with a query word', () => {
    expect(marks('Feedback both ways, fed back', 'feed')).toEqual(['Feedback']);
  });
  it('marks Japanese text in the middle of a word, and folds accents in Latin script only', () => {
    expect(marks('誰も望まない変化を導く', '変化')).toEqual(['変化']);
    expect(marks('カイトとガイド', 'ガイド')).toEqual(['ガイド']);
    expect(marks('Une équipe soudée', 'equipe')).toEqual(['équipe']);
  });
});
