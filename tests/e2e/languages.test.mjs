// End-to-end tests of the two languages: which one a visitor gets, the switch, and that the
// English edition shows no Dutch. (The main journeys run in both languages in their own
// files; see LANGUAGES in support.mjs.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useApp, phonePage, assertClean, holdApp, appReady, serveHost } from './support.mjs';
import { pages, EmbedHost } from './pages/index.mjs';

// CORS: a host page on another origin loads embed.js.
const app = useApp({ cors: true });

async function phone(lang, options = {}) {
  const session = await phonePage(app.browser, options);
  return { ...session, ...pages(session.page, { url: app.server.url, lang }) };
}

/** The card ids in deck order, from the content files. */
const CARD_IDS = ['gedeelde-visie', 'leren-op-de-werkvloer', 'teamleren', 'feedbackprocessen', 'partners', 'kwaliteitscultuur', 'eigenaarschap', 'structuur-en-beleid'];

/** A field of content/en/deck.toml, such as the home page's title. */
async function englishDeck(field) {
  const toml = await readFile(new URL('../../content/en/deck.toml', import.meta.url), 'utf8');
  return toml.match(new RegExp(`^${field} = "([^"]*)"`, 'm'))[1];
}

/**
 * Words that are Dutch and not English. A text is searched word by word, so "de" in
 * "decide" or "en" in "entire" does not count.
 */
const DUTCH = ['de', 'het', 'een', 'van', 'en', 'niet', 'voor', 'met', 'zijn', 'jullie', 'je', 'jouw', 'wij', 'ons', 'onze', 'naar', 'bij', 'ook', 'wat', 'deze', 'dit', 'dat', 'op', 'te', 'kaart', 'kaarten', 'stelling', 'stellingen', 'suggestie', 'suggesties', 'uitdaging', 'uitdagingen', 'leidinggevende', 'leidinggevenden', 'medewerkers', 'organisatie', 'zelfscan', 'reisplanner', 'bestanden', 'zoeken', 'oppakken', 'gerealiseerd', 'notitie'];

/**
 * The Dutch words in what `page` shows, outside the parts marked as in another language
 * than the page's (`lang="nl"` on the switch "Nederlands"), the brand and the
 * further-reading titles (Dutch sources keep their titles).
 */
async function dutchWords(page) {
  const text = await page.evaluate(() => {
    const own = document.documentElement.lang;
    const skip = (el) => el.closest('[lang]')?.lang !== own || el.closest('.brand, #verder-lezen .reading');
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const parts = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || skip(el) || el.closest('[hidden], script, style, noscript, [data-ok-staging]')) continue;
      parts.push(node.textContent);
    }
    const attributes = [...document.querySelectorAll('[aria-label], [placeholder], [title]')]
      .filter((el) => !skip(el))
      .flatMap((el) => ['aria-label', 'placeholder', 'title'].map((a) => el.getAttribute(a) ?? ''));
    return [...parts, ...attributes, document.title].join(' ');
  });
  const words = text.toLowerCase().split(/[^a-zà-ÿ]+/);
  return [...new Set(words.filter((w) => DUTCH.includes(w)))];
}

test('a visitor whose browser speaks English gets the English static page before the app arrives, then the app in English', async () => {
  const { context, page, problems, home } = await phone('en', { locale: 'en-GB' });
  const release = await holdApp(page);
  // The Dutch page hands over to the English one before anything is painted.
  await page.goto(app.server.url);
  await page.waitForURL(/en\.html$/);
  const title = await englishDeck('home_title');
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.deepEqual(await dutchWords(page), [], 'the static English page has no Dutch');
  release();
  await appReady(page);
  await home.waitForHeading(title);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.equal(await home.header.getByRole('link', { name: 'Nederlands', includeHidden: true }).getAttribute('lang'), 'nl', 'the switch to Dutch is in the menu');
  assertClean(problems);
  await context.close();
});

