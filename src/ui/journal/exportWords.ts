// The words the journal's exports are written in: the interface's language at the moment of
// export. Dates stay YYYY-MM-DD in every language, as in the CSV: unambiguous, and sorted as
// text sorts; a Markdown journal's headings are read by scripts too.

import { localDate } from '../../core/journal/dates.ts';
import type { ExportWords } from '../../core/journal/exportWords.ts';
import { currentLocale, t } from '../../i18n/i18n.ts';
import { statusWords } from './journalWords.ts';

/** The export words in the active language. */
export function exportWords(): ExportWords {
  return {
    status: statusWords,
    date: localDate,
    calendarDate: (date) => date,
    markdown: {
      title: t('journal.mdTitle'),
      exportedOn: (date) => t('journal.mdExportedOn', { date }),
      empty: t('journal.mdEmpty'),
      untitledSession: t('journal.untitledSession'),
      unknownSession: t('journal.mdUnknownSession'),
      heading: (date, title, group) => (group ? t('journal.mdHeadingGroup', { date, title, group }) : t('journal.mdHeading', { date, title })),
      pagesCovered: (pages) => t('journal.mdPagesCovered', { pages }),
      myTakeaways: t('journal.myTakeaways'),
      sharedAnonymously: t('journal.mdSharedAnonymously'),
      sharedWithName: t('journal.mdSharedWithName'),
      myCommitments: t('journal.myCommitments'),
      byWhen: (date) => t('journal.mdByWhen', { date }),
      status: (status, shared) => t(shared ? 'journal.mdStatusShared' : 'journal.mdStatus', { status }),
      howKnow: (text) => t('journal.howKnow', { text }),
      note: (text) => t('journal.note', { text }),
      sharedByGroup: t('journal.sharedByGroup'),
      anonymous: t('journal.anonymousAuthor'),
    },
    calendar: {
      language: currentLocale(),
      name: t('journal.calendarName'),
      summary: (what) => t('journal.eventSummary', { what }),
      howKnow: (text) => t('journal.howKnow', { text }),
      status: (status) => t('journal.mdStatus', { status }),
      note: (text) => t('journal.note', { text }),
    },
    csv: {
      takeaway: t('journal.kindTakeaway'),
      commitment: t('journal.kindCommitment'),
      sharedByGroup: t('journal.sharedByGroup'),
      sharedAnonymously: t('journal.csvSharedAnonymously'),
      sharedWithName: t('journal.csvSharedWithName'),
      statusShared: t('journal.csvStatusShared'),
      yes: t('journal.csvYes'),
      no: t('journal.csvNo'),
      me: t('journal.csvMe'),
      anonymous: t('common.anonymous'),
    },
  };
}
