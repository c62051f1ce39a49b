// The message ids: every key of English's area files, as `area.key`. A typo is a type error.

import type app from './messages/en/app.json';
import type common from './messages/en/common.json';
import type library from './messages/en/library.json';
import type problems from './messages/en/problems.json';
import type room from './messages/en/room.json';
import type moduleFile from './messages/en/moduleFile.json';
import type languages from './messages/en/languages.json';
import type module from './messages/en/module.json';
import type session from './messages/en/session.json';
import type takeaways from './messages/en/takeaways.json';
import type journal from './messages/en/journal.json';
import type programs from './messages/en/programs.json';
import type settings from './messages/en/settings.json';
import type refusals from './messages/en/refusals.json';
import type content from './messages/en/content.json';

type Ids<A extends string, M> = `${A}.${Extract<keyof M, string>}`;

/** A message id. */
export type MessageId =
  | Ids<'app', typeof app>
  | Ids<'common', typeof common>
  | Ids<'library', typeof library>
  | Ids<'problems', typeof problems>
  | Ids<'room', typeof room>
  | Ids<'moduleFile', typeof moduleFile>
  | Ids<'languages', typeof languages>
  | Ids<'module', typeof module>
  | Ids<'session', typeof session>
  | Ids<'takeaways', typeof takeaways>
  | Ids<'journal', typeof journal>
  | Ids<'programs', typeof programs>
  | Ids<'settings', typeof settings>
  | Ids<'refusals', typeof refusals>
  | Ids<'content', typeof content>;
