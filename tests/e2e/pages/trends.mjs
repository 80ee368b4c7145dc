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

  /** The table's column headers after "Dimensie", as shown. */
  async columns() {
    return (await this.table.getByRole('columnheader').allInnerTexts()).slice(1).map((t) => t.replace(/\s+/g, ' ').trim());
  }

  /** The figures of dimension `number`, one per moment, as shown; a moment without a
   * figure shows "–" and says "geen cijfer" to a screen reader: "– geen cijfer". */
  async row(number) {
    return (await dimensionRow(this.screen, this.table, number).getByRole('cell').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
  }

  /** The small chart of dimension `number`: an image named "N. … door de tijd: …". */
  chart(number) {
    return this.region.getByRole('img', { name: new RegExp(`^${number}\\. .* door de tijd`) });
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
    await this.waitForHeading('Trends');
    return this;
  }

  get team() {
    return new TrendPart(this, this.main.getByRole('region', { name: 'Teamsessies door de tijd', exact: true }));
  }

  get own() {
    return new TrendPart(this, this.main.getByRole('region', { name: 'Jouw scans door de tijd', exact: true }));
  }

  get teamChoice() {
    return this.main.getByLabel('Team', { exact: true });
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
    return this.main.getByLabel('Vergelijk met');
  }

  async compareWith(label) {
    await this.compareChoice.selectOption({ label });
  }

  get changes() {
    return this.main.getByRole('table', { name: /^Verschil per dimensie/ });
  }

  /** Earlier, later and change of dimension `number`, as shown. */
  async change(number) {
    return (await dimensionRow(this, this.changes, number).getByRole('cell').allInnerTexts()).map((t) => t.trim());
  }

  get printButton() {
    return this.main.getByRole('button', { name: 'Afdrukken' });
  }

  /** The team's table (on paper: the one in the print block). */
  get teamTable() {
    return this.main.getByRole('table', { name: /^Per dimensie, over de deelnemers/ });
  }

  get radar() {
    return this.main.getByRole('img', { name: /^Radardiagram/ });
  }

  /** What the page shows as text (on paper: what prints). */
  async text() {
    return this.main.innerText();
  }
}
