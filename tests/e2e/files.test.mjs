// End-to-end tests of export, import, the team view, share links and two tabs.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useApp, phonePage, assertClean, ROOT, LANGUAGES } from './support.mjs';
import { pages } from './pages/index.mjs';
import { memberFile as writeMemberFile } from './member-files.mjs';

const app = useApp();
let dir;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ontwikkelkaarten-'));
});

/** A phone page with the page objects of edition `lang` (the browser speaks that language). */
async function phone({ lang = 'nl', ...options } = {}) {
  const session = await phonePage(app.browser, { locale: lang === 'en' ? 'en-GB' : 'nl-NL', ...options });
  return { ...session, ...pages(session.page, { url: app.server.url, lang }) };
}

/** A member's exported scan file in this run's folder. */
const memberFile = (...args) => writeMemberFile(dir, ...args);

for (const lang of LANGUAGES) {
  test(`[${lang}] export everything, clear storage, import the real file: the identical state`, async () => {
    const t = (nl, en) => (lang === 'en' ? en : nl);
    const { context, problems, card, plans, files } = await phone({ lang });
    await card.open('partners');
    await card.suggestion(1).mark(t('Oppakken', 'Take up'));
    await plans.open();
    await plans.create({ name: 'Traject “2027”, <b>vet</b>' });
    const before = await plans.stored();

    await files.open();
    const download = await files.exportAll();
    assert.match(download.suggestedFilename(), /^ontwikkelkaarten-\d{4}-\d{2}-\d{2}\.json$/);
    const path = join(dir, download.suggestedFilename());
    await download.saveAs(path);
    const exported = JSON.parse(await readFile(path, 'utf8'));
    assert.equal(exported.format, 'ontwikkelkaarten');
    assert.equal(exported.version, 1);
    assert.ok(exported.app_version && exported.exported_at);

    await files.clearStorage();
    await files.reload();
    await files.importFiles(path);
    const preview = files.previews;
    await preview.waitFor();
    assert.match(await preview.textContent(), t(/Bevat 0 scans, 1 plan, 1 gemarkeerde suggesties/, /Contains 0 scans, 1 plan, 1 marked suggestions/));
    assert.match(await preview.textContent(), t(/Plannen: 1 nieuw, 0 al aanwezig, 0 met verschillen/, /Plans: 1 new, 0 already here, 0 with differences/));
    await files.merge();
    const after = await files.stored();
    assert.deepEqual(after.suggestions, before.suggestions);
    assert.deepEqual(after.plans, before.plans);
    assert.deepEqual(after.scans, before.scans);

    // Importing the same file again duplicates nothing.
    await files.importFiles(path);
    await preview.waitFor();
    assert.match(await preview.textContent(), t(/Alles uit dit bestand staat al op dit apparaat/, /Everything in this file is already on this device/));
    await files.merge();
    await files.doneMessage.getByText(t('Samengevoegd: 0 scans, 0 plannen en 0 markeringen toegevoegd.', 'Merged: 0 scans, 0 plans and 0 marks added.')).waitFor();
    assert.equal((await files.stored()).plans.length, 1);
    assertClean(problems);
    await context.close();
  });
}

