import { render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { SharedCheckIn } from '../../core/takeaways.ts';
import { CHECK_IN_STATUSES, closingRoundStatus, commitmentProblems } from '../../core/takeaways.ts';
import { activate, loadPart } from '../../i18n/i18n.ts';
import { formatDay } from './formatDay.ts';
import { SharedCheckIns } from './SharedCheckIns.tsx';
import { closingRoundWords, problemWords, statusWords } from './takeawayWords.ts';

afterEach(async () => {
  await activate('en');
});

const checkIn = (fields: Partial<SharedCheckIn>): SharedCheckIn => ({ id: 'c1', authorId: 'ana', authorName: 'Ana', what: 'Weekly 1:1s', status: 'partly', note: '', sharedAt: 1, ...fields });

describe('the words for the core’s codes', () => {
  it('words the closing round, a commitment’s problems and the statuses', () => {
    const one = { what: 'One thing', byWhen: '2025-07-01', howKnow: '' };
    expect(closingRoundWords(closingRoundStatus([]))).toBe('Write at least one commitment.');
    expect(closingRoundWords(closingRoundStatus([one]))).toBe('One commitment, saved on this device.');
    expect(closingRoundWords(closingRoundStatus([one, one, one]))).toBe('3 commitments, saved on this device.');
    expect(closingRoundWords(closingRoundStatus([one, one, one, one]))).toBe('Keep to 3 commitments at most.');
    const problems = commitmentProblems({ what: ' ', byWhen: '', howKnow: 'x'.repeat(501) });
    expect([problems.what, problems.byWhen, problems.howKnow].map((p) => problemWords(p!))).toEqual(['Say what you will do.', 'Pick a date.', 'Keep it under 500 characters.']);
    expect(CHECK_IN_STATUSES.map(statusWords)).toEqual(['Done', 'Partly done', 'Not yet', 'Dropped']);
  });

  it('words them in the interface’s language', async () => {
    await loadPart('fr', 'later');
    await activate('fr');
    expect(statusWords('notYet')).toBe('Pas encore');
    expect(closingRoundWords(closingRoundStatus([{ what: 'A', byWhen: '2025-07-01', howKnow: '' }]))).toBe('Un engagement, enregistré sur cet appareil.');
    await loadPart('ja', 'later');
    await activate('ja');
    expect(statusWords('done')).toBe('達成');
  });
});

describe('shared check-ins', () => {
  it('words a nameless author on this device, and shows an older device’s stored word as it is', () => {
    render(<SharedCheckIns entries={[checkIn({ id: 'c1', authorName: '' }), checkIn({ id: 'c2', authorName: 'Someone', status: 'done' })]} />);
    const items = screen.getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('.shared-by')?.textContent)).toEqual(['Someone', 'Someone']);
    expect(items.map((item) => item.querySelector('.checkin-tag')?.textContent)).toEqual(['Partly done', 'Done']);
  });

  it('words a nameless author in French', async () => {
    await loadPart('fr', 'later');
    await activate('fr');
    render(<SharedCheckIns entries={[checkIn({ authorName: '' })]} />);
    expect(screen.getByRole('list', { name: 'États partagés avec le groupe' })).toBeTruthy();
    expect(screen.getByText('Quelqu’un')).toBeTruthy();
    expect(screen.getByText('En partie')).toBeTruthy();
  });
});

describe('calendar dates', () => {
  const today = new Date(2031, 0, 10);

  it('reads in the interface’s language, with the year only when it is not this one', async () => {
    expect(formatDay('2031-03-04', today)).toBe('Tuesday, March 4');
    expect(formatDay('2032-03-04', today)).toBe('Thursday, March 4, 2032');
    expect(formatDay('next week', today)).toBe('next week');
    await activate('fr');
    expect(formatDay('2031-03-04', today)).toBe('mardi 4 mars');
    await activate('ja');
    expect(formatDay('2031-03-04', today)).toBe('3月4日火曜日');
  });
});
