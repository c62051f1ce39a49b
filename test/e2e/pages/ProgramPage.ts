// Page object for the programs screens, found by role and name as a coordinator would.

import type { Download, Locator, Page } from 'playwright-core';

/** The form of a grouping run. */
export interface FormChoices {
  minSize?: number;
  maxSize?: number;
  rounds?: number;
  seed?: number;
  seconds?: number;
}

/** The programs list and one program. */
export class ProgramPage {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  async open(path = '/programs'): Promise<void> {
    await this.page.goto(this.baseUrl + path);
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  async createProgram(name: string): Promise<void> {
    await this.page.getByRole('textbox', { name: 'New program' }).fill(name);
    await this.page.getByRole('button', { name: 'Create program' }).click();
    await this.page.getByRole('heading', { level: 1, name }).waitFor();
  }

  async chooseModules(titles: string[]): Promise<void> {
    await this.page.getByText(/^Choose modules/).click();
    for (const title of titles) await this.page.getByRole('checkbox', { name: title, exact: true }).check();
  }

  get chosenModules(): Locator {
    return this.page.getByRole('list', { name: 'Chosen modules' }).getByRole('listitem');
  }

  async importRoster(csv: string, name = 'roster.csv'): Promise<void> {
    await this.page.getByLabel('Import a roster (CSV)').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  }

  get importProblem(): Locator {
    return this.page.getByRole('alert', { name: 'Nothing was imported' });
  }

  get rosterHeading(): Locator {
    return this.page.getByRole('heading', { level: 2, name: /^Roster/ });
  }

  get people(): Locator {
    return this.page.getByRole('list', { name: 'People on the roster' }).getByRole('listitem');
  }

  async addPair(first: string, rule: 'keep apart from' | 'keep together with', second: string): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Add a pair' });
    await form.getByLabel('First person').selectOption({ label: first });
    await form.getByLabel('Rule').selectOption({ label: rule });
    await form.getByLabel('Second person').selectOption({ label: second });
    await form.getByRole('button', { name: 'Add pair' }).click();
  }

  async startForming(choices: FormChoices): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Form groups' });
    const fields: Array<[keyof FormChoices, string]> = [
      ['minSize', 'Smallest group'],
      ['maxSize', 'Largest group'],
      ['rounds', 'Rounds'],
      ['seed', 'Seed'],
      ['seconds', 'Search time (s)'],
    ];
    for (const [key, label] of fields) if (choices[key] !== undefined) await form.getByLabel(label).fill(String(choices[key]));
    await form.getByRole('button', { name: /^(Form groups|Regroup everyone)$/ }).click();
  }

  get progress(): Locator {
    return this.page.getByRole('progressbar');
  }

  get cancelButton(): Locator {
    return this.page.getByRole('button', { name: 'Cancel', exact: true });
  }

  get draftHeading(): Locator {
    return this.page.getByRole('heading', { name: 'New groups, not saved yet' });
  }

  /** The draft's groups, as lists of member names. */
  async draftGroups(): Promise<string[][]> {
    const cards = this.page.getByRole('list', { name: 'New groups' }).locator(':scope > li');
    const groups: string[][] = [];
    for (const card of await cards.all()) {
      const labels = await card.getByRole('combobox').evaluateAll((selects) => selects.map((select) => select.getAttribute('aria-label') ?? ''));
      groups.push(labels.map((label) => label.replace(/^Move (.*) to$/, '$1')));
    }
    return groups;
  }

  /** Moves a member of the draft to another group (1-based), with the keyboard-friendly select. */
  async move(name: string, toGroup: number): Promise<void> {
    await this.page.getByRole('combobox', { name: `Move ${name} to` }).selectOption({ index: toGroup - 1 });
  }

  get cost(): Locator {
    return this.page.getByRole('status', { name: 'What these groups cost' });
  }

  async saveDraft(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save as the program’s groups' }).click();
  }

  get savedGroups(): Locator {
    return this.page.getByRole('list', { name: 'Groups meeting now' }).locator(':scope > li');
  }

  scheduleForm(groupName: string, cycle = 1): Locator {
    return this.page.getByRole('form', { name: `Schedule of ${groupName}, cycle ${cycle}` });
  }

  /** Opens a group's schedule form, if it is folded. */
  async openSchedule(groupName: string, cycle = 1): Promise<Locator> {
    const form = this.scheduleForm(groupName, cycle);
    if (!(await form.isVisible())) {
      await this.page.getByRole('listitem', { name: groupName }).getByText(`Schedule cycle ${cycle}`, { exact: true }).click();
    }
    return form;
  }

  /** Sets the first meeting, fills the other five every `weeks` weeks, and saves. */
  async scheduleCycle(groupName: string, first: { date: string; time: string; place: string }, weeks = 4): Promise<void> {
    const form = await this.openSchedule(groupName);
    await form.getByLabel('Meeting 1 date').fill(first.date);
    await form.getByLabel('Meeting 1 time').fill(first.time);
    await form.getByLabel('Meeting 1 place').fill(first.place);
    await form.getByLabel('Repeat every').selectOption({ label: `${weeks} weeks` });
    await form.getByRole('button', { name: 'Fill meetings 2–6 from meeting 1' }).click();
    await form.getByRole('button', { name: 'Save schedule' }).click();
    await form.getByText('Schedule saved.').waitFor();
  }

  /** Downloads the schedule and gives the file's name and text. */
  async downloadCalendar(): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('button', { name: 'Download the schedule (.ics)' }).click()]);
    return { name: download.suggestedFilename(), text: await readDownload(download) };
  }
}

async function readDownload(download: Download): Promise<string> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
