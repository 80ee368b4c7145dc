// Printing: every card fits one A4 page, and results and plans print without navigation.
// The PDFs are written to tests/e2e/artifacts/ (git-ignored) for looking at the pages.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { useApp, phonePage, ROOT, LANGUAGES } from './support.mjs';
import { pages } from './pages/index.mjs';
import { memberPayload } from './member-files.mjs';

const app = useApp();
const OUT = `${ROOT}tests/e2e/artifacts`;

before(async () => {
  await mkdir(OUT, { recursive: true });
});

/** A desktop-sized page, used with a mouse, with the app's page objects on it. */
async function desk(lang = 'nl') {
  const session = await phonePage(app.browser, { viewport: { width: 1000, height: 1400 }, locale: lang === 'en' ? 'en-GB' : 'nl-NL' });
  return { ...session, ...pages(session.page, { url: app.server.url, pointer: 'click', lang }) };
}

/** Prints the page to an A4 PDF; returns the number of pages. */
async function print(page, name) {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  await writeFile(`${OUT}/${name}.pdf`, pdf);
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

const CARDS = ['gedeelde-visie', 'leren-op-de-werkvloer', 'teamleren', 'feedbackprocessen', 'partners', 'kwaliteitscultuur', 'eigenaarschap', 'structuur-en-beleid'];

for (const lang of LANGUAGES) {
  test(`[${lang}] every card prints on one A4 page, with marks and notes, without navigation`, async () => {
    const t = (nl, en) => (lang === 'en' ? en : nl);
    const { context, page, card } = await desk(lang);
    await card.open('leren-op-de-werkvloer');
    const item = card.suggestion(3);
    await item.mark(t('Oppakken', 'Take up'));
    await item.addNote('In het MT van maart');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await card.header.isVisible(), false);
    assert.equal(await card.suggestion(1).statusGroup.isVisible(), false);
    // The status after the text, in the page's language (main.css: " [" attr(data-status-label) "]").
    const marked = await item.text.evaluate((el) => getComputedStyle(el, '::after').content);
    assert.equal(marked, t('" [oppakken]"', '" [take up]"'));
    for (const id of CARDS) {
      await page.emulateMedia({ media: 'screen' });
      await card.open(id);
      assert.equal(await print(page, `kaart-${id}${lang === 'nl' ? '' : `-${lang}`}`), 1, `card ${id} fits one page`);
    }
    await context.close();
  });
}

test('a scan result, a team result and a plan print cleanly', async () => {
  const { context, page, scanStart, scan, result, team, plans, plan } = await desk();
  await scanStart.open();
  await scanStart.start();
  await scan.finishByKeys((i) => String((i % 5) + 1));
  const resultPages = await print(page, 'scanresultaat');
  assert.ok(resultPages >= 1 && resultPages <= 2, `${resultPages} pages`);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await result.radar.chart.isVisible(), true);
  assert.equal(await result.scoreTable.isVisible(), true);
  assert.equal(await result.header.isVisible(), false);
  await page.emulateMedia({ media: 'screen' });

  await team.open();
  await team.addMyLatestScan();
  // A team picture shows from two members on.
  await team.importFiles(memberPayload('bram', 'Bram', 2, [1, 2]));
  await team.table.waitFor();
  assert.ok((await print(page, 'teambeeld')) <= 2);

  await plans.open();
  await plans.create();
  await plan.addAction('Feedback vragen in elk overleg');
  await plan.addPromise('We vragen eerst wat medewerkers nodig hebben');
  const planPages = await print(page, 'plan');
  assert.ok(planPages >= 1 && planPages <= 3, `${planPages} pages`);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await plan.timeline.isVisible(), true);
  assert.equal(await plan.actions.first().isVisible(), true);
  assert.equal(await plan.promises.first().isVisible(), true);
  assert.equal(await plan.main.getByRole('button').first().isVisible(), false, 'no button prints');
  await context.close();
});