for (const lang of LANGUAGES) {
  test(`[${lang}] a damaged, a foreign and a newer file each get their own error in the page's language and change nothing`, async () => {
    const t = (nl, en) => (lang === 'en' ? en : nl);
    const { context, problems, card, files } = await phone({ lang });
    await card.open('teamleren');
    await card.suggestion(1).mark(t('Al gerealiseerd', 'Already done'));
    const before = await card.storedText();
    const damaged = join(dir, 'kapot.json');
    await writeFile(damaged, '{"format":"ontwikkelkaarten","version":1,\n"scans":[{"id":');
    const foreign = join(dir, 'ander.json');
    await writeFile(foreign, '{"name":"iets anders"}');
    const newer = join(dir, 'nieuwer.json');
    await writeFile(newer, '{"format":"ontwikkelkaarten","version":9}');
    const empty = join(dir, 'leeg.json');
    await writeFile(empty, '');
    await files.open();
    await files.importFiles([damaged, foreign, newer, empty]);
    await files.errors.first().waitFor();
    const errors = await files.errors.allTextContents();
    assert.equal(errors.length, 4);
    assert.match(errors[0], t(/beschadigd: geen geldige JSON \(regel 2, kolom \d+\)/, /damaged: it is not valid JSON \(line 2, column \d+\)/));
    assert.match(errors[1], t(/geen bestand van Ontwikkelkaarten/, /not a file from Ontwikkelkaarten/));
    assert.match(errors[2], t(/nieuwere versie van de app \(formaatversie 9/, /newer version of the app \(format version 9/));
    assert.match(errors[3], t(/Het bestand is leeg/, /The file is empty/));
    assert.equal(await files.mergeButton.count(), 0);
    assert.equal(await files.storedText(), before);
    assert.deepEqual(problems.errors, []);
    await context.close();
  });
}

test('three member files: the team view matches a hand calculation; names hidden until shown', async () => {
  const memberFiles = [
    await memberFile('anna', 'Anna', 4, [1, 2]), // feedback 1,5
    await memberFile('bram', '<img src=x onerror=alert(1)>', 3, [3, 3]), // feedback 3,0
    await memberFile('chris', 'Chris', 2, [5, 4]), // feedback 4,5
  ];
  const { context, problems, team, result } = await phone();
  await team.open();
  await team.importFiles(memberFiles);
  await team.table.waitFor();
  assert.match(await team.participants.textContent(), /3 deelnemers/);
  assert.deepEqual(await team.members.getByRole('listitem').allTextContents(), ['Deelnemer 1', 'Deelnemer 2', 'Deelnemer 3']);

  // Feedback: 1,5 / 3,0 / 4,5 → mean 3,0, median 3,0, lowest 1,5, highest 4,5.
  assert.deepEqual(await team.figures(4), ['3,0', '3,0', '1,5', '4,5', '3']);
  assert.match(await team.row(4).textContent(), /grote spreiding/);
  // Visie: 4 / 3 / 2 → mean 3,0, median 3,0, 2,0 to 4,0.
  assert.deepEqual(await team.figures(1), ['3,0', '3,0', '2,0', '4,0', '3']);
  assert.match(await team.starters.textContent(), /4\. Feedbackprocessen stimuleren — van 1,5 tot 4,5/);
  assert.equal(await team.radar.band.count(), 1);

  await team.showNames();
  assert.match(await team.members.textContent(), /<img src=x onerror=alert\(1\)>/);
  assert.equal(await team.members.getByRole('img', { includeHidden: true }).count(), 0);

  // The same file again counts once.
  await team.importFiles(memberFiles[0]);
  await team.problem('al ingelezen en telt één keer').waitFor();
  assert.match(await team.participants.textContent(), /3 deelnemers/);

  await team.save('MT Noord november');
  assert.match(await result.heading.textContent(), /MT Noord november/);
  assert.equal(await result.score(4).textContent(), '3,0');
  assert.deepEqual(problems.errors, []);
  await context.close();
});

const ARTIFACTS = `${ROOT}tests/e2e/artifacts/confirm`;

test('a scan shared by a copied link opens read-only elsewhere and can be kept; a damaged link says so plainly', async () => {
  const { context, page, problems, scanStart, scan, result } = await phone();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.server.origin });
  await scanStart.open();
  await scanStart.start({ label: 'Gedeeld <script>' });
  await scan.finishByKeys((i) => String((i % 5) + 1));
  await result.openSharing();
  assert.match(await result.sharePanel.textContent(), /achter het #-teken: die wordt nooit naar een server gestuurd/);
  assert.equal(await result.shareSheetButton.count(), (await page.evaluate(() => 'share' in navigator)) ? 1 : 0);
  await result.copyLink();
  const link = await result.clipboard();
  assert.match(link, /#\/gedeeld\/[A-Za-z0-9_-]+$/);
  assert.ok(link.startsWith(app.server.url));
  assert.equal(await result.linkField.count(), 0, 'no 855-character field when copying worked');
  await mkdir(ARTIFACTS, { recursive: true });
  await result.sharePanel.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: `${ARTIFACTS}/result-share-copied.png` });
  assert.deepEqual(problems.errors, []);
  await context.close();

  const other = await phone();
  await other.result.open(link.slice(app.server.url.length));
  assert.match(await other.result.main.textContent(), /Gedeelde scan: alleen bekijken/);
  assert.equal(await other.result.heading.textContent(), 'Resultaat: Gedeeld <script>');
  await other.result.keep();
  assert.equal((await other.result.stored()).scans.length, 1);

  // Cut off by a chat app, with or without its "…"; and plain garbage.
  const payload = link.slice(link.indexOf('#/gedeeld/') + '#/gedeeld/'.length);
  for (const damaged of [payload.slice(0, 609), `${payload.slice(0, 300)}…`, 'bm9nIGVlbiBzdHVr']) {
    // A fresh load each time, so no page from before can answer for this one.
    await other.page.goto('about:blank');
    await other.app.open(`#/gedeeld/${damaged}`);
    await other.app.waitForHeading('Deze link werkt niet');
    const text = await other.app.main.textContent();
    assert.match(text, /De link is beschadigd of niet compleet/);
    assert.match(text, /Vraag de afzender om de link opnieuw te sturen/);
    assert.doesNotMatch(text, /regel|kolom|JSON|byte/);
  }
  assert.deepEqual(other.problems.errors, []);
  await other.context.close();
});

