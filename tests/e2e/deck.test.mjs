// A consultancy's own deck: the example in tests/fixtures/deck, built by the test command
// with scripts/build-deck.sh into target/dist-deck. It shows its own name, colours, cards
// and statements from the first paint, keeps its data under its own key, and its files
// and the standard deck's never mix.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveDist, launch, phonePage, assertClean, holdApp, ROOT } from './support.mjs';
import { pages } from './pages/index.mjs';

const DECK_DIST = join(ROOT, 'target', 'dist-deck');
let deck, standard, browser, dir;

before(async () => {
  assert.ok(
    existsSync(join(DECK_DIST, 'index.html')),
    'the example deck is not built: run ./scripts/build-deck.sh tests/fixtures/deck target/dist-deck',
  );
  deck = await serveDist({ dist: DECK_DIST });
  standard = await serveDist();
  browser = await launch();
  dir = await mkdtemp(join(tmpdir(), 'ontwikkelkaarten-deck-'));
});

after(async () => {
  await browser?.close();
  await deck?.close();
  await standard?.close();
});

async function phoneOn(server) {
  const session = await phonePage(browser, { server });
  return { ...session, ...pages(session.page, { url: server.url }) };
}

test('the static page of the example deck shows its own name, colour and cards before the app arrives', async () => {
  const { page, problems } = await phoneOn(deck);
  const release = await holdApp(page);
  await page.goto(deck.url);
  assert.equal(await page.title(), 'Koerskaarten – Koers Advies');
  await page.getByRole('banner').getByRole('link', { name: 'Koerskaarten' }).waitFor();
  await page.getByRole('heading', { level: 1, name: 'Koers houden als team' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'De vier dimensies' }).waitFor();
  const dimensions = page.getByRole('main').getByRole('heading', { level: 3 });
  assert.deepEqual(await dimensions.allTextContents(), [
    'Samen richting kiezen',
    'Van en met elkaar leren',
    'Elkaar terugkoppeling geven',
    'Ruimte geven en nemen',
  ]);
  assert.match(await page.getByText(/korte stellingen/).first().textContent(), /Beantwoord 8 korte stellingen/);
  // Its brand colour on the buttons, and in the phone's title bar.
  const button = page.getByRole('link', { name: 'Doe de zelfscan' });
  assert.equal(await button.evaluate((el) => getComputedStyle(el).backgroundColor), 'rgb(107, 45, 92)');
  assert.equal(await page.locator('meta[name="theme-color"]').getAttribute('content'), '#6b2d5c');
  const manifest = JSON.parse(await readFile(join(DECK_DIST, 'manifest.webmanifest'), 'utf8'));
  assert.equal(manifest.short_name, 'Koerskaarten');
  assert.equal(manifest.theme_color, '#6b2d5c');
  release();
  assertClean(problems);
});

test('the example deck works as the app: its card, its scan of 8 statements, its track, its data under its own key', async () => {
  const { page, problems, card, scanStart, plans, plan } = await phoneOn(deck);
  await card.open('samen-leren');
  await card.waitForHeading('Van en met elkaar leren');
  await page.getByRole('main').getByText('Koerskaart 2 van 4', { exact: true }).waitFor();
  assert.equal(await page.title(), 'Van en met elkaar leren — Koerskaarten');
  assert.equal(await card.suggestions.count(), 4);
  assert.match(await page.getByRole('main').textContent(), /Ervaring HR-adviseur/);
  await card.suggestion(1).mark('Oppakken');

  await scanStart.open();
  await scanStart.start({ label: 'Eerste keer' });
  await page.getByRole('main').getByText('1 van 8', { exact: true }).waitFor();

  // Its own track is the one the planner starts from, with its own team size.
  await plans.open();
  assert.equal(await plans.main.getByLabel('Begin met').inputValue(), 'koers-in-drie-dagen');
  await plans.setTeam(['Ans', 'Bob']);
  assert.equal(await plans.teamHint.textContent(), 'Let op: 2 deelnemers. Dit traject is gemaakt voor 4 tot 10 deelnemers.');
  await plans.create({ name: 'Koers 2027' });
  assert.deepEqual(await plan.sessionTitles(), ['Dag 1: richting kiezen', 'Dag 2: samen leren', 'Dag 3: terugkijken']);

  const keys = await page.evaluate(() => Object.keys(localStorage));
  assert.ok(keys.includes('koers-advies'), keys.join(', '));
  assert.ok(!keys.includes('ontwikkelkaarten'), keys.join(', '));
  const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('koers-advies')));
  assert.equal(stored.deck, 'koers-advies');
  assert.equal(stored.suggestions['samen-leren.01'].status, 'oppakken');
  assertClean(problems);
});

test("files of the example deck and of the standard deck refuse each other's with a clear message", async () => {
  const ours = await phoneOn(deck);
  await ours.card.open('ruimte');
  await ours.card.suggestion(2).mark('Oppakken');
  await ours.files.open();
  const download = await ours.files.exportAll();
  assert.match(download.suggestedFilename(), /^koers-advies-\d{4}-\d{2}-\d{2}\.json$/);
  const deckFile = join(dir, download.suggestedFilename());
  await download.saveAs(deckFile);

  const theirs = await phoneOn(standard);
  await theirs.card.open('partners');
  await theirs.card.suggestion(1).mark('Oppakken');
  await theirs.files.open();
  const standardDownload = await theirs.files.exportAll();
  const standardFile = join(dir, standardDownload.suggestedFilename());
  await standardDownload.saveAs(standardFile);

  // The standard app does not take the deck's file …
  const before = await theirs.files.stored();
  await theirs.files.importFiles(deckFile);
  await theirs.files.errors.waitFor();
  assert.match(
    await theirs.files.errors.textContent(),
    /hoort bij een andere kaartenset \(“koers-advies”\) dan deze app \(“ontwikkelkaarten”\)/,
  );
  assert.equal(await theirs.files.previews.count(), 0);
  assert.deepEqual(await theirs.files.stored(), before);

  // … and the deck's app does not take the standard one's.
  await ours.files.importFiles(standardFile);
  await ours.files.errors.waitFor();
  assert.match(
    await ours.files.errors.textContent(),
    /hoort bij een andere kaartenset \(“ontwikkelkaarten”\) dan deze app \(“koers-advies”\)/,
  );
  assertClean(ours.problems);
  assertClean(theirs.problems);
});

test('a deck with only Dutch content stays Dutch for an English browser, without a switch, and ignores ?lang=en', async () => {
  const session = await phonePage(browser, { server: deck, locale: 'en-GB' });
  const { app: site } = pages(session.page, { url: deck.url });
  for (const address of ['', '?lang=en']) {
    await site.open(address);
    assert.equal(new URL(session.page.url()).pathname.endsWith('en.html'), false, `${address}: no English page`);
    assert.equal(await session.page.evaluate(() => document.documentElement.lang), 'nl');
    assert.equal(await site.header.getByRole('link', { name: 'English', includeHidden: true }).count(), 0, 'no switch');
  }
  assertClean(session.problems);
  await session.context.close();
});
