// End-to-end tests of the journey planner on a phone viewport.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useApp, phonePage, appReady, assertClean } from './support.mjs';

const app = useApp();

const weekday = (iso) => new Date(iso + 'T12:00:00Z').getUTCDay();

test('an MT journey from its template: five weekday sessions, an action from a card, review, done, reload, .ics', async () => {
  const { context, page, problems } = await phonePage(app.browser);
  await page.goto(app.server.url + '#/plannen');
  await appReady(page);

  // A Monday well in the future, typed into the date field.
  await page.locator('#plan-naam').fill('MT Zuid');
  await page.locator('#plan-start').fill('2027-03-01');
  await page.locator('#plan-start').dispatchEvent('change');
  assert.equal(await page.locator('#plan-weken').inputValue(), '10');
  await page.locator('#plan-team').fill(['Anna', 'Bram', 'Chris', 'Dewi', 'Eef', 'Fatima', 'Gijs'].join('\n'));
  await page.getByRole('button', { name: 'Plan maken' }).tap();
  await page.waitForSelector('article.plan');
  assert.equal(await page.locator('h1').textContent(), 'MT Zuid');
  assert.equal(await page.locator('.plan-notices').count(), 0, 'no warnings for a clean plan of 7');

  const dates = await page.locator('.session-row input[type="date"]').evaluateAll((els) => els.map((e) => e.value));
  assert.equal(dates.length, 5);
  assert.equal(dates[0], '2027-03-01');
  for (const d of dates) assert.ok(![0, 6].includes(weekday(d)), `${d} is a weekday`);
  const weeks = (new Date(dates[4]) - new Date(dates[0])) / (7 * 864e5);
  assert.ok(weeks >= 7 && weeks <= 12, `spread over ${weeks.toFixed(1)} weeks`);
  assert.match(await page.locator('.session-row').first().textContent(), /Offsite/);

  // Mark a suggestion "oppakken" on card 4 and turn it into an action of this plan.
  await page.goto(app.server.url + '#/kaart/feedbackprocessen');
  await appReady(page);
  const item = page.locator('[id="suggestie-feedbackprocessen.03"]');
  await item.locator('.status-oppakken').tap();
  await item.getByRole('button', { name: 'Maak actie' }).tap();
  await item.locator('.done-note').waitFor();
  assert.match(await item.locator('.done-note').textContent(), /MT Zuid/);

  // Open the second session: the action is listed as open.
  await page.goto(app.server.url + '#/plannen');
  await appReady(page);
  await page.getByRole('link', { name: 'MT Zuid' }).tap();
  await page.waitForSelector('article.plan');
  await page.locator('.session-row h3 a').nth(1).tap();
  await page.waitForSelector('article.session');
  const review = page.locator('.review .action-row');
  assert.equal(await review.count(), 1);
  assert.match(await review.textContent(), /Medewerkers vooral stimuleren om feedback te vragen/);
  await review.getByRole('button', { name: 'Klaar' }).tap();
  await page.waitForSelector('text=Geen openstaande acties.');
  await page.locator('#reflectie-zien').fill('Iedereen vroeg om feedback, maar niet aan de directeur.');
  await page.getByText('Deze sessie is gehouden').tap();

  await page.reload();
  await appReady(page);
  assert.equal(await page.locator('#reflectie-zien').inputValue(), 'Iedereen vroeg om feedback, maar niet aan de directeur.');
  assert.equal(await page.locator('.done-toggle input').isChecked(), true);
  await page.locator('a', { hasText: '← MT Zuid' }).tap();
  await page.waitForSelector('.progress-panel');
  assert.match(await page.locator('.progress-panel').textContent(), /1 van 5 sessies gehouden/);
  assert.match(await page.locator('.progress-panel').textContent(), /1 van 1 acties klaar/);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Agenda downloaden (.ics)' }).tap(),
  ]);
  assert.equal(download.suggestedFilename(), 'mt-zuid.ics');
  const ics = await readFile(await download.path(), 'utf8');
  assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
  assert.equal((ics.match(/BEGIN:VEVENT/g) ?? []).length, 5);
  assert.match(ics, /DTSTART;VALUE=DATE:20270301\r\n/);
  assertClean(problems);
  await context.close();
});

