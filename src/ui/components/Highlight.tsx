// Text with the words of a search marked, as text nodes (never HTML).

import { tokenize } from '../../core/search.ts';

/** `text`, with words that start with any query term wrapped in <mark>. */
export function Highlight({ text, query }: { text: string; query: string }) {
  const terms = tokenize(query);
  if (terms.length === 0) return <>{text}</>;
  const parts = text.split(/([\p{L}\p{N}]+)/u);
  return (
    <>
      {parts.map((part, i) => {
        const word = tokenize(part)[0];
        return word && terms.some((term) => word.startsWith(term)) ? <mark key={i}>{part}</mark> : part;
      })}
    </>
  );
}
