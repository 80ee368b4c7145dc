// End-to-end tests of the self-scan on a phone viewport, by taps only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, phonePage, assertClean } from './support.mjs';
import { pages, DONT_KNOW } from './pages/index.mjs';

const app = useApp();

async function phone(options) {
  const session = await phonePage(app.browser, options);
  return { ...session, ...pages(session.page, { url: app.server.url }) };
}

// The answer (1–5) to tap for each of the 16 statements, in order: feedback (statements 7
// and 8) is clearly the weakest dimension, teamleren (5 and 6) the next.
const FIRST_SCAN = [4, 4, 4, 5, 2, 3, 1, 2, 4, 4, 5, 4, 4, 3, 4, 4];

test('a scan completed by taps leads to the weakest dimension and its card', async () => {
  const { context, problems, home, scanStart, scan, result, card } = await phone();
  await home.open();
  await home.startScan();
  await scanStart.labelField.waitFor();
  assert.match(await scanStart.privacyNote.textContent(), /blijven op dit apparaat/);
  await scanStart.open();
  await scanStart.start({ label: 'Nulmeting', organisation: 'Team Zuid' });

  assert.equal(await scan.progress.textContent(), '1 van 16');
  assert.match(await scan.dimension.textContent(), /Dimensie 1 · Een gedeelde visie/);
  assert.equal(await scan.answers.count(), 6, 'five labelled points and "weet ik niet"');
  assert.match(await scan.answers.nth(5).textContent(), /Weet ik niet/);

  for (const value of FIRST_SCAN) await scan.answer(value);
  assert.match(await scan.main.textContent(), /alle 16 stellingen beantwoord/);
  await scan.finish();

  const weakest = result.startWith;
  assert.equal(await weakest.count(), 2);
  assert.equal(await result.startWithTitle(0).textContent(), '4. Feedbackprocessen stimuleren');
  assert.match(await weakest.first().textContent(), /Score 1,5/);
  assert.match(await weakest.first().textContent(), /Hoe zorg je voor een cultuur waarin alle medewerkers elkaar feedback geven\?/);
  assert.equal(await result.startWithTitle(1).textContent(), '3. Teamleren en samenwerken bevorderen');
  assert.equal(await result.score(4).textContent(), '1,5');
  assert.equal(await result.radar.shape(0).count(), 1);
  assert.equal(await result.radar.labels.count(), 8);
  assert.deepEqual(await result.radar.labelsOutside(), [], 'every axis label fits inside the chart at phone width');
  assert.equal(await result.ranking.first().getByRole('link').textContent(), 'Feedbackprocessen stimuleren');

  await result.press(weakest.first().getByRole('link', { name: /Open kaart 4/ }));
  await card.waitForHeading('Feedbackprocessen stimuleren');
  assert.equal(await card.horizontalOverflow(), 0);
  assertClean(problems);
  await context.close();
});

test('a scan closed half-way continues after reopening, then two scans compare', async () => {
  const { context, page, problems, home, scanStart, scan, result, history, compare } = await phone();
  await home.open();

  // First scan: everything "3" except teamleren at 2, with one "weet ik niet" and one skip.
  await scanStart.open();
  await scanStart.start({ label: 'Nulmeting', organisation: 'Team Zuid' });
  for (let i = 0; i < 16; i++) {
    if (i === 8) await scan.answer(DONT_KNOW);
    else if (i === 9) await scan.skip();
    else await scan.answer(i === 4 || i === 5 ? 2 : 3);
  }
  assert.match(await scan.main.textContent(), /15 van de 16 stellingen beantwoord/);
  await scan.finish();
  assert.match(await result.scoreRow(5).textContent(), /onbekend/);

  // Second scan: close the page after 7 answers, reopen, continue.
  await scanStart.open();
  await scanStart.start({ label: 'Na 4 maanden', organisation: 'Team Zuid' });
  for (let i = 0; i < 7; i++) await scan.answer(4);
  assert.equal(await scan.progress.textContent(), '8 van 16');
  await page.goto('about:blank');
  await home.open();
  await home.continueScan();
  await scan.ready();
  assert.equal(await scan.progress.textContent(), '8 van 16');
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
  assert.deepEqual(await compare.cells(3).allTextContents(), ['2,0', '4,0', '+2,0 hoger']);
  assert.deepEqual(await compare.cells(1).allTextContents(), ['3,0', '4,0', '+1,0 hoger']);
  assert.match(await compare.cells(5).last().textContent(), /niet te vergelijken/);
  assert.equal(await compare.radar.shape(0).count(), 1);
  assert.equal(await compare.radar.shape(1).count(), 1);
  assert.deepEqual(problems.errors, []);
  await context.close();
});

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
