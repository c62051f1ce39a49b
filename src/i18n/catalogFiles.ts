// Reads and checks the message catalogs (Node only: the build, the catalog check and its tests).
// Every language must have exactly English's ids, each with the same placeholders; a message
// that is not valid ICU MessageFormat, a missing id or an extra one is an error naming its file.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import { parse } from '@messageformat/parser';
import type { CatalogPart } from './areas.ts';
import { partOf } from './areas.ts';
import type { Locale } from './locales.ts';
import { LOCALES } from './locales.ts';

/** A compiled message, in the form @lingui/core reads. */
export type CompiledMessage = ReturnType<typeof compileMessage>;

/** Every language's messages, by full id (`area.key`), as written. */
export type RawCatalogs = Record<Locale, Record<string, string>>;

/** Reads every area file of every language under `dir`. */
export function readCatalogs(dir: string): { catalogs: RawCatalogs; errors: string[] } {
  const errors: string[] = [];
  const catalogs = {} as RawCatalogs;
  for (const locale of LOCALES) {
    const messages: Record<string, string> = {};
    const folder = join(dir, locale);
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.json')).sort()) {
      const area = file.slice(0, -'.json'.length);
      const where = `${locale}/${file}`;
      if (!partOf(area)) {
        errors.push(`${where}: "${area}" is not an area listed in areas.ts`);
        continue;
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(readFileSync(join(folder, file), 'utf8'));
      } catch (error) {
        errors.push(`${where}: not valid JSON (${(error as Error).message})`);
        continue;
      }
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
        errors.push(`${where}: must hold one object of messages`);
        continue;
      }
      for (const [key, text] of Object.entries(parsed)) {
        if (typeof text !== 'string') errors.push(`${where}: "${key}" must be a string`);
        else messages[`${area}.${key}`] = text;
      }
    }
    catalogs[locale] = messages;
  }
  return { catalogs, errors };
}

/** The placeholder names a compiled message uses, sorted. */
function placeholders(message: CompiledMessage): string[] {
  const names = new Set<string>();
  // A message is a list of parts: text, or a placeholder [name, format?, cases?] whose cases are lists again.
  const walk = (parts: unknown) => {
    if (!Array.isArray(parts)) return;
    for (const part of parts) {
      if (!Array.isArray(part) || typeof part[0] !== 'string') continue;
      names.add(part[0]);
      const cases: unknown = part[2];
      if (cases && typeof cases === 'object') for (const inner of Object.values(cases)) walk(inner);
    }
  };
  walk(message);
  return [...names].sort();
}

/** Compiles every message and checks each language against English; returns the errors found. */
export function checkCatalogs(catalogs: RawCatalogs): { compiled: Record<Locale, Record<string, CompiledMessage>>; errors: string[] } {
  const errors: string[] = [];
  const compiled = {} as Record<Locale, Record<string, CompiledMessage>>;
  for (const locale of LOCALES) {
    compiled[locale] = {};
    for (const [id, text] of Object.entries(catalogs[locale])) {
      try {
        // The compiler forgives broken syntax (it prints and goes on); the parser does not.
        parse(text, { strict: false, cardinal: [], ordinal: [] });
        compiled[locale][id] = compileMessage(text);
      } catch (error) {
        errors.push(`${locale}: "${id}" is not valid ICU MessageFormat (${(error as Error).message})`);
      }
    }
  }
  const english = catalogs.en;
  for (const locale of LOCALES) {
    if (locale === 'en') continue;
    for (const id of Object.keys(english)) {
      if (!(id in catalogs[locale])) errors.push(`${locale}: "${id}" is missing`);
      else if (compiled.en[id] && compiled[locale][id]) {
        const want = placeholders(compiled.en[id]).join(', ');
        const have = placeholders(compiled[locale][id]).join(', ');
        if (want !== have) errors.push(`${locale}: "${id}" uses {${have}} where English uses {${want}}`);
      }
    }
    for (const id of Object.keys(catalogs[locale])) if (!(id in english)) errors.push(`${locale}: "${id}" is not in English`);
  }
  return { compiled, errors };
}

/** One part of one language's compiled catalog; a message with no placeholders stays a plain string. */
export function catalogPart(compiled: Record<string, CompiledMessage>, part: CatalogPart): Record<string, CompiledMessage | string> {
  const out: Record<string, CompiledMessage | string> = {};
  for (const [id, message] of Object.entries(compiled)) {
    if (partOf(id.split('.')[0]!) !== part) continue;
    out[id] = Array.isArray(message) && message.length === 1 && typeof message[0] === 'string' ? message[0] : message;
  }
  return out;
}
