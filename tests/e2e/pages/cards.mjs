// The deck: the home page with its eight dimensions, a card with its suggestions, search
// and the guide.
import { AppPage, toggleName } from './app.mjs';

export class HomePage extends AppPage {
  /** The eight dimension tiles: the list items titled with a card (an `h3`). */
  get dimensions() {
    return this.main.getByRole('listitem').filter({ has: this.page.getByRole('heading', { level: 3 }) });
  }

  /** The tile of dimension `number` (1–8). */
  dimension(number) {
    return this.dimensions.nth(number - 1);
  }

  /** The line under a tile that counts its marked suggestions. */
  tally(number) {
    return this.dimension(number).getByText(/gemarkeerd/);
  }

  async openCard(number) {
    await this.press(this.dimension(number).getByRole('link'));
  }

  get searchBox() {
    return this.main.getByRole('searchbox', { name: 'Zoeken in de kaarten' });
  }

  /** Types `term` into the search box and presses Enter. */
  async search(term) {
    await this.searchBox.fill(term);
    await this.searchBox.press('Enter');
  }

  async startScan() {
    await this.follow('Doe de zelfscan');
  }

  async continueScan() {
    await this.follow('Ga verder met de scan');
  }
}

/** One suggestion on a card: its three status buttons, its note and "Maak actie". */
export class Suggestion {
  constructor(screen, item) {
    this.screen = screen;
    this.item = item;
  }

  /** The status buttons, a group named after the suggestion (hidden ones included: print). */
  get statusGroup() {
    return this.item.getByRole('group', { includeHidden: true });
  }

  /** The status button 'Al gerealiseerd', 'Oppakken' or 'Niet nu'. */
  status(label) {
    return this.statusGroup.getByRole('button', { name: toggleName(label) });
  }

  async mark(label) {
    await this.screen.press(this.status(label));
  }

  /** 'true' when the status `label` is chosen, 'false' when not. */
  async pressed(label) {
    return this.status(label).getAttribute('aria-pressed');
  }

  /** Waits until the status `label` is chosen (e.g. by another tab). */
  async waitForMarked(label) {
    await this.statusGroup.getByRole('button', { name: toggleName(label), pressed: true }).waitFor();
  }

  get note() {
    return this.item.getByLabel(/^Notitie bij suggestie \d+$/);
  }

  /** Taps "Notitie toevoegen"; the note field shows (and should have the cursor). */
  async openNote() {
    await this.screen.press(this.item.getByRole('button', { name: 'Notitie toevoegen' }));
  }

  async addNote(text) {
    await this.openNote();
    await this.note.fill(text);
  }

  /** Leaves the note as a user does: by tapping the suggestion's text. */
  async leaveNote() {
    await this.screen.press(this.text);
  }

  /** "✓ Notitie bewaard", once the note is left and kept. */
  get noteSaved() {
    return this.item.getByRole('status').filter({ hasText: '✓ Notitie bewaard' });
  }

  /** The suggestion's text (its first paragraph). */
  get text() {
    return this.item.getByRole('paragraph').first();
  }

  async makeAction() {
    await this.screen.press(this.item.getByRole('button', { name: 'Maak actie' }));
  }

  /** "✓ Actie toegevoegd aan ‹plan›", right after "Maak actie". */
  get actionConfirmation() {
    return this.item.getByRole('status').filter({ hasText: /^✓ Actie toegevoegd aan / });
  }

  /** The link to the plan in the confirmation. */
  get actionPlanLink() {
    return this.actionConfirmation.getByRole('link');
  }

  /** What says the suggestion has an action in the chosen plan: the confirmation right
   * after "Maak actie", later "In “plan” staat hier al een actie voor." */
  get actionNote() {
    return this.item.getByText(/staat hier al een actie voor|^✓ Actie toegevoegd aan /);
  }
}

export class CardPage extends AppPage {
  async open(id) {
    return super.open(`#/kaart/${id}`);
  }

  /** The suggestions: the list items with a group of status buttons. */
  get suggestions() {
    return this.main.getByRole('listitem').filter({ has: this.page.getByRole('group', { includeHidden: true }) });
  }

  /** Suggestion `number` as numbered on the card (1-based). */
  suggestion(number) {
    return new Suggestion(this, this.suggestions.nth(number - 1));
  }

  get quotes() {
    return this.main.getByRole('region', { name: 'Uit de praktijk' }).getByRole('figure');
  }

  /** "N al gerealiseerd · N op te pakken · N niet nu · N nog niet gemarkeerd" */
  get tally() {
    return this.main.getByText(/nog niet gemarkeerd$/);
  }

  get furtherReading() {
    return this.main.getByRole('region', { name: 'Verder lezen' });
  }
}

export class SearchPage extends AppPage {
  async open(query) {
    return super.open(query === undefined ? '#/zoeken' : `#/zoeken?q=${encodeURIComponent(query)}`);
  }

  get box() {
    return this.main.getByRole('searchbox', { name: 'Zoekterm' });
  }

  async search(term) {
    await this.box.fill(term);
  }

  /** One group of results per card, each titled "N. Card title" (an `h2`). */
  get groups() {
    return this.main.getByRole('heading', { level: 2 });
  }

  /** The highlighted matches. */
  get matches() {
    return this.main.getByRole('mark');
  }

  /** The results: the links in the result lists. */
  get results() {
    return this.main.getByRole('listitem').getByRole('link');
  }

  async openResult(index = 0) {
    await this.press(this.results.nth(index));
  }
}

export class GuidePage extends AppPage {
  async open() {
    return super.open('#/werken-met-de-kaarten');
  }

  /** The overview of dimensions: the list items that link to a card. */
  get dimensions() {
    return this.main.getByRole('listitem').filter({ has: this.page.getByRole('link') });
  }
}
