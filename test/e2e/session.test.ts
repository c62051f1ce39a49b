// A live session across devices, in a real Chromium: each device is an isolated browser
// context, so everything they share went over real WebRTC, found through our own signaling
// server on 127.0.0.1, which logs what it receives.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parseLibrary } from '../../src/content/library.ts';
import { readLibraryFiles } from '../../src/content/libraryFiles.ts';
import { parseRoomFragment } from '../../src/core/roomLink.ts';
import { createSignaling } from '../../src/server/signaling.ts';
import { startStaticServer } from '../../src/server/staticServer.ts';
import { lobbyFor, topicFor } from '../../src/sync/roomCrypto.ts';
import { SessionPage } from './pages/SessionPage.ts';
import { useSessionRig } from './rig.ts';

const baseUrl = inject('baseUrl');
const module = parseLibrary(readLibraryFiles('modules-content')).modules.find((m) => m.id === 'feedback-both-ways')!;
const rig = useSessionRig();
const device = (signalingUrl: string) => rig.device(signalingUrl, { viewport: { width: 1280, height: 800 } });

/** Fay starts a session; Ana and Ben join by its link; all three are connected over WebRTC. */
async function meetingOfThree() {
  const url = await rig.startSignaling();
  const facilitator = await device(url);
  const ana = await device(url);
  const ben = await device(url);
  await facilitator.start(module.id, 'Fay');
  const link = await facilitator.joinLink();
  await ana.join(link, 'Ana');
  await ben.join(link, 'Ben');
  for (const d of [facilitator, ana, ben]) await d.waitForDevices(2);
  return { facilitator, ana, ben, link };
}

