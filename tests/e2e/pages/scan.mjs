// The self-scan: start, the sixteen statements, the result, the list of scans and the
// comparison of two.
import { AppPage } from './app.mjs';

export const STATEMENT_COUNT = 16;

/** The answer scale, 1 to 5, as the buttons name it (Dutch; `scaleFor` gives either). */
export const SCALE = ['Klopt helemaal niet', 'Klopt nauwelijks', 'Klopt deels', 'Klopt grotendeels', 'Klopt helemaal'];
export const DONT_KNOW = 'Weet ik niet';

/** The same in the English edition. */
export const SCALE_EN = ['Not true at all', 'Hardly true', 'Partly true', 'Mostly true', 'Completely true'];
export const DONT_KNOW_EN = "Don't know";

/** The answer scale of edition `lang` ('nl' or 'en'). */
export function scaleFor(lang = 'nl') {
  return lang === 'en' ? SCALE_EN : SCALE;
}

/** The "don't know" answer of edition `lang` ('nl' or 'en'). */
export function dontKnowFor(lang = 'nl') {
  return lang === 'en' ? DONT_KNOW_EN : DONT_KNOW;
}

/** A chart's shapes and axis labels are hidden from assistive technology (the table next
 * to it has the figures), so only their classes tell them apart: CSS. */
class Radar {
  constructor(chart) {
    this.chart = chart;
  }

  /** The outline of series `index` (0: the first scan). */
  shape(index) {
    return this.chart.locator(`polygon.radar-shape-${index}`);
  }

  get labels() {
    return this.chart.locator('.radar-label');
  }

  /** The team view's band from lowest to highest score. */
  get band() {
    return this.chart.locator('.radar-band');
  }

  /** The rings' marks (1 to 5), as shown. */
  async ringMarks() {
    return this.chart.locator('.radar-ring-mark').allTextContents();
  }

  /** The smallest axis label as drawn on the screen, in CSS pixels. */
  async smallestLabel() {
    return this.chart.evaluate((svg) => {
      const scale = svg.getScreenCTM().a;
      return Math.min(...[...svg.querySelectorAll('.radar-label')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale));
    });
  }

  /** The legend's entries (the chart's figure holds it; a list without a name). */
  legend() {
    return this.chart.locator('xpath=ancestor::figure[1]').locator('.radar-legend li');
  }

  /** The axis labels that stick out of the chart (left, right or top). */
  async labelsOutside() {
    return this.chart.evaluate((svg) => {
      const box = svg.getBoundingClientRect();
      return [...svg.querySelectorAll('.radar-label')]
        .filter((t) => { const r = t.getBoundingClientRect(); return r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1; })
        .map((t) => t.textContent);
    });
  }
}

/** The radar chart on a page (an image named "Radardiagram …", "Radar chart …"): the one
 * drawn for this screen's width (the other is not displayed). */
export function radarOf(screen) {
  return new Radar(screen.main.getByRole('img', { name: screen.t(/^Radardiagram/, /^Radar chart/) }));
}

/** The row of dimension `number` in a table whose rows are headed "N. Short title". */
export function dimensionRow(screen, table, number) {
  return table.getByRole('row').filter({ has: screen.page.getByRole('rowheader', { name: new RegExp(`^${number}\\. `) }) });
}

export class ScanStartPage extends AppPage {
  async open() {
    return super.open('#/scan');
  }

  get labelField() {
    return this.main.getByLabel(this.t('Naam van deze scan', 'Name of this scan'));
  }

  get privacyNote() {
    return this.main.getByText(this.t(/^Je antwoorden blijven/, /^Your answers stay/));
  }

  /** Fills in the optional details and starts; resolves once the first statement shows. */
  async start({ label, organisation } = {}) {
    await this.labelField.waitFor();
    if (label !== undefined) await this.labelField.fill(label);
    if (organisation !== undefined) await this.main.getByLabel(this.t('Team of organisatie (optioneel)', 'Team or organisation (optional)')).fill(organisation);
    await this.press(this.main.getByRole('button', { name: this.t('Start de scan', 'Start the scan') }));
    await new ScanFillPage(this.page, this).ready();
  }
}

export class ScanFillPage extends AppPage {
  /** "N van 16" ("N of 16") above the statement. */
  get progress() {
    return this.main.getByText(this.t(/^\d+ van \d+$/, /^\d+ of \d+$/));
  }

  /** "Dimensie N · Title" ("Dimension N · Title") above the statement. */
  get dimension() {
    return this.main.getByText(this.t(/^Dimensie \d+ · /, /^Dimension \d+ · /));
  }

