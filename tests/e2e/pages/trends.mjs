// Trends over time, and a team session's page after the session: the comparison with
// another session of the team, and printing.
import { AppPage } from './app.mjs';
import { dimensionRow } from './scan.mjs';

export const SESSIONS_KEY = 'ontwikkelkaarten.teamsessies';

/** One part of the trends page (a region named by its heading). */
class TrendPart {
  constructor(screen, region) {
    this.screen = screen;
    this.region = region;
  }

  get table() {
    return this.region.getByRole('table');
  }

  /** The table's column headers after "Dimensie" ("Dimension"), as shown. */
  async columns() {
    return (await this.table.getByRole('columnheader').allInnerTexts()).slice(1).map((t) => t.replace(/\s+/g, ' ').trim());
  }

  /** The figures of dimension `number`, one per moment, as shown; a moment without a
   * figure shows "–" and says "geen cijfer" to a screen reader: "– geen cijfer" (in
   * English "– no figure"). */
  async row(number) {
    return (await dimensionRow(this.screen, this.table, number).getByRole('cell').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
  }

  /** The small chart of dimension `number`: an image named "N. … door de tijd: …" ("N. …
   * over time: …"). */
  chart(number) {
    const overTime = this.screen.t('door de tijd', 'over time');
    return this.region.getByRole('img', { name: new RegExp(`^${number}\\. .* ${overTime}`) });
  }

  /** The points drawn in a chart: hidden from assistive technology (the name and the
   * table say the same), so only their class finds them: CSS. */
  dots(number) {
    return this.chart(number).locator('circle.trend-dot');
  }

  /** The numbered moments above the charts. */
  get moments() {
    return this.region.getByRole('list').first().getByRole('listitem');
  }

  /** A link to start (a session or the scan) where there is nothing to show yet. */
  link(name) {
    return this.region.getByRole('link', { name });
  }
}

export class TrendsPage extends AppPage {
  async open() {
    await super.open('#/trends');
    await this.waitForHeading('Trends'); // the same word in both languages
    return this;
  }

  get team() {
    return new TrendPart(this, this.main.getByRole('region', { name: this.t('Teamsessies door de tijd', 'Team sessions over time'), exact: true }));
  }

  get own() {
    return new TrendPart(this, this.main.getByRole('region', { name: this.t('Jouw scans door de tijd', 'Your scans over time'), exact: true }));
  }

  get teamChoice() {
    return this.main.getByLabel('Team', { exact: true }); // the same word in both languages
  }

  async chooseTeam(name) {
    await this.teamChoice.selectOption({ label: name });
  }
}

export class TeamSessionPage extends AppPage {
  /** Opens session `id` (its code without the dash). */
  async open(id) {
    await super.open(`#/teamsessie/${id}`);
    await this.heading.waitFor();
    return this;
  }

  get compareChoice() {
    return this.main.getByLabel(this.t('Vergelijk met', 'Compare with'));
  }

  async compareWith(label) {
    await this.compareChoice.selectOption({ label });
  }

  get changes() {
    return this.main.getByRole('table', { name: this.t(/^Verschil per dimensie/, /^Difference per dimension/) });
  }

  /** Earlier, later and change of dimension `number`, as shown. */
  async change(number) {
    return (await dimensionRow(this, this.changes, number).getByRole('cell').allInnerTexts()).map((t) => t.trim());
  }

  get printButton() {
    return this.main.getByRole('button', { name: this.t('Afdrukken', 'Print') });
  }

  /** The team's table (on paper: the one in the print block). */
  get teamTable() {
    return this.main.getByRole('table', { name: this.t(/^Per dimensie, over de deelnemers/, /^Per dimension, across the participants/) });
  }

  get radar() {
    return this.main.getByRole('img', { name: this.t(/^Radardiagram/, /^Radar chart/) });
  }

  /** What the page shows as text (on paper: what prints). */
  async text() {
    return this.main.innerText();
  }
}
