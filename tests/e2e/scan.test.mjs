// End-to-end tests of the self-scan on a phone viewport, by taps only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, phonePage, assertClean, LANGUAGES } from './support.mjs';
import { pages, dontKnowFor } from './pages/index.mjs';

const app = useApp();

/** A phone page with the page objects of edition `lang` (the browser speaks that language). */
async function phone({ lang = 'nl', ...options } = {}) {
  const session = await phonePage(app.browser, { locale: lang === 'en' ? 'en-GB' : 'nl-NL', ...options });
  return { ...session, ...pages(session.page, { url: app.server.url, lang }) };
}

// The answer (1–5) to tap for each of the 16 statements, in order: feedback (statements 7
// and 8) is clearly the weakest dimension, teamleren (5 and 6) the next.
const FIRST_SCAN = [4, 4, 4, 5, 2, 3, 1, 2, 4, 4, 5, 4, 4, 3, 4, 4];

for (const lang of LANGUAGES) {
  test(`[${lang}] a scan completed by taps leads to the weakest dimension and its card`, async () => {
    const t = (nl, en) => (lang === 'en' ? en : nl);
    const { context, problems, home, scanStart, scan, result, card } = await phone({ lang });
    await home.open();
    await home.startScan();
    await scanStart.labelField.waitFor();
    assert.match(await scanStart.privacyNote.textContent(), t(/blijven op dit apparaat/, /stay on this device/));
    await scanStart.open();
    await scanStart.start({ label: 'Nulmeting', organisation: 'Team Zuid' });

    assert.equal(await scan.progress.textContent(), t('1 van 16', '1 of 16'));
    assert.match(await scan.dimension.textContent(), t(/Dimensie 1 · Een gedeelde visie/, /Dimension 1 · Realising a shared vision/));
    assert.equal(await scan.answers.count(), 6, 'five labelled points and "weet ik niet"');
    assert.match(await scan.answers.nth(5).textContent(), t(/Weet ik niet/, /Don't know/));

    for (const value of FIRST_SCAN) await scan.answer(value);
    assert.match(await scan.main.textContent(), t(/alle 16 stellingen beantwoord/, /answered all 16 statements/));
    await scan.finish();

    const weakest = result.startWith;
    assert.equal(await weakest.count(), 2);
    assert.equal(await result.startWithTitle(0).textContent(), t('4. Feedbackprocessen stimuleren', '4. Encouraging feedback processes'));
    assert.match(await weakest.first().textContent(), t(/Score 1,5/, /Score 1\.5/));
    assert.match(await weakest.first().textContent(), t(/Hoe zorg je voor een cultuur waarin alle medewerkers elkaar feedback geven\?/, /How do you create a culture in which all employees give each other feedback\?/));
    assert.equal(await result.startWithTitle(1).textContent(), t('3. Teamleren en samenwerken bevorderen', '3. Promoting team learning and collaboration'));
    assert.equal(await result.score(4).textContent(), t('1,5', '1.5'));
    assert.equal(await result.radar.shape(0).count(), 1);
    assert.equal(await result.radar.labels.count(), 8);
    assert.deepEqual(await result.radar.labelsOutside(), [], 'every axis label fits inside the chart at phone width');
    assert.equal(await result.ranking.first().getByRole('link').textContent(), t('Feedbackprocessen stimuleren', 'Encouraging feedback processes'));

    await result.press(weakest.first().getByRole('link', { name: t(/Open kaart 4/, /Open card 4/) }));
    await card.waitForHeading(t('Feedbackprocessen stimuleren', 'Encouraging feedback processes'));
    assert.equal(await card.horizontalOverflow(), 0);
    assertClean(problems);
    await context.close();
  });
}

for (const lang of LANGUAGES) {
  test(`[${lang}] a scan closed half-way continues after reopening, then two scans compare`, async () => {
    const t = (nl, en) => (lang === 'en' ? en : nl);
    const { context, page, problems, home, scanStart, scan, result, history, compare } = await phone({ lang });
    await home.open();

    // First scan: everything "3" except teamleren at 2, with one "weet ik niet" and one skip.
    await scanStart.open();
    await scanStart.start({ label: 'Nulmeting', organisation: 'Team Zuid' });
    for (let i = 0; i < 16; i++) {
      if (i === 8) await scan.answer(dontKnowFor(lang));
      else if (i === 9) await scan.skip();
      else await scan.answer(i === 4 || i === 5 ? 2 : 3);
    }
    assert.match(await scan.main.textContent(), t(/15 van de 16 stellingen beantwoord/, /answered 15 of the 16 statements/));
    await scan.finish();
    assert.match(await result.scoreRow(5).textContent(), t(/onbekend/, /unknown/));

    // Second scan: close the page after 7 answers, reopen, continue.
    await scanStart.open();
    await scanStart.start({ label: 'Na 4 maanden', organisation: 'Team Zuid' });
    for (let i = 0; i < 7; i++) await scan.answer(4);
    assert.equal(await scan.progress.textContent(), t('8 van 16', '8 of 16'));
    await page.goto('about:blank');
    await home.open();
    await home.continueScan();
    await scan.ready();
    assert.equal(await scan.progress.textContent(), t('8 van 16', '8 of 16'));
    // Back one and change the answer given before closing.
    await scan.previous();
    assert.equal(await scan.chosenAnswers.count(), 1);
    await scan.answer(5);
    // The rest by keyboard: digits answer.
    for (let i = 7; i < 16; i++) await scan.pressKey('4');
    await scan.finish();

    await result.openScans();
    await history.compareButton.waitFor();
    assert.equal(await history.rows.count(), 2);
    await history.compare();
    assert.deepEqual(await compare.cells(3).allTextContents(), t(['2,0', '4,0', '+2,0 hoger'], ['2.0', '4.0', '+2.0 higher']));
    assert.deepEqual(await compare.cells(1).allTextContents(), t(['3,0', '4,0', '+1,0 hoger'], ['3.0', '4.0', '+1.0 higher']));
    assert.match(await compare.cells(5).last().textContent(), t(/niet te vergelijken/, /cannot be compared/));
    assert.equal(await compare.radar.shape(0).count(), 1);
    assert.equal(await compare.radar.shape(1).count(), 1);
    assert.deepEqual(problems.errors, []);
    await context.close();
  });
}

test('scans can be renamed and deleted after confirmation', async () => {
  const { context, problems, home, scanStart, scan, result, history } = await phone();
  await home.open();
  await scanStart.open();
  await scanStart.start({ label: 'Proef', organisation: 'Team Zuid' });
  await scan.skip();
  // Jump to the summary with the arrow key 15 more times.
  for (let i = 1; i < 16; i++) await scan.pressKey('ArrowRight');
  assert.match(await scan.main.textContent(), /0 van de 16 stellingen beantwoord/);
  await scan.finish();
  assert.match(await result.main.textContent(), /nog niets te zeggen/);

  await history.open();
  await history.rename(0, '<img src=x onerror=alert(1)>');
  assert.equal(await history.title(0).textContent(), '<img src=x onerror=alert(1)>');
  assert.equal(await history.rows.first().getByRole('img', { includeHidden: true }).count(), 0);

  await history.askDelete(0);
  assert.match(await history.confirmDelete.textContent(), /definitief verwijderen/);
  await history.cancelDelete();
  assert.equal(await history.rows.count(), 1);
  await history.askDelete(0);
  await history.confirmDeletion();
  await history.emptyMessage.waitFor();
  const stored = await history.stored();
  assert.deepEqual(stored.scans, []);
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('renaming a scan: the button hides while the form is open, and leaving the form closes it unsaved', async () => {
  const { context, page, problems, scanStart, scan, history } = await phone();
  await scanStart.open();
  await scanStart.start({ label: 'Proef' });
  for (let i = 0; i < 16; i++) await scan.pressKey('ArrowRight');
  await scan.finish();
  await history.open();

  // A tap outside the form.
  await history.openRename(0);
  assert.equal(await history.renameButton(0).count(), 0, 'no second "Naam wijzigen" beside the form');
  await history.waitForFocus(history.nameField(0));
  await history.nameField(0).fill('Niet bewaren');
  await history.press(history.heading);
  await history.title(0).waitFor();
  assert.equal(await history.title(0).textContent(), 'Proef');
  assert.equal(await history.nameField(0).count(), 0);

  // Escape, with the focus back on the button.
  await history.openRename(0);
  await page.keyboard.press('Escape');
  await history.waitForFocus(history.renameButton(0));
  assert.equal(await history.nameField(0).count(), 0);

  // The focus moving on past the form's own buttons.
  await history.openRename(0);
  await history.waitForFocus(history.nameField(0));
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  await history.title(0).waitFor();

  // Saving still works, by the keyboard too.
  await history.openRename(0);
  await history.nameField(0).fill('Nulmeting');
  await page.keyboard.press('Enter');
  await history.waitForFocus(history.renameButton(0));
  assert.equal(await history.title(0).textContent(), 'Nulmeting');
  assert.equal((await history.stored()).scans[0].label, 'Nulmeting');
  assert.deepEqual(problems.errors, []);
  await context.close();
});
