// End-to-end tests: the release build of dist/ in real Chromium on a phone viewport.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, phonePage, appReady, assertClean } from './support.mjs';

const app = useApp();

async function open(hash = '#/', options) {
  const session = await phonePage(app.browser, options);
  await session.page.goto(app.server.url + hash);
  await appReady(session.page);
  return session;
}


test('the static shell paints the first content before the wasm arrives', async () => {
  // No service worker: it would serve the wasm from its cache, past the blocked route.
  const { context, page } = await phonePage(app.browser, { serviceWorkers: 'block' });
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(app.server.url);
  const heading = page.locator('h1');
  assert.equal(await heading.textContent(), 'Werken aan een lerende organisatie');
  assert.equal(await page.locator('.site-header .brand').isVisible(), true);
  assert.equal(await page.locator('.shell-home .dimension').count(), 8, 'the whole home page is there');
  // A deep link does not flash the home page.
  await page.goto(app.server.url + '#/kaart/partners');
  await page.reload();
  assert.equal(await page.locator('.shell-home').isVisible(), false);
  assert.equal(await page.locator('.shell-loading').isVisible(), true);
  await context.close();
});

test('the app takes over from the static home page without moving anything', async () => {
  const { context, page, problems } = await phonePage(app.browser);
  await page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(app.server.url);
  await appReady(page);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const shift = await page.evaluate(() => window.__shift);
  assert.ok(shift < 0.01, `cumulative layout shift ${shift}`);
  // The app was rendered hidden beside the static page and then took its place: one of each.
  for (const selector of ['header.site-header', 'main', 'footer.site-footer', 'h1']) {
    assert.equal(await page.locator(selector).count(), 1, selector);
  }
  assert.equal(await page.locator('[data-ok-staging], .shell-home, .shell-loading').count(), 0);
  await page.locator('#home-zoeken').fill('feedback');
  await page.locator('#home-zoeken').press('Enter');
  await page.waitForFunction(() => location.hash.startsWith('#/zoeken'));
  assertClean(problems);
  await context.close();
});

test('a link focused on the static page keeps the focus when the app takes over', async () => {
  const { context, page, problems } = await phonePage(app.browser, { serviceWorkers: 'block' });
  let release;
  const gate = new Promise((resolve) => { release = resolve; });
  await page.route(/_bg\.wasm$/, async (route) => { await gate; await route.continue(); });
  await page.goto(app.server.url);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const before = await page.evaluate(() => document.activeElement.getAttribute('href'));
  assert.equal(before, '#/scan', 'the second link of the static page has the focus');
  release();
  await appReady(page);
  assert.equal(await page.locator('.shell-home').count(), 0, 'the app has taken over');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('href')), '#/scan');
  assert.equal(await page.evaluate(() => document.activeElement.closest('nav')?.getAttribute('aria-label')), 'Hoofdmenu');
  assertClean(problems);
  await context.close();
});

test('home lists the eight dimensions with their challenges, without horizontal scrolling at 360 px', async () => {
  const { context, page, problems } = await open('#/', { viewport: { width: 360, height: 740 } });
  assert.equal(await page.locator('.dimension').count(), 8);
  assert.match(await page.locator('.dimension').nth(3).textContent(), /Feedbackprocessen stimuleren/);
  assert.match(await page.locator('.dimension').nth(3).textContent(), /Hoe zorg je voor een cultuur waarin alle medewerkers elkaar feedback geven\?/);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0, 'no horizontal scroll');
  assert.equal(await page.getAttribute('html', 'lang'), 'nl');
  assertClean(problems);
  await context.close();
});

