// The frame every page of the app shares: header, notices, main and footer, and what a
// user does on any page (open a link, go back, reload, download). The page objects of the
// single pages extend it.
//
// Locators are roles, labels and visible text, as a user (or a screen reader) finds
// things. CSS appears only where the app offers no role, label or text for what a test
// checks; each such place says why.
import { appReady } from '../support.mjs';

export const STORAGE_KEY = 'ontwikkelkaarten';

/**
 * The name of a toggle button with label `label`: once chosen it reads "✓ label" (the
 * check mark is CSS content, and so part of what a screen reader announces).
 */
export function toggleName(label) {
  return new RegExp(`^(?:✓ )?${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

export class AppPage {
  /**
   * `page` is a Playwright Page, or the Frame of an iframe holding the app. `url` is where
   * the app is served (for `open`), ending in '/'. The pointer is how a user presses: 'tap'
   * on a phone (the default), 'click' with a mouse. `lang` is the edition under test: 'nl'
   * (the default, `index.html`) or 'en' (`en.html`).
   */
  constructor(page, { url, pointer = 'tap', lang = 'nl' } = {}) {
    this.page = page;
    this.url = url;
    this.pointer = pointer;
    this.lang = lang;
    this.main = page.getByRole('main');
  }

  /** The interface text for this edition: `nl` in the Dutch build, `en` in the English. */
  t(nl, en) {
    return this.lang === 'en' ? en : nl;
  }

  /**
   * The address of this edition's page with `suffix` (a hash, or a query and a hash):
   * `url` itself for Dutch (the server's index.html), `url` + 'en.html' for English.
   */
  pageUrl(suffix = '') {
    return this.url + (this.lang === 'en' ? 'en.html' : '') + suffix;
  }

  /** Opens `hash` (e.g. '#/kaart/partners') and waits until the app shows it. */
  async open(hash = '#/') {
    await this.page.goto(this.pageUrl(hash));
    await appReady(this.page);
    return this;
  }

  /** Reloads the page and waits until the app is back. */
  async reload() {
    await this.page.reload();
    await appReady(this.page);
  }

  /** Taps (or clicks) what `locator` finds. */
  async press(locator) {
    await locator[this.pointer]();
  }

  /** Follows the link with this name. */
  async follow(name) {
    await this.press(this.page.getByRole('link', { name }));
  }

  /** The page's title (its one `h1` in main). */
  get heading() {
    return this.main.getByRole('heading', { level: 1 });
  }

  /** Waits until the page's title reads `name` exactly. */
  async waitForHeading(name) {
    await this.main.getByRole('heading', { level: 1, name, exact: true }).waitFor();
  }

  /** The site header; hidden ones included, so that a test can ask whether it shows. */
  get header() {
    return this.page.getByRole('banner', { includeHidden: true });
  }

  /** The brand: the deck's short name, the same in both languages (content/deck.toml). */
  get brand() {
    return this.header.getByRole('link', { name: 'Ontwikkelkaarten' });
  }

  /** The button that shows the sections on a phone. */
  get menuButton() {
    return this.header.getByRole('button', { name: this.t('Menu', 'Menu') });
  }

  /** The main navigation (hidden ones included, to ask whether it shows). */
  get menu() {
    return this.page.getByRole('navigation', { name: this.t('Hoofdmenu', 'Main menu'), includeHidden: true });
  }

  /** Opens the menu on a phone, and follows its link `name`. */
  async goTo(name) {
    if (await this.menuButton.isVisible()) await this.press(this.menuButton);
    await this.press(this.menu.getByRole('link', { name, exact: true }));
  }

  /** The menu's link marked as the current section (aria-current="page"), if any. */
  get currentSection() {
    return this.menu.locator('a[aria-current="page"]');
  }

  /** Header, main, footer and page title, hidden copies included (for counting them). */
  get landmarks() {
    const all = { includeHidden: true };
    return {
      header: this.page.getByRole('banner', all),
      main: this.page.getByRole('main', all),
      footer: this.page.getByRole('contentinfo', all),
      title: this.page.getByRole('heading', { level: 1, ...all }),
    };
  }

  // Notices. The list of notices is one live region; a notice has no role of its own and
  // its level (warning or error) is only in its class, so these three are CSS.
  get notices() {
    return this.page.locator('.notice');
  }

  get errorNotice() {
    return this.page.locator('.notice-error');
  }

  get warningNotice() {
    return this.page.locator('.notice-warning');
  }

  /** Shown in place of a page whose part of the app could not be fetched. */
  get notLoaded() {
    return this.main.getByRole('heading', { level: 1, name: this.t('Dit deel kon niet worden geladen', 'This part could not be loaded') });
  }

  async retry() {
    await this.press(this.main.getByRole('button', { name: this.t('Opnieuw proberen', 'Try again') }));
  }

  // The start-up. These are markers of the loading sequence, not things a user sees, so
  // they have no role: the static home page, its "loading" page and the hidden staging
  // area the app renders in before it takes over (see index.html and web::start).
  get staticHome() {
    return this.page.locator('.shell-home');
  }

  get staticLeftovers() {
    return this.page.locator('[data-ok-staging], .shell-view');
  }

  /** What is left of the static page once the app has replaced it after a failed fetch. */
  get staticLoading() {
    return this.page.locator('.shell-loading, [data-ok-staging]');
  }

  /** The static page's scan (it works before the app arrives; a marker, no role). */
  get staticScan() {
    return this.page.locator('.shell-fill');
  }

  /** The static page's planner. */
  get staticPlanner() {
    return this.page.locator('.shell-plans');
  }

  /** The static page's line while the page of a deep link loads. */
  get loadingLine() {
    return this.page.getByText(this.t('De pagina wordt geladen…', 'Loading the page…'));
  }

  /** Waits until location.hash is `hash` (a string) or matches it (a RegExp). */
  async waitForHash(hash) {
    const source = hash instanceof RegExp ? hash.source : null;
    await this.page.waitForFunction(
      ([exact, pattern]) => (pattern ? new RegExp(pattern).test(location.hash) : location.hash === exact),
      [source ? null : hash, source],
    );
  }

  /** The href of the focused element and the label of the navigation it is in. */
  async focusedLink() {
    return this.page.evaluate(() => ({
      href: document.activeElement.getAttribute('href'),
      nav: document.activeElement.closest('nav')?.getAttribute('aria-label'),
    }));
  }

  /** Waits until what `locator` finds has the keyboard focus. */
  async waitForFocus(locator) {
    const element = await locator.elementHandle();
    await this.page.waitForFunction((el) => document.activeElement === el, element);
  }

  /** How far the page scrolls sideways (0: not at all). */
  async horizontalOverflow() {
    return this.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  }

  async language() {
    return this.page.getAttribute('html', 'lang');
  }

  /**
   * Every control smaller than 44 px either way. A sweep over all of them, not a user
   * step: buttons, things styled as buttons, the menu, the brand and the dimension tiles.
   */
  async smallTouchTargets() {
    return this.page.evaluate(() =>
      [...document.querySelectorAll('button, .button, .site-nav a, .brand, .dimension-link')].filter((el) => el.getClientRects().length > 0)
        .map((el) => ({ text: el.textContent.trim().slice(0, 30), h: el.getBoundingClientRect().height, w: el.getBoundingClientRect().width }))
        .filter((r) => r.h < 44 || r.w < 44));
  }

  /** Waits until the service worker controls the page (it then caches the app). */
  async waitForServiceWorker() {
    await this.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      }
    });
  }

  /** The web app manifest the page links to (metadata: no role). */
  async manifest() {
    return this.page.evaluate(() => fetch(document.querySelector('link[rel=manifest]').href).then((r) => r.json()));
  }

  /** The policy in the page's <meta http-equiv> (metadata: no role). */
  async contentSecurityPolicy() {
    return this.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  }

  /**
   * The theme: the app's accent colour and font (set on the app's root element, which has
   * no role) and the background of a button.
   */
  async theme(button) {
    const root = await this.page.evaluate(() => {
      const s = getComputedStyle(document.querySelector('.ok-app'));
      return { accent: s.getPropertyValue('--accent').trim(), font: s.fontFamily };
    });
    const background = button ? await button.evaluate((el) => getComputedStyle(el).backgroundColor) : undefined;
    return { ...root, button: background };
  }

  /** The stored document as text (or another key's). */
  async storedText(key = STORAGE_KEY) {
    return this.page.evaluate((k) => localStorage.getItem(k), key);
  }

  /** The stored document, parsed. */
  async stored() {
    return JSON.parse(await this.storedText());
  }

  /** Stores `text` as the document, as another tab would. */
  async store(text) {
    await this.page.evaluate(([k, t]) => localStorage.setItem(k, t), [STORAGE_KEY, text]);
  }

  async clearStorage() {
    await this.page.evaluate(() => localStorage.clear());
  }

  /** Presses `locator` and resolves to the download it starts. */
  async download(locator) {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.press(locator)]);
    return download;
  }

  /** A button by its exact name (in the whole page: notices are outside main). */
  button(name) {
    return this.page.getByRole('button', { name, exact: true });
  }
}
