// A message with parts that are not plain text (a link, a code span) set inside its words:
// the translation decides where they go, so a sentence is never assembled from pieces.

import type { ComponentChild, VNode } from 'preact';
import { Fragment } from 'preact';
import type { MessageValues } from './i18n.ts';
import { t } from './i18n.ts';
import type { MessageId } from './keys.ts';

const MARK = /\uE000(\d+)\uE001/;

/** `id` worded, with each element value set where its placeholder stands. */
export function Words({ id, values }: { id: MessageId; values: Record<string, string | number | VNode> }) {
  const plain: MessageValues = {};
  const elements: VNode[] = [];
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === 'string' || typeof value === 'number') plain[name] = value;
    else {
      plain[name] = `\uE000${elements.length}\uE001`;
      elements.push(value);
    }
  }
  const pieces = t(id, plain).split(MARK);
  const children: ComponentChild[] = pieces.map((piece, index) => (index % 2 === 1 ? <Fragment key={index}>{elements[Number(piece)]}</Fragment> : piece));
  return <>{children}</>;
}
