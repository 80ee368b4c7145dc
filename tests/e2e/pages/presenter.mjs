// A team session's presenter view on the big screen: the steps, the figures of one
// dimension, the timer, the notes, the card and *Maak actie*.
import { AppPage } from './app.mjs';

export class PresenterPage extends AppPage {
  /** Opens the presenter view of session `id` (its code without the dash). */
  async open(id) {
    return super.open(`#/teamsessie/${id}/presenteren`);
  }

  get steps() {
    return this.main.getByRole('navigation', { name: this.t('Stappen', 'Steps') });
  }

  get nextButton() {
    return this.steps.getByRole('button', { name: this.t('Volgende →', 'Next →') });
  }

  get previousButton() {
    return this.steps.getByRole('button', { name: this.t('← Vorige', '← Previous') });
  }

  /** The step indicator: "3 van 9" (screen readers hear "Stap 3 van 9"); in English
   * "3 of 9" ("Step 3 of 9"). */
  async position() {
    const text = await this.steps.getByText(this.t(/\d+ van \d+/, /\d+ of \d+/)).textContent();
    return text.replace(this.t(/^Stap /, /^Step /), '').trim();
  }

  /** Presses `key` (as a keyboard or a presenter's clicker does) on whatever has the focus. */
  async key(key) {
    await this.page.keyboard.press(key);
  }

  /** Presses `key` and waits until the step indicator reads `position`. */
  async keyTo(key, position) {
    await this.key(key);
    await this.steps.getByText(new RegExp(`^(${this.t('Stap', 'Step')} )?${position}$`)).waitFor();
  }

  /** The team radar (drawn twice, for a wide and a narrow screen: only one shows). */
  get radar() {
    return this.main.getByRole('img', { name: this.t(/^Radardiagram/, /^Radar chart/) });
  }

  /** The distribution of one dimension, named by its text alternative. */
  get distribution() {
    return this.main.getByRole('img', { name: this.t(/op de schaal van 1 tot 5/, /on the scale of 1 to 5/) });
  }

  /** How many dots the distribution draws. The dots are one drawing with one text
   * alternative, not elements with a role each, so they are counted by their class. */
  async dotCount() {
    return this.distribution.locator('circle.dot').count();
  }

  /**
   * A figure of the dimension shown: 'Gemiddelde', 'Spreiding' or 'Deelnemers' (in English
   * 'Average', 'Spread' or 'Participants'). The figures are a description list, whose terms
   * name no definition that a role query can follow, so this goes from the term to the
   * definition after it.
   */
  figure(name) {
    return this.main.locator(`xpath=.//dt[normalize-space()="${name}"]/following-sibling::dd[1]`);
  }

  get spreadMarker() {
    return this.main.getByText(this.t('Grote spreiding', 'Wide spread'), { exact: true });
  }

  /** The questions for the conversation. */
  get questions() {
    return this.main.getByRole('list', { name: this.t('Vragen voor het gesprek', 'Questions for the conversation') }).getByRole('listitem');
  }

  get notes() {
    return this.main.getByLabel(this.t('Notities bij dit gesprek', 'Notes on this conversation'));
  }

  get noteSaved() {
    return this.main.getByRole('status').filter({ hasText: this.t('✓ Notitie bewaard', '✓ Note saved') });
  }

  get timer() {
    return this.main.getByRole('timer');
  }

  get timerMinutes() {
    return this.main.getByLabel(this.t('Minuten', 'Minutes'));
  }

  async openCard() {
    await this.press(this.main.getByRole('button', { name: this.t('Open kaart', 'Open card') }));
  }

  /** The open card's suggestions (the list after its heading about suggestions). */
  get cardSuggestions() {
    return this.main.getByRole('article').getByRole('list').getByRole('listitem');
  }

  async openActionForm() {
    await this.press(this.main.getByRole('button', { name: this.t('Maak actie', 'Create action') }));
  }

  get actionForm() {
    return this.main.getByRole('form', { name: this.t('Actie maken', 'Create action') });
  }

  /** Fills in the action form and adds the action; resolves to the confirmation. */
  async makeAction({ what, who, when, plan }) {
    const form = this.actionForm;
    await form.getByLabel(this.t('Wat gaan jullie doen?', 'What will you do?')).fill(what);
    if (who !== undefined) await form.getByLabel(this.t('Wie pakt het op?', 'Who will take it up?')).fill(who);
    if (when !== undefined) await form.getByLabel(this.t('Klaar op', 'Due date')).fill(when);
    if (plan !== undefined) await form.getByLabel(this.t('In plan', 'Plan')).selectOption({ label: plan });
    await this.press(form.getByRole('button', { name: this.t('Actie toevoegen', 'Add action') }));
    const done = form.getByRole('status').filter({ hasText: this.t(/^✓ Actie toegevoegd aan/, /^✓ Action added to/) });
    await done.waitFor();
    return done;
  }

  /**
   * The smallest font size of any text shown in main (outside drawings) and where it is:
   * a sweep over the whole view, what the back of the room has to read.
   */
  async smallestText() {
    return this.page.evaluate(() => {
      let smallest = { size: Infinity, text: '' };
      for (const el of document.querySelectorAll('main *')) {
        if (el.closest('svg, .visually-hidden') || el.getClientRects().length === 0) continue;
        const text = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim();
        const field = el.matches('input, textarea, select');
        if (!text && !field) continue;
        const size = parseFloat(getComputedStyle(el).fontSize);
        if (size < smallest.size) smallest = { size, text: `${el.tagName.toLowerCase()}: ${text.slice(0, 40)}` };
      }
      return smallest;
    });
  }

  /** The font size of the page's visible heading. */
  async headingSize() {
    return this.heading.evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
  }
}
