// Embedding, offline use, security and accessibility, end to end in Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, serveHost, phonePage, appReady, axeViolations, assertClean, failChunk, forgetFailedFetch, LANGUAGES } from './support.mjs';
import { pages, EmbedHost } from './pages/index.mjs';
import { memberPayload } from './member-files.mjs';

const app = useApp({ cors: true });

/** A phone; with `lang` 'en' an English one (the browser's language, and en.html). */
async function phone({ lang = 'nl', ...options } = {}) {
  const session = await phonePage(app.browser, { locale: lang === 'en' ? 'en-GB' : 'nl-NL', ...options });
  return { ...session, ...pages(session.page, { url: app.server.url, lang }) };
}

test('URL options: start page, compact mode, accent colour and font', async () => {
  const { context, problems, app: site, scanStart } = await phone();
  await site.open('?start=scan&compact=1&accent=%23b4441c&font=Georgia%2C%20serif');
  await site.waitForHash('#/scan');
  assert.equal(await site.header.isVisible(), false, 'compact: no header');
  const theme = await site.theme(scanStart.main.getByRole('button', { name: 'Start de scan' }));
  assert.equal(theme.accent, '#b4441c');
  assert.equal(theme.font, 'Georgia, serif');
  assert.equal(theme.button, 'rgb(180, 68, 28)');
  // Hostile values are ignored.
  await site.open('?accent=red;background:url(x)&start=%3Cscript%3E#/');
  assert.equal((await site.theme()).accent, '#1d5c63');
  assertClean(problems);
  await context.close();
});

test('inside an iframe on another origin, and mounted into a host page element via embed.js', async () => {
  const host = await serveHost({
    '/iframe': `<!DOCTYPE html><html lang="nl"><link rel="icon" href="data:,"><title>Host</title><h1>Adviesbureau</h1>
      <iframe title="Ontwikkelkaarten" src="${app.server.url}#/kaart/partners" style="width:100%;height:700px"></iframe>`,
    '/element': `<!DOCTYPE html><html lang="nl"><head><link rel="icon" href="data:,"><title>Host</title></head><body><h1>Adviesbureau</h1>
      <div id="hier" data-ontwikkelkaarten data-start="planner" data-accent="#336699"></div>
      <p id="na">Tekst van de host</p>
      <script type="module" src="${app.server.url}embed.js"></script></body></html>`,
  });
  const { context, page, problems } = await phonePage(app.browser, { allowed: [host.url] });
  const embed = new EmbedHost(page);
  try {
  await page.goto(host.url + '/iframe');
  const { card } = await embed.frame();
  assert.equal(await card.heading.textContent(), 'Samenwerken met partners om van te leren');
  await card.suggestion(1).mark('Oppakken');
  assert.equal(await card.suggestion(1).pressed('Oppakken'), 'true');

  await page.goto(host.url + '/element');
  await appReady(page);
  const { plans } = pages(page);
  assert.equal(await embed.mountPoint.getByRole('contentinfo', { includeHidden: true }).count(), 1, 'mounted into the element');
  await plans.waitForHash('#/plannen');
  assert.equal(await embed.mountPoint.getByRole('heading', { level: 1 }).textContent(), 'Reisplanner');
  assert.equal(await embed.ownText.textContent(), 'Tekst van de host', 'the host page stays');
  assert.equal(await embed.ownHeading.textContent(), 'Adviesbureau');
  assert.equal(await embed.bodyMargin(), '8px', 'our CSS does not restyle the host');
  assertClean(problems);
  } finally {
    await context.close();
    await host.close();
  }
});

test('a sandboxed iframe without storage: works in memory, says so and offers an export', async () => {
  const host = await serveHost({
    '/sandbox': `<!DOCTYPE html><html lang="nl"><link rel="icon" href="data:,"><title>Host</title>
      <iframe title="Ontwikkelkaarten" sandbox="allow-scripts allow-downloads" src="${app.server.url}#/kaart/teamleren" style="width:100%;height:700px"></iframe>`,
  });
  const { context, page } = await phonePage(app.browser, { allowed: [host.url] });
  try {
  await page.goto(host.url + '/sandbox');
  const { card } = await new EmbedHost(page).frame();
  assert.match(await card.warningNotice.textContent(), /blijven niet bewaard/);
  assert.equal(await card.page.getByRole('button', { name: 'Alles exporteren' }).count(), 1);
  await card.suggestion(1).mark('Oppakken');
  assert.equal(await card.suggestion(1).pressed('Oppakken'), 'true');
  } finally {
    await context.close();
    await host.close();
  }
});

