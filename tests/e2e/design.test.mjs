// The design pass over every page: the team view keeps what a facilitator loaded, charts
// people can read on a phone and beside their table on a wide screen, a focus ring on a
// heading for keyboard users only, and the reminder to export for a returning visitor.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useApp, phonePage, assertClean, ROOT, LANGUAGES } from './support.mjs';
import { pages } from './pages/index.mjs';
import { memberFile } from './member-files.mjs';

const app = useApp();
let dir;
let fixture;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ontwikkelkaarten-design-'));
  fixture = await readFile(join(ROOT, 'tests', 'fixtures', 'format-v1.json'), 'utf8');
});

async function phone({ lang = 'nl', ...options } = {}) {
  const session = await phonePage(app.browser, { locale: lang === 'en' ? 'en-GB' : 'nl-NL', ...options });
  return { ...session, ...pages(session.page, { url: app.server.url, lang }) };
}

/** A phone whose storage holds the file-format fixture (two scans, a plan). */
async function phoneWithData(options) {
  const session = await phone(options);
  await session.app.open('#/');
  await session.app.store(fixture);
  await session.app.reload();
  return session;
}

const TEAM_KEY = 'ontwikkelkaarten.team';

test('the team view keeps what was loaded across pages and a reload, until it is cleared after a confirmation', async () => {
  const { context, page, problems, app: site, team } = await phone();
  await team.open();
  await team.importFiles([
    await memberFile(dir, 'anna', 'Anna', 4, [1, 2]),
    await memberFile(dir, 'bram', 'Bram', 3, [3, 3]),
    await memberFile(dir, 'chris', 'Chris', 2, [5, 4]),
  ]);
  await team.participants.filter({ hasText: '3 deelnemers' }).waitFor();
  const figures = await team.figures(4);

  await site.goTo('Zoeken');
  await site.waitForHeading('Zoeken in de kaarten');
  await page.goBack();
  await team.waitForHeading('Teambeeld');
  assert.equal(await team.participants.textContent(), '3 deelnemers', 'back from another page: the same team');
  assert.deepEqual(await team.figures(4), figures);

  await team.reload();
  assert.equal(await team.participants.textContent(), '3 deelnemers', 'after a reload: the same team');
  await team.showNames();
  assert.match(await team.members.textContent(), /Anna — anna\.json/);

  await team.askClear();
  await team.cancelClear();
  assert.equal(await team.participants.textContent(), '3 deelnemers', 'cancelling clears nothing');
  assert.notEqual(await site.storedText(TEAM_KEY), null);
  await team.askClear();
  assert.match(await team.confirmClear.textContent(), /De 3 ingelezen scans van dit apparaat wissen\?/);
  await team.confirmClearing();
  assert.equal(await site.storedText(TEAM_KEY), null, 'nothing of the team is left on the device');
  await team.reload();
  assert.equal(await team.noScansYet.isVisible(), true);
  assertClean(problems);
  await context.close();
});

test('kept team data that cannot be read is set aside and reported, not overwritten', async () => {
  const { context, problems, app: site, team } = await phone();
  await site.open('#/');
  const damaged = '{"format":"ontwikkelkaarten","version":1,"scans":[{"id":';
  await site.page.evaluate(([k, t]) => localStorage.setItem(k, t), [TEAM_KEY, damaged]);
  await team.open();
  await team.problem(/^De scans die hier waren ingelezen, konden niet worden gelezen\..*Ze zijn apart bewaard/).waitFor();
  assert.equal(await site.storedText(`${TEAM_KEY}.beschadigd`), damaged);
  await team.importFiles([await memberFile(dir, 'dewi', 'Dewi', 3, [2, 2])]);
  await team.participants.filter({ hasText: '1 deelnemer' }).waitFor();
  assert.equal(await site.storedText(`${TEAM_KEY}.beschadigd`), damaged, 'the damaged copy is kept');
  assertClean(problems);
  await context.close();
});

