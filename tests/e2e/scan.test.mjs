// End-to-end tests of the self-scan on a phone viewport, by taps only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, phonePage, appReady, assertClean } from './support.mjs';

const app = useApp();

// The answer (1–5) to tap for each of the 16 statements, in order: feedback (statements 7
// and 8) is clearly the weakest dimension, teamleren (5 and 6) the next.
const FIRST_SCAN = [4, 4, 4, 5, 2, 3, 1, 2, 4, 4, 5, 4, 4, 3, 4, 4];

async function tapAnswer(page, value) {
  const progress = await page.locator('.progress-text').textContent();
  await page.locator('.answer').nth(value - 1).tap();
  await page.waitForFunction((before) => document.querySelector('.progress-text')?.textContent !== before, progress);
}

async function startScan(page, label) {
  await page.goto(page.url().split('#')[0] + '#/scan');
  await appReady(page);
  await page.locator('#scan-label').fill(label);
  await page.locator('#scan-org').fill('Team Zuid');
  await page.getByRole('button', { name: 'Start de scan' }).tap();
  await page.waitForSelector('.statement');
}

test('a scan completed by taps leads to the weakest dimension and its card', async () => {
  const { context, page, problems } = await phonePage(app.browser);
  await page.goto(app.server.url + '#/');
  await appReady(page);
  await page.getByRole('link', { name: 'Doe de zelfscan' }).tap();
  await page.waitForSelector('#scan-label');
  assert.match(await page.locator('.privacy').textContent(), /blijven op dit apparaat/);
  await startScan(page, 'Nulmeting');

  assert.equal(await page.locator('.progress-text').textContent(), '1 van 16');
  assert.match(await page.locator('.scan-dimension').textContent(), /Dimensie 1 · Een gedeelde visie/);
  assert.equal(await page.locator('.answer').count(), 6, 'five labelled points and "weet ik niet"');
  assert.match(await page.locator('.answer').nth(5).textContent(), /Weet ik niet/);

  for (const [i, value] of FIRST_SCAN.entries()) {
    if (i < 15) {
      await tapAnswer(page, value);
    } else {
      await page.locator('.answer').nth(value - 1).tap();
    }
  }
  await page.waitForSelector('text=Bijna klaar');
  assert.match(await page.locator('main').textContent(), /alle 16 stellingen beantwoord/);
  await page.getByRole('button', { name: 'Afronden en resultaat bekijken' }).tap();
  await page.waitForSelector('.scan-result');

  const weakest = page.locator('.weakest');
  assert.equal(await weakest.count(), 2);
  assert.equal(await weakest.first().getAttribute('data-card'), 'feedbackprocessen');
  assert.match(await weakest.first().textContent(), /Score 1,5/);
  assert.match(await weakest.first().textContent(), /Hoe zorg je voor een cultuur waarin alle medewerkers elkaar feedback geven\?/);
  assert.equal(await weakest.nth(1).getAttribute('data-card'), 'teamleren');
  assert.equal(await page.locator('.scores tr[data-card="feedbackprocessen"] td').first().textContent(), '1,5');
  assert.equal(await page.locator('.radar svg polygon.radar-shape-0').count(), 1);
  assert.equal(await page.locator('.radar-label').count(), 8);
  const clipped = await page.evaluate(() => {
    const box = document.querySelector('.radar svg').getBoundingClientRect();
    return [...document.querySelectorAll('.radar-label')]
      .filter((t) => { const r = t.getBoundingClientRect(); return r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1; })
      .map((t) => t.textContent);
  });
  assert.deepEqual(clipped, [], 'every axis label fits inside the chart at phone width');
  assert.equal(await page.locator('.ranking li').first().getAttribute('data-card'), 'feedbackprocessen');

  await weakest.first().getByRole('link', { name: /Open kaart 4/ }).tap();
  await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Feedbackprocessen stimuleren');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0);
  assertClean(problems);
  await context.close();
});

