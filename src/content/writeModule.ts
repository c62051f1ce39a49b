// Writes a module back out as the Markdown file parseModule reads, so that a module can be
// shared as a file and added on another device, or taken as the start of a new one. What the
// parser made, it reads back the same: parseModule(writeModule(m)) gives m again. The page
// markers are written in the module's language (`Question\u00a0:` in French, `質問：` in Japanese).

import { Document } from 'yaml';
import type { Module, TextBlock } from '../core/module.ts';
import { DEFAULT_LANG, formatNeeded, moduleLang } from '../core/module.ts';
import { markerLanguage, promptLine, timeLine } from './markers.ts';

function frontMatter(module: Module): string {
  const fields: Record<string, unknown> = {
    id: module.id,
    title: module.title,
    mindset: module.mindset,
    summary: module.summary,
    author: module.author,
    minutes: module.minutes,
    version: module.version,
    tags: module.tags,
  };
  // An English module is written as format 1, as before languages, so that any version of
  // Roundtable reads it; one in another language says `lang` and format 2, which an older app
  // refuses with a message to update.
  const lang = moduleLang(module);
  if (lang !== DEFAULT_LANG) fields.lang = lang;
  const format = Math.max(module.format, formatNeeded(module));
  if (format > 1) fields.format = format;
  const doc = new Document(fields);
  // Tags on one line, as the library's own files write them: [time, priorities].
  const tags = doc.get('tags', true) as { flow?: boolean } | undefined;
  if (tags) tags.flow = true;
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false }).trimEnd();
}

function blockLines(block: TextBlock): string[] {
  return block.kind === 'paragraph' ? [block.text] : block.items.map((item) => `- ${item}`);
}

/** The module as a Markdown file in the library's format, ending with a newline. */
export function writeModule(module: Module): string {
  const language = markerLanguage(moduleLang(module));
  const out: string[] = ['---', frontMatter(module), '---', ''];
  for (const block of module.intro) out.push(...blockLines(block), '');
  for (const page of module.pages) {
    out.push(`## ${page.title}`);
    if (page.minutes !== undefined) out.push(timeLine(page.minutes, language));
    out.push('');
    for (const block of page.blocks) out.push(...blockLines(block), '');
    out.push(promptLine(page.prompt.kind, page.prompt.text, language), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** The file name a module is saved under: its id. */
export const moduleFileName = (module: Module): string => `${module.id}.md`;
