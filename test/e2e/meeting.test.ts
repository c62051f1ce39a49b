// A whole meeting through the room's three views, as the people in the room use them: the
// facilitator's laptop, a participant's laptop (an isolated browser context, over real WebRTC
// through our own signaling server) and the projector window opened from the facilitator's
// laptop. Elements are found by role and name. Each view is checked with axe-core and
// photographed at projector, laptop and phone size.

import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseLibrary } from '../../src/content/library.ts';
import { readLibraryFiles } from '../../src/content/libraryFiles.ts';
import { seriousViolations } from './axe.ts';
import { useSessionRig } from './rig.ts';

const OUT = 'test-results/screenshots';
const module = parseLibrary(readLibraryFiles('modules-content')).modules.find((m) => m.id === 'feedback-both-ways')!;
const SIZES = [
  { name: 'projector', width: 1280, height: 720 },
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'phone', width: 390, height: 844 },
];

const rig = useSessionRig();

/** The next present person after `previous`, in seat order: the rotation, written out again here. */
function nextReader(seats: string[], absent: Set<string>, previous: string): string {
  const from = seats.indexOf(previous);
  for (let step = 1; step <= seats.length; step++) {
    const candidate = seats[(from + step) % seats.length]!;
    if (!absent.has(candidate)) return candidate;
  }
  throw new Error('nobody present');
}

/** Photographs a page at every size, checking that nothing runs off the side. */
async function photograph(page: Page, name: string): Promise<void> {
  const original = page.viewportSize()!;
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.waitForTimeout(150);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${name} at ${size.name} size runs off the side`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${OUT}/meeting-${name}-${size.name}.png` });
  }
  await page.setViewportSize(original);
}

describe('a whole meeting through the three views', () => {
  it('joins, reads every page in turn, skips the absent, adds a person, hands over and ends', async () => {
    mkdirSync(OUT, { recursive: true });
    const url = await rig.startSignaling();
    const fay = await rig.device(url);
    const ana = await rig.device(url);
    await fay.start(module.id, 'Fay');
    const link = await fay.joinLink();

    const projector = await fay.openProjectorWindow({ width: 1280, height: 720 });
    await projector.page.getByRole('heading', { level: 1, name: module.pages[0]!.prompt.text }).waitFor();

    await ana.join(link, 'Ana');
    await fay.waitForDevices(1, 45_000);
    // Fay's laptop is one device to Ana, though both its windows reach her over WebRTC.
    await projector.connection.filter({ hasText: '1 other device connected · 1 window on this device' }).waitFor({ timeout: 45_000 });
    await ana.waitForDevices(1);
    for (let check = 0; check < 10; check++) {
      expect(await ana.connection.textContent()).toBe('1 other device connected');
      await ana.page.waitForTimeout(200);
    }
    await fay.addPersonWithoutDevice('Cleo');
    await fay.page.getByRole('button', { name: 'Start the clock' }).click();
    await projector.page.getByLabel('Meeting time').filter({ hasText: 'elapsed' }).waitFor();

    // The rotation: Fay (who started), Ana (who joined), Cleo (added, without a device).
    const seats = ['Fay', 'Ana', 'Cleo'];
    const absent = new Set<string>();
    let reader = 'Fay';
    let controller = fay;

    const expectReaders = async (pageNumber: number) => {
      const next = pageNumber < module.pages.length ? nextReader(seats, absent, reader) : undefined;
      for (const [who, view] of [['Fay', fay], ['Ana', ana], ['projector', projector]] as const) {
        await view.waitForPage(pageNumber);
        await expect.poll(() => view.readerText(), { message: `${who} on page ${pageNumber}` }).toContain(reader === who ? 'Your turn: you read this page aloud' : `Read by ${reader}`);
        const text = await view.readerText();
        if (next) expect(text, `${who}'s "next" on page ${pageNumber}`).toContain(next === who ? 'You read next' : `Next: ${next}`);
      }
      await projector.page.getByRole('heading', { level: 1, name: module.pages[pageNumber - 1]!.prompt.text }).waitFor();
    };

    await expectReaders(1);
    for (const [view, name] of [[fay, 'facilitator'], [ana, 'participant'], [projector, 'projector']] as const) {
      expect(await seriousViolations(view.page, { enhancedContrast: name === 'projector' }), `axe on the ${name} view`).toEqual([]);
    }
    await photograph(fay.page, 'facilitator');
    await photograph(ana.page, 'participant');
    await photograph(projector.page, 'projector');

    for (let pageNumber = 2; pageNumber <= module.pages.length; pageNumber++) {
      if (pageNumber === 5) {
        // Cleo steps out: the rotation skips her from now on.
        await fay.setPresent('Cleo', false);
        absent.add('Cleo');
      }
      if (pageNumber === 8) {
        // Fay hands facilitation to Ana, who moves the pages from here on.
        await fay.handOverTo('Ana');
        await ana.page.getByRole('heading', { name: 'Facilitation' }).waitFor();
        await expect.poll(() => fay.nextButton.count()).toBe(0);
        controller = ana;
      }
      if (pageNumber === 4) {
        // Ana looks ahead on her own, sees where the group is, and gets back with one click.
        await ana.page.getByRole('button', { name: 'Look at the next page' }).click();
        await ana.page.getByRole('status').filter({ hasText: `You are looking at page ${pageNumber} on your own. The group is on page ${pageNumber - 1}.` }).waitFor();
        await ana.pageTitle.filter({ hasText: module.pages[pageNumber - 1]!.title }).waitFor();
        expect(await fay.pageNumber()).toBe(pageNumber - 1);
        await ana.page.getByRole('button', { name: 'Back to the group' }).click();
        await ana.pageTitle.filter({ hasText: module.pages[pageNumber - 2]!.title }).waitFor();
        expect(await ana.page.getByRole('button', { name: 'Back to the group' }).count()).toBe(0);
      }
      reader = nextReader(seats, absent, reader);
      // A presentation clicker sends PageDown; the button works the same.
      if (pageNumber % 2 === 0) await controller.page.keyboard.press('PageDown');
      else await controller.nextButton.click();
      await expectReaders(pageNumber);
    }
    expect(await controller.nextButton.isDisabled()).toBe(true);

    // Back to the first page, by jumping: it keeps the reader it had.
    await controller.page.getByLabel('Go to page').selectOption({ index: 0 });
    await controller.page.getByRole('button', { name: 'Go', exact: true }).click();
    for (const view of [fay, ana, projector]) {
      await view.waitForPage(1);
      await expect.poll(() => view.readerText()).toContain(view === fay ? 'Your turn' : 'Read by Fay');
    }

    // The closing round, then the end, from Ana's laptop.
    await ana.page.getByRole('button', { name: 'Go to the closing round' }).click();
    await projector.page.getByRole('heading', { level: 1, name: /^Closing round/ }).waitFor();
    await fay.page.getByRole('heading', { level: 1, name: 'Closing round' }).waitFor();
    expect(await seriousViolations(projector.page, { enhancedContrast: true }), 'axe on the projector’s closing round').toEqual([]);
    await photograph(projector.page, 'projector-closing');
    await ana.endSession();
    for (const view of [fay, ana]) await view.page.getByRole('heading', { level: 1, name: 'The session has ended' }).waitFor();
    await projector.page.getByRole('heading', { level: 1, name: 'Thank you' }).waitFor();
    expect(await ana.nextButton.count()).toBe(0);
    // A whole module, page by page on three views with axe checks and photographs: only a hang
    // should stop it.
  }, 120_000);
});