test('a scan closed half-way continues after reopening, then two scans compare', async () => {
  const { context, page, problems } = await phonePage(app.browser);
  await page.goto(app.server.url + '#/');
  await appReady(page);

  // First scan: everything "3" except teamleren at 2, with one "weet ik niet" and one skip.
  await startScan(page, 'Nulmeting');
  for (let i = 0; i < 16; i++) {
    if (i === 8) {
      await page.locator('.answer').nth(5).tap(); // weet ik niet
    } else if (i === 9) {
      await page.getByRole('button', { name: 'Overslaan →' }).tap();
    } else {
      await page.locator('.answer').nth(i === 4 || i === 5 ? 1 : 2).tap();
    }
    if (i < 15) await page.waitForFunction((n) => document.querySelector('.progress-text')?.textContent === `${n + 2} van 16`, i);
  }
  await page.waitForSelector('text=Bijna klaar');
  assert.match(await page.locator('main').textContent(), /15 van de 16 stellingen beantwoord/);
  await page.getByRole('button', { name: 'Afronden en resultaat bekijken' }).tap();
  await page.waitForSelector('.scan-result');
  assert.match(await page.locator('.scores tr[data-card="partners"]').textContent(), /onbekend/);

  // Second scan: close the page after 7 answers, reopen, continue.
  await startScan(page, 'Na 4 maanden');
  for (let i = 0; i < 7; i++) await tapAnswer(page, 4);
  assert.equal(await page.locator('.progress-text').textContent(), '8 van 16');
  await page.goto('about:blank');
  await page.goto(app.server.url + '#/');
  await appReady(page);
  await page.getByRole('link', { name: 'Ga verder met de scan' }).tap();
  await page.waitForSelector('.statement');
  assert.equal(await page.locator('.progress-text').textContent(), '8 van 16');
  // Back one and change the answer given before closing.
  await page.getByRole('button', { name: '← Vorige' }).tap();
  await page.waitForFunction(() => document.querySelector('.progress-text')?.textContent === '7 van 16');
  assert.equal(await page.locator('.answer[aria-pressed="true"]').count(), 1);
  await tapAnswer(page, 5);
  // The rest by keyboard: digits answer.
  for (let i = 7; i < 16; i++) {
    const before = await page.locator('.progress-text').count() ? await page.locator('.progress-text').textContent() : '';
    await page.keyboard.press('4');
    if (i < 15) await page.waitForFunction((b) => document.querySelector('.progress-text')?.textContent !== b, before);
  }
  await page.waitForSelector('text=Bijna klaar');
  await page.getByRole('button', { name: 'Afronden en resultaat bekijken' }).tap();
  await page.waitForSelector('.scan-result');

  await page.getByRole('link', { name: 'Alle scans' }).tap();
  await page.waitForSelector('.compare-picker');
  assert.equal(await page.locator('.scan-row').count(), 2);
  await page.getByRole('button', { name: 'Vergelijken' }).tap();
  await page.waitForSelector('.compare');
  const teamleren = page.locator('tr[data-card="teamleren"]');
  assert.deepEqual(await teamleren.locator('td').allTextContents(), ['2,0', '4,0', '+2,0 hoger']);
  const visie = page.locator('tr[data-card="gedeelde-visie"]');
  assert.deepEqual(await visie.locator('td').allTextContents(), ['3,0', '4,0', '+1,0 hoger']);
  assert.match(await page.locator('tr[data-card="partners"] td').last().textContent(), /niet te vergelijken/);
  assert.equal(await page.locator('.radar svg polygon.radar-shape-0').count(), 1);
  assert.equal(await page.locator('.radar svg polygon.radar-shape-1').count(), 1);
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('scans can be renamed and deleted after confirmation', async () => {
  const { context, page, problems } = await phonePage(app.browser);
  await page.goto(app.server.url + '#/');
  await appReady(page);
  await startScan(page, 'Proef');
  await page.getByRole('button', { name: 'Overslaan →' }).tap();
  await page.evaluate(() => {});
  // Jump to the summary with the arrow key 15 more times.
  for (let i = 1; i < 16; i++) await page.keyboard.press('ArrowRight');
  await page.waitForSelector('text=Bijna klaar');
  assert.match(await page.locator('main').textContent(), /0 van de 16 stellingen beantwoord/);
  await page.getByRole('button', { name: 'Afronden en resultaat bekijken' }).tap();
  await page.waitForSelector('.scan-result');
  assert.match(await page.locator('main').textContent(), /nog niets te zeggen/);

  await page.goto(app.server.url + '#/scans');
  await appReady(page);
  await page.getByRole('button', { name: 'Naam wijzigen' }).tap();
  await page.locator('.rename input').fill('<img src=x onerror=alert(1)>');
  await page.getByRole('button', { name: 'Opslaan' }).tap();
  assert.equal(await page.locator('.scan-row-title').textContent(), '<img src=x onerror=alert(1)>');
  assert.equal(await page.locator('.scan-row img').count(), 0);

  await page.getByRole('button', { name: 'Verwijderen' }).tap();
  assert.match(await page.locator('.confirm').textContent(), /definitief verwijderen/);
  await page.getByRole('button', { name: 'Annuleren' }).tap();
  assert.equal(await page.locator('.scan-row').count(), 1);
  await page.getByRole('button', { name: 'Verwijderen' }).tap();
  await page.getByRole('button', { name: 'Ja, verwijderen' }).tap();
  await page.waitForSelector('text=nog geen afgeronde scans');
  const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('ontwikkelkaarten')));
  assert.deepEqual(stored.scans, []);
  assert.deepEqual(problems.errors, []);
  await context.close();
});
