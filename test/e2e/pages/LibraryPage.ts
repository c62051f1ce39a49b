// Page object for the library and module screens, found by role and name as a person would.

import type { Locator, Page } from 'playwright-core';

/** The library screen. */
export class LibraryPage {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  async open(path = '/'): Promise<void> {
    await this.page.goto(this.baseUrl + path);
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
    return this.page.getByRole('heading', { level: 1 });
  }

  get searchBox(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search modules' });
  }

  moduleLink(title: string | RegExp): Locator {
    return this.page.getByRole('link', { name: title });
  }

  /** The module cards listed on the screen. */
  get cards(): Locator {
    return this.page.locator('main').getByRole('listitem').filter({ has: this.page.getByRole('heading', { level: 3 }) });
  }

  /** The section that lists a program's curated modules first. */
  programShelf(programName: string): Locator {
    return this.page.getByRole('region', { name: `Your program: ${programName}` });
  }

  async search(text: string): Promise<void> {
    await this.searchBox.fill(text);
  }

  /** Waits until a service worker is active for this page, so that the next load can be offline. */
  async waitForServiceWorker(): Promise<void> {
    await this.page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      if (!registration.active) throw new Error('no active service worker');
    });
  }

  /** The number of module records stored in IndexedDB, read with the raw API. */
  async storedModuleCount(): Promise<number> {
    return this.page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('roundtable');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const count = db.transaction('modules').objectStore('modules').count();
            count.onsuccess = () => {
              db.close();
              resolve(count.result);
            };
          };
        }),
    );
  }
}
