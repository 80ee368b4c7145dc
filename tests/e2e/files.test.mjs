// End-to-end tests of export, import, the team view, share links and two tabs.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useApp, phonePage, appReady, assertClean, finishScanByKeys } from './support.mjs';

const app = useApp();
let dir;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ontwikkelkaarten-'));
});

const STATEMENTS = ['gedeelde-visie', 'leren-op-de-werkvloer', 'teamleren', 'feedbackprocessen', 'partners', 'kwaliteitscultuur', 'eigenaarschap', 'structuur-en-beleid']
  .flatMap((d) => [`${d}.u1`, `${d}.u2`]);

/** A member's exported scan file: every statement `base`, feedback as given. */
async function memberFile(name, respondent, base, feedback) {
  const answers = Object.fromEntries(STATEMENTS.map((s) => [s, base]));
  answers['feedbackprocessen.u1'] = feedback[0];
  answers['feedbackprocessen.u2'] = feedback[1];
  const doc = {
    format: 'ontwikkelkaarten', version: 1, app_version: '0.1.0', exported_at: '2026-11-20T10:00:00',
    suggestions: {}, plans: [],
    scans: [{ id: `scan-${name}`, label: 'Nulmeting', respondent, role: '', organisation: 'MT Noord', started: '2026-11-20T09:00:00', finished: '2026-11-20T09:06:00', answers }],
  };
  const path = join(dir, `${name}.json`);
  await writeFile(path, JSON.stringify(doc));
  return path;
}

async function stored(page) {
  return JSON.parse(await page.evaluate(() => localStorage.getItem('ontwikkelkaarten')));
}

