// What a user does and sees in the app, on top of a tab of either engine (drivers.mjs):
// things are found by role and name, by label or by text (in-page.mjs), pressed with a real
// click or tap, and every wait is for something the user would see next.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { query, appIsReady, overflow, recordedErrors, hookLoaded } from './in-page.mjs';

const TIMEOUT = Number(process.env.ENGINE_TIMEOUT ?? 20000);

/** A spec as the page gets it: a RegExp becomes { re: [source, flags] }. */
function wire(spec) {
  const out = {};
  for (const [key, value] of Object.entries(spec)) {
    if (value instanceof RegExp) out[key] = { re: [value.source, value.flags] };
    else if (value && typeof value === 'object') out[key] = wire(value);
    else out[key] = value;
  }
  return out;
}

/** A spec in words, for messages: `button "Plan maken" in main`. */
function describe(spec) {
  const what = spec.role !== undefined
    ? `${spec.role}${spec.level ? ` (level ${spec.level})` : ''}${spec.name !== undefined ? ` ${spec.name}` : ''}`
    : spec.label !== undefined ? `field labelled ${spec.label}` : `text ${spec.text}`;
  return `${what}${spec.nth !== undefined ? ` #${spec.nth}` : ''}${spec.within ? ` in ${describe(spec.within)}` : ''}`;
}

export const MAIN = { role: 'main' };
export const inMain = (spec) => ({ ...spec, within: MAIN });
export const button = (name) => ({ role: 'button', name });
export const link = (name) => ({ role: 'link', name });

export class App {
  /**
   * `tab` from drivers.mjs; `url` where the app is served; screenshots go to `artifacts`;
   * `lang` the language the app is opened in: 'nl' (index.html) or 'en' (en.html).
   */
  constructor(tab, { url, engine, artifacts, lang = 'nl' }) {
    this.tab = tab;
    this.url = url;
    this.engine = engine;
    this.artifacts = artifacts;
    this.lang = lang;
    /** Pages wider than the viewport, one entry per such page seen (asserted at the end). */
    this.overflows = [];
    /** What the user did so far, with the time since the start (for a flow that hangs). */
    this.trail = [];
    this.started = Date.now();
  }

  /** Notes step `what` in the trail, then does it. */
  async step(what, action) {
    this.trail.push(`${((Date.now() - this.started) / 1000).toFixed(1)} s: ${what}`);
    return action();
  }

