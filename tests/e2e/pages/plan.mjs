// The journey planner: the list of plans with the form for a new one, a plan, and one of
// its sessions.
import { AppPage, toggleName } from './app.mjs';

/** Types a date into a date field (the picker's format, or anything else) and commits it. */
async function setDate(field, value) {
  await field.fill(value);
  await field.dispatchEvent('change');
}

/**
 * How each checkbox of `boxes` sits beside its label: the label's height, how far the box's
 * middle is from the middle of the label's first line of text, and whether the box is to
 * the left of that line. (Geometry: what a user sees, and what no role tells.)
 */
export async function checkboxLayout(boxes) {
  return boxes.evaluateAll((inputs) => inputs.map((input) => {
    const label = input.closest('label');
    const text = [...label.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
    const range = document.createRange();
    range.selectNodeContents(text);
    const line = [...range.getClientRects()].find((r) => r.width > 0);
    const box = input.getBoundingClientRect();
    return {
      name: text.textContent.trim(),
      height: label.getBoundingClientRect().height,
      offset: Math.abs(box.top + box.height / 2 - (line.top + line.height / 2)),
      beside: box.right <= line.left,
    };
  }));
}

export class PlansPage extends AppPage {
  async open() {
    return super.open('#/plannen');
  }

  get nameField() {
    return this.main.getByLabel('Naam van het plan');
  }

  get startField() {
    return this.main.getByLabel('Startdatum');
  }

  get weeksField() {
    return this.main.getByLabel('Duur in weken');
  }

  get teamField() {
    return this.main.getByLabel('Deelnemers (één per regel)');
  }

  /** The checkboxes of the dimensions the plan works on. */
  get dimensionBoxes() {
    return this.main.getByRole('group', { name: 'Aan welke dimensies werkt het plan?' }).getByRole('checkbox');
  }

  /** The line under a plan's name in the list: its dates and progress. */
  async summaryOf(name) {
    const item = this.main.getByRole('listitem').filter({ has: this.page.getByRole('link', { name, exact: true }) });
    return item.getByRole('paragraph').textContent();
  }

  /** "N deelnemers", or "Let op: N deelnemers. …" under the team field. */
  get teamHint() {
    return this.main.getByText(/^(Let op: )?\d+ deelnemers/);
  }

  async setStart(date) {
    await setDate(this.startField, date);
  }

  /** Fills in the team, one name per line. */
  async setTeam(names) {
    await this.teamField.fill(names.join('\n'));
  }

  /** Fills in what is given and makes the plan; resolves once the plan shows. */
  async create({ name, start, team } = {}) {
    if (name !== undefined) await this.nameField.fill(name);
    if (start !== undefined) await this.setStart(start);
    if (team !== undefined) await this.setTeam(team);
    await this.press(this.main.getByRole('button', { name: 'Plan maken' }));
    await new PlanPage(this.page, this).ready();
  }

  /** Opens the plan with this name from the list; resolves once it shows. */
  async openPlan(name) {
    await this.follow(name);
    await new PlanPage(this.page, this).ready();
  }
}

/** One session in the plan's list of sessions. */
class SessionRow {
  constructor(screen, item) {
    this.screen = screen;
    this.item = item;
  }

  get title() {
    return this.item.getByRole('heading');
  }

  get date() {
    return this.item.getByLabel('Datum', { exact: true });
  }

  /** The warning under the session's date ("Let op: deze datum …"). */
  get dateWarning() {
    return this.item.getByText(/^Let op: deze datum/);
  }

  async setDate(value) {
    await setDate(this.date, value);
  }

  /** Opens the session's page; resolves once it shows. */
  async open() {
    await this.screen.press(this.title.getByRole('link'));
    await new SessionPage(this.screen.page, this.screen).ready();
  }
}

/** A promise: the behaviour promised and its checks over time. */
class PromiseRow {
  constructor(screen, item) {
    this.screen = screen;
    this.item = item;
  }

  /** Records a check: what was heard, and whether employees notice ('Ja', 'Deels', 'Nee'). */
  async check(noticed, heard) {
    await this.item.getByLabel('Wat hoorden we?').fill(heard);
    await this.screen.press(this.item.getByRole('button', { name: toggleName(noticed) }));
    await this.item.getByText(new RegExp(`merken medewerkers het\\? ${noticed}`)).waitFor();
  }

  /** The checks so far, one line each. */
  get checks() {
    return this.item.getByRole('list');
  }
}

/** A measure: its baseline, later values and the change in percent. */
class MeasureRow {
  constructor(screen, item) {
    this.screen = screen;
    this.item = item;
  }

  async record(value) {
    await this.item.getByLabel('Gemeten waarde').fill(value);
    await this.screen.press(this.item.getByRole('button', { name: 'Meetpunt toevoegen' }));
    await this.change.waitFor();
  }

  /** "−35% (lager dan de nulmeting)", with "; doel −35%: gehaald" where there is a target. */
  get change() {
    return this.item.getByText(/dan de nulmeting\)/);
  }
}

