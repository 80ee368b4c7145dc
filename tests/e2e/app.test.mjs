// End-to-end tests: the release build of dist/ in real Chromium on a phone viewport.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { useApp, phonePage, appReady, assertClean, ROOT, LANGUAGES } from './support.mjs';
import { pages } from './pages/index.mjs';

const app = useApp();

/** A phone page with the app's page objects on it, of edition `lang` (the browser speaks
 * that language). */
async function phone({ lang = 'nl', ...options } = {}) {
  const session = await phonePage(app.browser, { locale: lang === 'en' ? 'en-GB' : 'nl-NL', ...options });
  return { ...session, ...pages(session.page, { url: app.server.url, lang }) };
}

for (const lang of LANGUAGES) {
  test(`[${lang}] the static shell paints the first content before the wasm arrives`, async () => {
    const t = (nl, en) => (lang === 'en' ? en : nl);
    // No service worker: it would serve the wasm from its cache, past the blocked route.
    const { context, page, home, app: shell } = await phone({ lang, serviceWorkers: 'block' });
    await page.route('**/*.wasm', (route) => route.abort());
    await page.goto(home.pageUrl());
    assert.equal(await home.heading.textContent(), t('Werken aan een lerende organisatie', 'Working on a learning organisation'));
    assert.equal(await home.brand.isVisible(), true);
    assert.equal(await home.dimensions.count(), 8, 'the whole home page is there');
    // A deep link does not flash the home page.
    await page.goto(home.pageUrl('#/kaart/partners'));
    await page.reload();
    assert.equal(await shell.staticHome.isVisible(), false);
    assert.equal(await shell.loadingLine.isVisible(), true);
    await context.close();
  });
}

