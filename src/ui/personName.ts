// A person's name as the room shows it. The shared document stores an empty name (never a
// default word), so that each laptop words a nameless person in its own language.

import { t } from '../i18n/i18n.ts';

/** `name`, or this device's word for someone who gave none ("Someone", or "Facilitator" for the one who started the session). */
export function personName(name: string | null | undefined, nameless: 'someone' | 'facilitator' | 'anonymous' = 'someone'): string {
  const given = name?.trim();
  if (given) return given;
  return nameless === 'facilitator' ? t('common.namelessFacilitator') : nameless === 'anonymous' ? t('common.anonymous') : t('common.someone');
}
