// Page objects: what a user does and sees on each page of the app, found by role, label and
// text. `pages(page, { url })` gives one of each for a Playwright Page (or a Frame);
// `pages(page, { url, lang: 'en' })` for the English edition (en.html).
import { AppPage } from './app.mjs';
import { HomePage, CardPage, SearchPage, GuidePage } from './cards.mjs';
import { ScanStartPage, ScanFillPage, ScanResultPage, ScanHistoryPage, ComparePage } from './scan.mjs';
import { PlansPage, PlanPage, SessionPage } from './plan.mjs';
import { FilesPage, TeamPage } from './files.mjs';
import { frameReady } from '../support.mjs';

export { AppPage, HomePage, CardPage, SearchPage, GuidePage, ScanStartPage, ScanFillPage, ScanResultPage, ScanHistoryPage, ComparePage, PlansPage, PlanPage, SessionPage, FilesPage, TeamPage };
export { SCALE, DONT_KNOW, SCALE_EN, DONT_KNOW_EN, scaleFor, dontKnowFor } from './scan.mjs';

/**
 * One page object per page of the app, all on `page`: `url` is where the app is served,
 * `pointer` 'tap' (a phone, the default) or 'click', `lang` 'nl' (the default) or 'en'.
 */
export function pages(page, options) {
  return {
    app: new AppPage(page, options),
    home: new HomePage(page, options),
    card: new CardPage(page, options),
    search: new SearchPage(page, options),
    guide: new GuidePage(page, options),
    scanStart: new ScanStartPage(page, options),
    scan: new ScanFillPage(page, options),
    result: new ScanResultPage(page, options),
    history: new ScanHistoryPage(page, options),
    compare: new ComparePage(page, options),
    plans: new PlansPage(page, options),
    plan: new PlanPage(page, options),
    session: new SessionPage(page, options),
    files: new FilesPage(page, options),
    team: new TeamPage(page, options),
  };
}

/**
 * A host site's page that embeds the app (pages the tests write themselves, so their own
 * markup is found by the ids and tags the tests gave it).
 */
export class EmbedHost {
  constructor(page) {
    this.page = page;
  }

  /** The page objects of the app in the host's (only) iframe, once it is ready (pass
   * `lang: 'en'` in `options` for an iframe showing en.html). */
  async frame(options = { pointer: 'click' }) {
    return pages(await frameReady(this.page), options);
  }

  /** The element the app was mounted into by embed.js. */
  get mountPoint() {
    return this.page.locator('#hier');
  }

  /** The host's own paragraph after the mount point. */
  get ownText() {
    return this.page.locator('#na');
  }

  /** The host's own title, outside the app. */
  get ownHeading() {
    return this.page.locator('body > h1');
  }

  /** The host page's body margin (our CSS must not restyle the host). */
  async bodyMargin() {
    return this.page.evaluate(() => getComputedStyle(document.body).margin);
  }
}
