// End-to-end tests of the journey planner on a phone viewport.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdir } from 'node:fs/promises';
import { useApp, phonePage, assertClean, ROOT, LANGUAGES } from './support.mjs';
import { pages } from './pages/index.mjs';
import { checkboxLayout } from './pages/plan.mjs';

const app = useApp();

/** A phone; with `lang` 'en' an English one (the browser's language, and en.html). */
async function phone({ lang = 'nl', ...options } = {}) {
  const session = await phonePage(app.browser, { locale: lang === 'en' ? 'en-GB' : 'nl-NL', ...options });
  return { ...session, ...pages(session.page, { url: app.server.url, lang }) };
}

/** A wide screen used with a mouse. */
async function desk(width = 1280, height = 800) {
  const session = await phonePage(app.browser, { viewport: { width, height } });
  return { ...session, ...pages(session.page, { url: app.server.url, pointer: 'click' }) };
}

/** Screenshots to look at (git-ignored). */
const SHOTS = `${ROOT}tests/e2e/artifacts/plan`;

/** The plan in the format-v1 fixture: sessions, an action, a promise, budget and a measure. */
const FIXTURE = await readFile(new URL('../fixtures/format-v1.json', import.meta.url), 'utf8');
const FIXTURE_PLAN = '#/plan/plan-fixture-1';

/** Opens the fixture's plan on `screen` (a set of page objects), with the fixture stored. */
async function openFixturePlan({ app: shell, plan }) {
  await shell.open('#/');
  await shell.store(FIXTURE);
  await plan.open(FIXTURE_PLAN);
  // The app read the store before the fixture was in it.
  await plan.reload();
  await plan.ready();
}

const weekday = (iso) => new Date(iso + 'T12:00:00Z').getUTCDay();

for (const lang of LANGUAGES) {
  test(`[${lang}] an MT journey from its template: five weekday sessions, an action from a card, review, done, reload, .ics`, async () => {
    const t = (nl, en) => (lang === 'en' ? en : nl);
    const { context, problems, plans, plan, card, session } = await phone({ lang });
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
    await suggestion.mark(t('Oppakken', 'Take up'));
    await suggestion.makeAction();
    await suggestion.actionNote.waitFor();
    assert.match(await suggestion.actionNote.textContent(), /MT Zuid/);

    // Open the second session: the action is listed as open.
    await plans.open();
    await plans.openPlan('MT Zuid');
    await plan.session(2).open();
    assert.equal(await session.openActions.count(), 1);
    assert.match(await session.openActions.textContent(), t(/Medewerkers vooral stimuleren om feedback te vragen/, /Above all, encouraging employees to ask for feedback/));
    await session.finishAction(0);
    await session.noOpenActions.waitFor();
    const saw = t('Iedereen vroeg om feedback, maar niet aan de directeur.', 'Everyone asked for feedback, but not from the director.');
    await session.whatWeSaw.fill(saw);
    await session.markHeld();

    await session.reload();
    assert.equal(await session.whatWeSaw.inputValue(), saw);
    assert.equal(await session.held.isChecked(), true);
    await session.backToPlan('MT Zuid');
    assert.match(await plan.progressPanel.textContent(), t(/1 van 5 sessies gehouden/, /1 of 5 sessions held/));
    assert.match(await plan.progressPanel.textContent(), t(/1 van 1 acties klaar/, /1 of 1 actions done/));

    const download = await plan.downloadAgenda();
    assert.equal(download.suggestedFilename(), 'mt-zuid.ics');
    const ics = await readFile(await download.path(), 'utf8');
    assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
    assert.equal((ics.match(/BEGIN:VEVENT/g) ?? []).length, 5);
    assert.match(ics, /DTSTART;VALUE=DATE:20270301\r\n/);
    // The calendar's texts are in the page's language: a session's kind and the plan it is from.
    assert.match(ics, t(/\r\nSUMMARY:Werksessie – Werksessie 1: /, /\r\nSUMMARY:Working session – Working session 1: /));
    assert.ok(ics.replace(/\r\n /g, '').includes(t('Uit het plan: MT Zuid', 'From the plan: MT Zuid')), 'the description names the plan');
    assertClean(problems);
    await context.close();
  });
}

