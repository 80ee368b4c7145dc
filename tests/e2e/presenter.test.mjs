// A team session on the big screen: readable from the back of the room at 1920×1080, moved
// through with the keys a presenter's clicker sends, one dimension at a time with its dots,
// questions, timer and notes, the card large, *Maak actie* into a plan, and no figure at
// all below the session's minimum. Also on a phone, and without axe violations.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { useApp, phonePage, desktopPage, assertClean, axeViolations, ROOT } from './support.mjs';
import { pages } from './pages/index.mjs';
import { PresenterPage } from './pages/presenter.mjs';

const app = useApp();
const SHOTS = join(ROOT, 'tests', 'e2e', 'artifacts', 'presenter');
const BIG = { width: 1920, height: 1080 };
const SESSIONS_KEY = 'ontwikkelkaarten.teamsessies';

before(async () => {
  await mkdir(SHOTS, { recursive: true });
});

/** The dimensions in deck order; each has two statements, `<id>.u1` and `<id>.u2`. */
const DIMENSIONS = ['gedeelde-visie', 'leren-op-de-werkvloer', 'teamleren', 'feedbackprocessen', 'partners', 'kwaliteitscultuur', 'eigenaarschap', 'structuur-en-beleid'];

/** A member's answers: per dimension one answer for both its statements (0: weet ik niet). */
function answers(perDimension) {
  return Object.fromEntries(DIMENSIONS.flatMap((d, i) => [[`${d}.u1`, perDimension[i]], [`${d}.u2`, perDimension[i]]]));
}

/**
 * Five members. On *Teamleren* (the third dimension) they score 2, 3, 3, 5 and 4: a mean
 * of 3,4, a strong spread, and two equal scores that stack. On *Gedeelde visie* the fifth
 * member does not know, so it has four dots.
 */
const MEMBERS = [
  [4, 3, 2, 3, 4, 3, 4, 3],
  [4, 3, 3, 3, 3, 3, 4, 2],
  [3, 2, 3, 2, 4, 4, 3, 3],
  [5, 3, 5, 3, 4, 3, 4, 3],
  [0, 4, 4, 3, 5, 3, 3, 4],
];

/** A session as `TeamSession` is kept (see `domain::session`), with these members' results. */
function session(code, team, members) {
  return {
    code,
    team,
    name: 'nulmeting',
    created: '2026-11-02T09:30:00',
    minimum: 3,
    names_allowed: false,
    show_names: false,
    results: members.map((m, i) => ({ id: 1000 + i, day: '2026-11-03', answers: answers(m) })),
  };
}

/** The document `write_sessions` keeps under the sessions key. */
const SESSIONS = JSON.stringify({
  format: 'ontwikkelkaarten',
  version: 1,
  teamsessies: [session('K7M-2QX', 'MT Zuid', MEMBERS), session('Q4P-9ZT', 'Sales', MEMBERS.slice(0, 2))],
});

/** A projector's window (1920×1080 by default), which lets the tests add axe (bypassCSP). */
async function bigScreen(viewport = BIG) {
  return withPages(await desktopPage(app.browser, { viewport, server: app.server, bypassCSP: true }), 'click');
}

function withPages(session, pointer) {
  const options = { url: app.server.url, pointer };
  return { ...session, ...pages(session.page, options), presenter: new PresenterPage(session.page, options) };
}

/** Puts the sessions on the device, as the facilitator's collecting page keeps them. */
async function seed(site) {
  await site.open('#/');
  await site.page.evaluate(([k, t]) => localStorage.setItem(k, t), [SESSIONS_KEY, SESSIONS]);
}

async function keptSessions(site) {
  return JSON.parse(await site.storedText(SESSIONS_KEY)).teamsessies;
}

async function shot(page, name) {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });
}

