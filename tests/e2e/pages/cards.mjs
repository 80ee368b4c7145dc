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
    return this.dimension(number).getByText(this.t(/gemarkeerd/, /marked/));
  }

  async openCard(number) {
    await this.press(this.dimension(number).getByRole('link'));
  }

  get searchBox() {
    return this.main.getByRole('searchbox', { name: this.t('Zoeken in de kaarten', 'Search the cards') });
  }

  /** Types `term` into the search box and presses Enter. */
  async search(term) {
    await this.searchBox.fill(term);
    await this.searchBox.press('Enter');
  }

  async startScan() {
    await this.follow(this.t('Doe de zelfscan', 'Take the self-scan'));
  }

  async continueScan() {
    await this.follow(this.t('Ga verder met de scan', 'Continue the scan'));
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
    return this.item.getByLabel(this.screen.t(/^Notitie bij suggestie \d+$/, /^Note on suggestion \d+$/));
  }

  /** Taps "Notitie toevoegen"; the note field shows (and should have the cursor). */
  async openNote() {
    await this.screen.press(this.item.getByRole('button', { name: this.screen.t('Notitie toevoegen', 'Add a note') }));
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
    return this.item.getByRole('status').filter({ hasText: this.screen.t('✓ Notitie bewaard', '✓ Note saved') });
  }

  /** The suggestion's text (its first paragraph). */
  get text() {
    return this.item.getByRole('paragraph').first();
  }

  async makeAction() {
    await this.screen.press(this.item.getByRole('button', { name: this.screen.t('Maak actie', 'Create action') }));
  }

  /** "✓ Actie toegevoegd aan ‹plan›", right after "Maak actie". */
  get actionConfirmation() {
    return this.item.getByRole('status').filter({ hasText: this.screen.t(/^✓ Actie toegevoegd aan /, /^✓ Action added to /) });
  }

  /** The link to the plan in the confirmation. */
  get actionPlanLink() {
    return this.actionConfirmation.getByRole('link');
  }

  /** What says the suggestion has an action in the chosen plan: the confirmation right
   * after "Maak actie", later "In “plan” staat hier al een actie voor." */
  get actionNote() {
    return this.item.getByText(this.screen.t(/staat hier al een actie voor|^✓ Actie toegevoegd aan /, /already has an action for this|^✓ Action added to /));
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
    return this.main.getByRole('region', { name: this.t('Uit de praktijk', 'From practice') }).getByRole('figure');
  }

  /** "N al gerealiseerd · N op te pakken · N niet nu · N nog niet gemarkeerd" */
  get tally() {
    return this.main.getByText(this.t(/nog niet gemarkeerd$/, /not yet marked$/));
  }

  get furtherReading() {
    return this.main.getByRole('region', { name: this.t('Verder lezen', 'Further reading') });
  }
}

export class SearchPage extends AppPage {
  async open(query) {
    return super.open(query === undefined ? '#/zoeken' : `#/zoeken?q=${encodeURIComponent(query)}`);
  }

  get box() {
    return this.main.getByRole('searchbox', { name: this.t('Zoekterm', 'Search term') });
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
