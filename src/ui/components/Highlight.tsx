// Text with the words of a search marked, as text nodes (never HTML).

import type { ComponentChildren } from 'preact';
import { normalise, tokenize } from '../../core/search.ts';

/** `text`, with words that start with any query term wrapped in <mark>. */
export function Highlight({ text, query }: { text: string; query: string }) {
  const terms = tokenize(query);
  if (terms.length === 0) return <>{text}</>;
  const out: ComponentChildren[] = [];
  let plain = '';
  // Odd parts are words, even parts the spaces and punctuation between them. Runs of plain text
  // stay one string, so that a snippet is a handful of nodes rather than one per word.
  text.split(/([\p{L}\p{N}]+)/u).forEach((part, i) => {
    if (i % 2 === 1 && terms.some((term) => normalise(part).startsWith(term))) {
      if (plain) out.push(plain);
      out.push(<mark key={i}>{part}</mark>);
      plain = '';
    } else {
      plain += part;
    }
  });
  if (plain) out.push(plain);
  return <>{out}</>;
}