test('at 1920×1080 the radar comes first, in type the back of the room can read, and the clicker keys move through the dimensions', async () => {
  const { context, page, problems, app: site, presenter } = await bigScreen();
  await seed(site);
  await presenter.open('K7M2QX');
  await presenter.waitForHeading('Teambeeld');
  assert.equal(await presenter.position(), '1 van 9');
  assert.equal(await presenter.radar.count(), 1, 'one radar shows (the wide one)');
  assert.ok(await presenter.radar.isVisible());
  assert.equal(await site.header.isVisible(), false, 'full screen: no site header');
  const overview = await presenter.smallestText();
  assert.ok(overview.size >= 28, `the smallest text on the overview is ${overview.size}px (${overview.text})`);
  assert.ok(await presenter.headingSize() >= 1.5 * 28, 'the heading is larger still');
  assert.deepEqual(await presenter.smallTouchTargets(), [], 'every button at least 44 px');
  assert.equal(await presenter.horizontalOverflow(), 0);
  await shot(page, 'big-overview');

  await presenter.keyTo('ArrowRight', '2 van 9');
  await presenter.waitForHeading('1. Een gedeelde visie en ambitie realiseren');
  await presenter.waitForFocus(presenter.heading);
  assert.equal(await presenter.dotCount(), 4, 'a member who does not know is no dot');
  await presenter.keyTo(' ', '3 van 9');
  await presenter.keyTo('PageDown', '4 van 9');
  await presenter.waitForHeading('3. Teamleren en samenwerken bevorderen');
  await presenter.waitForFocus(presenter.heading);
  await presenter.keyTo('ArrowLeft', '3 van 9');
  await presenter.keyTo('PageDown', '4 van 9');
  await presenter.keyTo('Backspace', '3 van 9');
  await presenter.keyTo('PageUp', '2 van 9');
  await presenter.keyTo('End', '9 van 9');
  await presenter.keyTo('Home', '1 van 9');
  await presenter.waitForHeading('Teambeeld');
  await presenter.press(presenter.nextButton);
  await presenter.waitForHeading('1. Een gedeelde visie en ambitie realiseren');
  await presenter.press(presenter.previousButton);
  await presenter.waitForHeading('Teambeeld');
  assert.ok(await presenter.previousButton.isDisabled(), 'nothing before the first step');

  // A dimension: its figures, the dots, the marker and the card's two challenges.
  await presenter.press(presenter.main.getByRole('button', { name: '3. Teamleren' }));
  await presenter.waitForHeading('3. Teamleren en samenwerken bevorderen');
  assert.equal(await presenter.position(), '4 van 9');
  assert.equal(await presenter.figure('Gemiddelde').textContent(), '3,4');
  assert.equal(await presenter.figure('Spreiding').textContent(), '2,0 – 5,0');
  assert.equal(await presenter.figure('Deelnemers').textContent(), '5');
  assert.ok(await presenter.spreadMarker.isVisible(), 'the strong spread is marked');
  assert.equal(await presenter.dotCount(), 5, 'one dot per member with a score');
  assert.equal(
    await presenter.distribution.getAttribute('aria-label'),
    '5 scores op de schaal van 1 tot 5: 2,0; 3,0; 3,0; 4,0 en 5,0',
  );
  const stacked = await presenter.distribution.locator('circle.dot').evaluateAll((dots) => dots.map((d) => d.getAttribute('cx')));
  assert.equal(new Set(stacked).size, 4, 'the two equal scores stand on one spot, stacked');
  assert.deepEqual(await presenter.questions.allTextContents(), [
    'Hoe kun je samenwerking op de werkvloer organiseren?',
    'Hoe zorg je dat medewerkers van elkaar leren?',
  ]);
  const dimension = await presenter.smallestText();
  assert.ok(dimension.size >= 28, `the smallest text on a dimension is ${dimension.size}px (${dimension.text})`);
  assert.deepEqual(await presenter.smallTouchTargets(), []);
  await shot(page, 'big-dimension');
  assertClean(problems);
  await context.close();
});