export class PlanPage extends AppPage {
  async ready() {
    await this.progressPanel.waitFor();
  }

  /** Warnings about the team's size and the sessions' dates. */
  get notices() {
    return this.main.getByRole('status');
  }

  get progressPanel() {
    return this.main.getByRole('region', { name: 'Voortgang' });
  }

  /** The links to the plan's sections. */
  get partsNav() {
    return this.main.getByRole('navigation', { name: 'Op deze pagina' });
  }

  /** Follows the link to section `name` ('Sessies', 'Acties', …) in the links at the top. */
  async jumpTo(name) {
    await this.press(this.partsNav.getByRole('link', { name, exact: true }));
  }

  /** What a new plan shows in place of its progress figures. */
  get firstSteps() {
    return this.progressPanel.getByText('Nog niets gehouden of afgesproken.');
  }

  /** Waits until what `locator` finds is scrolled (smoothly, where motion is welcome) into view. */
  async waitForInView(locator) {
    const element = await locator.elementHandle();
    await this.page.waitForFunction((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= -1 && r.bottom <= innerHeight;
    }, element);
  }

  /** The heading of the plan's section `name` (its level-2 heading). */
  sectionHeading(name) {
    return this.main.getByRole('heading', { level: 2, name, exact: true });
  }

  get timeline() {
    return this.main.getByRole('region', { name: 'Tijdlijn' }).getByRole('list', { includeHidden: true });
  }

  get sessions() {
    return this.main.getByRole('region', { name: 'Sessies' }).getByRole('listitem');
  }

  /** Session `number` (1-based) in the list of sessions. */
  session(number) {
    return new SessionRow(this, this.sessions.nth(number - 1));
  }

  async sessionTitles() {
    return this.sessions.getByRole('heading').allTextContents();
  }

  async sessionDates() {
    return this.sessions.getByLabel('Datum', { exact: true }).evaluateAll((fields) => fields.map((f) => f.value));
  }

  get actionsSection() {
    return this.main.getByRole('region', { name: 'Verbeteracties (Action Learning)' });
  }

  /** The actions: the list items with a group of status buttons. */
  get actions() {
    return this.actionsSection.getByRole('listitem').filter({ has: this.page.getByRole('group', { name: 'Status', includeHidden: true }) });
  }

  async addAction(text) {
    await this.actionsSection.getByLabel('Nieuwe actie').fill(text);
    await this.press(this.actionsSection.getByRole('button', { name: 'Toevoegen', exact: true }));
    await this.actions.filter({ hasText: text }).waitFor();
  }

  get promisesSection() {
    return this.main.getByRole('region', { name: 'Beloften' });
  }

  /** The promises: the list items titled with the behaviour promised (an `h3`). */
  get promises() {
    return this.promisesSection.getByRole('listitem').filter({ has: this.page.getByRole('heading', { level: 3 }) });
  }

  promise(number) {
    return new PromiseRow(this, this.promises.nth(number - 1));
  }

  async addPromise(behaviour, forWhom) {
    await this.promisesSection.getByLabel('Welk gedrag beloven we?').fill(behaviour);
    if (forWhom !== undefined) await this.promisesSection.getByLabel('Voor wie?').fill(forWhom);
    await this.press(this.promisesSection.getByRole('button', { name: 'Belofte toevoegen' }));
    await this.promises.filter({ hasText: behaviour }).waitFor();
  }

