// The coordinator's side end to end, in a real Chromium against the production build: a program,
// its modules (listed first in the library) and roster, a keep-apart pair, groups formed in the real
// worker (with progress and cancel), a hand adjustment and its cost, a scheduled cycle, the ICS
// file, and a reload.

import ICAL from 'ical.js';
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseLibrary } from '../../src/content/library.ts';
import { readLibraryFiles } from '../../src/content/libraryFiles.ts';
import { launchChromium } from './browser.ts';
import { LibraryPage } from './pages/LibraryPage.ts';
import { ProgramPage } from './pages/ProgramPage.ts';

const baseUrl = inject('baseUrl');
const library = parseLibrary(readLibraryFiles('modules-content')).modules;
const DIVISIONS = ['Sales', 'Engineering', 'Finance', 'People'];
// 24 people in 4 divisions; one name holds a comma, so the CSV quotes it.
const NAMES = Array.from({ length: 24 }, (_, i) => (i === 0 ? 'Smith, Ann' : `Person ${String(i + 1).padStart(2, '0')}`));
const GOOD_CSV = ['Name,E-mail,Division,Level', ...NAMES.map((name, i) => `"${name}",p${i + 1}@example.org,${DIVISIONS[i % 4]},${i % 3 === 0 ? 'Senior' : 'Middle'}`)].join('\n');
const BAD_CSV = 'name,email,division\nAda,ada@example.org,Sales\n,nobody@example.org,Sales\nBo,bo@example.org,IT\n';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('programs', () => {
  it('forms, adjusts, saves and schedules groups, exports the calendar, and keeps it all across a reload', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const app = new ProgramPage(await context.newPage(), baseUrl);
    const errors: string[] = [];
    app.page.on('pageerror', (error) => errors.push(error.message));
    const programName = 'Leadership circles, 2025; north';

    await app.open('/');
    await app.page.getByRole('link', { name: 'Programs' }).click();
    await expect.poll(() => app.heading.textContent()).toBe('Programs');
    await app.createProgram(programName);

    const picked = [library[0]!.title, library[3]!.title];
    await app.chooseModules(picked);
    await expect.poll(() => app.chosenModules.count()).toBe(2);

    // A bad file first: each bad row named by its line, and nobody imported.
    await app.importRoster(BAD_CSV, 'bad.csv');
    await app.importProblem.waitFor();
    expect(await app.importProblem.textContent()).toMatch(/line 3/);
    expect(await app.rosterHeading.textContent()).toBe('Roster (0)');

    await app.importRoster(GOOD_CSV);
    await app.page.getByText('24 added, 0 updated.').waitFor();
    await expect.poll(() => app.rosterHeading.textContent()).toBe('Roster (24)');
    expect(await app.importProblem.count()).toBe(0);
    // Program health: every division on the roster, nobody in a group yet.
    const health = app.page.getByRole('region', { name: 'Program health' });
    const divisionRows = () => health.getByRole('table').getByRole('row').allInnerTexts();
    await expect.poll(divisionRows).toEqual(['Division\tOn the roster\tIn a group that meets', ...['Engineering', 'Finance', 'People', 'Sales'].map((d) => `${d}\t6\t0 (0 %)`)]);

    // Two people of one division, whom the engine would happily seat together otherwise.
    await app.addPair('Smith, Ann (Sales)', 'keep apart from', 'Person 05 (Sales)');
    await app.page.getByRole('list', { name: 'Kept apart' }).getByText('Smith, Ann and Person 05').waitFor();

    // A long run shows its progress and stops on Cancel, leaving no groups.
    await app.startForming({ minSize: 5, maxSize: 8, seed: 7, seconds: 60 });
    await app.progress.waitFor();
    await expect.poll(async () => Number(await app.progress.getAttribute('value'))).toBeGreaterThan(0);
    await app.cancelButton.click();
    await app.page.getByText('Stopped. No groups were formed.').waitFor();
    expect(await app.progress.count()).toBe(0);
    expect(await app.draftHeading.count()).toBe(0);

    await app.startForming({ seconds: 1 });
    await app.draftHeading.waitFor({ timeout: 20_000 });
    const groups = await app.draftGroups();
    expect(groups.flat().sort()).toEqual([...NAMES].sort());
    expect(groups.every((g) => g.length >= 5 && g.length <= 8)).toBe(true);
    const annGroup = groups.findIndex((g) => g.includes('Smith, Ann'));
    const otherGroup = groups.findIndex((g) => g.includes('Person 05'));
    expect(annGroup).not.toBe(otherGroup);
    // Every group mixes divisions, and says so.
    expect(await app.page.getByText(/^Mixes /).count()).toBe(groups.length);
    expect(await app.cost.textContent()).toContain('Every keep-apart pair is apart.');

    // Moving Ann in with Person 05 shows the broken pair at once, and saving is refused.
    await app.move('Smith, Ann', otherGroup + 1);
    await expect.poll(() => app.cost.textContent()).toContain('1 keep-apart pair is together: Smith, Ann and Person 05.');
    expect(await app.cost.textContent()).toContain('Adjusted by hand');
    await app.saveDraft();
    await app.page.getByRole('alert').filter({ hasText: 'break 1 keep-apart' }).waitFor();

    await app.move('Smith, Ann', annGroup + 1);
    await expect.poll(() => app.cost.textContent()).toContain('Every keep-apart pair is apart.');
    await app.saveDraft();
    await app.page.getByRole('heading', { name: 'Group 1', level: 3 }).waitFor();
    expect(await app.savedGroups.count()).toBe(groups.length);
    await expect.poll(divisionRows).toEqual(['Division\tOn the roster\tIn a group that meets', ...['Engineering', 'Finance', 'People', 'Sales'].map((d) => `${d}\t6\t6 (100 %)`)]);
    expect(await app.draftHeading.count()).toBe(0);

    const place = 'Room 4, 2nd floor; east wing';
    await app.scheduleCycle('Group 1', { date: '2031-03-04', time: '09:30', place }, 4);

    const { name, text } = await app.downloadCalendar();
    expect(name).toBe('leadership-circles-2025-north-schedule.ics');
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.startDate.toString())).toEqual(['2031-03-04', '2031-04-01', '2031-04-29', '2031-05-27', '2031-06-24', '2031-07-22'].map((d) => `${d}T09:30:00`));
    expect(new Set(events.map((e) => e.location))).toEqual(new Set([place]));
    expect(events[0]!.summary).toBe(`Group 1 · ${programName}`);
    expect(events[0]!.endDate.toString()).toBe('2031-03-04T11:00:00');

    await app.page.reload();
    await app.page.getByRole('heading', { level: 1, name: programName }).waitFor();
    await expect.poll(() => app.rosterHeading.textContent()).toBe('Roster (24)');
    const chosen = await app.chosenModules.allTextContents();
    expect(chosen).toHaveLength(2);
    picked.forEach((title, i) => expect(chosen[i]).toContain(title));
    await app.page.getByRole('list', { name: 'Kept apart' }).getByText('Smith, Ann and Person 05').waitFor();
    expect(await app.savedGroups.count()).toBe(groups.length);
    const form = await app.openSchedule('Group 1');
    expect(await form.getByLabel('Meeting 6 date').inputValue()).toBe('2031-07-22');
    expect(await form.getByLabel('Meeting 1 place').inputValue()).toBe(place);

    await app.open('/programs');
    await app.page.getByRole('link', { name: programName }).waitFor();
    expect(await app.page.getByText('24 people on the roster').count()).toBe(1);

    // The library lists the program's modules first, in the program's order, before the mindsets.
    const libraryPage = new LibraryPage(app.page, baseUrl);
    await app.page.getByRole('link', { name: 'Library', exact: true }).click();
    const shelf = libraryPage.programShelf(programName);
    await shelf.waitFor();
    expect(await shelf.getByRole('heading', { level: 3 }).allTextContents()).toEqual(picked);
    expect((await app.page.getByRole('heading', { level: 2 }).allTextContents())[0]).toBe(`Your program: ${programName}`);
    expect(await libraryPage.cards.count()).toBe(library.length);

    expect(errors).toEqual([]);
    await context.close();
  });

  it('saves rotating trios as one rotation: one cycle whose meetings take the rounds in turn, in the calendar too', async () => {
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 720 } });
    const app = new ProgramPage(await context.newPage(), baseUrl);
    await app.open('/programs');
    await app.createProgram('Coaching trios');
    await app.importRoster(['name,division', ...NAMES.slice(0, 12).map((name, i) => `"${name}",${DIVISIONS[i % 4]}`)].join('\n'));
    await expect.poll(() => app.rosterHeading.textContent()).toBe('Roster (12)');
    await app.startForming({ minSize: 3, maxSize: 3, rounds: 3, seconds: 1 });
    await app.page.getByRole('heading', { name: 'Round 3', level: 3 }).waitFor({ timeout: 20_000 });
    await app.saveDraft();
    await app.page.getByRole('heading', { name: 'Rotating groups', level: 3 }).waitFor();
    expect(await app.savedGroups.count()).toBe(1);
    const card = app.page.getByRole('listitem', { name: 'Rotating groups' });
    await card.getByText('12 people in 3 rounds of groups: each meeting, the groups change to the next round’s.').waitFor();
    await card.getByText('Who meets with whom, round by round').click();
    expect(await card.getByRole('heading', { level: 4 }).allTextContents()).toEqual([
      'Round 1 · meetings 1 and 4 of cycle 1',
      'Round 2 · meetings 2 and 5 of cycle 1',
      'Round 3 · meetings 3 and 6 of cycle 1',
    ]);
    await app.scheduleCycle('Rotating groups', { date: '2031-03-04', time: '09:30', place: 'Room 4' }, 2);
    mkdirSync('test-results/screenshots', { recursive: true });
    await card.screenshot({ path: 'test-results/screenshots/programs-rotation-wide.png' });
    const { text } = await app.downloadCalendar();
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.summary)).toEqual([1, 2, 3, 1, 2, 3].map((r) => `Rotating groups, round ${r} · Coaching trios`));
    // Each meeting's description lists that round's four trios, twelve people in all.
    expect(events[1]!.description.match(/^Group \d: .+\.$/gm)?.length).toBe(4);
    await context.close();
  });

  it('fits each programs screen to a laptop and a phone, with screenshots to look at', async () => {
    const OUT = 'test-results/screenshots';
    mkdirSync(OUT, { recursive: true });
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const app = new ProgramPage(await context.newPage(), baseUrl);
    const sizes = [
      { name: 'wide', width: 1280, height: 720 },
      { name: 'laptop', width: 1366, height: 768 },
      { name: 'narrow', width: 390, height: 844 },
    ];
    const shoot = async (name: string) => {
      for (const size of sizes) {
        await app.page.setViewportSize(size);
        await app.page.screenshot({ path: `${OUT}/programs-${name}-${size.name}.png` });
        // Each part of a long program page on its own, to be looked at.
        for (const section of await app.page.locator('main section.program-panel').all()) {
          const id = (await section.getAttribute('id')) ?? 'draft';
          await section.screenshot({ path: `${OUT}/programs-${name}-${size.name}-${id}.png` });
        }
        const wide = await app.page.evaluate(() =>
          [...document.querySelectorAll('main *')].filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5).map((el) => `${el.tagName}.${el.className}`).slice(0, 5),
        );
        expect(wide, `${name} at ${size.name}`).toEqual([]);
      }
      await app.page.setViewportSize(sizes[0]!);
    };

    await app.open('/programs');
    await app.heading.waitFor();
    await shoot('empty-list');
    await app.createProgram('Leadership circles 2025');
    await app.chooseModules([library[1]!.title, library[2]!.title]);
    await app.importRoster(BAD_CSV, 'bad.csv');
    await app.importProblem.waitFor();
    await shoot('import-errors');
    await app.importRoster(GOOD_CSV);
    await expect.poll(() => app.rosterHeading.textContent()).toBe('Roster (24)');
    await app.addPair('Smith, Ann (Sales)', 'keep apart from', 'Person 05 (Sales)');
    await app.startForming({ seconds: 1 });
    await app.draftHeading.waitFor({ timeout: 20_000 });
    const groups = await app.draftGroups();
    await app.move('Smith, Ann', groups.findIndex((g) => g.includes('Person 05')) + 1);
    await expect.poll(() => app.cost.textContent()).toContain('keep-apart pair is together');
    await shoot('draft');
    await app.move('Smith, Ann', groups.findIndex((g) => g.includes('Smith, Ann')) + 1);
    await app.saveDraft();
    await app.page.getByRole('heading', { name: 'Group 1', level: 3 }).waitFor();
    await app.scheduleCycle('Group 1', { date: '2031-03-04', time: '09:30', place: 'Room 4, 2nd floor' });
    await shoot('scheduled');
    await app.open('/programs');
    await app.page.getByRole('link', { name: 'Leadership circles 2025' }).waitFor();
    await shoot('list');
    await app.open('/');
    await new LibraryPage(app.page, baseUrl).programShelf('Leadership circles 2025').waitFor();
    await shoot('library');
    await context.close();
  });
});