describe('a live session between devices', () => {
  it('joins by link, moves pages with the rotation on every device, survives losing the signaling server', async () => {
    const { facilitator, ana, ben } = await meetingOfThree();
    for (const d of [facilitator, ana, ben]) await d.waitForPage(1);

    // Participants cannot move pages in facilitator mode.
    expect(await ana.nextButton.count()).toBe(0);

    // Seat order: Fay, Ana, Ben. Page 1 is Fay's; each move passes the reading on.
    const expected = [
      { page: 2, reader: 'Ana', next: 'Ben' },
      { page: 3, reader: 'Ben', next: 'Fay' },
      { page: 4, reader: 'Fay', next: 'Ana' },
    ];
    for (const step of expected) {
      await facilitator.nextButton.click();
      for (const d of [facilitator, ana, ben]) {
        await d.waitForPage(step.page);
        await expect.poll(() => d.pageTitle.textContent()).toBe(module.pages[step.page - 1]!.title);
      }
      // Each device names the reader, and says "you" to the reader themself.
      for (const [d, name] of [[facilitator, 'Fay'], [ana, 'Ana'], [ben, 'Ben']] as const) {
        await expect.poll(() => d.reader.textContent()).toContain(step.reader === name ? 'you read this page aloud' : `Read by ${step.reader}`);
        await expect.poll(() => d.reader.textContent()).toContain(step.next === name ? 'You read next' : `Next: ${step.next}`);
      }
    }

    // The signaling server goes away mid-meeting: the connected devices carry on.
    await rig.stopSignaling();
    await facilitator.nextButton.click();
    for (const d of [facilitator, ana, ben]) await d.waitForPage(5);
    await facilitator.page.keyboard.press('PageDown');
    for (const d of [facilitator, ana, ben]) await d.waitForPage(6);
    await facilitator.page.keyboard.press('ArrowLeft');
    for (const d of [facilitator, ana, ben]) await d.waitForPage(5);
    // Calmly: still connected to the others, looking for the server again.
    for (const d of [facilitator, ana, ben]) await d.connection.filter({ hasText: '2 other devices connected · reconnecting to find more' }).waitFor();
  });

  it('lets anyone advance when the facilitator allows it, and a device that left catches up', async () => {
    const { facilitator, ana, ben, link } = await meetingOfThree();

    await facilitator.page.getByLabel('Let anyone move the pages').check();
    await ana.nextButton.waitFor();
    await ana.nextButton.click();
    for (const d of [facilitator, ana, ben]) await d.waitForPage(2);
    await facilitator.page.getByText('Anyone can move the pages.').waitFor();

    // Ben closes his laptop; the group moves on; Ben comes back to the same link.
    await ben.page.close();
    await ana.nextButton.click();
    await facilitator.nextButton.click();
    await facilitator.waitForPage(4);
    const back = new SessionPage(await ben.page.context().newPage(), baseUrl);
    await back.page.goto(link);
    await back.waitForPage(4);
    await expect.poll(() => back.pageTitle.textContent()).toBe(module.pages[3]!.title);
    // He is still Ben: no second join, and the group sees one Ben.
    expect(await back.page.getByRole('button', { name: 'Join the session' }).count()).toBe(0);
    await facilitator.page.getByLabel('Ben is present').waitFor();
    expect(await facilitator.page.getByLabel('Ben is present').count()).toBe(1);

    // The facilitator's laptop drops out briefly (a reload): the role stays with it.
    await facilitator.page.reload();
    await facilitator.waitForPage(4);
    await facilitator.page.getByRole('heading', { name: 'People at the table' }).waitFor();
    await facilitator.page.getByLabel('Let anyone move the pages').uncheck();
    await expect.poll(() => ana.nextButton.count()).toBe(0);
    await facilitator.nextButton.click();
    for (const d of [facilitator, ana, back]) await d.waitForPage(5);

    // Facilitation passes to Ana: she gets the controls, Fay loses them.
    await facilitator.page.getByRole('button', { name: 'Hand over to Ana' }).click();
    await ana.page.getByRole('heading', { name: 'People at the table' }).waitFor();
    await expect.poll(() => facilitator.nextButton.count()).toBe(0);
    await facilitator.page.getByText('Facilitated by Ana.').waitFor();
    await ana.nextButton.click();
    for (const d of [facilitator, ana, back]) await d.waitForPage(6);
  });

  it('keeps the secret and the room id from the signaling server', async () => {
    const url = await rig.startSignaling();
    const facilitator = await device(url);
    const ana = await device(url);
    await facilitator.start(module.id, 'Fay');
    const link = await facilitator.joinLink();
    await ana.join(link, 'Ana');
    await facilitator.waitForDevices(1);
    await facilitator.nextButton.click();
    await ana.waitForPage(2);

    const parsed = parseRoomFragment(new URL(link).hash);
    if (!parsed.ok) throw new Error(parsed.problem);
    expect(rig.signalingLog.length).toBeGreaterThan(0);
    const everything = rig.signalingLog.map((entry) => entry.raw).join('\n');
    expect(everything).toContain('subscribe');
    expect(everything).not.toContain(parsed.room.secret);
    expect(everything).not.toContain(parsed.room.roomId);
    expect(everything).not.toContain(module.title);
    expect(everything).not.toContain('Fay');
    // The topics it saw: the session's, derived from the secret, and the lobby's, from the room id.
    const subscribed = new Set(rig.signalingLog.filter((entry) => entry.type === 'subscribe').flatMap((entry) => (JSON.parse(entry.raw) as { topics: string[] }).topics));
    expect(subscribed).toEqual(new Set([await topicFor(parsed.room), await lobbyFor(parsed.room.roomId)]));
  });

  it('tells a device whose link has a wrong key, within seconds', async () => {
    const url = await rig.startSignaling();
    const facilitator = await device(url);
    const stranger = await device(url);
    await facilitator.start(module.id, 'Fay');
    const link = await facilitator.joinLink();
    const wrong = link.replace(/key=[^&]+/, 'key=AAAAAAAAAAAAAAAAAAAAAA');
    await stranger.page.goto(wrong);
    await stranger.page.getByRole('alert', { name: 'This link’s key does not open the session' }).waitFor({ timeout: 12_000 });
    // And the room itself is untouched: the stranger is no participant, and the right link still joins.
    expect(await facilitator.page.getByLabel(/is present$/).count()).toBe(1);
    const ana = await device(url);
    await ana.join(link, 'Ana');
    for (const d of [facilitator, ana]) await d.waitForDevices(1);
    expect(await facilitator.page.getByLabel(/is present$/).count()).toBe(2);
  });

  it('gives a malformed link a clear message', async () => {
    const url = await rig.startSignaling();
    const ana = await device(url);
    await ana.page.goto(`${baseUrl}/session#room=abc`);
    await ana.page.getByRole('heading', { name: 'This link does not open a session' }).waitFor();
    expect(await ana.page.getByRole('alert').textContent()).toContain('no "key=" part');
  });

  it('passes changes on between two devices that cannot reach each other, through a third', async () => {
    // Two signaling servers: Fay's laptop finds the room only through one, Ben's only through the
    // other, and Ana's through both. Fay and Ben never learn of each other, so the mesh lacks
    // their link, and every change between them must travel by way of Ana.
    const first = await rig.startSignaling();
    const secondRoot = mkdtempSync(join(tmpdir(), 'roundtable-signal-two-'));
    const second = await startStaticServer({ root: secondRoot, port: 0, host: '127.0.0.1', signaling: createSignaling() });
    try {
      const secondUrl = `${second.url.replace('http', 'ws')}/signal`;
      const facilitator = await device(first);
      const ana = await device(`${first}\n${secondUrl}`);
      const ben = await device(secondUrl);
      await facilitator.start(module.id, 'Fay');
      const link = await facilitator.joinLink();
      await ana.join(link, 'Ana');
      await ben.join(link, 'Ben');
      await ana.waitForDevices(2);
      // Fay and Ben each have one link, to Ana; Ben joined through her, and Fay sees him at the table.
      for (const d of [facilitator, ben]) await d.waitForDevices(1);
      await facilitator.page.getByLabel('Ben is present').waitFor();

      // Fay moves the pages; Ben follows, with the rotation.
      await facilitator.nextButton.click();
      await facilitator.nextButton.click();
      for (const d of [facilitator, ana, ben]) await d.waitForPage(3);
      // Seat order Fay, Ana, Ben: page 3 is Ben's.
      await expect.poll(() => ben.reader.textContent()).toContain('Your turn: you read this page aloud');
      await expect.poll(() => facilitator.reader.textContent()).toContain('Read by Ben');
      // And the other way: with anyone moving the pages, Ben's move reaches Fay.
      await facilitator.page.getByLabel('Let anyone move the pages').check();
      await ben.nextButton.waitFor();
      await ben.nextButton.click();
      for (const d of [facilitator, ana, ben]) await d.waitForPage(4);
      await expect.poll(() => ben.reader.textContent()).toContain('Read by Fay');
      // All along, Fay and Ben were never linked directly.
      for (const d of [facilitator, ben]) expect(await d.connection.textContent()).toContain('1 other device connected');
    } finally {
      await second.close();
      rmSync(secondRoot, { recursive: true, force: true });
    }
  });

  it('syncs a projector window on the same device with no signaling at all', async () => {
    // A signaling address where nothing listens: only this browser's own channel can carry the session.
    const facilitator = await device('ws://127.0.0.1:9/signal');
    await facilitator.start(module.id, 'Fay');
    const link = await facilitator.joinLink();
    const projector = new SessionPage(await facilitator.page.context().newPage(), baseUrl);
    await projector.page.goto(`${link}&as=projector`);
    await projector.page.getByRole('heading', { level: 1, name: module.pages[0]!.prompt.text }).waitFor();
    await facilitator.connection.filter({ hasText: '1 window on this device' }).waitFor();
    await facilitator.nextButton.click();
    await projector.page.getByRole('heading', { level: 1, name: module.pages[1]!.prompt.text }).waitFor();
    expect(await projector.reader.textContent()).toContain('Read by Fay');
    expect(await projector.nextButton.count()).toBe(0);
  });
});