test('a card opened by deep link keeps a marked suggestion and its note across a reload', async () => {
  const { context, page, problems } = await open('#/kaart/feedbackprocessen');
  assert.equal(await page.locator('h1').textContent(), 'Feedbackprocessen stimuleren');
  assert.equal(await page.locator('.suggestion').count(), 15);
  assert.equal(await page.locator('.quote figcaption').count(), 2);
  const item = page.locator('[id="suggestie-feedbackprocessen.03"]');
  await item.locator('.status-oppakken').tap();
  assert.equal(await item.locator('.status-oppakken').getAttribute('aria-pressed'), 'true');
  await item.getByRole('button', { name: 'Notitie toevoegen' }).tap();
  await item.locator('textarea').fill('Bespreken in het MT van maart');
  assert.match(await page.locator('.tally').textContent(), /1 oppakken/);

  await page.reload();
  await appReady(page);
  const again = page.locator('[id="suggestie-feedbackprocessen.03"]');
  assert.equal(await again.locator('.status-oppakken').getAttribute('aria-pressed'), 'true');
  assert.equal(await again.locator('textarea').inputValue(), 'Bespreken in het MT van maart');

  await page.goto(app.server.url + '#/');
  await appReady(page);
  assert.match(await page.locator('.dimension').nth(3).locator('.tally-line').textContent(), /1 van 15 gemarkeerd/);
  assertClean(problems);
  await context.close();
});

test('searching "eigenaarschap" lists card 7 and a result opens the card at that spot', async () => {
  const { context, page, problems } = await open('#/zoeken');
  await page.locator('#zoekterm').fill('eigenaarschap');
  const groups = page.locator('.result-group');
  assert.equal(await groups.count(), 1);
  assert.equal(await groups.first().getAttribute('data-card'), 'eigenaarschap');
  assert.equal(await groups.first().locator('mark').first().textContent(), 'Eigenaarschap');
  assert.match(page.url(), /#\/zoeken\?q=eigenaarschap$/);

  await page.locator('#zoekterm').fill('bespreekcultuur');
  await page.locator('a.result').first().tap();
  await page.waitForFunction(() => document.activeElement?.id === 'suggestie-feedbackprocessen.02');
  assert.equal(await page.locator('h1').textContent(), 'Feedbackprocessen stimuleren');

  await page.goBack();
  await page.waitForSelector('#zoekterm');
  assert.equal(await page.locator('#zoekterm').inputValue(), 'bespreekcultuur');
  assertClean(problems);
  await context.close();
});

test('damaged stored data is kept under a backup key, reported, and downloadable', async () => {
  const damaged = '{"format":"ontwikkelkaarten","version":1,"suggestions":{"partners.01":{"status":';
  const { context, page, problems } = await open('#/', {
    initScript: `if (!sessionStorage.getItem('seeded')) { localStorage.setItem('ontwikkelkaarten', ${JSON.stringify(damaged)}); sessionStorage.setItem('seeded', '1'); }`,
  });
  const notice = page.locator('.notice-error');
  assert.match(await notice.textContent(), /konden niet worden gelezen/);
  assert.match(await notice.textContent(), /regel 1, kolom \d+/);
  assert.equal(await page.evaluate(() => localStorage.getItem('ontwikkelkaarten.beschadigd')), damaged);
  assert.equal(await page.evaluate(() => localStorage.getItem('ontwikkelkaarten')), damaged, 'nothing overwritten before a change');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    notice.getByRole('button', { name: 'Gegevens downloaden' }).tap(),
  ]);
  const { readFile } = await import('node:fs/promises');
  assert.equal(await readFile(await download.path(), 'utf8'), damaged);

  // The app is usable and starts clean; the backup stays.
  await page.goto(app.server.url + '#/kaart/partners');
  await appReady(page);
  await page.locator('[id="suggestie-partners.02"] .status-gerealiseerd').tap();
  const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('ontwikkelkaarten')));
  assert.deepEqual(stored.suggestions, { 'partners.02': { status: 'gerealiseerd' } });
  assert.equal(await page.evaluate(() => localStorage.getItem('ontwikkelkaarten.beschadigd')), damaged);
  assertClean(problems);
  await context.close();
});

test('storage that throws: the app still works in memory and says so calmly', async () => {
  const { context, page, problems } = await open('#/kaart/teamleren', {
    initScript: `Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('geblokkeerd', 'SecurityError'); } });`,
  });
  assert.match(await page.locator('.notice-warning').textContent(), /blijven niet bewaard/);
  const button = page.locator('[id="suggestie-teamleren.01"] .status-oppakken');
  await button.tap();
  assert.equal(await button.getAttribute('aria-pressed'), 'true');
  assert.match(await page.locator('.tally').textContent(), /1 oppakken/);
  assertClean(problems);
  await context.close();
});

