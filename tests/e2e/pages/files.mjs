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
    return this.download(this.button('Alles exporteren'));
  }

  /** Picks files to import: paths, or { name, mimeType, buffer } objects. */
  async importFiles(files) {
    await this.main.getByLabel('Bestanden kiezen').setInputFiles(files);
  }

  /** What each readable file holds and changes: the list items titled with its name. */
  get previews() {
    return this.main.getByRole('listitem').filter({ has: this.page.getByRole('heading', { level: 3 }) });
  }

  /** One message per file that could not be read. */
  get errors() {
    return this.main.getByRole('listitem').filter({ hasText: 'is niet ingelezen' });
  }

  get mergeButton() {
    return this.main.getByRole('button', { name: 'Samenvoegen' });
  }

  /** What the last merge or replace did. */
  get doneMessage() {
    return this.main.getByRole('status');
  }

  /** Merges the files picked; resolves once the app says what it added. */
  async merge() {
    await this.press(this.mergeButton);
    await this.doneMessage.filter({ hasText: /^Samengevoegd/ }).waitFor();
  }
}

export class TeamPage extends AppPage {
  async open() {
    return super.open('#/team');
  }

  async importFiles(files) {
    await this.main.getByLabel('Scanbestanden kiezen').setInputFiles(files);
  }

  /** Adds the user's own latest scan; resolves once it counts as a member. */
  async addMyLatestScan() {
    const before = await this.participants.count() ? await this.participants.textContent() : '';
    await this.press(this.main.getByRole('button', { name: 'Mijn laatste scan toevoegen' }));
    await this.participants.filter({ hasNotText: before || '-' }).waitFor();
  }

  /** "N deelnemers" */
  get participants() {
    return this.main.getByRole('heading', { level: 2, name: /^\d+ deelnemers?$/ });
  }

  /** The members, anonymous until names are shown. The list has no name or heading of its
   * own to find it by, so this is CSS. */
  get members() {
    return this.main.locator('.members');
  }

  async showNames() {
    await this.press(this.main.getByLabel('Namen tonen'));
  }

  get table() {
    return this.main.getByRole('table', { name: /^Per dimensie, over de deelnemers/, includeHidden: true });
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
    return this.main.getByRole('heading', { name: 'Gespreksstarters' }).locator('..');
  }

  get radar() {
    return radarOf(this);
  }

  /** The message about a file or scan that could not be added. */
  problem(text) {
    return this.main.getByText(text);
  }

  get addMyLatestScanButton() {
    return this.main.getByRole('button', { name: 'Mijn laatste scan toevoegen' });
  }

  /** The text that explains a control (its aria-describedby), as a screen reader reads it. */
  async description(locator) {
    const ids = await locator.getAttribute('aria-describedby');
    if (!ids) return '';
    return this.page.evaluate((list) => list.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim(), ids);
  }

  get noScansYet() {
    return this.main.getByText('Nog geen scans ingelezen.');
  }

  get needsTwo() {
    return this.main.getByText(/^Een teambeeld heeft minstens twee deelnemers nodig/);
  }

  get dragHint() {
    return this.main.getByText(', of sleep ze hierheen');
  }

  get clearButton() {
    return this.main.getByRole('button', { name: 'Ingelezen scans wissen' });
  }

  get confirmClear() {
    return this.main.getByRole('alertdialog', { name: 'Ingelezen scans wissen' });
  }

  /** Asks to clear the loaded scans; the confirmation shows. */
  async askClear() {
    await this.press(this.clearButton);
    await this.confirmClear.waitFor();
  }

  async cancelClear() {
    await this.press(this.confirmClear.getByRole('button', { name: 'Annuleren' }));
  }

  async confirmClearing() {
    await this.press(this.confirmClear.getByRole('button', { name: 'Ja, wissen' }));
    await this.noScansYet.waitFor();
  }

  /** Saves the team picture under `label` with the user's scans; resolves on its result. */
  async save(label) {
    await this.main.getByLabel('Naam van dit teambeeld').fill(label);
    await this.press(this.main.getByRole('button', { name: 'Bewaar bij jullie scans' }));
    await new ScanResultPage(this.page, this).ready();
  }
}
