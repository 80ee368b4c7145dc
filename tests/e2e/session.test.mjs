// The team session as a facilitator and a team live it: the invitation's QR code on the
// big screen (decoded from a screenshot, not read from the page), members answering on
// their phones and sending their result links back, the links pasted in one go inside a
// chat transcript, and an anonymous team picture that appears only once enough are in.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useApp, phonePage, assertClean, axeViolations, appReady, holdApp, LANGUAGES } from './support.mjs';
import { pages, dontKnowFor } from './pages/index.mjs';
import { SessionsPage, TeamSessionPage, InviteScreen, SendPanel } from './pages/session.mjs';
import { decodeQr } from './qr.mjs';
import { memberFile } from './member-files.mjs';
import { newerVersionLink, resultLink, invitationLink } from './links.mjs';

const app = useApp();
let dir;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ontwikkelkaarten-session-'));
});

const LAPTOP = { width: 1280, height: 800 };
const BIG_SCREEN = { width: 1920, height: 1080 };

/** A browser context with the app's page objects and the session's own; with `lang`
 * 'en' an English one (the browser's language, and en.html). */
async function device({ lang = 'nl', ...options } = {}) {
  const session = await phonePage(app.browser, { server: app.server, locale: lang === 'en' ? 'en-GB' : 'nl-NL', ...options });
  await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.server.origin });
  const opts = { url: app.server.url, pointer: options.viewport ? 'click' : 'tap', lang };
  return {
    ...session,
    ...pages(session.page, opts),
    sessions: new SessionsPage(session.page, opts),
    teamSession: new TeamSessionPage(session.page, opts),
    invite: new InviteScreen(session.page, opts),
    send: new SendPanel(session.page, opts),
  };
}

/** Per dimension (deck order), a member's mean in tenths, as the app rounds it. */
function memberMeans(answers) {
  const means = [];
  for (let d = 0; d < 8; d++) {
    const scores = [answers[2 * d], answers[2 * d + 1]].filter((a) => a >= 1);
    means.push(scores.length ? Math.floor((scores.reduce((s, a) => s + a, 0) * 20 + scores.length) / (2 * scores.length)) : null);
  }
  return means;
}

/** The team table the app should show: per dimension [mean, median, min, max, n] as text,
 * with the decimal `point` of the page's language (',' in Dutch, '.' in English). */
function expectedFigures(members, point = ',') {
  const tenths = (t) => `${Math.floor(t / 10)}${point}${t % 10}`;
  const half = (sum, n) => Math.floor((2 * sum + n) / (2 * n));
  const per = members.map(memberMeans);
  return [...Array(8).keys()].map((d) => {
    const values = per.map((m) => m[d]).filter((v) => v !== null).sort((a, b) => a - b);
    const n = values.length;
    const mid = Math.floor(n / 2);
    const median = n % 2 ? values[mid] : half(values[mid - 1] + values[mid], 2);
    return [tenths(half(values.reduce((s, v) => s + v, 0), n)), tenths(median), tenths(values[0]), tenths(values[n - 1]), String(n)];
  });
}

/** A member opens the invitation, answers (a number 1–5 per statement, 0 'Weet ik niet'),
 * finishes, and copies the result link; `lang` is the member's phone's language. */
async function memberAnswers(url, answers, sessionTitle, lang = 'nl') {
  const member = await device({ lang });
  await member.page.goto(url);
  // A new phone shows the statements before the app arrives (a test of its own, below);
  // here the app answers.
  await appReady(member.page);
  await member.scan.ready();
  assert.equal(await member.scan.position(), 1, 'the invitation opens straight on the first statement');
  assert.match(await member.app.main.getByText(member.app.t(/^Teamsessie: /, /^Team session: /)).textContent(), new RegExp(sessionTitle));
  for (const a of answers) await member.scan.answer(a === 0 ? dontKnowFor(lang) : a);
  await member.scan.finish();
  await member.send.panel.waitFor();
  const link = await member.send.copyLink();
  return { member, link };
}