test('the timer counts down in place, and the notes are kept in the session', async () => {
  const { context, page, problems, app: site, presenter } = await bigScreen();
  await seed(site);
  await presenter.open('K7M2QX');
  await presenter.waitForHeading('Teambeeld');
  await presenter.keyTo('PageDown', '2 van 9');
  await presenter.keyTo('PageDown', '3 van 9');
  await presenter.keyTo('PageDown', '4 van 9');

  // The countdown: each second changes its text only, never the rest of the step.
  await page.evaluate(() => { globalThis.shownHeading = document.querySelector('main h1'); });
  assert.equal(await presenter.timer.textContent(), '10:00');
  await presenter.timerMinutes.selectOption('5');
  assert.equal(await presenter.timer.textContent(), '05:00');
  await presenter.press(presenter.main.getByRole('button', { name: 'Start timer' }));
  await page.waitForFunction(() => /^04:5\d$/.test(document.querySelector('[role=timer]').textContent));
  await page.waitForTimeout(1200);
  assert.ok(await page.evaluate(() => globalThis.shownHeading.isConnected), 'the step was not drawn again');
  await presenter.press(presenter.main.getByRole('button', { name: 'Pauze' }));
  const paused = await presenter.timer.textContent();
  await page.waitForTimeout(1500);
  assert.equal(await presenter.timer.textContent(), paused, 'a paused timer stands still');
  await presenter.press(presenter.main.getByRole('button', { name: 'Opnieuw' }));
  assert.equal(await presenter.timer.textContent(), '05:00');

  // Notes: kept a moment after typing stops, and there after a reload.
  await presenter.notes.fill('Meer samen leren: elke maand een leerlunch.');
  await presenter.noteSaved.waitFor();
  assert.equal((await keptSessions(site))[0].notes.teamleren, 'Meer samen leren: elke maand een leerlunch.');
  // Keys typed in the notes are typing, not moving.
  await presenter.notes.press('ArrowLeft');
  await presenter.notes.press('Backspace');
  assert.equal(await presenter.position(), '4 van 9');
  await presenter.notes.press('Escape');
  await presenter.noteSaved.waitFor();
  assert.equal(await presenter.position(), '4 van 9', 'Escape in the notes leaves the field, not the view');
  assert.equal((await keptSessions(site))[0].notes.teamleren, 'Meer samen leren: elke maand een leerlunc.');

  await presenter.reload();
  await presenter.waitForHeading('Teambeeld');
  await presenter.press(presenter.main.getByRole('button', { name: '3. Teamleren' }));
  await presenter.waitForHeading('3. Teamleren en samenwerken bevorderen');
  assert.equal(await presenter.notes.inputValue(), 'Meer samen leren: elke maand een leerlunc.');

  // Escape (focus on the heading) leaves for the session's page.
  await presenter.heading.focus();
  await presenter.key('Escape');
  await presenter.waitForHash('#/teamsessie/K7M2QX');
  assertClean(problems);
  await context.close();
});

test('the card opens large in the presenter and Escape closes it; Maak actie puts an action with owner and date into a plan', async () => {
  const { context, page, problems, app: site, presenter, plan } = await bigScreen();
  await seed(site);
  await presenter.open('K7M2QX');
  await presenter.waitForHeading('Teambeeld');
  await presenter.press(presenter.main.getByRole('button', { name: '3. Teamleren' }));
  await presenter.waitForHeading('3. Teamleren en samenwerken bevorderen');

  await presenter.openCard();
  await presenter.waitForHeading('Teamleren en samenwerken bevorderen');
  await presenter.waitForFocus(presenter.heading);
  assert.ok(await presenter.cardSuggestions.count() >= 10, 'the card with its suggestions');
  const card = await presenter.smallestText();
  assert.ok(card.size >= 28, `the smallest text on the card is ${card.size}px (${card.text})`);
  await shot(page, 'big-card');
  // Reading the card: the keys scroll it, they do not move to another step.
  await presenter.key('PageDown');
  assert.equal(await presenter.position(), '4 van 9');
  await presenter.key('Escape');
  await presenter.waitForHeading('3. Teamleren en samenwerken bevorderen');
  await presenter.waitForFocus(presenter.main.getByRole('button', { name: 'Open kaart' }));

  // No plan on this device yet: the action gets a new plan named after the team.
  await presenter.openActionForm();
  await presenter.waitForFocus(presenter.actionForm.getByLabel('Wat gaan jullie doen?'));
  assert.equal(
    await presenter.actionForm.getByLabel('In plan').evaluate((s) => s.selectedOptions[0].textContent),
    'Nieuw plan: Acties MT Zuid',
  );
  await presenter.press(presenter.actionForm.getByRole('button', { name: 'Actie toevoegen' }));
  await presenter.actionForm.getByRole('alert').filter({ hasText: 'Vul in wat er gaat gebeuren.' }).waitFor();
  const done = await presenter.makeAction({ what: 'Elke maand een leerlunch', who: 'Sanne', when: '2026-12-15' });
  assert.equal(await done.textContent(), '✓ Actie toegevoegd aan Acties MT Zuid');
  const form = await presenter.smallestText();
  assert.ok(form.size >= 28, `the smallest text with the form open is ${form.size}px (${form.text})`);
  await shot(page, 'big-action');
  const planId = (await keptSessions(site))[0].plan;
  assert.ok(planId, 'the session remembers its plan');

  // The next action goes into the same plan, also after a reload.
  await presenter.reload();
  await presenter.waitForHeading('Teambeeld');
  await presenter.press(presenter.main.getByRole('button', { name: '4. Feedback' }));
  await presenter.openActionForm();
  assert.equal(await presenter.actionForm.getByLabel('In plan').inputValue(), planId);
  await presenter.makeAction({ what: 'Feedbackronde na elk project' });
  await presenter.press(presenter.actionForm.getByRole('link', { name: 'Acties MT Zuid' }));
  await plan.ready();
  await plan.waitForHeading('Acties MT Zuid');
  const action = plan.actions.filter({ hasText: 'Elke maand een leerlunch' });
  assert.equal(await action.getByLabel('Eigenaar').inputValue(), 'Sanne');
  assert.equal(await action.getByLabel('Klaar op').inputValue(), '2026-12-15');
  assert.equal(await plan.actions.filter({ hasText: 'Feedbackronde na elk project' }).count(), 1);
  assertClean(problems);
  await context.close();
});