test('the team view says why "Mijn laatste scan toevoegen" cannot be used, and that one member is not a team', async () => {
  const { context, problems, team } = await phone();
  await team.open();
  assert.equal(await team.addMyLatestScanButton.isDisabled(), true);
  assert.match(await team.description(team.addMyLatestScanButton), /nog geen eigen scan afgerond/);
  assert.equal(await team.dragHint.isVisible(), false, 'no dragging on a touch screen');
  await team.importFiles([await memberFile(dir, 'eef', 'Eef', 4, [4, 4])]);
  await team.participants.filter({ hasText: '1 deelnemer' }).waitFor();
  assert.equal(await team.needsTwo.isVisible(), true);
  assert.equal(await team.table.count(), 0, 'no team figures for one person');
  await team.importFiles([await memberFile(dir, 'fatima', 'Fatima', 2, [2, 2])]);
  await team.table.waitFor();
  assert.equal(await team.needsTwo.count(), 0);
  await team.askClear();
  await team.confirmClearing();
  assertClean(problems);
  await context.close();

  // With a mouse, the hint about dragging files is there.
  const desktop = await app.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
  const page = await desktop.newPage();
  const { team: wide } = pages(page, { url: app.server.url, pointer: 'click' });
  await wide.open();
  assert.equal(await wide.dragHint.isVisible(), true);
  await desktop.close();
});

test('the radar on a phone: the full width, labels of at least 12 px, rings marked 1 to 5, a key to the numbers', async () => {
  const { context, problems, result, team } = await phoneWithData();
  await result.open('#/scan/resultaat/scan-fixture-1');
  await result.ready();
  const chart = await result.radar.chart.boundingBox();
  const main = await result.heading.boundingBox();
  assert.ok(chart.width >= main.width - 1, `the chart is ${chart.width} px wide, the text ${main.width} px`);
  assert.ok(await result.radar.smallestLabel() >= 12, `labels of ${await result.radar.smallestLabel()} px`);
  assert.deepEqual(await result.radar.ringMarks(), ['1', '2', '3', '4', '5']);
  assert.deepEqual(await result.radar.labels.allTextContents(), ['1', '2', '3', '4', '5', '6', '7', '8']);
  assert.equal(await result.main.getByText('8. Structuur en beleid', { exact: true }).first().isVisible(), true, 'the key names the numbers');

  // The team view: the mean and the band are told apart, in the legend too.
  await team.open();
  await team.importFiles([
    await memberFile(dir, 'gijs', 'Gijs', 1, [1, 1]),
    await memberFile(dir, 'hanna', 'Hanna', 5, [5, 5]),
  ]);
  await team.table.waitFor();
  assert.deepEqual(await team.radar.legend().allTextContents(), ['Teamgemiddelde', 'Van laagste tot hoogste score']);
  const [mean, band] = await Promise.all([
    team.radar.shape(0).evaluate((el) => getComputedStyle(el).stroke),
    team.radar.band.evaluate((el) => getComputedStyle(el).fill),
  ]);
  assert.notEqual(mean, band);
  assertClean(problems);
  await context.close();
});

test('on a wide screen the radar names its axes and stands beside its table; the later scan is drawn in front', async () => {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
  const page = await context.newPage();
  const { app: site, result, compare } = pages(page, { url: app.server.url, pointer: 'click' });
  await site.open('#/');
  const doc = JSON.parse(fixture);
  doc.scans.push({ ...doc.scans[0], id: 'scan-later', label: 'Tussenmeting', started: '2027-03-01T09:00:00', finished: '2027-03-01T09:10:00' });
  await site.store(JSON.stringify(doc));
  await site.reload();
  await result.open('#/scan/resultaat/scan-fixture-1');
  await result.ready();
  assert.match((await result.radar.labels.allTextContents()).join(' '), /^1\. Gedeelde/);
  const chart = await result.radar.chart.boundingBox();
  const table = await result.scoreTable.boundingBox();
  assert.ok(table.x >= chart.x + chart.width, 'the table stands to the right of the chart');
  assert.ok(table.y < chart.y + chart.height, 'beside it, not below');

  await compare.open('#/scans/vergelijk/scan-fixture-1/scan-later');
  await compare.ready();
  assert.deepEqual(await compare.radar.legend().allTextContents(), ['Later: Tussenmeting', 'Eerder: Nulmeting']);
  const [later, earlier] = await Promise.all([0, 1].map((i) => compare.radar.shape(i).evaluate((el) => {
    const s = getComputedStyle(el);
    return { width: parseFloat(s.strokeWidth), dashed: s.strokeDasharray !== 'none', filled: s.fill !== 'none' };
  })));
  assert.deepEqual(later, { width: 3, dashed: false, filled: true });
  assert.ok(earlier.dashed && !earlier.filled && earlier.width <= later.width, 'the earlier scan is the lighter line');
  await context.close();
});

