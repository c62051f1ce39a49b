// Page object for the journal, found by role and name as a person would, plus raw reads of
// the app's IndexedDB for checks a person cannot see.

import type { Download, Locator, Page } from 'playwright-core';

/** How many records each journal table holds. */
export interface JournalCounts {
  sessions: number;
  takeaways: number;
  commitments: number;
  sharedTakeaways: number;
}

/** The journal screen. */
export class JournalPage {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  async open(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/journal`);
    await this.heading.waitFor();
  }

  /** The Rejoin link of a running session, by its module's title. */
  rejoinLink(moduleTitle: string): Locator {
    return this.page.getByRole('link', { name: `Rejoin ${moduleTitle}`, exact: true });
  }

  /** Every Rejoin link shown. */
  get rejoinLinks(): Locator {
    return this.page.getByRole('link', { name: /^Rejoin / });
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: 'Journal' });
  }

  /** The session cards' headings (module titles), in screen order. */
  get sessionHeadings(): Locator {
    return this.page.locator('main article').getByRole('heading', { level: 2 });
  }

  async sessionTitles(): Promise<string[]> {
    return this.sessionHeadings.allTextContents();
  }

  get dueSoon(): Locator {
    return this.page.getByRole('region', { name: 'Due soon' });
  }

  get search(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search' });
  }

  get group(): Locator {
    return this.page.getByLabel('Group', { exact: true });
  }

  get status(): Locator {
    return this.page.getByLabel('Status', { exact: true });
  }

  get time(): Locator {
    return this.page.getByLabel('Time', { exact: true });
  }

  /** A commitment in the sessions list (not in "Due soon"). */
  commitment(what: string): Locator {
    return this.page.locator('main article').getByRole('listitem').filter({ hasText: what });
  }

  /** Marks a commitment with a status and a note, as a person would, and waits for the form to close. */
  async updateStatus(what: string, status: string, note: string): Promise<void> {
    const item = this.commitment(what);
    await item.getByRole('button', { name: `Update status: ${what}` }).click();
    await item.getByRole('radio', { name: status, exact: true }).check();
    await item.getByLabel('Note (optional)').fill(note);
    await item.getByRole('button', { name: 'Save status' }).click();
  }

  /** Clicks an export button and gives the download. */
  async export(label: 'Markdown' | 'CSV' | 'JSON' | 'Calendar'): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('button', { name: `Export ${label}` }).click()]);
    return download;
  }

  async importFile(name: string, content: Buffer | string): Promise<void> {
    await this.page.getByLabel('Import a journal (JSON)').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) });
  }

  /** A problem notice (role alert) by its title. */
  problem(title: string | RegExp): Locator {
    return this.page.getByRole('alert', { name: title });
  }

  /** An information notice (role status) by its title. */
  info(title: string | RegExp): Locator {
    return this.page.getByRole('status', { name: title });
  }

  /** The records in the journal's tables, read with the raw IndexedDB API. */
  async counts(): Promise<JournalCounts> {
    return this.page.evaluate(
      () =>
        new Promise<JournalCounts>((resolve, reject) => {
          const open = indexedDB.open('roundtable');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const names = ['sessions', 'takeaways', 'commitments', 'sharedTakeaways'] as const;
            const tx = db.transaction([...names]);
            const result = {} as JournalCounts;
            for (const name of names) {
              const request = tx.objectStore(name).count();
              request.onsuccess = () => (result[name] = request.result);
            }
            tx.oncomplete = () => (db.close(), resolve(result));
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
  }

  /** A commitment's status and note as stored on this device, read straight from IndexedDB. */
  async storedCommitment(id: string): Promise<{ status: string; note: string } | undefined> {
    return this.page.evaluate(
      (key) =>
        new Promise<{ status: string; note: string } | undefined>((resolve, reject) => {
          const open = indexedDB.open('roundtable');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const request = db.transaction('commitments').objectStore('commitments').get(key);
            request.onsuccess = () => {
              db.close();
              const found = request.result as { status: string; note: string } | undefined;
              resolve(found && { status: found.status, note: found.note });
            };
            request.onerror = () => reject(request.error);
          };
        }),
      id,
    );
  }
}