test('below the minimum the presenter shows no team figure, only how many are in and how many more are needed', async () => {
  const { context, page, problems, app: site, presenter } = await bigScreen();
  await seed(site);
  await presenter.open('Q4P9ZT');
  await presenter.waitForHeading('Nog 1 nodig');
  await presenter.main.getByText('2 binnen', { exact: true }).waitFor();
  assert.equal(await presenter.radar.count(), 0, 'no radar');
  assert.equal(await presenter.main.locator('svg').count(), 0, 'no drawing of any kind');
  assert.equal(await presenter.main.getByText('Gemiddelde').count(), 0, 'no mean');
  assert.doesNotMatch(await presenter.main.textContent(), /\d,\d/, 'no score anywhere');
  assert.equal(await presenter.steps.count(), 0, 'nothing to step through');
  await presenter.key('PageDown');
  await presenter.waitForHeading('Nog 1 nodig');
  const waiting = await presenter.smallestText();
  assert.ok(waiting.size >= 28, `the smallest text is ${waiting.size}px (${waiting.text})`);
  await shot(page, 'big-waiting');
  assert.deepEqual(await axeViolations(page), []);
  assertClean(problems);
  await context.close();
});

test('on a phone the presenter fits the width, and axe finds nothing on any of its screens', async () => {
  const phone = withPages(await phonePage(app.browser, { bypassCSP: true }), 'tap');
  const big = await bigScreen();
  const seen = {};
  for (const [size, { context, page, problems, app: site, presenter }] of [['phone', phone], ['big', big]]) {
    await seed(site);
    await presenter.open('K7M2QX');
    await presenter.waitForHeading('Teambeeld');
    assert.equal(await presenter.horizontalOverflow(), 0, `${size}: the overview fits`);
    if (size === 'phone') await shot(page, 'phone-overview');
    seen[`${size} overview`] = await axeViolations(page);
    await presenter.press(presenter.nextButton);
    await presenter.press(presenter.nextButton);
    await presenter.press(presenter.nextButton);
    await presenter.waitForHeading('3. Teamleren en samenwerken bevorderen');
    await presenter.openActionForm();
    await presenter.actionForm.waitFor();
    assert.equal(await presenter.horizontalOverflow(), 0, `${size}: a dimension with the action form fits`);
    assert.deepEqual(await presenter.smallTouchTargets(), [], `${size}: every button at least 44 px`);
    if (size === 'phone') await shot(page, 'phone-dimension');
    seen[`${size} dimension`] = await axeViolations(page);
    await presenter.openCard();
    await presenter.waitForHeading('Teamleren en samenwerken bevorderen');
    assert.equal(await presenter.horizontalOverflow(), 0, `${size}: the card fits`);
    if (size === 'phone') await shot(page, 'phone-card');
    seen[`${size} card`] = await axeViolations(page);
    assertClean(problems);
    await context.close();
  }
  assert.deepEqual(seen, Object.fromEntries(Object.keys(seen).map((k) => [k, []])));
});