const ANSWERS = [
  [4, 4, 3, 2, 5, 4, 1, 2, 3, 3, 4, 5, 2, 2, 3, 4],
  [2, 3, 3, 3, 4, 4, 0, 2, 5, 4, 4, 4, 1, 2, 3, 3],
  [5, 5, 1, 2, 4, 3, 4, 5, 2, 2, 3, 4, 3, 3, 2, 1],
];

for (const lang of LANGUAGES) {
  test(`[${lang}] a session from QR code to team table: three phones answer, their links come back in a chat`, async () => {
    const t = (nl, en) => (lang === 'en' ? en : nl);
    const facilitator = await device({ viewport: LAPTOP, bypassCSP: true, lang });
    const title = t('MT Zuid — nulmeting', 'MT Zuid — baseline');
    await facilitator.sessions.open();
    await facilitator.sessions.start({ team: 'MT Zuid', name: t('nulmeting', 'baseline'), minimum: 3 });
    await facilitator.teamSession.waitForHeading(title);
    const code = await facilitator.teamSession.code();
    assert.match(code, /^[0-9A-HJKMNP-TV-Z]{3}-[0-9A-HJKMNP-TV-Z]{3}$/);

    // The invitation on the projector, read by a real decoder from a screenshot.
    await facilitator.page.setViewportSize(BIG_SCREEN);
    await facilitator.teamSession.showOnBigScreen();
    await facilitator.invite.ready();
    assert.equal(await facilitator.invite.header.isVisible(), false, 'the big screen shows no site header');
    const screenshot = await facilitator.page.screenshot();
    const joinUrl = decodeQr(screenshot);
    assert.ok(joinUrl, 'the QR code on the screen can be read');
    // The invitation opens the page of the facilitator's language (en.html in English).
    assert.ok(joinUrl.startsWith(facilitator.app.pageUrl('#/meedoen/')), joinUrl);
    assert.deepEqual(await axeViolations(facilitator.page), [], 'axe on the invitation');
    await facilitator.page.goBack();
    await facilitator.page.setViewportSize(LAPTOP);

    const members = [];
    for (const answers of ANSWERS) members.push(await memberAnswers(joinUrl, answers, title, lang));
    for (const { link } of members) {
      assert.ok(link.length <= 200, `a result link of ${link.length} characters`);
      assert.match(link, /#\/antwoord\/[A-Za-z0-9_-]+$/);
    }

    // Two in: no team figure anywhere.
    await facilitator.teamSession.waitForHeading(title);
    await facilitator.teamSession.paste(`[29-11-2026 09:12:03] Sanne: ${t('hier is de mijne', "here's mine")}\n[29-11-2026 09:12:10] Sanne: ${members[0].link}\n[29-11-2026 09:13:44] Ahmed: ${members[1].link} ${t('sorry, laat', 'sorry, late')}`);
    await facilitator.teamSession.counter.filter({ hasText: t('2 binnen', /^2 in\b/) }).waitFor();
    assert.match(await facilitator.teamSession.counter.textContent(), t(/nog 1 nodig/, /1 more needed/));
    assert.equal(await facilitator.teamSession.teamTable.count(), 0, 'no team table below the minimum');
    assert.equal(await facilitator.app.main.getByRole('img', { name: t(/^Radardiagram/, /^Radar chart/) }).count(), 0, 'no radar below the minimum');
    await facilitator.teamSession.waitingNotice.waitFor();
    const early = JSON.parse(await facilitator.teamSession.exportText({ withAnswers: true }));
    const exported = early.teamsessies[0];
    assert.equal(exported.summary, undefined, 'no figures in an export below the minimum');
    assert.deepEqual(exported.results, [], 'no answers in an export below the minimum, even when asked');

    // The rest of the chat: the third link (twice), talk, and a link that is not a result.
    const chat = [
      `[29-11-2026 09:12:03] Sanne: ${t('hier is de mijne', "here's mine")}`,
      `[29-11-2026 09:12:10] Sanne: ${members[0].link}`,
      `[29-11-2026 09:14:02] Joke: ${t('bij mij opent de link de kaarten', 'for me the link opens the cards')}: ${facilitator.app.pageUrl('#/kaart/partners')}`,
      `[29-11-2026 09:15:30] Piet: ${members[2].link}`,
      `[29-11-2026 09:15:31] Piet: ${members[2].link} ${t('(nog een keer, voor de zekerheid)', '(once more, to be sure)')}`,
      `[29-11-2026 09:16:00] Kees: ${t('ik kom iets later', "I'll be a bit late")} 🙈`,
    ].join('\n');
    await facilitator.teamSession.paste(chat);
    await facilitator.teamSession.counter.filter({ hasText: t('3 binnen', /^3 in\b/) }).waitFor();
    assert.match(await facilitator.teamSession.report.textContent(), t(/✓ 1 uitkomst toegevoegd\. 2 uitkomsten stonden er al in en tellen één keer\./, /✓ 1 result added\. 2 results were already in and count once\./));
    assert.deepEqual(await facilitator.teamSession.figures(), expectedFigures(ANSWERS, t(',', '.')), 'the team table equals the calculation');
    assert.equal(await facilitator.teamSession.members.count(), 3);
    assert.deepEqual(await facilitator.teamSession.members.allTextContents(), [1, 2, 3].map((n) => t(`Deelnemer ${n}Verwijderen`, `Participant ${n}Delete`)));

    // An export leaves the individual answers out unless asked.
    const file = JSON.parse(await facilitator.teamSession.exportText());
    assert.deepEqual(file.teamsessies[0].results, []);
    assert.equal(file.teamsessies[0].summary.members, 3);

    for (const { member, problems } of [facilitator, ...members.map((m) => m.member)].map((d) => ({ member: d, problems: d.problems }))) {
      assertClean(problems);
      await member.context.close();
    }
  });
}

for (const lang of LANGUAGES) {
  test(`[${lang}] bad input changes nothing and says what is wrong in the page's language`, async () => {
    const t = (nl, en) => (lang === 'en' ? en : nl);
    const facilitator = await device({ viewport: LAPTOP, lang });
    await facilitator.sessions.open();
    await facilitator.sessions.start({ team: 'MT Noord', name: t('proef', 'trial'), minimum: 2 });
    const counter = facilitator.teamSession.counter;
    const none = t(/^0 binnen/, /^0 in\b/);

    await facilitator.teamSession.paste(t('Goedemorgen allemaal, tot zo!', 'Good morning all, see you soon!'));
    assert.match(await facilitator.teamSession.report.textContent(), t(/^Hier staat geen link naar een uitkomst in\./, /^There is no link to a result in here\./));
    assert.match(await counter.textContent(), none);

    // A result link cut short by a chat app, and one from a newer version.
    const { member, link } = await memberAnswers(facilitator.page.url().replace(/#.*$/, '') + '#/meedoen/' + (await facilitator.teamSession.code()), ANSWERS[0], t('Teamsessie', 'Team session'), lang);
    await member.context.close();
    await facilitator.teamSession.paste(`Sanne: ${link.slice(0, -4)}`);
    assert.match(await facilitator.teamSession.report.textContent(), t(/Eén link is beschadigd of niet compleet/, /One link is damaged or incomplete/));
    assert.match(await counter.textContent(), none);
    const newer = newerVersionLink(link);
    await facilitator.teamSession.paste(`Ahmed: ${newer}`);
    assert.match(await facilitator.teamSession.report.textContent(), t(/nieuwere versie van de app/, /newer version of the app/));
    assert.match(await counter.textContent(), none);

    // A result of another session waits until added on purpose.
    const other = await device({ viewport: LAPTOP, lang });
    await other.sessions.open();
    await other.sessions.start({ team: 'MT West', name: 'x', minimum: 2 });
    const otherCode = await other.teamSession.code();
    await other.context.close();
    const stranger = await memberAnswers(facilitator.app.pageUrl('#/meedoen/' + otherCode), ANSWERS[1], t('Teamsessie', 'Team session'), lang);
    await stranger.member.context.close();
    await facilitator.teamSession.paste(stranger.link);
    assert.match(await facilitator.teamSession.report.textContent(), t(/voor een andere sessie gemaakt/, /made for another session/));
    assert.match(await counter.textContent(), none);
    await facilitator.teamSession.addAnyway();
    await counter.filter({ hasText: t(/^1 binnen/, /^1 in\b/) }).waitFor();
    const otherTag = t('andere sessie', 'other session');
    assert.match(await facilitator.app.main.getByText(otherTag, { exact: true }).textContent(), new RegExp(otherTag));

    // A file that is not a scan.
    await facilitator.teamSession.importFiles([await memberFile(dir, 'anna', 'Anna', 4, [1, 2])]);
    await counter.filter({ hasText: t(/^1 binnen/, /^1 in\b/) }).waitFor();
    assert.match(await facilitator.teamSession.report.textContent(), t(/buiten een sessie|andere sessie/, /outside a session|another session/));

    // A link written by the test's own encoder (the one the benchmark uses) reads the same.
    const sessionCode = await facilitator.teamSession.code();
    await facilitator.teamSession.paste(`Joke: ${resultLink(facilitator.app.pageUrl(), { code: sessionCode, id: 4242, answers: ANSWERS[2] })}`);
    await counter.filter({ hasText: t(/^2 binnen/, /^2 in\b/) }).waitFor();

    // A code typed wrongly.
    await facilitator.sessions.open();
    await facilitator.sessions.joinWithCode('K7M-2Q');
    await facilitator.sessions.codeError.waitFor();
    assertClean(facilitator.problems);
    await facilitator.context.close();
  });
}

test('on a slow phone the invitation\'s statements work before the app arrives, and the answers go to that session', async () => {
  const facilitator = await device({ viewport: LAPTOP });
  await facilitator.sessions.open();
  await facilitator.sessions.start({ team: 'MT Noord', name: 'nulmeting', minimum: 2 });
  const invitation = await facilitator.teamSession.copyInvitation();

  const member = await device({ serviceWorkers: 'block' });
  const release = await holdApp(member.page);
  await member.page.goto(invitation);
  await member.scan.ready();
  assert.equal(await member.app.staticScan.isVisible(), true, 'the static page: the app is held back');
  assert.equal(await member.app.main.getByText(/^Teamsessie: /).textContent(), 'Teamsessie: MT Noord — nulmeting');
  assert.equal(await member.scan.position(), 1);
  for (const a of ANSWERS[0].slice(0, 3)) await member.scan.answer(a);
  release();
  await appReady(member.page);
  assert.equal(await member.app.staticScan.count(), 0, 'the app has taken over');
  assert.equal(await member.scan.position(), 4, 'at the same statement');
  assert.equal(await member.app.main.getByText(/^Teamsessie: /).textContent(), 'Teamsessie: MT Noord — nulmeting');
  assert.match(member.page.url(), /#\/scan\/invullen$/, 'the invitation is not opened again by going back');
  for (const a of ANSWERS[0].slice(3)) await member.scan.answer(a);
  await member.scan.finish();
  const link = await member.send.copyLink();
  assertClean(member.problems);
  await member.context.close();

  // The link is this session's: it counts, with the answers given before the app came.
  await facilitator.teamSession.paste(`Sanne: ${link}`);
  await facilitator.teamSession.counter.filter({ hasText: /^1 binnen/ }).waitFor();
  assert.doesNotMatch(await facilitator.app.main.textContent(), /andere sessie/);
  assertClean(facilitator.problems);
  await facilitator.context.close();

  // What the static page leaves to the app: a session that asks for names, and a damaged
  // invitation. A typed code starts at once.
  const base = app.server.url;
  for (const [url, shows] of [
    [invitationLink(base, { code: 'K7M-2QX', name: 'MT Oost', namesAllowed: true }), 'Je naam (mag leeg blijven)'],
    [invitationLink(base, { code: 'K7M-2QX', name: 'MT Oost' }).slice(0, -3), 'Deze uitnodiging werkt niet'],
    [`${base}#/meedoen/k7m%202qx`, 'Teamsessie: Teamsessie K7M-2QX'],
  ]) {
    const phone = await device({ serviceWorkers: 'block' });
    const letThrough = await holdApp(phone.page);
    await phone.page.goto(url);
    const typedCode = shows.startsWith('Teamsessie');
    await (typedCode ? phone.app.staticScan : phone.app.loadingLine).waitFor();
    letThrough();
    await appReady(phone.page);
    await phone.app.main.getByText(shows).first().waitFor();
    assertClean(phone.problems);
    await phone.context.close();
  }
});

test('a phone with a scan in progress is asked before an invitation replaces it, before and after the app arrives', async () => {
  const member = await device({ serviceWorkers: 'block' });
  await member.scanStart.open();
  await member.scanStart.start({ label: 'Mijn eigen scan' });
  for (const a of [4, 3, 2]) await member.scan.answer(a);
  const release = await holdApp(member.page);
  await member.page.goto('about:blank');
  await member.page.goto(invitationLink(app.server.url, { code: 'K7M-2QX', name: 'MT Zuid' }));
  await member.app.loadingLine.waitFor();
  assert.equal(await member.app.staticScan.isVisible(), false, 'no static statements over a scan in progress');
  release();
  await appReady(member.page);
  await member.app.main.getByText('Op dit apparaat ben je nog bezig met een andere scan (3 van 16 beantwoord).', { exact: false }).waitFor();
  await member.app.press(member.app.main.getByRole('link', { name: 'Eerst die andere scan afmaken' }));
  await member.scan.ready();
  assert.equal(await member.scan.position(), 4, 'the scan in progress is where it was');
  assert.equal(await member.app.main.getByText(/^Teamsessie: /).count(), 0, 'and it joined no session');
  assertClean(member.problems);
  await member.context.close();
});

test('a member without a camera types the code; a session that allows names asks for one', async () => {
  const facilitator = await device({ viewport: LAPTOP });
  await facilitator.sessions.open();
  await facilitator.sessions.start({ team: 'MT Oost', name: 'nulmeting', minimum: 2, namesAllowed: true });
  const code = await facilitator.teamSession.code();
  const invitation = await facilitator.teamSession.copyInvitation();
  assert.match(invitation, /#\/meedoen\/[A-Za-z0-9_-]+$/);

  // A typed code carries nothing but the code: straight into the scan, anonymous.
  const typing = await device();
  await typing.sessions.open();
  await typing.sessions.joinWithCode(code.toLowerCase().replace('-', ' '));
  await typing.scan.ready();
  assert.equal(await typing.scan.position(), 1);
  assert.match(await typing.app.main.getByText(/^Teamsessie: /).textContent(), new RegExp(`Teamsessie ${code}`));
  assertClean(typing.problems);
  await typing.context.close();

  // The invitation of a session that allows names asks for one, which may stay empty.
  const member = await device();
  await member.page.goto(invitation);
  await member.app.main.getByRole('heading', { level: 1, name: 'MT Oost — nulmeting' }).waitFor();
  await member.app.main.getByLabel('Je naam (mag leeg blijven)').fill('Sanne');
  await member.app.press(member.app.main.getByRole('button', { name: 'Begin' }));
  await member.scan.ready();
  for (const a of ANSWERS[2]) await member.scan.answer(a);
  await member.scan.finish();
  const link = await member.send.copyLink();
  assert.match(await member.send.panel.textContent(), /je antwoorden en je naam/);
  await member.send.showQr();
  assert.equal(decodeQr(await member.send.qr.screenshot()), link, 'the phone shows the same link as a QR code');
  assertClean(member.problems);
  await member.context.close();

  await facilitator.teamSession.paste(link);
  await facilitator.teamSession.counter.filter({ hasText: /^1 binnen/ }).waitFor();
  assert.deepEqual(await facilitator.teamSession.members.allTextContents(), ['Deelnemer 1Verwijderen'], 'names stay hidden until shown');
  await facilitator.app.press(facilitator.app.main.getByLabel('Namen tonen'));
  await facilitator.app.main.getByRole('listitem').filter({ hasText: /^Sanne/ }).waitFor();
  assertClean(facilitator.problems);
  await facilitator.context.close();
});
