// Page object for a device in a live session, found by role and name as a person would.

import type { Locator, Page } from 'playwright-core';

/** One device's view of a session. */
export class SessionPage {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  /** Opens the projector window from this device, as the facilitator would; `viewport` sizes it. */
  async openProjectorWindow(viewport?: { width: number; height: number }): Promise<SessionPage> {
    const [window] = await Promise.all([this.page.context().waitForEvent('page'), this.page.getByRole('button', { name: 'Open the projector window' }).click()]);
    if (viewport) await window.setViewportSize(viewport);
    return new SessionPage(window, this.baseUrl);
  }

  /** Points this device at a signaling server, as a person would in settings. */
  async useSignaling(url: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/settings`);
    await this.page.getByLabel('Signaling servers, one a line').fill(url);
    await this.page.getByRole('button', { name: 'Save connection settings' }).click();
    await this.page.getByText('Saved.').waitFor();
  }

  /** Starts a session with a module, as its facilitator. */
  async start(moduleId: string, name: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/modules/${moduleId}`);
    await this.page.getByLabel('Your name').fill(name);
    await this.page.getByRole('button', { name: 'Start a session' }).click();
    await this.nextButton.waitFor();
  }

  /** Opens a join link and joins with a name. */
  async join(link: string, name: string): Promise<void> {
    await this.page.goto(link);
    await this.page.getByLabel('Your name, as the group knows you').fill(name);
    await this.page.getByRole('button', { name: 'Join the session' }).click();
    await this.pageTitle.waitFor();
  }

  async joinLink(): Promise<string> {
    return this.page.getByLabel('Join link', { exact: true }).inputValue();
  }

  get pageTitle(): Locator {
    return this.page.locator('#current-page-title');
  }

  get position(): Locator {
    return this.page.getByText(/^Page \d+ of \d+/);
  }

  get reader(): Locator {
    return this.page.getByRole('status', { name: 'Reader' });
  }

  get connection(): Locator {
    return this.page.getByRole('status', { name: 'Connection' });
  }

  get nextButton(): Locator {
    return this.page.getByRole('button', { name: 'Next page', exact: true });
  }

  get previousButton(): Locator {
    return this.page.getByRole('button', { name: 'Previous page', exact: true });
  }

  /** The page number shown (1-based). */
  async pageNumber(): Promise<number> {
    const text = (await this.position.first().textContent()) ?? '';
    return Number(/Page (\d+)/.exec(text)?.[1]);
  }

  /** Waits until this device shows page `n` (1-based). */
  async waitForPage(n: number, timeout = 15_000): Promise<void> {
    await this.page.getByText(new RegExp(`^Page ${n} of \\d+`)).first().waitFor({ timeout });
  }

  /** Waits until this device is connected over WebRTC to `count` other devices. */
  async waitForDevices(count: number, timeout = 20_000): Promise<void> {
    const text = count === 1 ? '1 other device connected' : `${count} other devices connected`;
    await this.connection.filter({ hasText: text }).waitFor({ timeout });
  }

  /** Adds someone who has no device, from the roster. */
  async addPersonWithoutDevice(name: string): Promise<void> {
    await this.page.getByLabel('Someone without a device').fill(name);
    await this.page.getByRole('button', { name: 'Add person' }).click();
    await this.page.getByRole('checkbox', { name: `${name} is present` }).waitFor();
  }

  /** Marks someone present or absent, from the roster. */
  async setPresent(name: string, present: boolean): Promise<void> {
    await this.page.getByRole('checkbox', { name: `${name} is present` }).setChecked(present);
  }

  /** Hands facilitation to someone, from the roster. */
  async handOverTo(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Hand over to ${name}` }).click();
  }

  /** The offer to take over facilitation from a facilitator whose device has left the room. */
  get takeOverButton(): Locator {
    return this.page.getByRole('button', { name: 'Take over facilitation' });
  }

  /** The quiet line that says who facilitates. */
  get facilitatedBy(): Locator {
    return this.page.getByText(/^(You facilitate|Facilitated by .*|Anyone can move the pages)\.$/);
  }

  /** The link for the room's own screen, from the invite panel. */
  async roomScreenLink(): Promise<string> {
    return this.page.getByLabel('Room screen link', { exact: true }).inputValue();
  }

  /** Ends the session, confirming. */
  async endSession(): Promise<void> {
    await this.page.getByRole('button', { name: 'End the session' }).click();
    await this.page.getByRole('button', { name: 'Yes, end the session' }).click();
  }

  /** The meeting's clock. */
  get clock(): Locator {
    return this.page.getByLabel('Meeting time');
  }

  /** The time the clock shows as elapsed ("12:05"), or '' before it starts. */
  async clockValue(): Promise<string> {
    const text = (await this.clock.first().textContent()) ?? '';
    return /(\d+(?::\d\d)+) elapsed/.exec(text)?.[1] ?? '';
  }

  /** The names in the roster, in seat order. */
  async seatOrder(): Promise<string[]> {
    const boxes = this.page.getByRole('checkbox', { name: / is present$/ });
    const names = await boxes.evaluateAll((inputs) => inputs.map((input) => input.getAttribute('aria-label') ?? ''));
    return names.map((name) => name.replace(/ is present$/, ''));
  }

  /** The reader line's text. */
  async readerText(): Promise<string> {
    return (await this.reader.first().textContent()) ?? '';
  }
}