  get budgetSection() {
    return this.main.getByRole('region', { name: 'Budget (optioneel)' });
  }

  /** Sets an amount: `label` is the field's ('Prijs per offsite', 'Of een totaalbedrag'). */
  async setAmount(label, text) {
    const field = this.budgetSection.getByLabel(label);
    await field.fill(text);
    await field.dispatchEvent('change');
  }

  get budgetTable() {
    return this.budgetSection.getByRole('table', { name: 'Twee manieren van factureren naast elkaar' });
  }

  /**
   * What opens "Gegevens van het plan". A <summary>: CSS, because it has no role that
   * Playwright knows (Chromium calls it a disclosure triangle).
   */
  get detailsToggle() {
    return this.main.locator('summary').filter({ hasText: 'Gegevens van het plan' });
  }

  get measuresSection() {
    return this.main.getByRole('region', { name: 'Resultaten meten (optioneel)' });
  }

  /** The measures: the list items titled with what is measured (an `h3`). */
  get measures() {
    return this.measuresSection.getByRole('listitem').filter({ has: this.page.getByRole('heading', { level: 3 }) });
  }

  measure(number) {
    return new MeasureRow(this, this.measures.nth(number - 1));
  }

  async addMeasure(name, baseline) {
    await this.measuresSection.getByLabel('Wat meet je?').fill(name);
    await this.measuresSection.getByLabel('Nulmeting', { exact: true }).fill(baseline);
    await this.press(this.measuresSection.getByRole('button', { name: 'Meting toevoegen' }));
    await this.measures.filter({ hasText: name }).waitFor();
  }

  /** The measures the plan's track proposes and it does not measure yet. */
  async proposedMeasures() {
    return this.measuresSection.getByRole('heading', { level: 4 }).allTextContents();
  }

  /** Starts measuring a proposed measure from its baseline; resolves once it is measured,
   * or once the form says what is wrong with the baseline. */
  async startProposedMeasure(name, baseline) {
    const field = this.measuresSection.getByLabel(`Nulmeting ${name.toLowerCase()}`);
    await field.fill(baseline);
    await this.press(this.measuresSection.getByRole('button', { name: new RegExp(`^Gaan meten ?: ${name}$`) }));
    const problem = field.locator('xpath=ancestor::form[1]').getByRole('alert').filter({ hasText: /\S/ });
    await this.measures.filter({ hasText: name }).or(problem).waitFor();
  }

  /** Downloads the agenda (.ics). */
  async downloadAgenda() {
    return this.download(this.main.getByRole('button', { name: 'Agenda downloaden (.ics)' }));
  }
}

export class SessionPage extends AppPage {
  async ready() {
    await this.review.waitFor();
  }

  /** "Openstaande acties": what is still open at the start of the session. */
  get review() {
    return this.main.getByRole('region', { name: 'Openstaande acties' });
  }

  get openActions() {
    return this.review.getByRole('listitem');
  }

  /** Sets open action `index` to 'Klaar'. */
  async finishAction(index = 0) {
    await this.press(this.openActions.nth(index).getByRole('button', { name: toggleName('Klaar') }));
  }

  get noOpenActions() {
    return this.review.getByText('Geen openstaande acties.');
  }

  get date() {
    return this.main.getByLabel('Datum', { exact: true });
  }

  async setDate(value) {
    await setDate(this.date, value);
  }

  /** The warning under the session's date ("Let op: deze datum …"). */
  get dateWarning() {
    return this.main.getByText(/^Let op: deze datum/);
  }

  /** The checkboxes of the session's dimensions. */
  get dimensionBoxes() {
    return this.main.getByRole('group', { name: 'Dimensies' }).getByRole('checkbox');
  }

  get whatWeSaw() {
    return this.main.getByLabel('Wat zagen we?');
  }

  get held() {
    return this.main.getByLabel('Deze sessie is gehouden');
  }

  async markHeld() {
    await this.press(this.held);
  }

  /** Back to the plan named `name`; resolves once it shows. */
  async backToPlan(name) {
    await this.follow(`← ${name}`);
    await new PlanPage(this.page, this).ready();
  }
}