for (const lang of LANGUAGES) {
  test(`[${lang}] the app takes over from the static home page without moving anything`, async () => {
    const { context, page, problems, home } = await phone({ lang });
    await page.addInitScript(() => {
      window.__shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await home.open();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const shift = await page.evaluate(() => window.__shift);
    assert.ok(shift < 0.01, `cumulative layout shift ${shift}`);
    // The app was rendered hidden beside the static page and then took its place: one of each.
    for (const [name, landmark] of Object.entries(home.landmarks)) {
      assert.equal(await landmark.count(), 1, name);
    }
    assert.equal(await home.staticLeftovers.count(), 0);
    await home.search('feedback');
    await home.waitForHash(/^#\/zoeken/);
    assertClean(problems);
    await context.close();
  });
}

test('a link focused on the static page keeps the focus when the app takes over', async () => {
  const { context, page, problems, home } = await phone({ serviceWorkers: 'block' });
  let release;
  const gate = new Promise((resolve) => { release = resolve; });
  await page.route(/_bg\.wasm$/, async (route) => { await gate; await route.continue(); });
  await page.goto(app.server.url);
  // The brand, the menu button, then the home page's invitation to the scan.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  const before = await home.focusedLink();
  assert.equal(before.href, '#/scan', 'the third stop of the static page has the focus');
  release();
  await appReady(page);
  assert.equal(await home.staticHome.count(), 0, 'the app has taken over');
  const after = await home.focusedLink();
  assert.equal(after.href, '#/scan');
  assert.equal(after.nav, undefined, 'the visible link, not the one in the closed menu');
  assertClean(problems);
  await context.close();
});

test('home lists the eight dimensions with their challenges, without horizontal scrolling at 360 px', async () => {
  const { context, problems, home } = await phone({ viewport: { width: 360, height: 740 } });
  await home.open();
  assert.equal(await home.dimensions.count(), 8);
  assert.match(await home.dimension(4).textContent(), /Feedbackprocessen stimuleren/);
  assert.match(await home.dimension(4).textContent(), /Hoe zorg je voor een cultuur waarin alle medewerkers elkaar feedback geven\?/);
  assert.equal(await home.horizontalOverflow(), 0, 'no horizontal scroll');
  assert.equal(await home.language(), 'nl');
  assertClean(problems);
  await context.close();
});

for (const lang of LANGUAGES) {
  test(`[${lang}] a card opened by deep link keeps a marked suggestion and its note across a reload`, async () => {
    const t = (nl, en) => (lang === 'en' ? en : nl);
    const { context, problems, card, home } = await phone({ lang });
    await card.open('feedbackprocessen');
    assert.equal(await card.heading.textContent(), t('Feedbackprocessen stimuleren', 'Encouraging feedback processes'));
    assert.equal(await card.suggestions.count(), 15);
    assert.equal(await card.quotes.count(), 2);
    const third = card.suggestion(3);
    await third.mark(t('Oppakken', 'Take up'));
    assert.equal(await third.pressed(t('Oppakken', 'Take up')), 'true');
    await third.addNote('Bespreken in het MT van maart');
    assert.match(await card.tally.textContent(), t(/1 op te pakken/, /1 to take up/));

    await card.reload();
    assert.equal(await third.pressed(t('Oppakken', 'Take up')), 'true');
    assert.equal(await third.note.inputValue(), 'Bespreken in het MT van maart');

    await home.open();
    assert.match(await home.tally(4).textContent(), t(/1 van 15 gemarkeerd/, /1 of 15 marked/));
    assertClean(problems);
    await context.close();
  });
}

test('a card confirms what was done: Maak actie links to the plan, a new note gets the cursor and says it is kept', async () => {
  const { context, page, problems, plans, plan, card } = await phone();
  await plans.open();
  await plans.create({ name: 'MT Zuid', start: '2027-03-01' });
  await card.open('feedbackprocessen');
  const third = card.suggestion(3);
  await third.mark('Oppakken');
  await third.makeAction();
  await third.actionConfirmation.waitFor();
  assert.equal(await third.actionConfirmation.textContent(), '✓ Actie toegevoegd aan MT Zuid');
  // In the colour of "done" (--done), not of a warning.
  assert.equal(await third.actionConfirmation.evaluate((el) => getComputedStyle(el).color), 'rgb(31, 111, 63)');
  assert.equal(await third.item.getByRole('button', { name: 'Maak actie' }).count(), 0);

  // The cursor is in the new note at once: typing goes into it.
  await third.openNote();
  await card.waitForFocus(third.note);
  await page.keyboard.type('Bespreken in het MT');
  assert.equal(await third.note.inputValue(), 'Bespreken in het MT');
  await third.leaveNote();
  await third.noteSaved.waitFor();
  assert.equal((await card.stored()).suggestions['feedbackprocessen.03'].note, 'Bespreken in het MT');

  await mkdir(`${ROOT}tests/e2e/artifacts/confirm`, { recursive: true });
  await third.item.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: `${ROOT}tests/e2e/artifacts/confirm/card-action-and-note.png` });

  await card.press(third.actionPlanLink);
  await plan.waitForHeading('MT Zuid');
  assert.equal(await plan.actions.count(), 1);
  assert.match(await plan.actions.first().textContent(), /Medewerkers vooral stimuleren om feedback te vragen/);
  assertClean(problems);
  await context.close();
});

test('searching "eigenaarschap" lists card 7 and a result opens the card at that spot', async () => {
  const { context, page, problems, search, card } = await phone();
  await search.open();
  await search.search('eigenaarschap');
  assert.equal(await search.groups.count(), 1);
  assert.equal(await search.groups.first().textContent(), '7. Eigenaarschap creëren door leiderschapskansen');
  assert.equal(await search.matches.first().textContent(), 'Eigenaarschap');
  assert.match(page.url(), /#\/zoeken\?q=eigenaarschap$/);

  await search.search('bespreekcultuur');
  await search.openResult(0);
  await card.waitForFocus(card.suggestion(2).item);
  assert.equal(await card.heading.textContent(), 'Feedbackprocessen stimuleren');

  await page.goBack();
  await search.box.waitFor();
  assert.equal(await search.box.inputValue(), 'bespreekcultuur');
  assertClean(problems);
  await context.close();
});

test('damaged stored data is kept under a backup key, reported, and downloadable', async () => {
  const damaged = '{"format":"ontwikkelkaarten","version":1,"suggestions":{"partners.01":{"status":';
  const { context, problems, home, card } = await phone({
    initScript: `if (!sessionStorage.getItem('seeded')) { localStorage.setItem('ontwikkelkaarten', ${JSON.stringify(damaged)}); sessionStorage.setItem('seeded', '1'); }`,
  });
  await home.open();
  const notice = home.errorNotice;
  assert.match(await notice.textContent(), /konden niet worden gelezen/);
  assert.match(await notice.textContent(), /regel 1, kolom \d+/);
  assert.equal(await home.storedText('ontwikkelkaarten.beschadigd'), damaged);
  assert.equal(await home.storedText(), damaged, 'nothing overwritten before a change');

  const download = await home.download(notice.getByRole('button', { name: 'Gegevens downloaden' }));
  const { readFile } = await import('node:fs/promises');
  assert.equal(await readFile(await download.path(), 'utf8'), damaged);

  // The app is usable and starts clean; the backup stays.
  await card.open('partners');
  await card.suggestion(2).mark('Al gerealiseerd');
  const stored = await card.stored();
  assert.deepEqual(stored.suggestions, { 'partners.02': { status: 'gerealiseerd' } });
  assert.equal(await card.storedText('ontwikkelkaarten.beschadigd'), damaged);
  assertClean(problems);
  await context.close();
});

test('storage that throws: the app still works in memory and says so calmly', async () => {
  const { context, problems, card } = await phone({
    initScript: `Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('geblokkeerd', 'SecurityError'); } });`,
  });
  await card.open('teamleren');
  assert.match(await card.warningNotice.textContent(), /blijven niet bewaard/);
  const first = card.suggestion(1);
  await first.mark('Oppakken');
  assert.equal(await first.pressed('Oppakken'), 'true');
  assert.match(await card.tally.textContent(), /1 op te pakken/);
  assertClean(problems);
  await context.close();
});

test('a full storage on save: a clear notice and nothing lost in the page', async () => {
  const { context, problems, card } = await phone({
    initScript: `Storage.prototype.setItem = function () { throw new DOMException('vol', 'QuotaExceededError'); };`,
  });
  await card.open('teamleren');
  assert.equal(await card.notices.count(), 0);
  const second = card.suggestion(2);
  await second.mark('Al gerealiseerd');
  assert.match(await card.warningNotice.textContent(), /niet worden opgeslagen/);
  assert.equal(await second.pressed('Al gerealiseerd'), 'true');
  await card.suggestion(3).mark('Niet nu');
  assert.equal(await card.warningNotice.count(), 1, 'the notice is not repeated');
  assert.match(await card.tally.textContent(), /1 al gerealiseerd · 0 op te pakken · 1 niet nu/);
  assertClean(problems);
  await context.close();
});

for (const lang of LANGUAGES) {
  test(`[${lang}] unknown routes show "niet gevonden" with a way home; back and forward work`, async () => {
    const t = (nl, en) => (lang === 'en' ? en : nl);
    const { context, page, problems, app: site, home, card } = await phone({ lang });
    await site.open('#/bestaat-niet');
    assert.equal(await site.heading.textContent(), t('Pagina niet gevonden', 'Page not found'));
    await site.follow(t('Naar het overzicht van de kaarten', 'Go to the overview of the cards'));
    await home.dimensions.first().waitFor();
    await home.openCard(7);
    await card.waitForHeading(t('Eigenaarschap creëren door leiderschapskansen', 'Creating ownership through leadership opportunities'));
    await card.follow(t(/8\. Structuur en beleid/, /8\. Structure and policy/));
    await card.waitForHash('#/kaart/structuur-en-beleid');
    await page.goBack();
    await card.waitForHash('#/kaart/eigenaarschap');
    assert.equal(await card.heading.textContent(), t('Eigenaarschap creëren door leiderschapskansen', 'Creating ownership through leadership opportunities'));
    await page.goForward();
    await card.waitForHeading(t('Voorwaarden creëren in organisatiestructuur en beleid', 'Creating the right conditions in organisational structure and policy'));
    await site.open('#/kaart/onbekend');
    assert.equal(await site.heading.textContent(), t('Pagina niet gevonden', 'Page not found'));
    assertClean(problems);
    await context.close();
  });
}

test('touch targets are at least 44 px and a suggestion can be marked by keyboard', async () => {
  const { context, page, problems, card } = await phone();
  await card.open('gedeelde-visie');
  assert.deepEqual(await card.smallTouchTargets(), []);

  const first = card.suggestion(1);
  await first.status('Al gerealiseerd').focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  assert.equal(await first.pressed('Oppakken'), 'true');
  await page.keyboard.press('Space');
  assert.equal(await first.pressed('Oppakken'), 'false');
  assertClean(problems);
  await context.close();
});

test('the guide shows the deck\'s own introduction and guidance', async () => {
  const { context, problems, guide } = await phone();
  await guide.open();
  const text = await guide.main.textContent();
  assert.match(text, /Leidinggeven aan een lerende organisatie, hoe doe je dat\?/);
  assert.match(text, /Kies een dimensie uit die nog minder sterk ontwikkeld is/);
  assert.equal(await guide.dimensions.count(), 8);
  assertClean(problems);
  await context.close();
});

test('a deep link to a spot on a card focuses that spot once the card has loaded', async () => {
  const { context, problems, card } = await phone({ serviceWorkers: 'block' });
  await card.open('teamleren/verder-lezen');
  await card.waitForFocus(card.furtherReading);
  assert.equal(await card.heading.first().textContent(), 'Teamleren en samenwerken bevorderen');
  assertClean(problems);
  await context.close();
});