test('a full storage on save: a clear notice and nothing lost in the page', async () => {
  const { context, page, problems } = await open('#/kaart/teamleren', {
    initScript: `Storage.prototype.setItem = function () { throw new DOMException('vol', 'QuotaExceededError'); };`,
  });
  assert.equal(await page.locator('.notice').count(), 0);
  const button = page.locator('[id="suggestie-teamleren.02"] .status-gerealiseerd');
  await button.tap();
  assert.match(await page.locator('.notice-warning').textContent(), /niet worden opgeslagen/);
  assert.equal(await button.getAttribute('aria-pressed'), 'true');
  await page.locator('[id="suggestie-teamleren.03"] .status-niet-nu').tap();
  assert.equal(await page.locator('.notice-warning').count(), 1, 'the notice is not repeated');
  assert.match(await page.locator('.tally').textContent(), /1 al gerealiseerd · 0 oppakken · 1 niet nu/);
  assertClean(problems);
  await context.close();
});

test('unknown routes show "niet gevonden" with a way home; back and forward work', async () => {
  const { context, page, problems } = await open('#/bestaat-niet');
  assert.equal(await page.locator('h1').textContent(), 'Pagina niet gevonden');
  await page.getByRole('link', { name: 'Naar het overzicht van de kaarten' }).tap();
  await page.waitForSelector('.dimension');
  await page.locator('.dimension-link').nth(6).tap();
  await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Eigenaarschap creëren door leiderschapskansen');
  await page.getByRole('link', { name: /8\. Structuur en beleid/ }).tap();
  await page.waitForFunction(() => location.hash === '#/kaart/structuur-en-beleid');
  await page.goBack();
  await page.waitForFunction(() => location.hash === '#/kaart/eigenaarschap');
  assert.equal(await page.locator('h1').textContent(), 'Eigenaarschap creëren door leiderschapskansen');
  await page.goForward();
  await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Voorwaarden creëren in organisatiestructuur en beleid');
  await page.goto(app.server.url + '#/kaart/onbekend');
  await appReady(page);
  assert.equal(await page.locator('h1').textContent(), 'Pagina niet gevonden');
  assertClean(problems);
  await context.close();
});

test('touch targets are at least 44 px and a suggestion can be marked by keyboard', async () => {
  const { context, page, problems } = await open('#/kaart/gedeelde-visie');
  const small = await page.evaluate(() =>
    [...document.querySelectorAll('button, .button, .site-nav a, .brand, .dimension-link')]
      .map((el) => ({ text: el.textContent.trim().slice(0, 30), h: el.getBoundingClientRect().height, w: el.getBoundingClientRect().width }))
      .filter((r) => r.h < 44 || r.w < 44),
  );
  assert.deepEqual(small, []);

  await page.locator('[id="suggestie-gedeelde-visie.01"] .status-gerealiseerd').focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const pressed = page.locator('[id="suggestie-gedeelde-visie.01"] .status-oppakken');
  assert.equal(await pressed.getAttribute('aria-pressed'), 'true');
  await page.keyboard.press('Space');
  assert.equal(await pressed.getAttribute('aria-pressed'), 'false');
  assertClean(problems);
  await context.close();
});

test('the guide shows the deck\'s own introduction and guidance', async () => {
  const { context, page, problems } = await open('#/werken-met-de-kaarten');
  const text = await page.locator('main').textContent();
  assert.match(text, /Leidinggeven aan een lerende organisatie, hoe doe je dat\?/);
  assert.match(text, /Kies een dimensie uit die nog minder sterk ontwikkeld is/);
  assert.equal(await page.locator('.overview > li').count(), 8);
  assertClean(problems);
  await context.close();
});

test('a deep link to a spot on a card focuses that spot once the card has loaded', async () => {
  const { context, page, problems } = await open('#/kaart/teamleren/verder-lezen', { serviceWorkers: 'block' });
  await page.waitForFunction(() => document.activeElement?.id === 'verder-lezen');
  assert.equal(await page.locator('main h1').first().textContent(), 'Teamleren en samenwerken bevorderen');
  assertClean(problems);
  await context.close();
});
