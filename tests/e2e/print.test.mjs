// Printing: every card fits one A4 page, and results and plans print without navigation.
// The PDFs are written to tests/e2e/artifacts/ (git-ignored) for looking at the pages.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { useApp, phonePage, appReady, ROOT, finishScanByKeys } from './support.mjs';

const app = useApp();
const OUT = `${ROOT}tests/e2e/artifacts`;

before(async () => {
  await mkdir(OUT, { recursive: true });
});

/** Prints the page to an A4 PDF; returns the number of pages. */
async function print(page, name) {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  await writeFile(`${OUT}/${name}.pdf`, pdf);
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

const CARDS = ['gedeelde-visie', 'leren-op-de-werkvloer', 'teamleren', 'feedbackprocessen', 'partners', 'kwaliteitscultuur', 'eigenaarschap', 'structuur-en-beleid'];

test('every card prints on one A4 page, with marks and notes, without navigation', async () => {
  const { context, page } = await phonePage(app.browser, { viewport: { width: 1000, height: 1400 } });
  await page.goto(app.server.url + '#/kaart/leren-op-de-werkvloer');
  await appReady(page);
  const item = page.locator('[id="suggestie-leren-op-de-werkvloer.03"]');
  await item.locator('.status-oppakken').click();
  await item.getByRole('button', { name: 'Notitie toevoegen' }).click();
  await item.locator('textarea').fill('In het MT van maart');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.site-header').isVisible(), false);
  assert.equal(await page.locator('.status-choices').first().isVisible(), false);
  const marked = await item.locator('.suggestion-text').evaluate((el) => getComputedStyle(el, '::after').content);
  assert.equal(marked, '" [oppakken]"');
  for (const id of CARDS) {
    await page.emulateMedia({ media: 'screen' });
    await page.goto(app.server.url + `#/kaart/${id}`);
    await appReady(page);
    assert.equal(await print(page, `kaart-${id}`), 1, `card ${id} fits one page`);
  }
  await context.close();
});

test('a scan result, a team result and a plan print cleanly', async () => {
  const { context, page } = await phonePage(app.browser, { viewport: { width: 1000, height: 1400 } });
  await page.goto(app.server.url + '#/scan');
  await appReady(page);
  await page.getByRole('button', { name: 'Start de scan' }).click();
  await finishScanByKeys(page, (i) => String((i % 5) + 1));
  const resultPages = await print(page, 'scanresultaat');
  assert.ok(resultPages >= 1 && resultPages <= 2, `${resultPages} pages`);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.radar svg').isVisible(), true);
  assert.equal(await page.locator('.scores').isVisible(), true);
  assert.equal(await page.locator('.site-header').isVisible(), false);
  await page.emulateMedia({ media: 'screen' });

  await page.goto(app.server.url + '#/team');
  await appReady(page);
  await page.getByRole('button', { name: 'Mijn laatste scan toevoegen' }).click();
  await page.waitForSelector('.team-table');
  assert.ok((await print(page, 'teambeeld')) <= 2);

  await page.goto(app.server.url + '#/plannen');
  await appReady(page);
  await page.getByRole('button', { name: 'Plan maken' }).click();
  await page.waitForSelector('article.plan');
  await page.locator('#nieuwe-actie').fill('Feedback vragen in elk overleg');
  await page.getByRole('button', { name: 'Toevoegen' }).nth(1).click();
  await page.locator('#belofte-gedrag').fill('We vragen eerst wat medewerkers nodig hebben');
  await page.getByRole('button', { name: 'Belofte toevoegen' }).click();
  await page.waitForSelector('.promise');
  const planPages = await print(page, 'plan');
  assert.ok(planPages >= 1 && planPages <= 3, `${planPages} pages`);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.timeline').isVisible(), true);
  assert.equal(await page.locator('.action-row').first().isVisible(), true);
  assert.equal(await page.locator('.promise').first().isVisible(), true);
  assert.equal(await page.locator('.button').first().isVisible(), false);
  await context.close();
});