test('a heading focused after a navigation shows a ring to keyboard users only', async () => {
  const { context, page, problems, app: site } = await phone();
  await site.open('#/');
  const outline = () => page.evaluate(() => {
    const el = document.activeElement;
    return el.tagName === 'H1' ? getComputedStyle(el).outlineStyle : `not a heading: ${el.tagName}`;
  });
  await site.goTo('Teamsessie');
  await site.waitForHeading('Teamsessie');
  await site.waitForFocus(site.heading);
  assert.equal(await outline(), 'none', 'no ring after a tap');
  // The session page's own link to the team view, followed by keyboard.
  const link = site.main.getByRole('link', { name: 'Maak een teambeeld van losse bestanden' });
  await link.focus();
  await page.keyboard.press('Enter');
  await site.waitForHeading('Teambeeld');
  await site.waitForFocus(site.heading);
  assert.equal(await outline(), 'solid', 'a ring after the keyboard');
  assertClean(problems);
  await context.close();
});

test('a returning visitor who has not exported for a while is reminded on the home page, and can put it off', async () => {
  const doc = JSON.parse(fixture);
  delete doc.last_export;
  const { context, problems, app: site } = await phone();
  await site.open('#/');
  await site.store(JSON.stringify(doc));
  await site.reload();
  const reminder = site.page.getByText(/^Je hebt nog niets geëxporteerd\./);
  await reminder.waitFor();
  await site.press(site.button('Later'));
  await reminder.waitFor({ state: 'detached' });
  await site.reload();
  assert.equal(await reminder.count(), 0, 'put off: not shown again today');
  assertClean(problems);
  await context.close();
});

test('a pressed status button is named by its word alone: the ✓ shows, but is not read out again', async () => {
  const { context, problems, card } = await phone();
  await card.open('partners');
  await card.suggestion(1).mark('Oppakken');
  const pressed = card.main.getByRole('button', { name: 'Oppakken', exact: true, pressed: true });
  await pressed.waitFor();
  assert.equal(await pressed.count(), 1);
  assert.equal(await pressed.evaluate((b) => getComputedStyle(b, '::before').content), '"✓ " / ""');
  assertClean(problems);
  await context.close();
});

for (const lang of LANGUAGES) {
  test(`[${lang}] the ✓ of a chosen answer ends the line of its label, and is not read out as part of its name`, async () => {
    const mostly = lang === 'en' ? 'Mostly true' : 'Klopt grotendeels';
    const { context, problems, scanStart, scan } = await phone({ lang });
    await scanStart.open();
    await scanStart.start();
    await scan.answer(mostly);
    await scan.previous();
    const chosen = scan.chosenAnswers;
    assert.equal(await chosen.count(), 1);
    assert.equal(await scan.answerButton(mostly).getAttribute('aria-pressed'), 'true', 'named without the ✓');
    const mark = await chosen.evaluate((b) => {
      const label = b.querySelector('.answer-text').getBoundingClientRect();
      const style = getComputedStyle(b, '::after');
      // The mark is the button's last flex item: after the label, on its line.
      return { content: style.content, display: getComputedStyle(b).display, keyMark: getComputedStyle(b.querySelector('.answer-key'), '::after').content, oneLine: label.height < 40 };
    });
    assert.deepEqual(mark, { content: '"✓" / ""', display: 'flex', keyMark: 'none', oneLine: true });
    assertClean(problems);
    await context.close();
  });
}

test('on a touch screen a tapped button keeps no hover look: a status marked and cleared looks like the others', async () => {
  const { context, problems, card } = await phone();
  await card.open('partners');
  const suggestion = card.suggestion(1);
  await suggestion.mark('Oppakken');
  await suggestion.waitForMarked('Oppakken');
  await suggestion.mark('Oppakken');
  assert.equal(await suggestion.pressed('Oppakken'), 'false');
  const border = (label) => suggestion.status(label).evaluate((b) => getComputedStyle(b).borderColor);
  assert.equal(await border('Oppakken'), await border('Niet nu'));
  assertClean(problems);
  await context.close();
});

for (const lang of LANGUAGES) {
  test(`[${lang}] on a wide screen an action's three status buttons stand on one line`, async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: lang === 'en' ? 'en-GB' : 'nl-NL' });
    const page = await context.newPage();
    const { app: site, plan } = pages(page, { url: app.server.url, pointer: 'click', lang });
    await site.open('#/');
    await site.store(fixture);
    await site.reload();
    await plan.open('#/plan/plan-fixture-1');
    await plan.ready();
    const buttons = plan.actions.first().getByRole('group', { name: 'Status' }).getByRole('button');
    assert.equal(await buttons.count(), 3);
    const tops = await buttons.evaluateAll((all) => all.map((b) => Math.round(b.getBoundingClientRect().top)));
    assert.equal(new Set(tops).size, 1, `tops ${tops}`);
    await context.close();
  });
}
