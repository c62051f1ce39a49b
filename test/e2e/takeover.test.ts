// A meeting that cannot be stuck, and a way back in, in real Chromium over real WebRTC: the
// facilitator's device leaves, the others are offered to take over once they have missed it for
// the (here tiny) wait, a third device sees who took it, and the old facilitator, back through
// the start screen's Rejoin, is told who facilitates now. Rejoin from the journal and the start
// screen reopens a running session, and never an ended one.

import { beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { parseLibrary } from '../../src/content/library.ts';
import { readLibraryFiles } from '../../src/content/libraryFiles.ts';
import { seriousViolations } from './axe.ts';
import { JournalPage } from './pages/JournalPage.ts';
import { LibraryPage } from './pages/LibraryPage.ts';
import { SessionPage } from './pages/SessionPage.ts';
import { NO_SIGNALING, useSessionRig } from './rig.ts';

const baseUrl = inject('baseUrl');
const OUT = 'test-results/screenshots';
const modules = parseLibrary(readLibraryFiles('modules-content')).modules;
const module = modules.find((m) => m.id === 'feedback-both-ways')!;
const other = modules.find((m) => m.id === 'energy-and-attention')!;
const third = modules.find((m) => m.id === 'crafting-strategy')!;

const rig = useSessionRig();
beforeAll(() => mkdirSync(OUT, { recursive: true }));

/** A device whose wait before a take-over is tiny, so that no test waits two minutes. */
const device = (url: string) =>
  rig.device(url, {
    initScript: () => localStorage.setItem('roundtable:test:takeover-after-ms', '800'),
  });

describe('when the facilitator’s device leaves', () => {
  it('offers the others to take over, shows everyone who took it, and tells the old facilitator when back', async () => {
    const url = await rig.startSignaling();
    const fay = await device(url);
    const ana = await device(url);
    const ben = await device(url);
    await fay.start(module.id, 'Fay');
    const link = await fay.joinLink();
    await ana.join(link, 'Ana');
    await ben.join(link, 'Ben');
    for (const view of [fay, ana, ben]) await view.waitForDevices(2, 45_000);
    await fay.nextButton.click();
    for (const view of [ana, ben]) await view.waitForPage(2);
    // With the facilitator here, nobody is offered anything, and nothing moves by itself.
    for (const view of [ana, ben]) {
      await view.facilitatedBy.filter({ hasText: 'Facilitated by Fay.' }).waitFor();
      expect(await view.takeOverButton.count()).toBe(0);
    }

    // Fay's laptop leaves the room: its only window closes (its storage stays, as a laptop's would).
    const fayContext = fay.page.context();
    await fay.page.close();
    for (const view of [ana, ben]) await view.takeOverButton.waitFor({ timeout: 30_000 });
    expect(await ana.facilitatedBy.textContent()).toBe('Facilitated by Fay.');
    await ana.page.screenshot({ path: `${OUT}/takeover-offered.png`, fullPage: true });
    expect(await seriousViolations(ana.page), 'axe on the take-over offer').toEqual([]);
    await ana.takeOverButton.click();

    // Ana facilitates: she moves the pages and has the tools; Ben sees who took it.
    await ana.facilitatedBy.filter({ hasText: 'You facilitate.' }).waitFor();
    await ana.page.getByRole('heading', { name: 'Facilitation' }).waitFor();
    await ben.facilitatedBy.filter({ hasText: 'Facilitated by Ana.' }).waitFor();
    await ben.page.getByRole('status', { name: 'Ana facilitates now' }).waitFor();
    await ben.takeOverButton.waitFor({ state: 'detached' });
    await ana.nextButton.click();
    await ben.waitForPage(3);

    // Fay comes back from the start screen's Rejoin, and is told calmly who facilitates now.
    const back = new LibraryPage(await fayContext.newPage(), baseUrl);
    await back.open('/');
    await back.rejoinLink(module.title).click();
    const fayAgain = new SessionPage(back.page, baseUrl);
    const told = fayAgain.page.getByRole('status', { name: 'Ana facilitates now' });
    await told.filter({ hasText: 'While your device was away, Ana took over facilitation' }).waitFor({ timeout: 30_000 });
    await fayAgain.waitForPage(3);
    await fayAgain.facilitatedBy.filter({ hasText: 'Facilitated by Ana.' }).waitFor();
    expect(await fayAgain.nextButton.count()).toBe(0);
    expect(await seriousViolations(fayAgain.page), 'axe on the news of a new facilitator').toEqual([]);
    await fayAgain.page.screenshot({ path: `${OUT}/takeover-old-facilitator-back.png`, fullPage: true });
    await told.getByRole('button', { name: 'Close this note' }).click();
    await told.waitFor({ state: 'detached' });
  }, 120_000);
});

describe('rejoin', () => {
  it('reopens a running session from the journal and from the start screen, and never an ended one', async () => {
    const fay = await rig.device(NO_SIGNALING);
    // A session that ended…
    await fay.start(other.id, 'Fay');
    await fay.endSession();
    await fay.page.getByRole('heading', { level: 1, name: 'The session has ended' }).waitFor();
    // …and one still running, on its second page.
    await fay.start(module.id, 'Fay');
    await fay.nextButton.click();
    await fay.waitForPage(2);

    const journal = new JournalPage(fay.page, baseUrl);
    await journal.open();
    await journal.rejoinLink(module.title).waitFor();
    expect(await journal.rejoinLinks.count()).toBe(1);
    await journal.rejoinLink(module.title).click();
    await fay.waitForPage(2);
    await fay.nextButton.click();
    await fay.waitForPage(3);

    const library = new LibraryPage(fay.page, baseUrl);
    await library.open('/');
    await library.rejoinLink(module.title).waitFor();
    expect(await library.rejoinLinks.count()).toBe(1);
    await fay.page.screenshot({ path: `${OUT}/rejoin-library.png` });
    for (const colorScheme of ['light', 'dark'] as const) {
      await fay.page.emulateMedia({ colorScheme });
      expect(await seriousViolations(fay.page), `axe on the start screen with Rejoin, ${colorScheme}`).toEqual([]);
    }
    await fay.page.emulateMedia({ colorScheme: 'light' });
    await library.rejoinLink(module.title).click();
    await fay.waitForPage(3);
    await fay.nextButton.waitFor();

    // Once it has ended, neither offers it; the next session, still running, is offered alone.
    await fay.endSession();
    await fay.page.getByRole('heading', { level: 1, name: 'The session has ended' }).waitFor();
    await fay.start(third.id, 'Fay');
    await journal.open();
    await journal.rejoinLink(third.title).waitFor();
    expect(await journal.rejoinLinks.count()).toBe(1);
    await library.open('/');
    await library.rejoinLink(third.title).waitFor();
    expect(await library.rejoinLinks.count()).toBe(1);
  }, 90_000);
});