for (const lang of LANGUAGES) {
  test(`[${lang}] moving a session is flagged, never reordered; a strange date gets a message in the page's language and changes nothing`, async () => {
    const t = (nl, en) => (lang === 'en' ? en : nl);
    const { context, problems, plans, plan } = await phone({ lang });
    await plans.open();
    await plans.setStart('2027-03-01');
    await plans.setTeam(['Anna', 'Bram', 'Chris']);
    assert.match(await plans.teamHint.textContent(), t(/Let op: 3 deelnemers/, /Note: 3 participants/));
    await plans.create();
    assert.match(await plan.notices.textContent(), t(/3 deelnemers/, /3 participants/));

    const titles = await plan.sessionTitles();
    await plan.session(2).setDate('2027-02-27'); // a Saturday before the start
    await plan.session(2).dateWarning.waitFor();
    assert.match(await plan.notices.textContent(), t(/ligt vóór de start van het plan/, /is before the start of the plan/));
    assert.match(await plan.notices.textContent(), t(/valt in het weekend/, /falls on a weekend/));
    assert.deepEqual(await plan.sessionTitles(), titles, 'order kept');

    // A date the calendar does not have (typed into the field's text) is refused in the page's language.
    const before = await plan.storedText();
    await plan.session(3).date.evaluate((el) => {
      el.type = 'text';
      el.value = '31-2-2027';
      el.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await plan.main.getByText(t(/bestaat niet in de kalender/, /does not exist in the calendar/)).waitFor();
    assert.equal(await plan.storedText(), before, 'nothing changed');
    assert.deepEqual(problems.errors, []);
    await context.close();
  });
}

for (const lang of LANGUAGES) {
  test(`[${lang}] budget side by side, promises checked over time, and measures in percent`, async () => {
    const t = (nl, en) => (lang === 'en' ? en : nl);
    const { context, problems, plans, plan } = await phone({ lang });
    await plans.open();
    await plans.create();

    // Amounts typed the way the page's language writes them.
    await plan.setAmount(t('Prijs per offsite', 'Price per offsite'), t('3.250', '3,250'));
    await plan.setAmount(t('Prijs per werksessie', 'Price per working session'), '1500');
    const table = plan.budgetTable;
    await table.waitFor();
    // 2 × 3.250 + 3 × 1.500 = 11.000; +21% = 13.310; +10% = 12.100.
    assert.match(await table.textContent(), t(/€ 11\.000,00/, /€11,000\.00/));
    assert.match(await table.textContent(), t(/€ 13\.310,00/, /€13,310\.00/));
    assert.match(await table.textContent(), t(/€ 12\.100,00/, /€12,100\.00/));
    await plan.setAmount(t('Of een totaalbedrag', 'Or a total amount'), t('veel geld', 'a lot of money'));
    await plan.budgetSection.getByText(t('“veel geld” is geen getal.', '“a lot of money” is not a number.')).waitFor();

    await plan.addPromise(t('We vragen in elk overleg eerst wat medewerkers nodig hebben', 'In every meeting we first ask what staff need'), t('teamleiders', 'team leaders'));
    await plan.promise(1).check(t('Deels', 'Partly'), t('nog niet in alle teams', 'not yet in all teams'));
    assert.match(await plan.promise(1).checks.textContent(), t(/merken medewerkers het\? Deels: nog niet in alle teams/, /do staff notice it\? Partly: not yet in all teams/));

    await plan.addMeasure(t('Doorlooptijd (dagen)', 'Lead time (days)'), '20');
    await plan.measure(1).record('13');
    assert.match(await plan.measure(1).change.textContent(), t(/−35% \(lager dan de nulmeting\)/, /−35% \(lower than the baseline\)/));

    // The MT journey proposes the four outcome measures of the offer, with their targets.
    assert.deepEqual(await plan.proposedMeasures(), t(['Doorlooptijd van verbeterinitiatieven', 'Leiderschapsscore', 'Teamvertrouwen', 'Implementatietijd'], ['Lead time of improvement initiatives', 'Leadership score', 'Team trust', 'Implementation time']));
    const trust = t('Teamvertrouwen', 'Team trust');
    await plan.startProposedMeasure(trust, t('vijf', 'five'));
    await plan.measuresSection.getByText(t('Nulmeting: “vijf” is geen getal.', 'Baseline: “five” is not a number.')).waitFor();
    await plan.startProposedMeasure(trust, '5');
    assert.match(await plan.measure(2).item.textContent(), t(/Doel: \+40% ten opzichte van de nulmeting/, /Target: \+40% compared with the baseline/));
    await plan.measure(2).record('6');
    assert.equal(await plan.measure(2).change.textContent(), t('+20% (hoger dan de nulmeting); doel +40%: nog niet gehaald', '+20% (higher than the baseline); target +40%: not yet reached'));
    await plan.measure(2).record('7');
    await plan.measure(2).item.getByText(t('+40% (hoger dan de nulmeting); doel +40%: gehaald', '+40% (higher than the baseline); target +40%: reached'), { exact: true }).waitFor();
    assert.deepEqual(await plan.proposedMeasures(), t(['Doorlooptijd van verbeterinitiatieven', 'Leiderschapsscore', 'Implementatietijd'], ['Lead time of improvement initiatives', 'Leadership score', 'Implementation time']));

    await plan.reload();
    assert.match(await plan.budgetTable.textContent(), t(/€ 13\.310,00/, /€13,310\.00/));
    assert.equal(await plan.promises.count(), 1);
    assert.match(await plan.measure(1).change.textContent(), /−35%/);
    assert.match(await plan.measure(2).change.textContent(), t(/doel \+40%: gehaald$/, /target \+40%: reached$/), 'the target is kept with the plan');
    assert.equal(await plan.horizontalOverflow(), 0);
    assert.deepEqual(problems.errors, []);
    await context.close();
  });
}

test('a new plan says what to do first; the links at the top lead to a section; a moved date is flagged beside it', async () => {
  const { context, problems, plans, plan, session } = await phone();
  await plans.open();
  await plans.create({ name: 'MT Noord', start: '2027-03-01', team: ['Anna', 'Bram', 'Chris', 'Dewi', 'Eef', 'Fatima'] });

  // Nothing held, nothing agreed: a first step, not "0 van 0 acties klaar".
  await plan.firstSteps.waitFor();
  assert.doesNotMatch(await plan.progressPanel.textContent(), /0 van 0/);
  assert.match(await plan.progressPanel.textContent(), /Bereid eerst Offsite 1: koers en prioriteiten voor/);

  // The links at the top move focus to the section's heading, which is in view.
  await plan.jumpTo('Acties');
  await plan.waitForHash(/\/acties$/);
  await plan.waitForFocus(plan.sectionHeading('Verbeteracties (Action Learning)'));
  await plan.waitForInView(plan.sectionHeading('Verbeteracties (Action Learning)'));
  for (const [link, heading] of [['Metingen', 'Resultaten meten (optioneel)'], ['Beloften', 'Beloften'], ['Budget', 'Budget (optioneel)'], ['Sessies', 'Sessies']]) {
    await plan.jumpTo(link);
    await plan.waitForFocus(plan.sectionHeading(heading));
  }
  assert.equal(await plan.heading.textContent(), 'MT Noord', 'the same page');

  // A date moved to a Saturday before the start: the warning stands beside that date.
  await plan.session(2).setDate('2027-02-27');
  await plan.session(2).dateWarning.waitFor();
  assert.equal(await plan.session(2).dateWarning.textContent(),
    'Let op: deze datum ligt vóór de start van het plan en valt in het weekend en ligt vóór de sessie die ervoor staat.');
  assert.equal(await plan.session(1).dateWarning.count(), 0);
  assert.equal(await plan.session(3).dateWarning.count(), 0);
  assert.match(await plan.notices.textContent(), /valt in het weekend/);

  // And on the session's own page, until the date is right again.
  await plan.session(2).open();
  assert.match(await session.dateWarning.textContent(), /valt in het weekend/);
  await session.setDate('2027-03-16');
  await session.dateWarning.waitFor({ state: 'detached' });
  // Back to the plan's sessions, where the warning is gone too.
  await session.backToPlan('MT Noord');
  await plan.waitForFocus(plan.sectionHeading('Sessies'));
  assert.equal(await plan.session(2).dateWarning.count(), 0);
  assert.equal(await plan.notices.count(), 0);

  // The list of plans does not count what is not there.
  await plans.open();
  assert.match(await plans.summaryOf('MT Noord'), /5 sessies gepland · nog geen acties$/);

  // Once there is an action, the figures replace the first step.
  await plans.openPlan('MT Noord');
  await plan.addAction('Feedback vragen in elk overleg');
  await plan.firstSteps.waitFor({ state: 'detached' });
  assert.match(await plan.progressPanel.textContent(), /0 van 1 acties klaar/);
  await plans.open();
  assert.match(await plans.summaryOf('MT Noord'), /5 sessies gepland · 0 van 1 actie klaar$/);
  assertClean(problems);
  await context.close();
});

test('checkboxes stand on the line of their label, 44 px tall, on a phone and a wide screen', async () => {
  for (const screen of [await phone(), await desk()]) {
    const { context, plans, plan, session } = screen;
    await plans.open();
    const width = screen.page.viewportSize().width;
    for (const box of await checkboxLayout(plans.dimensionBoxes)) {
      assert.ok(box.height >= 44, `${width}px: ${box.name} is ${box.height}px tall`);
      assert.ok(box.beside && box.offset <= 4, `${width}px: ${box.name} beside its box (${JSON.stringify(box)})`);
    }
    await plans.create();
    await plan.session(1).open();
    for (const box of await checkboxLayout(session.dimensionBoxes)) {
      assert.ok(box.height >= 44 && box.beside && box.offset <= 4, `${width}px, session: ${JSON.stringify(box)}`);
    }
    await context.close();
  }
});

test('a plan with data fits a 360 px phone; on a wide screen the overview stands beside the sessions', async () => {
  await mkdir(SHOTS, { recursive: true });
  for (const width of [360, 390]) {
    const screen = await phone({ viewport: { width, height: 800 } });
    const { context, problems, plan, plans, session } = screen;
    await openFixturePlan(screen);
    // A pasted link is one long word.
    await plan.addAction('Verslag delen via https://intranet.example.nl/teams/mt-zuid/verbeterplannen/2026/feedback-in-elk-overleg');
    await plan.budgetTable.waitFor();
    assert.equal(await plan.horizontalOverflow(), 0, `plan at ${width}px`);
    // On a phone the overview comes first, then the sessions.
    const overview = await plan.progressPanel.boundingBox();
    const sessions = await plan.sectionHeading('Sessies').boundingBox();
    assert.ok(overview.y + overview.height <= sessions.y, 'overview above the sessions');
    // The timeline names a session's kind once.
    assert.equal(await plan.timeline.getByRole('link').first().textContent(), 'Offsite 1: koers en prioriteiten');
    assert.match(await plan.timeline.textContent(), /gehouden/);
    assert.doesNotMatch(await plan.timeline.textContent(), /gedaan|Offsite: Offsite/);
    if (width === 390) await screen.page.screenshot({ path: `${SHOTS}/plan-390.png`, fullPage: true });
    await plan.session(2).open();
    assert.equal(await session.horizontalOverflow(), 0, `session at ${width}px`);
    await plans.open();
    assert.equal(await plans.horizontalOverflow(), 0, `plans at ${width}px`);
    assert.deepEqual(problems.errors, []);
    await context.close();
  }

  const wide = await desk();
  const { context, problems, plan } = wide;
  await openFixturePlan(wide);
  const overview = await plan.progressPanel.boundingBox();
  const timeline = await plan.timeline.boundingBox();
  const sessions = await plan.sectionHeading('Sessies').boundingBox();
  assert.ok(overview.x + overview.width < sessions.x, 'the overview left of the sessions');
  assert.ok(timeline.x + timeline.width < sessions.x, 'the timeline left of the sessions');
  assert.ok(sessions.y < overview.y + overview.height, 'side by side, not one under the other');
  assert.equal(await plan.horizontalOverflow(), 0);

  // "Gegevens van het plan" opens on a row tall enough to tap, and its marker turns.
  const toggle = plan.detailsToggle;
  assert.ok((await toggle.boundingBox()).height >= 44);
  const marker = () => toggle.evaluate((el) => getComputedStyle(el, '::before').transform);
  assert.equal(await marker(), 'none');
  assert.equal(await plan.main.getByLabel('Naam', { exact: true }).isVisible(), false);
  await plan.press(toggle);
  await plan.main.getByLabel('Naam', { exact: true }).waitFor();
  assert.notEqual(await marker(), 'none');
  await plan.press(toggle);
  await wide.page.screenshot({ path: `${SHOTS}/plan-1280.png`, fullPage: true });
  assert.deepEqual(problems.errors, []);
  await context.close();
});
