// Text with what a search matched marked, as text nodes (never HTML): words that start with a
// query word, and CJK text wherever it occurs, found on the original text.

import type { ComponentChildren } from 'preact';
import { matchRanges, tokenize } from '../../core/search.ts';

/** `text`, with what matches the query wrapped in <mark>. */
export function Highlight({ text, query }: { text: string; query: string }) {
  const ranges = matchRanges(text, tokenize(query));
  if (ranges.length === 0) return <>{text}</>;
  const out: ComponentChildren[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) out.push(text.slice(at, start));
    out.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) out.push(text.slice(at));
  return <>{out}</>;
}
