// The room's views under awkward content: a very long question and page, very long names,
// twelve people at the table, and names and content holding HTML. The facilitator's, the
// participant's and the projector's views keep their layout at projector, laptop and phone size,
// the projector's question stays large and unscrolled, and markup is shown as the text it is.

import { mkdirSync } from 'node:fs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousViolations } from './axe.ts';
import { useSessionRig } from './rig.ts';

const baseUrl = inject('baseUrl');
const OUT = 'test-results/screenshots';
const SIZES = [
  { name: 'projector', width: 1280, height: 720 },
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'phone', width: 390, height: 844 },
];

const LONG_QUESTION =
  'Think of a decision in the last year that you made alone but that really belonged to your team, or one that you handed to the team but that you should have owned yourself: what pushed you towards that choice at the time, what did it cost the people around you, what did they say about it afterwards, and what would you need to believe, or to be able to trust, in order to make the opposite choice next time?';
const HOSTILE_NAME = '<script>window.pwned = true</script>';
const LONG_NAMES = ['Maximiliana Konstantinopolous-Wetherington-Smythe', 'Bartholomew-Alexander Featherstonehaugh III', 'Anneliese Schwarzenberger-Oppenheimer'];

function longModule(): string {
  const pages = Array.from({ length: 3 }, (_, i) =>
    [
      `## ${i === 0 ? 'A page whose title goes on and on, well past what fits on a single line of a laptop screen' : `Page ${i + 1}`}`,
      'Time: 10 min',
      '',
      Array.from({ length: 6 }, () => 'This paragraph is long on purpose, so that the page text has more than the projector can show at a comfortable size, and must be fitted or faded rather than scrolled.').join(' '),
      '',
      '<img src=x onerror="window.pwned = true"> stays text.',
      '',
      `Question: ${LONG_QUESTION}`,
      '',
    ].join('\n'),
  );
  return ['---', 'id: long-everything', 'title: "A module with a very long title <b>and markup</b> that needs to wrap"', 'mindset: reflection', 'summary: Long content.', 'author: Tests', 'minutes: 30', 'version: 1', 'tags: [layout]', '---', '', ...pages].join('\n');
}

const rig = useSessionRig();
beforeAll(() => mkdirSync(OUT, { recursive: true }));

