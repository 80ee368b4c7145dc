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

  /** The plan's name. The English app labels it "Plan name", the English static page
   * (before the app arrives) "Name of the plan": either is found. */
  get nameField() {
    return this.main.getByLabel(this.t('Naam van het plan', /^(?:Plan name|Name of the plan)$/));
  }

  get startField() {
    return this.main.getByLabel(this.t('Startdatum', 'Start date'));
  }

  get weeksField() {
    return this.main.getByLabel(this.t('Duur in weken', 'Duration in weeks'));
  }

  get teamField() {
    return this.main.getByLabel(this.t('Deelnemers (één per regel)', 'Participants (one per line)'));
  }

  /** The checkboxes of the dimensions the plan works on. */
  get dimensionBoxes() {
    return this.main.getByRole('group', { name: this.t('Aan welke dimensies werkt het plan?', 'Which dimensions does the plan work on?') }).getByRole('checkbox');
  }

  /** The line under a plan's name in the list: its dates and progress. */
  async summaryOf(name) {
    const item = this.main.getByRole('listitem').filter({ has: this.page.getByRole('link', { name, exact: true }) });
    return item.getByRole('paragraph').textContent();
  }

  /** "N deelnemers", or "Let op: N deelnemers. …" under the team field ("N participants",
   * "Note: N participants. …"). */
  get teamHint() {
    return this.main.getByText(this.t(/^(Let op: )?\d+ deelnemers/, /^(Note: )?\d+ participants/));
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
    await this.press(this.main.getByRole('button', { name: this.t('Plan maken', 'Create plan') }));
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
    return this.item.getByLabel(this.screen.t('Datum', 'Date'), { exact: true });
  }

  /** The warning under the session's date ("Let op: deze datum …", "Note: this date …"). */
  get dateWarning() {
    return this.item.getByText(this.screen.t(/^Let op: deze datum/, /^Note: this date/));
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

  /** Records a check: what was heard, and whether employees notice ('Ja', 'Deels', 'Nee';
   * in English 'Yes', 'Partly', 'No'). */
  async check(noticed, heard) {
    await this.item.getByLabel(this.screen.t('Wat hoorden we?', 'What did we hear?')).fill(heard);
    await this.screen.press(this.item.getByRole('button', { name: toggleName(noticed) }));
    const asked = this.screen.t('merken medewerkers het', 'do staff notice it');
    await this.item.getByText(new RegExp(`${asked}\\? ${noticed}`)).waitFor();
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
    await this.item.getByLabel(this.screen.t('Gemeten waarde', 'Measured value')).fill(value);
    await this.screen.press(this.item.getByRole('button', { name: this.screen.t('Meetpunt toevoegen', 'Add measurement') }));
    await this.change.waitFor();
  }

  /** "−35% (lager dan de nulmeting)" or "0% (gelijk aan de nulmeting)", with "; doel −35%: gehaald" where there is a target
   * ("−35% (lower than the baseline)", "; target −35%: reached"; no change: "as the
   * baseline"). */
  get change() {
    return this.item.getByText(this.screen.t(/(?:dan|aan) de nulmeting\)/, /(?:than|as) the baseline\)/));
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
    return this.main.getByRole('region', { name: this.t('Voortgang', 'Progress') });
  }

  /** The links to the plan's sections. */
  get partsNav() {
    return this.main.getByRole('navigation', { name: this.t('Op deze pagina', 'On this page') });
  }

  /** Follows the link to section `name` ('Sessies', 'Acties', …) in the links at the top. */
  async jumpTo(name) {
    await this.press(this.partsNav.getByRole('link', { name, exact: true }));
  }

  /** What a new plan shows in place of its progress figures. */
  get firstSteps() {
    return this.progressPanel.getByText(this.t('Nog niets gehouden of afgesproken.', 'Nothing held or agreed yet.'));
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
    return this.main.getByRole('region', { name: this.t('Tijdlijn', 'Timeline') }).getByRole('list', { includeHidden: true });
  }

  get sessions() {
    return this.main.getByRole('region', { name: this.t('Sessies', 'Sessions') }).getByRole('listitem');
  }

  /** Session `number` (1-based) in the list of sessions. */
  session(number) {
    return new SessionRow(this, this.sessions.nth(number - 1));
  }

  async sessionTitles() {
    return this.sessions.getByRole('heading').allTextContents();
  }

  async sessionDates() {
    return this.sessions.getByLabel(this.t('Datum', 'Date'), { exact: true }).evaluateAll((fields) => fields.map((f) => f.value));
  }

  get actionsSection() {
    return this.main.getByRole('region', { name: this.t('Verbeteracties (Action Learning)', 'Improvement actions (Action Learning)') });
  }

  /** The actions: the list items with a group of status buttons. */
  get actions() {
    return this.actionsSection.getByRole('listitem').filter({ has: this.page.getByRole('group', { name: this.t('Status', 'Status'), includeHidden: true }) });
  }

  async addAction(text) {
    await this.actionsSection.getByLabel(this.t('Nieuwe actie', 'New action')).fill(text);
    await this.press(this.actionsSection.getByRole('button', { name: this.t('Toevoegen', 'Add'), exact: true }));
    await this.actions.filter({ hasText: text }).waitFor();
  }

  get promisesSection() {
    return this.main.getByRole('region', { name: this.t('Beloften', 'Promises') });
  }

  /** The promises: the list items titled with the behaviour promised (an `h3`). */
  get promises() {
    return this.promisesSection.getByRole('listitem').filter({ has: this.page.getByRole('heading', { level: 3 }) });
  }

  promise(number) {
    return new PromiseRow(this, this.promises.nth(number - 1));
  }

  async addPromise(behaviour, forWhom) {
    await this.promisesSection.getByLabel(this.t('Welk gedrag beloven we?', 'What behaviour do we promise?')).fill(behaviour);
    if (forWhom !== undefined) await this.promisesSection.getByLabel(this.t('Voor wie?', 'For whom?')).fill(forWhom);
    await this.press(this.promisesSection.getByRole('button', { name: this.t('Belofte toevoegen', 'Add promise') }));
    await this.promises.filter({ hasText: behaviour }).waitFor();
  }

  get budgetSection() {
    return this.main.getByRole('region', { name: this.t('Budget (optioneel)', 'Budget (optional)') });
  }

  /** Sets an amount: `label` is the field's ('Prijs per offsite', 'Of een totaalbedrag'). */
  async setAmount(label, text) {
    const field = this.budgetSection.getByLabel(label);
    await field.fill(text);
    await field.dispatchEvent('change');
  }

  get budgetTable() {
    return this.budgetSection.getByRole('table', { name: this.t('Twee manieren van factureren naast elkaar', 'Two ways of invoicing side by side') });
  }

  /**
   * What opens "Gegevens van het plan" ("Plan details"). A <summary>: CSS, because it has
   * no role that Playwright knows (Chromium calls it a disclosure triangle).
   */
  get detailsToggle() {
    return this.main.locator('summary').filter({ hasText: this.t('Gegevens van het plan', 'Plan details') });
  }

  get measuresSection() {
    return this.main.getByRole('region', { name: this.t('Resultaten meten (optioneel)', 'Measuring results (optional)') });
  }

  /** The measures: the list items titled with what is measured (an `h3`). */
  get measures() {
    return this.measuresSection.getByRole('listitem').filter({ has: this.page.getByRole('heading', { level: 3 }) });
  }

  measure(number) {
    return new MeasureRow(this, this.measures.nth(number - 1));
  }

  async addMeasure(name, baseline) {
    await this.measuresSection.getByLabel(this.t('Wat meet je?', 'What are you measuring?')).fill(name);
    await this.measuresSection.getByLabel(this.t('Nulmeting', 'Baseline'), { exact: true }).fill(baseline);
    // Anchored in English: "Add measure" is also the start of every "Add measurement".
    await this.press(this.measuresSection.getByRole('button', { name: this.t('Meting toevoegen', /^Add measure$/) }));
    await this.measures.filter({ hasText: name }).waitFor();
  }

  /** The measures the plan's track proposes and it does not measure yet. */
  async proposedMeasures() {
    return this.measuresSection.getByRole('heading', { level: 4 }).allTextContents();
  }

  /** Starts measuring a proposed measure from its baseline; resolves once it is measured,
   * or once the form says what is wrong with the baseline. */
  async startProposedMeasure(name, baseline) {
    const field = this.measuresSection.getByLabel(this.t(`Nulmeting ${name.toLowerCase()}`, `Baseline for ${name.toLowerCase()}`));
    await field.fill(baseline);
    const start = this.t('Gaan meten', 'Start measuring');
    await this.press(this.measuresSection.getByRole('button', { name: new RegExp(`^${start} ?: ${name}$`) }));
    const problem = field.locator('xpath=ancestor::form[1]').getByRole('alert').filter({ hasText: /\S/ });
    await this.measures.filter({ hasText: name }).or(problem).waitFor();
  }

  /** Downloads the agenda (.ics). */
  async downloadAgenda() {
    return this.download(this.main.getByRole('button', { name: this.t('Agenda downloaden (.ics)', 'Download calendar (.ics)') }));
  }
}

