// Why the library refused a change to the user's modules, in the interface language.

import { t } from '../../i18n/i18n.ts';
import type { ModuleRefusal } from '../../storage/libraryRepo.ts';

/** The refusal, worded (a clause: the screens set it in their own sentence). */
export function refusalText(refusal: ModuleRefusal): string {
  switch (refusal.code) {
    case 'idTaken':
      return t('moduleFile.refusedIdTaken', { id: refusal.id, title: refusal.title });
    case 'newerStored':
      return t('moduleFile.refusedNewerStored', { id: refusal.id, stored: refusal.stored, version: refusal.version });
    case 'notStored':
      return t('moduleFile.refusedNotStored', { id: refusal.id });
    case 'bundled':
      return t('moduleFile.refusedBundled', { id: refusal.id });
  }
}