for (const lang of LANGUAGES) {
  test(`[${lang}] after one visit the app opens and works offline`, async () => {
    const t = (nl, en) => (lang === 'en' ? en : nl);
    const { context, page, problems, home, card, app: site } = await phone({ lang });
    await home.open('');
    await home.waitForServiceWorker();
    const manifest = await home.manifest();
    // The English page has its own manifest, which starts the installed app in English.
    assert.equal(manifest.start_url, t('./', './en.html'));
    assert.equal(manifest.lang, lang);
    assert.ok(manifest.icons.some((i) => i.sizes === '512x512'));
    // The worker of the page's language (sw.js?lang=en in English), whose one cache holds
    // that language's page.
    const worker = await page.evaluate(async () => (await navigator.serviceWorker.ready).active.scriptURL);
    assert.ok(worker.endsWith(`/sw.js?lang=${lang}`), worker);
    const cached = await page.evaluate(async () => Promise.all((await caches.keys()).map(async (name) => ({ name, urls: (await (await caches.open(name)).keys()).map((r) => r.url) }))));
    assert.equal(cached.length, 1, `one cache: ${cached.map((c) => c.name)}`);
    assert.ok(cached[0].name.endsWith(`-${lang}`), cached[0].name);
    assert.ok(cached[0].urls.includes(home.pageUrl()), `${home.pageUrl()} is cached`);

    await context.setOffline(true);
    await home.reload();
    assert.equal(await home.dimensions.count(), 8);
    await home.openCard(4);
    await card.waitForHeading(t('Feedbackprocessen stimuleren', 'Encouraging feedback processes'));
    // Pages never opened online load offline too: the worker cached their chunks.
    for (const [hash, title] of [['#/scan', t(/Zelfscan/, /Self-scan/)], ['#/plannen', t(/Reisplanner/, /Journey planner/)], ['#/bestanden', t(/Bestanden/, /Files/)]]) {
      await site.open(hash);
      assert.match(await site.heading.first().textContent(), title);
    }
    await context.setOffline(false);
    assert.deepEqual(problems.errors, []);
    await context.close();
  });
}

/** Resolves once the chunk `name` is among `chunks` (the page's chunk requests so far). */
function fetchedChunk(page, chunks, name) {
  return chunks.includes(name) ? Promise.resolve()
    : page.waitForRequest((r) => r.url().endsWith(`-${name}`), { timeout: 10000 });
}

test('the first page loads no page chunk; other pages fetch theirs once, and a failed fetch can be retried', async () => {
  const { context, page, problems, home, card, app: site } = await phone({ serviceWorkers: 'block' });
  const chunks = [];
  page.on('request', (req) => {
    const name = req.url().split('/').pop();
    if (/-(split|chunk)_\w+\.wasm$/.test(name)) chunks.push(name.replace(/^ontwikkelkaarten-[0-9a-f]+-/, ''));
  });
  await home.open('');
  assert.equal(await home.dimensions.count(), 8);
  assert.deepEqual(chunks, [], 'home needs no chunk');

  await home.openCard(1);
  await card.waitForHeading('Een gedeelde visie en ambitie realiseren');
  assert.ok(chunks.includes('split_cards.wasm'), `the card page fetched its chunk: ${chunks}`);
  const afterCards = chunks.length;
  await site.open('#/zoeken?q=visie');
  assert.equal(chunks.length, afterCards, 'search is in the same chunk: nothing new fetched');

  // The planner's chunk cannot be fetched: a Dutch message, and a retry that works.
  const blocked = await failChunk(page, 'split_plan.wasm');
  await page.goto(app.server.url + '#/plannen');
  await site.notLoaded.waitFor();
  await blocked.restore();
  await site.retry();
  await site.waitForHeading('Reisplanner');
  forgetFailedFetch(problems, 'split_plan.wasm');

  // Stored data is read and written by code of its own: never fetched for the home page
  // (above), and fetched once a page that can change the data is shown, so that the first
  // change is saved without waiting for it.
  await fetchedChunk(page, chunks, 'split_state.wasm');
  await card.open('partners');
  const second = card.suggestion(2);
  await second.mark('Al gerealiseerd');
  chunks.length = 0;
  await card.reload();
  assert.ok(chunks.includes('split_state.wasm'), `the stored data was read with its chunk: ${chunks}`);
  assert.equal(await second.pressed('Al gerealiseerd'), 'true');
  assertClean(problems);
  await context.close();
});

test('a deep link whose part cannot be fetched replaces the static page with the message', async () => {
  const { context, page, problems, app: site } = await phone({ serviceWorkers: 'block' });
  const blocked = await failChunk(page, 'split_scan.wasm');
  await page.goto(app.server.url + '#/scan');
  await site.notLoaded.waitFor();
  assert.equal(await site.staticLoading.count(), 0, 'the static page is gone');
  assert.equal(await site.landmarks.main.count(), 1);
  await blocked.restore();
  await site.retry();
  await site.main.getByRole('heading', { level: 1, name: /Zelfscan/ }).waitFor();
  forgetFailedFetch(problems, 'split_scan.wasm');
  assertClean(problems);
  await context.close();
});