test('?lang=en opens English for a Dutch browser; the switch keeps the page and is remembered', async () => {
  const { context, page, problems, card } = await phone('nl');
  await page.goto(`${app.server.url}?lang=en#/kaart/partners`);
  await appReady(page);
  assert.match(page.url(), /en\.html\?lang=en#\/kaart\/partners$/);
  await card.waitForHeading('Collaborating with partners to learn from them');

  // To Dutch, on the same card, from the menu.
  await card.menuButton.tap();
  await card.press(card.header.getByRole('link', { name: 'Nederlands' }));
  await page.waitForURL(/\/\?lang=nl#\/kaart\/partners$/);
  await appReady(page);
  await card.waitForHeading('Samenwerken met partners om van te leren');
  assert.equal(await page.evaluate(() => localStorage.getItem('ontwikkelkaarten.taal')), 'nl');

  // Remembered: the English page, opened again, hands over to Dutch.
  await page.goto(`${app.server.url}en.html#/`);
  await page.waitForURL((url) => !url.pathname.endsWith('en.html'));
  await appReady(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'nl');

  // And back to English with the switch on the home page.
  await card.menuButton.tap();
  await card.press(card.header.getByRole('link', { name: 'English' }));
  await page.waitForURL(/en\.html\?lang=en#\/$/);
  await appReady(page);
  assert.equal(await page.evaluate(() => localStorage.getItem('ontwikkelkaarten.taal')), 'en');
  await page.goto(app.server.url);
  await page.waitForURL(/en\.html$/);
  assertClean(problems);
  await context.close();
});

test('in English, home and every card show no Dutch, and each card as many suggestions as in Dutch', async () => {
  const dutch = await phone('nl');
  const english = await phone('en', { locale: 'en-GB' });
  await english.home.open();
  assert.deepEqual(await dutchWords(english.page), [], 'home');
  for (const id of CARD_IDS) {
    await dutch.card.open(id);
    await english.card.open(id);
    assert.deepEqual(await dutchWords(english.page), [], `card ${id}`);
    assert.ok((await dutchWords(dutch.page)).length >= 10, `the check finds the Dutch of card ${id} in Dutch`);
    const count = await dutch.card.suggestions.count();
    assert.ok(count >= 9, `card ${id} has its suggestions in Dutch`);
    assert.equal(await english.card.suggestions.count(), count, `card ${id}: as many suggestions in English`);
  }
  assertClean(english.problems);
  await dutch.context.close();
  await english.context.close();
});

test('a file exported in English opens in Dutch, with its marks and its plan', async () => {
  const { context, problems, card, plans, files } = await phone('en', { locale: 'en-GB' });
  await card.open('partners');
  await card.suggestion(2).mark('Take up');
  await plans.open();
  await plans.create({ name: 'Journey 2027' });
  await files.open();
  const download = await files.exportAll();
  const path = await download.path();

  const dutch = await phone('nl');
  await dutch.files.open();
  await dutch.files.importFiles(path);
  await dutch.files.previews.waitFor();
  assert.match(await dutch.files.previews.textContent(), /Bevat 0 scans, 1 plan, 1 gemarkeerde suggesties/);
  await dutch.files.merge();
  await dutch.card.open('partners');
  assert.equal(await dutch.card.suggestion(2).pressed('Oppakken'), 'true');
  assertClean(problems);
  assertClean(dutch.problems);
  await context.close();
  await dutch.context.close();
});

test('embed.js mounts the language the host asks for with data-lang, until the user chooses another with the switch', async () => {
  const host = await serveHost({
    '/element': `<!DOCTYPE html><html lang="en"><head><link rel="icon" href="data:,"><title>Host</title></head><body><h1>Consultancy</h1>
      <div id="hier" data-ontwikkelkaarten data-start="planner" data-lang="en"></div>
      <script type="module" src="${app.server.url}embed.js"></script></body></html>`,
  });
  const { context, page, problems } = await phonePage(app.browser, { allowed: [host.url] });
  const embed = new EmbedHost(page);
  try {
    await page.goto(`${host.url}/element`);
    await appReady(page);
    const heading = embed.mountPoint.getByRole('heading', { level: 1 });
    await embed.mountPoint.getByRole('heading', { level: 1, name: 'Journey planner' }).waitFor();
    assert.equal(await embed.mountPoint.getAttribute('lang'), 'en');
    // The switch reloads the host page, which then mounts the Dutch build.
    const reloaded = page.waitForEvent('load');
    await embed.mountPoint.getByRole('link', { name: 'Nederlands' }).click();
    await reloaded;
    await appReady(page);
    await embed.mountPoint.getByRole('heading', { level: 1, name: 'Reisplanner' }).waitFor();
    assert.equal(await heading.textContent(), 'Reisplanner');
    assert.equal(await page.evaluate(() => localStorage.getItem('ontwikkelkaarten.taal')), 'nl');
    assertClean(problems);
  } finally {
    await context.close();
    await host.close();
  }
});