test('where copying is blocked the link shows in a field to copy by hand; a share sheet gets the link', async () => {
  const { context, page, problems, scanStart, scan, result } = await phone({
    initScript: () => {
      // A browser that refuses the clipboard, and one with a share sheet (as on phones).
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new DOMException('Geweigerd', 'NotAllowedError')) },
      });
      Object.defineProperty(navigator, 'share', {
        value: (data) => {
          window.sharedData = data;
          return Promise.resolve();
        },
      });
    },
  });
  await scanStart.open();
  await scanStart.start({ label: 'Nulmeting' });
  await scan.finishByKeys(() => '3');
  await result.openSharing();

  await result.press(result.shareSheetButton);
  await result.shareStatus.filter({ hasText: '✓ Link gedeeld.' }).waitFor();
  const shared = await page.evaluate(() => window.sharedData);
  assert.match(shared.url, /#\/gedeeld\/[A-Za-z0-9_-]+$/);
  assert.equal(shared.title, 'Zelfscan: Nulmeting');

  await result.press(result.copyButton);
  await result.shareStatus.filter({ hasText: /^Kopiëren lukt niet/ }).waitFor();
  assert.equal(await result.linkField.inputValue(), shared.url);
  await mkdir(ARTIFACTS, { recursive: true });
  await result.sharePanel.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: `${ARTIFACTS}/result-share-blocked.png` });
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('two tabs: a change in one shows in the other, and neither overwrites the other', async () => {
  const { context, page, problems } = await phone();
  const a = pages(page, { url: app.server.url });
  await a.card.open('partners');
  const b = pages(await context.newPage(), { url: app.server.url });
  await b.card.open('partners');

  await a.card.suggestion(1).mark('Oppakken');
  await b.card.suggestion(1).waitForMarked('Oppakken');
  assert.match(await b.card.notices.textContent(), /ander tabblad/);

  // Now B changes something else: A's change must survive.
  await b.card.suggestion(2).mark('Niet nu');
  await a.card.suggestion(2).waitForMarked('Niet nu');
  const doc = await a.card.stored();
  assert.deepEqual(doc.suggestions, { 'partners.01': { status: 'oppakken' }, 'partners.02': { status: 'niet-nu' } });

  // A newer version in A writes what B cannot read: B says so and stops saving over it.
  const newer = JSON.stringify({ format: 'ontwikkelkaarten', version: 99, suggestions: {} });
  await a.card.store(newer);
  await b.card.page.getByText(/slaat niets meer op/).waitFor();
  await b.card.suggestion(3).mark('Oppakken');
  assert.equal(await b.card.suggestion(3).pressed('Oppakken'), 'true');
  assert.equal(await b.card.storedText(), newer, 'not overwritten');
  assert.deepEqual(problems.errors, []);
  await context.close();
});
