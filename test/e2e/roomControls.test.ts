// The room's controls in the real browser: the page keys from the laptop and from the projector
// window (a presentation clicker), which keys a participant's laptop keeps for itself, the seats,
// the clock's pause, the projector's controls leaving the projected image, and axe on the
// laptop's check-in and closing round and on the participant's view in the dark theme.

import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { parseLibrary } from '../../src/content/library.ts';
import { readLibraryFiles } from '../../src/content/libraryFiles.ts';
import { seriousViolations } from './axe.ts';
import { TakeawaysPage } from './pages/TakeawaysPage.ts';
import { NO_SIGNALING, useSessionRig } from './rig.ts';

const baseUrl = inject('baseUrl');
const OUT = 'test-results/screenshots';
const module = parseLibrary(readLibraryFiles('modules-content')).modules.find((m) => m.id === 'feedback-both-ways')!;
/** Long enough for a move that should not happen to reach every device, if it did happen. */
const SETTLE_MS = 600;

const rig = useSessionRig();
beforeAll(() => mkdirSync(OUT, { recursive: true }));
const device = (signalingUrl: string | null, viewport?: { width: number; height: number }) => rig.device(signalingUrl ?? NO_SIGNALING, { viewport });

/** The projector's controls' opacity: 0 when they have left the projected image. */
function controlsOpacity(projector: Page): Promise<number> {
  return projector.getByRole('button', { name: /QR code$/ }).evaluate((button) => Number(getComputedStyle(button.closest('footer')!).opacity));
}

/** Fay starts a session and opens its projector window; Ana joins from her own laptop. */
async function fayAnaAndProjector(url: string) {
  const fay = await device(url);
  const ana = await device(url);
  await fay.start(module.id, 'Fay');
  const link = await fay.joinLink();
  const projector = await fay.openProjectorWindow({ width: 1280, height: 720 });
  await ana.join(link, 'Ana');
  return { fay, ana, projector, link };
}