test('export everything, clear storage, import the real file: the identical state', async () => {
  const { context, page, problems } = await phonePage(app.browser);
  await page.goto(app.server.url + '#/kaart/partners');
  await appReady(page);
  await page.locator('[id="suggestie-partners.01"] .status-oppakken').tap();
  await page.goto(app.server.url + '#/plannen');
  await appReady(page);
  await page.locator('#plan-naam').fill('Traject “2027”, <b>vet</b>');
  await page.getByRole('button', { name: 'Plan maken' }).tap();
  await page.waitForSelector('article.plan');
  const before = await stored(page);

  await page.goto(app.server.url + '#/bestanden');
  await appReady(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Alles exporteren' }).tap()]);
  assert.match(download.suggestedFilename(), /^ontwikkelkaarten-\d{4}-\d{2}-\d{2}\.json$/);
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  const exported = JSON.parse(await readFile(path, 'utf8'));
  assert.equal(exported.format, 'ontwikkelkaarten');
  assert.equal(exported.version, 1);
  assert.ok(exported.app_version && exported.exported_at);

  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await appReady(page);
  await page.locator('#bestand-inlezen').setInputFiles(path);
  const preview = page.locator('.file-preview');
  await preview.waitFor();
  assert.match(await preview.textContent(), /Bevat 0 scans, 1 plan, 1 gemarkeerde suggesties/);
  assert.match(await preview.textContent(), /Plannen: 1 nieuw, 0 al aanwezig, 0 met verschillen/);
  await page.getByRole('button', { name: 'Samenvoegen' }).tap();
  await page.waitForSelector('text=Samengevoegd');
  const after = await stored(page);
  assert.deepEqual(after.suggestions, before.suggestions);
  assert.deepEqual(after.plans, before.plans);
  assert.deepEqual(after.scans, before.scans);

  // Importing the same file again duplicates nothing.
  await page.locator('#bestand-inlezen').setInputFiles(path);
  await preview.waitFor();
  assert.match(await preview.textContent(), /Alles uit dit bestand staat al op dit apparaat/);
  await page.getByRole('button', { name: 'Samenvoegen' }).tap();
  await page.waitForSelector('text=Samengevoegd: 0 scans, 0 plannen en 0 markeringen toegevoegd.');
  assert.equal((await stored(page)).plans.length, 1);
  assertClean(problems);
  await context.close();
});

test('a damaged, a foreign and a newer file each get their own Dutch error and change nothing', async () => {
  const { context, page, problems } = await phonePage(app.browser);
  await page.goto(app.server.url + '#/kaart/teamleren');
  await appReady(page);
  await page.locator('[id="suggestie-teamleren.01"] .status-gerealiseerd').tap();
  const before = await page.evaluate(() => localStorage.getItem('ontwikkelkaarten'));
  const damaged = join(dir, 'kapot.json');
  await writeFile(damaged, '{"format":"ontwikkelkaarten","version":1,\n"scans":[{"id":');
  const foreign = join(dir, 'ander.json');
  await writeFile(foreign, '{"name":"iets anders"}');
  const newer = join(dir, 'nieuwer.json');
  await writeFile(newer, '{"format":"ontwikkelkaarten","version":9}');
  const empty = join(dir, 'leeg.json');
  await writeFile(empty, '');
  await page.goto(app.server.url + '#/bestanden');
  await appReady(page);
  await page.locator('#bestand-inlezen').setInputFiles([damaged, foreign, newer, empty]);
  await page.waitForSelector('.file-error');
  const errors = await page.locator('.file-error').allTextContents();
  assert.equal(errors.length, 4);
  assert.match(errors[0], /beschadigd: geen geldige JSON \(regel 2, kolom \d+\)/);
  assert.match(errors[1], /geen bestand van Ontwikkelkaarten/);
  assert.match(errors[2], /nieuwere versie van de app \(formaatversie 9/);
  assert.match(errors[3], /Het bestand is leeg/);
  assert.equal(await page.getByRole('button', { name: 'Samenvoegen' }).count(), 0);
  assert.equal(await page.evaluate(() => localStorage.getItem('ontwikkelkaarten')), before);
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('three member files: the team view matches a hand calculation; names hidden until shown', async () => {
  const files = [
    await memberFile('anna', 'Anna', 4, [1, 2]), // feedback 1,5
    await memberFile('bram', '<img src=x onerror=alert(1)>', 3, [3, 3]), // feedback 3,0
    await memberFile('chris', 'Chris', 2, [5, 4]), // feedback 4,5
  ];
  const { context, page, problems } = await phonePage(app.browser);
  await page.goto(app.server.url + '#/team');
  await appReady(page);
  await page.locator('#team-inlezen').setInputFiles(files);
  await page.waitForSelector('.team-table');
  assert.match(await page.locator('.team h2').first().textContent(), /3 deelnemers/);
  assert.deepEqual(await page.locator('.members li').allTextContents(), ['Deelnemer 1', 'Deelnemer 2', 'Deelnemer 3']);

  const row = async (id) => page.locator(`.team-table tr[data-card="${id}"] td`).allTextContents();
  // Feedback: 1,5 / 3,0 / 4,5 → mean 3,0, median 3,0, lowest 1,5, highest 4,5.
  assert.deepEqual(await row('feedbackprocessen'), ['3,0', '3,0', '1,5', '4,5', '3']);
  assert.match(await page.locator('.team-table tr[data-card="feedbackprocessen"]').textContent(), /grote spreiding/);
  // Visie: 4 / 3 / 2 → mean 3,0, median 3,0, 2,0 to 4,0.
  assert.deepEqual(await row('gedeelde-visie'), ['3,0', '3,0', '2,0', '4,0', '3']);
  assert.match(await page.locator('.starters').textContent(), /4\. Feedbackprocessen stimuleren — van 1,5 tot 4,5/);
  assert.equal(await page.locator('.radar-band').count(), 1);

  await page.getByText('Namen tonen').tap();
  assert.match(await page.locator('.members').textContent(), /<img src=x onerror=alert\(1\)>/);
  assert.equal(await page.locator('.members img').count(), 0);

  // The same file again counts once.
  await page.locator('#team-inlezen').setInputFiles(files[0]);
  await page.waitForSelector('text=al ingelezen en telt één keer');
  assert.match(await page.locator('.team h2').first().textContent(), /3 deelnemers/);

  await page.locator('#team-label').fill('MT Noord november');
  await page.getByRole('button', { name: 'Bewaar bij mijn scans' }).tap();
  await page.waitForSelector('.scan-result');
  assert.match(await page.locator('h1').textContent(), /MT Noord november/);
  assert.equal(await page.locator('.scores tr[data-card="feedbackprocessen"] td').first().textContent(), '3,0');
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('a scan shared by link opens read-only elsewhere and can be kept', async () => {
  const { context, page, problems } = await phonePage(app.browser);
  await page.goto(app.server.url + '#/scan');
  await appReady(page);
  await page.locator('#scan-label').fill('Gedeeld <script>');
  await page.getByRole('button', { name: 'Start de scan' }).tap();
  await finishScanByKeys(page, (i) => String((i % 5) + 1));
  await page.getByRole('button', { name: 'Deel als link' }).tap();
  const link = await page.locator('#deel-link').inputValue();
  assert.match(link, /#\/gedeeld\/[A-Za-z0-9_-]+$/);
  assert.ok(link.startsWith(app.server.url));
  await context.close();

  const other = await phonePage(app.browser);
  await other.page.goto(link);
  await appReady(other.page);
  assert.match(await other.page.locator('main').textContent(), /Gedeelde scan: alleen bekijken/);
  assert.equal(await other.page.locator('h1').textContent(), 'Resultaat: Gedeeld <script>');
  await other.page.getByRole('button', { name: 'Bewaren op dit apparaat' }).tap();
  await other.page.waitForFunction(() => location.hash.startsWith('#/scan/resultaat/'));
  assert.equal((await stored(other.page)).scans.length, 1);

  await other.page.goto(app.server.url + '#/gedeeld/bm9nIGVlbiBzdHVr');
  await appReady(other.page);
  assert.equal(await other.page.locator('h1').textContent(), 'Deze link werkt niet');
  assert.deepEqual(problems.errors, []);
  assert.deepEqual(other.problems.errors, []);
  await other.context.close();
});

test('two tabs: a change in one shows in the other, and neither overwrites the other', async () => {
  const { context, page: a, problems } = await phonePage(app.browser);
  await a.goto(app.server.url + '#/kaart/partners');
  await appReady(a);
  const b = await context.newPage();
  await b.goto(app.server.url + '#/kaart/partners');
  await appReady(b);

  await a.locator('[id="suggestie-partners.01"] .status-oppakken').tap();
  await b.waitForFunction(() => document.querySelector('[id="suggestie-partners.01"] .status-oppakken')?.getAttribute('aria-pressed') === 'true');
  assert.match(await b.locator('.notice').textContent(), /ander tabblad/);

  // Now B changes something else: A's change must survive.
  await b.locator('[id="suggestie-partners.02"] .status-niet-nu').tap();
  await a.waitForFunction(() => document.querySelector('[id="suggestie-partners.02"] .status-niet-nu')?.getAttribute('aria-pressed') === 'true');
  const doc = await stored(a);
  assert.deepEqual(doc.suggestions, { 'partners.01': { status: 'oppakken' }, 'partners.02': { status: 'niet-nu' } });

  // A newer version in A writes what B cannot read: B says so and stops saving over it.
  const newer = JSON.stringify({ format: 'ontwikkelkaarten', version: 99, suggestions: {} });
  await a.evaluate((text) => localStorage.setItem('ontwikkelkaarten', text), newer);
  await b.waitForSelector('text=slaat niets meer op');
  await b.locator('[id="suggestie-partners.03"] .status-oppakken').tap();
  assert.equal(await b.locator('[id="suggestie-partners.03"] .status-oppakken').getAttribute('aria-pressed'), 'true');
  assert.equal(await b.evaluate(() => localStorage.getItem('ontwikkelkaarten')), newer, 'not overwritten');
  assert.deepEqual(problems.errors, []);
  await context.close();
});