test('moving a session is flagged, never reordered; a strange date gets a Dutch message and changes nothing', async () => {
  const { context, page, problems } = await phonePage(app.browser);
  await page.goto(app.server.url + '#/plannen');
  await appReady(page);
  await page.locator('#plan-start').fill('2027-03-01');
  await page.locator('#plan-start').dispatchEvent('change');
  await page.locator('#plan-team').fill('Anna\nBram\nChris');
  assert.match(await page.locator('.new-plan').textContent(), /Let op: 3 deelnemers/);
  await page.getByRole('button', { name: 'Plan maken' }).tap();
  await page.waitForSelector('article.plan');
  assert.match(await page.locator('.plan-notices').textContent(), /3 deelnemers/);

  const titles = await page.locator('.session-row h3').allTextContents();
  const second = page.locator('.session-row input[type="date"]').nth(1);
  await second.fill('2027-02-27'); // a Saturday before the start
  await second.dispatchEvent('change');
  await page.waitForSelector('text=ligt vóór de start van het plan');
  assert.match(await page.locator('.plan-notices').textContent(), /valt in het weekend/);
  assert.deepEqual(await page.locator('.session-row h3').allTextContents(), titles, 'order kept');

  // A date the calendar does not have (typed into the field's text) is refused in Dutch.
  const before = await page.evaluate(() => localStorage.getItem('ontwikkelkaarten'));
  await page.locator('.session-row input[type="date"]').nth(2).evaluate((el) => {
    el.type = 'text';
    el.value = '31-2-2027';
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await page.waitForSelector('text=bestaat niet in de kalender');
  assert.equal(await page.evaluate(() => localStorage.getItem('ontwikkelkaarten')), before, 'nothing changed');
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('budget side by side, promises checked over time, and measures in percent', async () => {
  const { context, page, problems } = await phonePage(app.browser);
  await page.goto(app.server.url + '#/plannen');
  await appReady(page);
  await page.getByRole('button', { name: 'Plan maken' }).tap();
  await page.waitForSelector('article.plan');

  await page.locator('#prijs-offsite').fill('3.250');
  await page.locator('#prijs-offsite').dispatchEvent('change');
  await page.locator('#prijs-werksessie').fill('1500');
  await page.locator('#prijs-werksessie').dispatchEvent('change');
  const table = page.locator('.budget-table');
  await table.waitFor();
  // 2 × 3.250 + 3 × 1.500 = 11.000; +21% = 13.310; +10% = 12.100.
  assert.match(await table.textContent(), /€ 11\.000,00/);
  assert.match(await table.textContent(), /€ 13\.310,00/);
  assert.match(await table.textContent(), /€ 12\.100,00/);
  await page.locator('#prijs-totaal').fill('veel geld');
  await page.locator('#prijs-totaal').dispatchEvent('change');
  await page.waitForSelector('text=“veel geld” is geen getal.');

  await page.locator('#belofte-gedrag').fill('We vragen in elk overleg eerst wat medewerkers nodig hebben');
  await page.locator('#belofte-voor').fill('teamleiders');
  await page.getByRole('button', { name: 'Belofte toevoegen' }).tap();
  const promise = page.locator('.promise');
  await promise.waitFor();
  await promise.locator('input[type="text"]').fill('nog niet in alle teams');
  await promise.getByRole('button', { name: 'Deels' }).tap();
  await page.waitForFunction(() => document.querySelector('.promise .checks li')?.textContent.includes('Deels'));
  assert.match(await page.locator('.promise .checks').textContent(), /merken medewerkers het\? Deels: nog niet in alle teams/);

  await page.locator('#meting-naam').fill('Doorlooptijd (dagen)');
  await page.locator('#meting-nul').fill('20');
  await page.getByRole('button', { name: 'Meetwaarde toevoegen' }).tap();
  const measure = page.locator('.measure');
  await measure.waitFor();
  await measure.locator('input[type="text"]').fill('13');
  await measure.getByRole('button', { name: 'Meting toevoegen' }).tap();
  await page.waitForSelector('.measure-change');
  assert.match(await page.locator('.measure-change').textContent(), /−35% \(lager dan de nulmeting\)/);

  await page.reload();
  await appReady(page);
  assert.match(await page.locator('.budget-table').textContent(), /€ 13\.310,00/);
  assert.equal(await page.locator('.promise').count(), 1);
  assert.match(await page.locator('.measure-change').textContent(), /−35%/);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0);
  assert.deepEqual(problems.errors, []);
  await context.close();
});
