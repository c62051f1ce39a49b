// Page object for the takeaways side of a session: the private pad, sharing, the group's shared
// takeaways, the closing round's commitments and the check-in, found as a person finds them.

import type { Locator, Page } from 'playwright-core';

/** One device's takeaways, commitments and check-in. */
export class TakeawaysPage {
  constructor(readonly page: Page) {}

  /** Starts a session as its facilitator, for a group: a new one by name, or one met before. */
  async startForGroup(baseUrl: string, moduleId: string, name: string, group: { newName: string } | { existing: string } | null): Promise<void> {
    await this.page.goto(`${baseUrl}/modules/${moduleId}`);
    await this.page.getByLabel('Your name').fill(name);
    const select = this.page.getByLabel('Group', { exact: true });
    if (group && 'newName' in group) {
      await select.selectOption({ label: 'A new group…' });
      await this.page.getByLabel('New group’s name').fill(group.newName);
    } else if (group) {
      await select.selectOption({ label: group.existing });
    } else {
      await select.selectOption({ label: 'No group (a one-off session)' });
    }
    await this.page.getByRole('button', { name: 'Start a session' }).click();
    await this.page.getByLabel('Join link', { exact: true }).waitFor();
  }

  /** Joins by a link, whatever step of the agenda the group is at. */
  async join(link: string, name: string): Promise<void> {
    await this.page.goto(link);
    await this.page.getByLabel('Your name, as the group knows you').fill(name);
    await this.page.getByRole('button', { name: 'Join the session' }).click();
    await this.page.getByLabel('Join link', { exact: true }).waitFor();
  }

  /** The empty takeaway at the end of the pad. */
  get draft(): Locator {
    return this.page.getByLabel(/^(New takeaway|Another takeaway)$/);
  }

  /** My takeaway number `n` (1-based). */
  takeaway(n: number): Locator {
    return this.page.getByLabel(`Takeaway ${n}`, { exact: true });
  }

  /** The save status; the closing round shows it above the commitments and above the pad alike. */
  get saved(): Locator {
    return this.page.getByText('Saved on this device', { exact: true }).first();
  }

  /** Types a new takeaway into the draft, key by key, and waits until it is stored. */
  async write(text: string): Promise<void> {
    await this.draft.click();
    await this.page.keyboard.type(text, { delay: 5 });
    await this.saved.waitFor();
  }

  async share(n: number, how: 'with my name' | 'anonymously'): Promise<void> {
    await this.page.getByRole('button', { name: `Share ${how} (Takeaway ${n})` }).click();
    await this.page.getByText(how === 'anonymously' ? 'Shared anonymously.' : 'Shared with your name.').first().waitFor();
  }

  async withdraw(n: number): Promise<void> {
    await this.page.getByRole('button', { name: `Withdraw (Takeaway ${n})` }).click();
  }

  /** The takeaways the group shared, as listed on this device (or on the projector). */
  get sharedList(): Locator {
    return this.page.getByRole('list', { name: 'Takeaways shared with the group' });
  }

  /** The statuses shared at the check-in. */
  get sharedCheckIns(): Locator {
    return this.page.getByRole('list', { name: 'Statuses shared with the group' });
  }

  /** The fields of commitment number `n` in the closing round. */
  commitment(n: number): Locator {
    return this.page.getByRole('group', { name: `Commitment ${n}`, exact: true });
  }

  /** Writes commitment `n`: what, and how I will know it worked. */
  async commit(n: number, what: string, howKnow: string): Promise<void> {
    const fields = this.commitment(n);
    await fields.getByLabel('What I will do').fill(what);
    await fields.getByLabel('How I will know it worked').fill(howKnow);
    await this.saved.waitFor();
  }

  /** A commitment from last time at the check-in, by what it says. */
  checkInItem(what: string): Locator {
    return this.page.getByRole('group', { name: what });
  }
}