  /** The list of answers, named by the question every statement asks. */
  get answerList() {
    return this.main.getByRole('list', { name: this.t('Hoe goed past deze stelling bij jullie organisatie?', 'How well does this statement fit your organisation?') });
  }

  get answers() {
    return this.answerList.getByRole('button');
  }

  get chosenAnswers() {
    return this.answerList.getByRole('button', { pressed: true });
  }

  /** Waits until a statement shows. */
  async ready() {
    await this.progress.waitFor();
  }

  /** The number of the statement shown (1–16). */
  async position() {
    return Number((await this.progress.textContent()).split(' ')[0]);
  }

  /** Waits for statement `n`, or for the summary once past the last. */
  async waitForStatement(n) {
    if (n > STATEMENT_COUNT) await this.summaryTitle.waitFor();
    else await this.main.getByText(this.t(`${n} van ${STATEMENT_COUNT}`, `${n} of ${STATEMENT_COUNT}`), { exact: true }).waitFor();
  }

  /** The button of an answer: 1–5 on the scale, or a label ('Klopt deels', 'Weet ik niet';
   * in English 'Partly true', "Don't know"). */
  answerButton(answer) {
    const name = typeof answer === 'number' ? scaleFor(this.lang)[answer - 1] : answer;
    return this.main.getByRole('button', { name, exact: true });
  }

  /** Gives `answer` to the statement shown and waits for the next one (or the summary). */
  async answer(answer) {
    const at = await this.position();
    await this.press(this.answerButton(answer));
    await this.waitForStatement(at + 1);
  }

  async skip() {
    const at = await this.position();
    await this.press(this.main.getByRole('button', { name: this.t('Overslaan →', 'Skip →') }));
    await this.waitForStatement(at + 1);
  }

  async previous() {
    const at = await this.position();
    await this.press(this.main.getByRole('button', { name: this.t('← Vorige', '← Previous') }));
    await this.waitForStatement(at - 1);
  }

  /** Presses a key (a digit answers, arrows move) and waits for the next statement. */
  async pressKey(key) {
    const at = await this.position();
    await this.page.keyboard.press(key);
    await this.waitForStatement(key === 'ArrowLeft' ? at - 1 : at + 1);
  }

  /** Answers every statement by keyboard with `keyFor(i)` (i from 0) and finishes. */
  async finishByKeys(keyFor) {
    await this.ready();
    for (let i = 0; i < STATEMENT_COUNT; i++) await this.pressKey(keyFor(i));
    await this.finish();
  }

  get summaryTitle() {
    return this.main.getByRole('heading', { level: 1, name: this.t('Bijna klaar', 'Almost done') });
  }

  /** Finishes on the summary page; resolves once the result shows. */
  async finish() {
    await this.summaryTitle.waitFor();
    await this.press(this.main.getByRole('button', { name: this.t('Afronden en resultaat bekijken', 'Finish and see the result') }));
    await new ScanResultPage(this.page, this).ready();
  }
}

export class ScanResultPage extends AppPage {
  async ready() {
    await this.main.getByRole('heading', { level: 1, name: this.t(/^Resultaat: /, /^Result: /) }).waitFor();
  }

  /** The cards to start with: the panels under "Begin hier", articles within the result. */
  get startWith() {
    return this.main.getByRole('article').getByRole('article');
  }

  /** The title ("N. Card title") of start-with panel `index` (0-based). */
  startWithTitle(index) {
    return this.startWith.nth(index).getByRole('heading');
  }

  get scoreTable() {
    return this.main.getByRole('table', { name: this.t(/^Score per dimensie/, /^Score per dimension/), includeHidden: true });
  }

  /** The row of dimension `number` in the score table. */
  scoreRow(number) {
    return dimensionRow(this, this.scoreTable, number);
  }

  /** The score of dimension `number`, as shown ("1,5", "onbekend"; "1.5", "unknown"). */
  score(number) {
    return this.scoreRow(number).getByRole('cell').first();
  }

  get radar() {
    return radarOf(this);
  }

  /** The ranking from least to most developed: its places link to the cards. */
  get ranking() {
    return this.main.getByRole('listitem').filter({ has: this.page.getByRole('link') });
  }

  get shareButton() {
    return this.main.getByRole('button', { name: this.t('Deel als link', 'Share as link') });
  }

  /** The panel "Deel als link" opens. */
  get sharePanel() {
    return this.main.getByRole('region', { name: this.t('Deel als link', 'Share as link') });
  }

