// Files: exporting everything and importing files, and the team view built from members'
// scan files.
import { AppPage } from './app.mjs';
import { ScanResultPage, dimensionRow, radarOf } from './scan.mjs';

export class FilesPage extends AppPage {
  async open() {
    return super.open('#/bestanden');
  }

  /** Exports everything; resolves to the download. */
  async exportAll() {
    return this.download(this.button(this.t('Alles exporteren', 'Export everything')));
  }

  /** Picks files to import: paths, or { name, mimeType, buffer } objects. */
  async importFiles(files) {
    await this.main.getByLabel(this.t('Bestanden kiezen', 'Choose files')).setInputFiles(files);
  }

  /** What each readable file holds and changes: the list items titled with its name. */
  get previews() {
    return this.main.getByRole('listitem').filter({ has: this.page.getByRole('heading', { level: 3 }) });
  }

  /** One message per file that could not be read. */
  get errors() {
    return this.main.getByRole('listitem').filter({ hasText: this.t('is niet ingelezen', 'was not imported') });
  }

  get mergeButton() {
    return this.main.getByRole('button', { name: this.t('Samenvoegen', 'Merge') });
  }

  /** What the last merge or replace did. */
  get doneMessage() {
    return this.main.getByRole('status');
  }

  /** Merges the files picked; resolves once the app says what it added. */
  async merge() {
    await this.press(this.mergeButton);
    await this.doneMessage.filter({ hasText: this.t(/^Samengevoegd/, /^Merged/) }).waitFor();
  }
}

export class TeamPage extends AppPage {
  async open() {
    return super.open('#/team');
  }

  async importFiles(files) {
    await this.main.getByLabel(this.t('Scanbestanden kiezen', 'Choose scan files')).setInputFiles(files);
  }

  /** Adds the user's own latest scan; resolves once it counts as a member. */
  async addMyLatestScan() {
    const before = await this.participants.count() ? await this.participants.textContent() : '';
    await this.press(this.addMyLatestScanButton);
    await this.participants.filter({ hasNotText: before || '-' }).waitFor();
  }

  /** "N deelnemers" ("N participants") */
  get participants() {
    return this.main.getByRole('heading', { level: 2, name: this.t(/^\d+ deelnemers?$/, /^\d+ participants?$/) });
  }

  /** The members, anonymous until names are shown. The list has no name or heading of its
   * own to find it by, so this is CSS. */
  get members() {
    return this.main.locator('.members');
  }

  async showNames() {
    await this.press(this.main.getByLabel(this.t('Namen tonen', 'Show names')));
  }

  get table() {
    return this.main.getByRole('table', { name: this.t(/^Per dimensie, over de deelnemers/, /^Per dimension, across the participants/), includeHidden: true });
  }

  /** The row of dimension `number`. */
  row(number) {
    return dimensionRow(this, this.table, number);
  }

  /** Mean, median, lowest, highest and n of dimension `number`. */
  async figures(number) {
    return this.row(number).getByRole('cell').allTextContents();
  }

  /** The panel of conversation starters (the panel around its heading). */
  get starters() {
    return this.main.getByRole('heading', { name: this.t('Gespreksstarters', 'Conversation starters') }).locator('..');
  }

  get radar() {
    return radarOf(this);
  }

  /** The message about a file or scan that could not be added. */
  problem(text) {
    return this.main.getByText(text);
  }

  get addMyLatestScanButton() {
    return this.main.getByRole('button', { name: this.t('Mijn laatste scan toevoegen', 'Add my latest scan') });
  }

  /** The text that explains a control (its aria-describedby), as a screen reader reads it. */
  async description(locator) {
    const ids = await locator.getAttribute('aria-describedby');
    if (!ids) return '';
    return this.page.evaluate((list) => list.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim(), ids);
  }

  get noScansYet() {
    return this.main.getByText(this.t('Nog geen scans ingelezen.', 'No scans loaded yet.'));
  }

  get needsTwo() {
    return this.main.getByText(this.t(/^Een teambeeld heeft minstens twee deelnemers nodig/, /^A team view needs at least two participants/));
  }

  get dragHint() {
    return this.main.getByText(this.t(', of sleep ze hierheen', ', or drag them here'));
  }

  get clearButton() {
    return this.main.getByRole('button', { name: this.t('Ingelezen scans wissen', 'Clear loaded scans') });
  }

  get confirmClear() {
    return this.main.getByRole('alertdialog', { name: this.t('Ingelezen scans wissen', 'Clear loaded scans') });
  }

  /** Asks to clear the loaded scans; the confirmation shows. */
  async askClear() {
    await this.press(this.clearButton);
    await this.confirmClear.waitFor();
  }

  async cancelClear() {
    await this.press(this.confirmClear.getByRole('button', { name: this.t('Annuleren', 'Cancel') }));
  }

  async confirmClearing() {
    await this.press(this.confirmClear.getByRole('button', { name: this.t('Ja, wissen', 'Yes, clear') }));
    await this.noScansYet.waitFor();
  }

  /** Saves the team picture under `label` with the user's scans; resolves on its result. */
  async save(label) {
    await this.main.getByLabel(this.t('Naam van dit teambeeld', 'Name of this team view')).fill(label);
    await this.press(this.main.getByRole('button', { name: this.t('Bewaar bij jullie scans', 'Save with your scans') }));
    await new ScanResultPage(this.page, this).ready();
  }
}