export class SessionPage extends AppPage {
  async ready() {
    await this.review.waitFor();
  }

  /** "Openstaande acties" ("Open actions"): what is still open at the start of the session. */
  get review() {
    return this.main.getByRole('region', { name: this.t('Openstaande acties', 'Open actions') });
  }

  get openActions() {
    return this.review.getByRole('listitem');
  }

  /** Sets open action `index` to 'Klaar' ('Done'). */
  async finishAction(index = 0) {
    await this.press(this.openActions.nth(index).getByRole('button', { name: toggleName(this.t('Klaar', 'Done')) }));
  }

  get noOpenActions() {
    return this.review.getByText(this.t('Geen openstaande acties.', 'No open actions.'));
  }

  get date() {
    return this.main.getByLabel(this.t('Datum', 'Date'), { exact: true });
  }

  async setDate(value) {
    await setDate(this.date, value);
  }

  /** The warning under the session's date ("Let op: deze datum …", "Note: this date …"). */
  get dateWarning() {
    return this.main.getByText(this.t(/^Let op: deze datum/, /^Note: this date/));
  }

  /** The checkboxes of the session's dimensions. */
  get dimensionBoxes() {
    return this.main.getByRole('group', { name: this.t('Dimensies', 'Dimensions') }).getByRole('checkbox');
  }

  get whatWeSaw() {
    return this.main.getByLabel(this.t('Wat zagen we?', 'What did we see?'));
  }

  get held() {
    return this.main.getByLabel(this.t('Deze sessie is gehouden', 'This session has been held'));
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
