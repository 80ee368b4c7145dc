// End-to-end tests of the journey planner on a phone viewport.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useApp, phonePage, assertClean } from './support.mjs';
import { pages } from './pages/index.mjs';

const app = useApp();

async function phone(options) {
  const session = await phonePage(app.browser, options);
  return { ...session, ...pages(session.page, { url: app.server.url }) };
}

const weekday = (iso) => new Date(iso + 'T12:00:00Z').getUTCDay();

test('an MT journey from its template: five weekday sessions, an action from a card, review, done, reload, .ics', async () => {
  const { context, problems, plans, plan, card, session } = await phone();
  await plans.open();

  // A Monday well in the future, typed into the date field.
  await plans.nameField.fill('MT Zuid');
  await plans.setStart('2027-03-01');
  assert.equal(await plans.weeksField.inputValue(), '10');
  await plans.create({ team: ['Anna', 'Bram', 'Chris', 'Dewi', 'Eef', 'Fatima', 'Gijs'] });
  assert.equal(await plan.heading.textContent(), 'MT Zuid');
  assert.equal(await plan.notices.count(), 0, 'no warnings for a clean plan of 7');

  const dates = await plan.sessionDates();
  assert.equal(dates.length, 5);
  assert.equal(dates[0], '2027-03-01');
  for (const d of dates) assert.ok(![0, 6].includes(weekday(d)), `${d} is a weekday`);
  const weeks = (new Date(dates[4]) - new Date(dates[0])) / (7 * 864e5);
  assert.ok(weeks >= 7 && weeks <= 12, `spread over ${weeks.toFixed(1)} weeks`);
  assert.match(await plan.sessions.first().textContent(), /Offsite/);

  // Mark a suggestion "oppakken" on card 4 and turn it into an action of this plan.
  await card.open('feedbackprocessen');
  const suggestion = card.suggestion(3);
  await suggestion.mark('Oppakken');
  await suggestion.makeAction();
  await suggestion.actionNote.waitFor();
  assert.match(await suggestion.actionNote.textContent(), /MT Zuid/);

  // Open the second session: the action is listed as open.
  await plans.open();
  await plans.openPlan('MT Zuid');
  await plan.session(2).open();
  assert.equal(await session.openActions.count(), 1);
  assert.match(await session.openActions.textContent(), /Medewerkers vooral stimuleren om feedback te vragen/);
  await session.finishAction(0);
  await session.noOpenActions.waitFor();
  await session.whatWeSaw.fill('Iedereen vroeg om feedback, maar niet aan de directeur.');
  await session.markHeld();

  await session.reload();
  assert.equal(await session.whatWeSaw.inputValue(), 'Iedereen vroeg om feedback, maar niet aan de directeur.');
  assert.equal(await session.held.isChecked(), true);
  await session.backToPlan('MT Zuid');
  assert.match(await plan.progressPanel.textContent(), /1 van 5 sessies gehouden/);
  assert.match(await plan.progressPanel.textContent(), /1 van 1 acties klaar/);

  const download = await plan.downloadAgenda();
  assert.equal(download.suggestedFilename(), 'mt-zuid.ics');
  const ics = await readFile(await download.path(), 'utf8');
  assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
  assert.equal((ics.match(/BEGIN:VEVENT/g) ?? []).length, 5);
  assert.match(ics, /DTSTART;VALUE=DATE:20270301\r\n/);
  assertClean(problems);
  await context.close();
});

test('moving a session is flagged, never reordered; a strange date gets a Dutch message and changes nothing', async () => {
  const { context, problems, plans, plan } = await phone();
  await plans.open();
  await plans.setStart('2027-03-01');
  await plans.setTeam(['Anna', 'Bram', 'Chris']);
  assert.match(await plans.teamHint.textContent(), /Let op: 3 deelnemers/);
  await plans.create();
  assert.match(await plan.notices.textContent(), /3 deelnemers/);

  const titles = await plan.sessionTitles();
  await plan.session(2).setDate('2027-02-27'); // a Saturday before the start
  await plan.main.getByText('ligt vóór de start van het plan').waitFor();
  assert.match(await plan.notices.textContent(), /valt in het weekend/);
  assert.deepEqual(await plan.sessionTitles(), titles, 'order kept');

  // A date the calendar does not have (typed into the field's text) is refused in Dutch.
  const before = await plan.storedText();
  await plan.session(3).date.evaluate((el) => {
    el.type = 'text';
    el.value = '31-2-2027';
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await plan.main.getByText(/bestaat niet in de kalender/).waitFor();
  assert.equal(await plan.storedText(), before, 'nothing changed');
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('budget side by side, promises checked over time, and measures in percent', async () => {
  const { context, problems, plans, plan } = await phone();
  await plans.open();
  await plans.create();

  await plan.setAmount('Prijs per offsite', '3.250');
  await plan.setAmount('Prijs per werksessie', '1500');
  const table = plan.budgetTable;
  await table.waitFor();
  // 2 × 3.250 + 3 × 1.500 = 11.000; +21% = 13.310; +10% = 12.100.
  assert.match(await table.textContent(), /€ 11\.000,00/);
  assert.match(await table.textContent(), /€ 13\.310,00/);
  assert.match(await table.textContent(), /€ 12\.100,00/);
  await plan.setAmount('Of een totaalbedrag', 'veel geld');
  await plan.budgetSection.getByText('“veel geld” is geen getal.').waitFor();

  await plan.addPromise('We vragen in elk overleg eerst wat medewerkers nodig hebben', 'teamleiders');
  await plan.promise(1).check('Deels', 'nog niet in alle teams');
  assert.match(await plan.promise(1).checks.textContent(), /merken medewerkers het\? Deels: nog niet in alle teams/);

  await plan.addMeasure('Doorlooptijd (dagen)', '20');
  await plan.measure(1).record('13');
  assert.match(await plan.measure(1).change.textContent(), /−35% \(lager dan de nulmeting\)/);

  await plan.reload();
  assert.match(await plan.budgetTable.textContent(), /€ 13\.310,00/);
  assert.equal(await plan.promises.count(), 1);
  assert.match(await plan.measure(1).change.textContent(), /−35%/);
  assert.equal(await plan.horizontalOverflow(), 0);
  assert.deepEqual(problems.errors, []);
  await context.close();
});