test('stored data whose reading code cannot be fetched stays untouched, and the app says so', async () => {
  const { context, page, problems, card } = await phone({ serviceWorkers: 'block' });
  await card.open('partners');
  await card.suggestion(2).mark('Al gerealiseerd');
  const before = await card.storedText();
  assert.match(before, /partners\.02/);

  const blocked = await failChunk(page, 'split_state.wasm');
  await card.reload();
  assert.match(await card.errorNotice.textContent(), /konden niet worden geladen.*veilig/);
  const third = card.suggestion(3);
  await third.mark('Oppakken');
  assert.equal(await third.pressed('Oppakken'), 'true', 'the page still works in memory');
  assert.equal(await card.storedText(), before, 'nothing overwritten');

  await blocked.restore();
  await card.reload();
  assert.equal(await card.errorNotice.count(), 0);
  assert.equal(await card.suggestion(2).pressed('Al gerealiseerd'), 'true');
  forgetFailedFetch(problems, 'split_state.wasm');
  assertClean(problems);
  await context.close();
});

test('a change whose saving code cannot be fetched stays on the page, the app says so, and the next change saves both', async () => {
  const { context, page, problems, card } = await phone({ serviceWorkers: 'block' });
  const blocked = await failChunk(page, 'split_state.wasm');
  await card.open('partners');
  const second = card.suggestion(2);
  await second.mark('Al gerealiseerd');
  await card.warningNotice.filter({ hasText: 'een deel van de app kon niet worden opgehaald' }).waitFor();
  assert.equal(await second.pressed('Al gerealiseerd'), 'true', 'the page still works in memory');
  assert.equal(await card.storedText(), null, 'nothing saved yet');

  await blocked.restore();
  await card.suggestion(3).mark('Oppakken');
  await page.waitForFunction(() => /partners\.03/.test(localStorage.getItem('ontwikkelkaarten') ?? ''));
  const stored = await card.stored();
  assert.equal(stored.suggestions['partners.02'].status, 'gerealiseerd', 'the first change was not lost');
  assert.equal(stored.suggestions['partners.03'].status, 'oppakken');
  forgetFailedFetch(problems, 'split_state.wasm');
  assertClean(problems);
  await context.close();
});

for (const lang of LANGUAGES) {
  test(`[${lang}] a Content-Security-Policy allows only the app itself, and no page requests another origin`, async () => {
    const { context, page, problems, app: site } = await phone({ lang });
    // The page of the language: index.html, or en.html.
    const response = await page.goto(site.pageUrl());
    const csp = await site.contentSecurityPolicy();
    assert.ok(response.ok());
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang, 'the page of the language, not handed over');
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/);
    assert.match(csp, /connect-src 'self'/);
    assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'/);
    for (const hash of ['#/', '#/kaart/gedeelde-visie', '#/werken-met-de-kaarten', '#/zoeken?q=visie', '#/scan', '#/scans', '#/plannen', '#/bestanden', '#/team', '#/teamsessie', '#/bestaat-niet']) {
      await site.open(hash);
    }
    assert.deepEqual(problems.errors, [], 'no CSP violation or error on any page');
    assert.deepEqual(problems.foreignRequests, []);
    await context.close();
  });
}

for (const lang of LANGUAGES) {
  test(`[${lang}] axe-core finds no accessibility violations on the pages that matter`, async () => {
    const t = (nl, en) => (lang === 'en' ? en : nl);
    // Injecting axe is an inline script, which our own CSP rightly refuses: bypass it here.
    const { context, page, home, card, search, scanStart, scan, history, plans, plan, team, files } = await phone({ bypassCSP: true, lang });
    const seen = {};
    const check = async (name) => {
      seen[name] = await axeViolations(page);
    };
    await home.open();
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    await check('home');
    await card.open('feedbackprocessen');
    await card.suggestion(1).mark(t('Oppakken', 'Take up'));
    await check('card');
    await search.open('feedback');
    await check('search');
    await scanStart.open();
    await check('scan start');
    await scanStart.start();
    await check('scan question');
    await scan.finishByKeys((i) => String((i % 5) + 1));
    await check('result');
    await scanStart.open();
    await scanStart.start();
    await scan.finishByKeys(() => '3');
    await history.open();
    await check('history');
    await history.compare();
    await check('compare');
    await plans.open();
    await check('planner new');
    await plans.create();
    await check('plan');
    await plan.session(1).open();
    await check('session');
    await team.open();
    await team.addMyLatestScan();
    // A team picture shows from two members on.
    await team.importFiles(memberPayload('bram', 'Bram', 2, [1, 2]));
    await team.table.waitFor();
    await check('team view');
    await files.open();
    await files.importFiles({ name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from('{"format":') });
    await files.errors.first().waitFor();
    await check('import with an error');
    const failures = Object.entries(seen).filter(([, v]) => v.length);
    assert.deepEqual(failures, []);
    assert.equal(Object.keys(seen).length, 13);
    await context.close();
  });
}