describe('the room’s controls', () => {
  it('moves every device from the projector window and from the keys, but never from a stray key', async () => {
    const url = await rig.startSignaling();
    const { fay, ana, projector, link } = await fayAnaAndProjector(url);
    // A screen in the room that is nobody's laptop: it shows the session and moves nothing. Its
    // link comes from the facilitator's invite panel.
    const roomScreenLink = await fay.roomScreenLink();
    expect(roomScreenLink).toBe(`${link}&as=projector`);
    const roomScreen = await device(url, { width: 1280, height: 720 });
    await roomScreen.page.goto(roomScreenLink);
    // Fay's laptop reaches Ana's and the room's screen over WebRTC (her projector window is a window).
    await fay.waitForDevices(2, 45_000);
    const everyone = [fay, ana, projector, roomScreen];
    const expectEveryoneOn = async (n: number) => {
      for (const view of everyone) await view.waitForPage(n);
      for (const view of everyone) expect(await view.pageNumber()).toBe(n);
    };
    await expectEveryoneOn(1);

    // Only whoever moves the pages is offered a projector window; the join link and QR code are for all.
    await ana.page.getByRole('button', { name: 'Show QR code' }).waitFor();
    expect(await ana.page.getByRole('button', { name: 'Open the projector window' }).count()).toBe(0);
    expect(await ana.page.getByLabel('Room screen link').count()).toBe(0);

    // The clicker with the projector window in focus, after its Full screen button was clicked.
    await projector.page.bringToFront();
    await projector.page.getByRole('button', { name: 'Full screen' }).click();
    await projector.page.keyboard.press('PageDown');
    await expectEveryoneOn(2);
    await projector.page.keyboard.press('PageDown');
    await expectEveryoneOn(3);
    await projector.page.keyboard.press('PageUp');
    await expectEveryoneOn(2);
    // The room's own screen moves nothing, whatever is pressed on it.
    await roomScreen.page.locator('body').click();
    for (const key of ['PageDown', 'ArrowRight', ' ']) await roomScreen.page.keyboard.press(key);
    await fay.page.waitForTimeout(SETTLE_MS);
    await expectEveryoneOn(2);
    // Space on the projector window moves the pages once focus is off its buttons.
    await projector.page.locator('h1').click();
    await projector.page.keyboard.press(' ');
    await expectEveryoneOn(3);
    // The facilitator's laptop: PageUp back, and Space forward.
    await fay.page.bringToFront();
    await fay.page.locator('body').click({ position: { x: 5, y: 300 } });
    await fay.page.keyboard.press('PageUp');
    await expectEveryoneOn(2);
    await fay.page.keyboard.press(' ');
    await expectEveryoneOn(3);

    // A ticked box keeps the keys for the pages: Space ticks it, PageDown moves.
    const anyone = fay.page.getByLabel('Let anyone move the pages');
    await anyone.check();
    await fay.page.keyboard.press(' ');
    expect(await anyone.isChecked()).toBe(false);
    await fay.page.waitForTimeout(SETTLE_MS);
    await expectEveryoneOn(3);
    await anyone.check();
    await fay.page.keyboard.press('PageDown');
    await expectEveryoneOn(4);
    await fay.setPresent('Ana', false);
    await fay.page.keyboard.press('PageUp');
    await expectEveryoneOn(3);
    await fay.setPresent('Ana', true);

    // Anyone may move the pages now: on Ana's laptop a stray Space scrolls, and moves nobody;
    // Space pressed on the page, or PageDown anywhere, moves everyone.
    await ana.nextButton.waitFor();
    await ana.page.bringToFront();
    await ana.page.locator('body').click({ position: { x: 5, y: 300 } });
    await ana.page.keyboard.press(' ');
    await ana.page.waitForTimeout(SETTLE_MS);
    await expectEveryoneOn(3);
    await ana.pageTitle.click();
    await ana.page.keyboard.press(' ');
    await expectEveryoneOn(4);
    await ana.page.locator('body').click({ position: { x: 5, y: 300 } });
    await ana.page.keyboard.press('PageDown');
    await expectEveryoneOn(5);
    // Ana's laptop now moves the pages, so it is offered a projector window too.
    await ana.page.getByRole('button', { name: 'Open the projector window' }).waitFor();
  }, 120_000);

  it('reorders the seats, sets the meeting length, pauses the clock, and keeps the projected image clear of its controls', async () => {
    const url = await rig.startSignaling();
    const { fay, ana, projector } = await fayAnaAndProjector(url);
    await fay.waitForDevices(1, 45_000);
    await fay.addPersonWithoutDevice('Cleo');

    // Seats Fay, Ana, Cleo: Ana reads next. Cleo moves up a seat, and reads next on every device.
    for (const view of [fay, ana, projector]) await expect.poll(() => view.readerText()).toContain(view === ana ? 'You read next' : 'Next: Ana');
    await fay.page.getByRole('button', { name: 'Move Cleo up' }).click();
    await expect.poll(() => fay.seatOrder()).toEqual(['Fay', 'Cleo', 'Ana']);
    for (const view of [fay, ana, projector]) await expect.poll(() => view.readerText()).toContain('Next: Cleo');
    await fay.nextButton.click();
    for (const view of [fay, ana, projector]) await expect.poll(() => view.readerText()).toContain('Read by Cleo');
    await fay.page.getByRole('button', { name: 'Move Fay down' }).click();
    await expect.poll(() => fay.seatOrder()).toEqual(['Cleo', 'Fay', 'Ana']);
    expect(await fay.page.getByRole('button', { name: 'Move Cleo up' }).isDisabled()).toBe(true);
    expect(await fay.page.getByRole('button', { name: 'Move Ana down' }).isDisabled()).toBe(true);

    // The meeting is an hour today: every device plans 60 minutes.
    for (const view of [fay, ana, projector]) await view.clock.filter({ hasText: '90 minutes planned' }).waitFor();
    await fay.page.getByLabel('Meeting length').selectOption('60');
    for (const view of [fay, ana, projector]) await view.clock.filter({ hasText: '60 minutes planned' }).waitFor();
    await fay.page.screenshot({ path: `${OUT}/controls-facilitator-meeting-length.png`, fullPage: true });

    // The clock: started, then paused on every device, standing still until it resumes.
    await fay.page.getByRole('button', { name: 'Start the clock' }).click();
    await projector.clock.filter({ hasText: /0:0[1-9] elapsed/ }).waitFor();
    await fay.page.getByRole('button', { name: 'Pause the clock' }).click();
    for (const view of [fay, ana, projector]) await view.clock.filter({ hasText: 'paused' }).waitFor();
    const pausedAt = await projector.clockValue();
    await projector.page.waitForTimeout(2_100);
    expect(await projector.clockValue()).toBe(pausedAt);
    expect(await ana.clockValue()).toBe(pausedAt);
    await fay.page.getByRole('button', { name: 'Resume the clock' }).click();
    await projector.clock.filter({ hasNotText: 'paused' }).waitFor();
    await expect.poll(() => projector.clockValue(), { timeout: 5_000 }).not.toBe(pausedAt);

    // The projector's controls leave the image while the mouse rests, and come back when it moves
    // or when a control takes keyboard focus; the buttons can be reached all along.
    await projector.page.bringToFront();
    await projector.page.mouse.move(640, 360);
    await expect.poll(() => controlsOpacity(projector.page)).toBe(1);
    await expect.poll(() => controlsOpacity(projector.page), { timeout: 10_000 }).toBe(0);
    await projector.page.getByRole('button', { name: 'Full screen' }).waitFor();
    expect(await seriousViolations(projector.page, { enhancedContrast: true }), 'axe on the resting projector').toEqual([]);
    await projector.page.screenshot({ path: `${OUT}/controls-projector-resting.png` });
    await projector.page.mouse.move(600, 300);
    await expect.poll(() => controlsOpacity(projector.page)).toBe(1);
    await projector.page.screenshot({ path: `${OUT}/controls-projector-moved.png` });
    // Tab past the skip link to the first of the controls.
    for (let i = 0; i < 3 && !(await projector.page.evaluate(() => !!document.activeElement?.closest('footer'))); i++) await projector.page.keyboard.press('Tab');
    expect(await projector.page.evaluate(() => document.activeElement?.textContent)).toBe('Hide QR code');
    await projector.page.waitForTimeout(4_000);
    expect(await controlsOpacity(projector.page), 'the controls with keyboard focus').toBe(1);
    expect(await seriousViolations(projector.page, { enhancedContrast: true }), 'axe on the projector with its controls').toEqual([]);

    // The participant's view in the dark theme.
    await ana.page.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousViolations(ana.page), 'axe on the participant view, dark').toEqual([]);
    await ana.page.screenshot({ path: `${OUT}/controls-participant-dark.png` });
  }, 120_000);

  it('keeps the laptop’s closing round and check-in free of serious accessibility problems, in both themes', async () => {
    const fay = new TakeawaysPage((await device(null)).page);
    await fay.startForGroup(baseUrl, module.id, 'Fay', { newName: 'Green group' });
    await fay.page.getByRole('button', { name: 'Go to the closing round' }).click();
    await fay.page.getByRole('heading', { level: 1, name: 'Closing round' }).waitFor();
    await fay.commit(1, 'Ask one quiet colleague for their view each week', 'Four conversations noted');
    for (const colorScheme of ['light', 'dark'] as const) {
      await fay.page.emulateMedia({ colorScheme });
      expect(await seriousViolations(fay.page), `axe on the closing round, ${colorScheme}`).toEqual([]);
    }
    await fay.page.emulateMedia({ colorScheme: 'light' });
    await fay.startForGroup(baseUrl, module.id, 'Fay', { existing: 'Green group' });
    await fay.page.getByRole('heading', { level: 1, name: 'Check-in' }).waitFor();
    await fay.checkInItem('Ask one quiet colleague').getByLabel('Done', { exact: true }).check();
    for (const colorScheme of ['light', 'dark'] as const) {
      await fay.page.emulateMedia({ colorScheme });
      expect(await seriousViolations(fay.page), `axe on the check-in, ${colorScheme}`).toEqual([]);
    }
  });
});