describe('the room views with long content and a full table', () => {
  it('lay out without overflow, keep the question large, and show markup as text', async () => {
    const signalingUrl = await rig.startSignaling();
    const fay = await rig.device(signalingUrl);
    await fay.page.goto(baseUrl);
    await fay.page.getByLabel('Add a module from a file').setInputFiles({ name: 'long-everything.md', mimeType: 'text/markdown', buffer: Buffer.from(longModule()) });
    await fay.page.getByRole('status', { name: 'Module added' }).waitFor();
    await fay.start('long-everything', HOSTILE_NAME);
    // The participant, on a laptop of their own, sits second: they read next.
    const ana = await rig.device(signalingUrl);
    await ana.join(await fay.joinLink(), LONG_NAMES[2]!);
    await fay.waitForDevices(1, 45_000);
    for (let i = 0; i < 10; i++) await fay.addPersonWithoutDevice(i < 2 ? LONG_NAMES[i]! : `Person ${i + 3}`);
    await expect.poll(() => fay.page.getByRole('list').filter({ has: fay.page.getByRole('checkbox') }).getByRole('listitem').count()).toBe(12);
    await ana.reader.filter({ hasText: 'You read next' }).waitFor();

    const projector = await fay.openProjectorWindow();
    const question = projector.page.getByRole('heading', { level: 1, name: LONG_QUESTION });
    await question.waitFor();

    for (const size of SIZES) {
      for (const [view, name] of [[fay, 'facilitator'], [ana, 'participant'], [projector, 'projector']] as const) {
        await view.page.setViewportSize({ width: size.width, height: size.height });
        await view.page.waitForTimeout(200);
        const overflow = await view.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${name} at ${size.name} runs off the side`).toBeLessThanOrEqual(0);
        if (name !== 'projector') {
          // The reader cue is above the page's text, in view when the page opens.
          const cue = await view.reader.boundingBox();
          const text = await view.page.getByText(/^This paragraph is long on purpose/).first().boundingBox();
          expect(cue!.y + cue!.height, `${name}'s reader cue at ${size.name} is above the page text`).toBeLessThanOrEqual(text!.y);
          expect(cue!.y + cue!.height, `${name}'s reader cue at ${size.name} is in view`).toBeLessThanOrEqual(size.height);
          await view.page.screenshot({ path: `${OUT}/long-${name}-${size.name}-top.png` });
        }
        await view.page.screenshot({ path: `${OUT}/long-${name}-${size.name}.png`, fullPage: name !== 'projector' });
      }
      // Twelve rows of the roster, some with very long names: no name broken inside a word, and
      // every row's seat arrows side by side, beside the name.
      const roster = fay.page.getByRole('region', { name: 'People at the table' });
      await roster.screenshot({ path: `${OUT}/long-roster-${size.name}.png` });
      const rows = await roster.getByRole('listitem').evaluateAll((items) =>
        items.map((item) => {
          const name = item.querySelector('label')!.lastElementChild!;
          const text = name.firstChild!;
          const brokenWords: string[] = [];
          // A word wrapped inside itself has its letters on two lines; breaking at a hyphen or a space is fine.
          for (const match of (text.textContent ?? '').matchAll(/[^\s-]+/g)) {
            const range = document.createRange();
            range.setStart(text, match.index);
            range.setEnd(text, match.index + match[0].length);
            if (new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1) brokenWords.push(match[0]);
          }
          const arrows = [...item.querySelectorAll('button')].filter((b) => /^Move .* (up|down)$/.test(b.getAttribute('aria-label') ?? ''));
          const tops = arrows.map((b) => Math.round(b.getBoundingClientRect().top));
          // Beside the name, not wrapped onto a line below it.
          const besideName = tops.every((top) => top < name.getBoundingClientRect().bottom);
          return { name: name.textContent, brokenWords, arrowsSideBySide: arrows.length === 2 && new Set(tops).size === 1, besideName };
        }),
      );
      expect(rows).toHaveLength(12);
      for (const row of rows) expect(row, `${row.name} at ${size.name}`).toMatchObject({ brokenWords: [], arrowsSideBySide: true, besideName: true });
      if (size.name === 'projector') {
        const fit = await projector.page.evaluate(() => {
          const h1 = document.querySelector('h1')!;
          const stage = h1.parentElement!.getBoundingClientRect();
          return { fontPx: parseFloat(getComputedStyle(h1).fontSize), h1Bottom: h1.getBoundingClientRect().bottom, stageBottom: stage.bottom, scrolls: document.documentElement.scrollHeight > window.innerHeight };
        });
        expect(fit.fontPx, 'the question’s size at 1280×720').toBeGreaterThanOrEqual(32);
        expect(fit.h1Bottom, 'the whole question is on the stage').toBeLessThanOrEqual(fit.stageBottom + 1);
        expect(fit.scrolls, 'the projector scrolls').toBe(false);
      }
    }

    // Legible in both themes: no serious accessibility problem, and AAA contrast on the projector.
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const [view, name] of [[fay, 'facilitator'], [ana, 'participant'], [projector, 'projector']] as const) {
        await view.page.emulateMedia({ colorScheme });
        expect(await seriousViolations(view.page, { enhancedContrast: name === 'projector' }), `axe on the ${name} view, ${colorScheme}`).toEqual([]);
      }
      await projector.page.screenshot({ path: `${OUT}/long-projector-${colorScheme}.png` });
    }

    // Markup in names and content is shown as text, and never runs.
    await fay.page.getByText(HOSTILE_NAME).first().waitFor();
    await projector.page.getByText(`Read by ${HOSTILE_NAME}`).waitFor();
    await ana.page.getByText(`Read by ${HOSTILE_NAME}`).waitFor();
    await projector.page.getByText('<img src=x onerror="window.pwned = true"> stays text.').waitFor();
    for (const view of [fay, ana, projector]) {
      expect(await view.page.locator('main img, main script, main b').count()).toBe(0);
      expect(await view.page.evaluate(() => (window as unknown as { pwned?: boolean }).pwned)).toBeUndefined();
    }

    // On a phone, the participant has scrolled down to the long page's question when the group
    // moves on: the next page opens at its top, with their cue (they read it) in view.
    await ana.page.setViewportSize({ width: 390, height: 844 });
    await ana.page.getByText('Question', { exact: true }).scrollIntoViewIfNeeded();
    expect(await ana.reader.evaluate((el) => el.getBoundingClientRect().bottom), 'the cue is scrolled away').toBeLessThan(0);
    await fay.nextButton.click();
    await ana.waitForPage(2);
    await ana.reader.filter({ hasText: 'Your turn: you read this page aloud' }).waitFor();
    await expect.poll(() => ana.reader.evaluate((el) => ({ top: el.getBoundingClientRect().top >= 0, bottom: el.getBoundingClientRect().bottom <= innerHeight }))).toEqual({ top: true, bottom: true });
    await ana.page.screenshot({ path: `${OUT}/long-participant-phone-next-page.png` });
    // Three views at three sizes with axe in both themes, over real WebRTC: only a hang should stop it.
  }, 120_000);
});