  get copyButton() {
    return this.sharePanel.getByRole('button', { name: this.t('Kopieer link', 'Copy link') });
  }

  /** The share sheet's button, where the browser has one. */
  get shareSheetButton() {
    return this.sharePanel.getByRole('button', { name: this.t('Delen via…', 'Share via…') });
  }

  /** What copying or sharing said. */
  get shareStatus() {
    return this.sharePanel.getByRole('status');
  }

  /** The field with the link, shown only where it could not be copied or shared. */
  get linkField() {
    return this.sharePanel.getByLabel(this.t('Link naar deze scan', 'Link to this scan'));
  }

  async openSharing() {
    await this.press(this.shareButton);
    await this.copyButton.waitFor();
  }

  /** Copies the link; resolves once the app says it did. */
  async copyLink() {
    await this.press(this.copyButton);
    await this.shareStatus.filter({ hasText: this.t(/^✓ Link gekopieerd/, /^✓ Link copied/) }).waitFor();
  }

  /** The text on the clipboard (the context needs the 'clipboard-read' permission). */
  async clipboard() {
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  /** Shares the scan by copying its link; resolves to the link as copied. */
  async shareLink() {
    await this.openSharing();
    await this.copyLink();
    return this.clipboard();
  }

  /** Follows the result's own link to the list of scans (the menu may have one too). */
  async openScans() {
    await this.press(this.main.getByRole('link', { name: this.t('Jullie scans', 'Your scans'), exact: true }));
  }

  /** Keeps a scan shared by link; resolves once it is this device's. */
  async keep() {
    await this.press(this.main.getByRole('button', { name: this.t('Bewaren op dit apparaat', 'Save on this device') }));
    await this.waitForHash(/^#\/scan\/resultaat\//);
  }
}

export class ScanHistoryPage extends AppPage {
  async open() {
    return super.open('#/scans');
  }

  /** One row per scan, titled with the scan's name (an `h2`), or with the field to rename it. */
  get rows() {
    const title = this.page.getByRole('heading', { level: 2 }).or(this.page.getByLabel(this.t('Nieuwe naam', 'New name')));
    return this.main.getByRole('listitem').filter({ has: title });
  }

  title(index = 0) {
    return this.rows.nth(index).getByRole('heading', { level: 2 });
  }

  renameButton(index = 0) {
    return this.rows.nth(index).getByRole('button', { name: this.t('Naam wijzigen', 'Rename') });
  }

  nameField(index = 0) {
    return this.rows.nth(index).getByLabel(this.t('Nieuwe naam', 'New name'));
  }

  /** Opens the rename form of scan `index`; resolves once its field shows. */
  async openRename(index = 0) {
    await this.press(this.renameButton(index));
    await this.nameField(index).waitFor();
  }

  async rename(index, name) {
    await this.openRename(index);
    await this.nameField(index).fill(name);
    await this.press(this.rows.nth(index).getByRole('button', { name: this.t('Opslaan', 'Save') }));
  }

  get confirmDelete() {
    return this.main.getByRole('alertdialog', { name: this.t('Scan verwijderen', 'Delete scan') });
  }

  /** Asks to delete scan `index`; the confirmation shows. */
  async askDelete(index = 0) {
    await this.press(this.rows.nth(index).getByRole('button', { name: this.t('Verwijderen', 'Delete') }));
  }

  async cancelDelete() {
    await this.press(this.confirmDelete.getByRole('button', { name: this.t('Annuleren', 'Cancel') }));
  }

  async confirmDeletion() {
    await this.press(this.confirmDelete.getByRole('button', { name: this.t('Ja, verwijderen', 'Yes, delete') }));
  }

  get emptyMessage() {
    return this.main.getByText(this.t(/nog geen afgeronde scans/, /no finished scans/));
  }

  /** The picker shows once there are two scans. */
  get compareButton() {
    return this.main.getByRole('button', { name: this.t('Vergelijken', 'Compare') });
  }

  /** Compares the two preselected scans (the latest two); resolves once shown. */
  async compare() {
    await this.press(this.compareButton);
    await new ComparePage(this.page, this).ready();
  }
}

export class ComparePage extends AppPage {
  async ready() {
    await this.waitForHeading(this.t('Scans vergelijken', 'Compare scans'));
  }

  get table() {
    return this.main.getByRole('table', { name: this.t(/^Verschil per dimensie/, /^Difference per dimension/) });
  }

  /** Earlier, later and difference of dimension `number`. */
  cells(number) {
    return dimensionRow(this, this.table, number).getByRole('cell');
  }

  get radar() {
    return radarOf(this);
  }
}