  /**
   * Waits until `check(note)` (run here, it may ask the page) resolves to something truthy,
   * and resolves to it: tries again every 50 ms, fails after the timeout saying `what` and
   * the last thing `check` passed to `note` (or its last result).
   */
  async poll(what, check) {
    const end = Date.now() + TIMEOUT;
    let last;
    const note = (text) => { last = text; };
    for (;;) {
      try {
        last = undefined;
        const result = await check(note);
        if (result) return result;
        if (last === undefined) last = result;
      } catch (error) {
        last = error.message; // e.g. while the page is being replaced by a navigation
      }
      if (Date.now() > end) throw new Error(`${this.engine}: timed out waiting for ${what} (at ${await this.where()}; last: ${JSON.stringify(last)})`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Waits until `fn(...args)`, run in the page, returns something truthy; resolves to it. */
  waitFor(what, fn, ...args) {
    return this.poll(what, () => this.tab.evaluate(fn, ...args));
  }

  /** Where the user is, for messages: the hash and the h1. */
  async where() {
    try {
      return await this.tab.evaluate(() => `${location.href} – h1 "${document.querySelector('main h1')?.textContent ?? ''}"`);
    } catch {
      return '?';
    }
  }

  /** Waits until the one element `spec` describes is there, and gives it. */
  async find(spec) {
    const sent = wire(spec);
    let found;
    await this.poll(`a single ${describe(spec)}`, async (note) => {
      const { element, value } = await this.tab.element(query, sent, 'one');
      found = element;
      note(`found ${value}`);
      return Boolean(element);
    });
    return found;
  }

  /** How many elements `spec` describes, now. */
  count(spec) {
    return this.tab.evaluate(query, wire(spec), 'count');
  }

  /** The names (or, for a text spec, texts) of the elements `spec` describes, now. */
  texts(spec) {
    return this.tab.evaluate(query, wire(spec), 'texts');
  }

  /** Waits until `spec` describes exactly `n` elements (or at least `n`, with atLeast). */
  waitForCount(spec, n, { atLeast = false } = {}) {
    return this.poll(`${atLeast ? 'at least ' : ''}${n} × ${describe(spec)}`, async (note) => {
      const count = await this.count(spec);
      note(`${count} found`);
      return atLeast ? count >= n : count === n;
    });
  }

  /**
   * Opens the app at `hash` with a fresh page load, and waits until it is ready. `hash` may
   * start with a query for the test server (`?throw-at-start`), added to the address's own.
   */
  async open(hash = '') {
    await this.step(`open ${hash || '/'}`, async () => {
      await this.tab.goto('about:blank');
      const [query, fragment] = hash.startsWith('?')
        ? [`&${hash.slice(1).split('#')[0]}`, hash.includes('#') ? hash.slice(hash.indexOf('#')) : '']
        : ['', hash];
      // In the flow's language, whatever the browser's own language: Dutch from index.html,
      // English from en.html (each with ?lang=, so that shell.js hands over to no other).
      const page = this.lang === 'nl' ? '' : `${this.lang}.html`;
      await this.tab.goto(`${this.url}${page}?lang=${this.lang}${query}${fragment}`);
    });
    await this.ready();
  }

  async ready() {
    await this.waitFor('the app to replace the static page', appIsReady);
  }

  async reload() {
    await this.step('reload', () => this.tab.reload());
    await this.ready();
  }

  /** The browser's back button. */
  async back() {
    await this.step('back', () => this.tab.back());
  }

  async hash() {
    return this.tab.evaluate(() => location.hash);
  }

  async waitForHash(hash) {
    await this.waitFor(`location.hash ${hash}`, (h) => location.hash === h, hash);
  }

  /** Taps (in Firefox) or clicks (WebDriver in WebKit) what `spec` describes. */
  async press(spec) {
    const element = await this.find(spec);
    await this.step(`press ${describe(spec)}`, () => this.tab.click(element));
  }

  /** Follows the link with this name (in main unless `within` says otherwise). */
  async follow(name, within = MAIN) {
    await this.press({ ...link(name), within });
  }

  async fill(label, text) {
    const element = await this.find(inMain({ label }));
    await this.step(`fill ${label}`, () => this.tab.fill(element, text));
  }

  /** Picks the option with text `option` in the <select> labelled `label`. */
  async choose(label, option) {
    const element = await this.find(inMain({ label }));
    await this.step(`choose ${option} in ${label}`, () => this.tab.choose(element, option));
  }

  /** Picks `path` in the file field labelled `label`. */
  async upload(label, path) {
    const element = await this.find(inMain({ label }));
    await this.step(`upload into ${label}`, () => this.tab.upload(element, path));
  }

  /** Waits until the page's title (its h1 in main) reads `name` (string or RegExp). */
  async waitForHeading(name) {
    await this.find(inMain({ role: 'heading', level: 1, name }));
  }

  /** The page's title now. */
  async heading() {
    const [title] = await this.texts(inMain({ role: 'heading', level: 1 }));
    return title;
  }

  /**
   * Opens the site's menu where it is behind a "Menu" button (on narrow screens, once the
   * header has one): presses the button if it is shown, and waits until it is expanded.
   */
  async openMenu() {
    const menu = { role: 'button', name: 'Menu', within: { role: 'banner' } };
    if (await this.count(menu) === 0) return;
    await this.press(menu);
    await this.waitForCount({ ...menu, expanded: true }, 1);
  }

  /** Follows link `name` of the site's header, opening its menu first where needed. */
  async followMenu(name) {
    await this.openMenu();
    await this.press({ ...link(name), within: { role: 'banner' } });
  }

  /**
   * Checks that the page is no wider than the viewport; records it (the width, and the
   * widest element past the right edge) when it is, so that the flow goes on and shows
   * every such page. `page` names the page in the record.
   */
  async checkWidth(page) {
    const o = await this.tab.evaluate(overflow);
    if (o.scrollWidth > o.innerWidth) this.overflows.push({ page, ...o });
  }

  /** Saves a screenshot as `name`.png, or `name`-en.png and so on in another language than Dutch. */
  async screenshot(name) {
    const dir = join(this.artifacts, this.engine);
    await mkdir(dir, { recursive: true });
    const file = this.lang === 'nl' ? name : `${name}-${this.lang}`;
    await this.step(`screenshot ${file}`, () => this.tab.screenshot(join(dir, `${file}.png`)));
  }

  async setViewport(viewport) {
    await this.step(`viewport ${viewport.width}×${viewport.height}`, () => this.tab.setViewport(viewport));
  }

  /** The errors of the page so far: the hook's (all engines) and the engine's own. */
  async errors() {
    if (!await this.tab.evaluate(hookLoaded)) return [{ kind: 'test', text: 'the test hook is not in the page: errors cannot be collected' }];
    return [...await this.tab.evaluate(recordedErrors), ...this.tab.nativeErrors()];
  }

  /** Evaluates `fn(...args)` in the page (for what a user sees but has no role: storage). */
  evaluate(fn, ...args) {
    return this.tab.evaluate(fn, ...args);
  }
}
