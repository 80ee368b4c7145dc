// Benchmark (prints figures, asserts nothing): what a first visit downloads, and how long
// answering a scan statement takes until the next statement is painted on a throttled CPU.
// Run after a release build: `./scripts/bench.sh` (builds first).
import { readFile } from 'node:fs/promises';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { join } from 'node:path';
import { serveDist, launch, phonePage, appReady, DIST } from '../tests/e2e/support.mjs';
import { invitationLink, resultLink, storedSessions } from '../tests/e2e/links.mjs';

const CPU_SLOWDOWN = Number(process.env.CPU_SLOWDOWN ?? 4);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const THROTTLING = (process.env.THROTTLING ?? 'devtools,simulate').split(',');
// The languages measured: LANGS=en for English alone.
const LANGS = (process.env.LANGS ?? 'nl,en').split(',');

function kb(bytes) {
  return (bytes / 1024).toFixed(1).padStart(7) + ' KB';
}

function table(title, files, bodies) {
  console.log(title);
  console.log('  file                                                 raw       gzip     brotli');
  const total = { raw: 0, gzip: 0, br: 0 };
  for (const file of files) {
    const body = bodies.get(file);
    const gzip = gzipSync(body, { level: 9 }).length;
    const br = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    total.raw += body.length;
    total.gzip += gzip;
    total.br += br;
    console.log(`  ${file.padEnd(50)} ${kb(body.length)} ${kb(gzip)} ${kb(br)}`);
  }
  console.log(`  ${'total'.padEnd(50)} ${kb(total.raw)} ${kb(total.gzip)} ${kb(total.br)}`);
  return total;
}

async function sizes() {
  // The service worker's lists say it exactly: COMMON and FILES[lang] are a language's page
  // and what it loads (with the manifest's icons); LATER[lang] are that language's chunks
  // loaded on demand, fetched on first use or by the service worker, which is registered
  // after the first page is shown.
  const sw = await readFile(join(DIST, 'sw.js'), 'utf8');
  // (A literal of the minified worker, whose keys are not quoted: read as JavaScript.)
  const value = (name) => new Function(`return ${sw.match(new RegExp(`\\b${name} ?= ?(\\[.*?\\]|\\{.*?\\})[;,\\n]`))[1]}`)();
  const name = (f) => (f === './' ? 'index.html' : f.slice(2));
  const files = value('FILES'), later = value('LATER'), common = value('COMMON').map(name);
  for (const lang of Object.keys(files)) {
    const first = [...files[lang].map(name), ...common, 'sw.js'];
    const rest = later[lang].map(name);
    const bodies = new Map();
    for (const file of [...first, ...rest]) bodies.set(file, await readFile(join(DIST, file)));
    const total = table(`[${lang}] First visit (${first[0]} and what it loads, with the manifest's icons and the service worker):`, first, bodies);
    console.log(`  budget: 150 KB gzip -> ${total.gzip <= 150 * 1024 ? 'within' : 'OVER'} (${((total.gzip / 1024) - 150).toFixed(1)} KB)`);
    const more = table(`[${lang}] Loaded on demand (the other pages, and reading stored data; the service worker caches them after the first page is shown):`, rest, bodies);
    console.log(`  everything together: ${kb(total.gzip + more.gzip)} gzip, ${kb(total.br + more.br)} brotli\n`);
  }
}

async function answerToPaint() {
  const server = await serveDist();
  const browser = await launch();
  const { context, page } = await phonePage(browser);
  const cdp = await context.newCDPSession(page);
  await page.goto(server.url + '#/scan');
  await appReady(page);
  const samples = [];
  for (let round = 0; round < ROUNDS; round++) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await page.goto(server.url + '#/scan');
    await appReady(page);
    if (await page.locator('text=Opnieuw beginnen').count()) await page.locator('text=Opnieuw beginnen').click();
    await page.locator('#scan-label').fill(`Benchmark ${round + 1}`);
    await page.getByRole('button', { name: 'Start de scan' }).click();
    await page.waitForSelector('.statement');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    for (let i = 0; i < 15; i++) {
      // Time from the tap to the frame in which the next statement is on screen.
      const ms = await page.evaluate(() => new Promise((resolve) => {
        const before = document.querySelector('.progress-text').textContent;
        const button = document.querySelectorAll('.answer')[3];
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (document.querySelector('.progress-text')?.textContent === before) return;
          observer.disconnect();
          const updated = performance.now();
          // The frame after the DOM change is the one that paints it.
          requestAnimationFrame(() => {
            const frame = performance.now();
            resolve({ dom: updated - start, frame: frame - start });
          });
        });
        observer.observe(document.querySelector('main'), { childList: true, subtree: true, characterData: true });
        button.click();
      }));
      samples.push(ms);
    }
  }
  await browser.close();
  await server.close();
  const stat = (key) => {
    const v = samples.map((s) => s[key]).sort((a, b) => a - b);
    const pick = (q) => v[Math.min(v.length - 1, Math.floor(q * v.length))];
    return `median ${pick(0.5).toFixed(1)} ms, p90 ${pick(0.9).toFixed(1)} ms, max ${v[v.length - 1].toFixed(1)} ms`;
  };
  console.log(`\nScan: answer -> next statement (${samples.length} answers, CPU ${CPU_SLOWDOWN}x slower, 390x844):`);
  console.log(`  DOM updated:         ${stat('dom')}`);
  console.log(`  next frame started:  ${stat('frame')}`);
  console.log('  one frame at 60 Hz is 16.7 ms');
}

const DIMENSIONS = ['gedeelde-visie', 'leren-op-de-werkvloer', 'teamleren', 'feedbackprocessen', 'partners', 'kwaliteitscultuur', 'eigenaarschap', 'structuur-en-beleid'];
const STATEMENTS = DIMENSIONS.flatMap((d) => [`${d}.u1`, `${d}.u2`]);

function scan(i) {
  return {
    id: `scan-bench-${i}`, label: `Scan ${i}`, respondent: `Lid ${i}`, role: '', organisation: 'Bench',
    started: '2026-11-20T09:00:00', finished: '2026-11-20T09:06:00',
    answers: Object.fromEntries(STATEMENTS.map((s, k) => [s, ((i + k) % 6)])),
  };
}

function largeState() {
  const plans = Array.from({ length: 5 }, (_, p) => ({
    id: `plan-${p}`, name: `Plan ${p}`, template: 'mt-journey', team: ['A', 'B', 'C', 'D', 'E', 'F'], start: '2026-09-07', weeks: 12,
    dimensions: ['teamleren'], between: '',
    sessions: Array.from({ length: 10 }, (_, s) => ({ id: `p${p}-s${s}`, kind: 'werksessie', date: `2026-09-${String(7 + s).padStart(2, '0')}`, minutes: 180, title: `Sessie ${s}`, goals: 'Doelen '.repeat(20), dimensions: [], suggestions: [], reflection: { seen: 'x'.repeat(200), meaning: '', next: '' }, done: s < 4 })),
    actions: Array.from({ length: 100 }, (_, a) => ({ id: `p${p}-a${a}`, text: `Actie ${a} `.repeat(8), owner: 'Eigenaar', due: '2026-10-01', status: ['open', 'bezig', 'klaar'][a % 3], created: '2026-09-07' })),
    promises: [], budget: { per_kind: {}, vat: 'btw21' }, measures: [],
  }));
  return { format: 'ontwikkelkaarten', version: 1, app_version: 'bench', suggestions: {}, scans: Array.from({ length: 20 }, (_, i) => scan(i)), plans };
}

async function filesBench() {
  const { mkdtemp, writeFile } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const dir = await mkdtemp(join(tmpdir(), 'bench-'));
  const files = [];
  for (let i = 0; i < 100; i++) {
    const path = join(dir, `lid-${i}.json`);
    await writeFile(path, JSON.stringify({ format: 'ontwikkelkaarten', version: 1, suggestions: {}, plans: [], scans: [scan(i)] }));
    files.push(path);
  }
  const server = await serveDist();
  const browser = await launch();
  const { context, page } = await phonePage(browser);
  const cdp = await context.newCDPSession(page);
  const teamTimes = [];
  const saveTimes = [];
  const state = JSON.stringify(largeState());
  for (let round = 0; round < ROUNDS; round++) {
    await page.goto(server.url + '#/team');
    await appReady(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const start = Date.now();
    await page.locator('#team-inlezen').setInputFiles(files);
    await page.waitForFunction(() => document.querySelector('.team h2')?.textContent.startsWith('100 '));
    teamTimes.push(Date.now() - start);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });

    await page.evaluate((s) => localStorage.setItem('ontwikkelkaarten', s), state);
    await page.goto(server.url + '#/kaart/partners');
    await appReady(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    saveTimes.push(await page.evaluate(() => new Promise((resolve) => {
      const before = localStorage.getItem('ontwikkelkaarten').length;
      const start = performance.now();
      document.querySelector('[id="suggestie-partners.0' + (1 + Math.floor(Math.random() * 8)) + '"] .status-oppakken').click();
      const poll = () => (localStorage.getItem('ontwikkelkaarten').length !== before ? resolve(performance.now() - start) : setTimeout(poll, 0));
      poll();
    })));
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  }
  await browser.close();
  await server.close();
  const med = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)].toFixed(0);
  console.log(`\nTeam view: read, validate and combine 100 member files, CPU ${CPU_SLOWDOWN}x slower: median ${med(teamTimes)} ms (runs: ${teamTimes.join(', ')} ms)`);
  console.log(`Saving a large state (20 scans, 5 plans, 500 actions, ${(state.length / 1024).toFixed(0)} KB) after a tap, CPU ${CPU_SLOWDOWN}x slower: median ${med(saveTimes)} ms`);
}

/** Collecting a team session's 12 results from one pasted chat: finding and decoding the
 * links, adding them, combining them and showing the team table, at 4× slower CPU. */
async function sessionBench() {
  const server = await serveDist();
  const browser = await launch();
  const { context, page } = await phonePage(browser, { viewport: { width: 1280, height: 800 } });
  const cdp = await context.newCDPSession(page);
  const session = { code: 'K7M-2QX', team: 'MT Bench', name: 'nulmeting', created: '2026-11-29T09:00:00', minimum: 3, names_allowed: false, show_names: false, results: [] };
  const chat = Array.from({ length: 12 }, (_, i) => {
    const answers = STATEMENTS.map((_, k) => ((i + 2 * k) % 6));
    return `[29-11-2026 09:${String(10 + i).padStart(2, '0')}] Lid ${i + 1}: hier is de mijne ${resultLink(server.url, { code: session.code, id: 1000 + i, answers })}\n[29-11-2026 09:${String(10 + i).padStart(2, '0')}] Lid ${i + 1}: 👍`;
  }).join('\n');
  const updated = [];
  const delayed = [];
  const painted = [];
  for (let round = 0; round < ROUNDS; round++) {
    await page.goto(server.url + '#/');
    await appReady(page);
    await page.evaluate((s) => localStorage.setItem('ontwikkelkaarten.teamsessies', s), storedSessions([session]));
    await page.goto(server.url + '#/teamsessie/K7M2QX');
    // A page loaded for this round (a hash change alone would keep the warm instance): the
    // facilitator collects once, on a page opened for the session.
    await page.reload();
    await appReady(page);
    await page.getByLabel('Plak hier de berichten met links').fill(chat);
    // The browser's own measure of the tap: Event Timing, as INP counts it. Its processing
    // (processingStart to processingEnd) covers the handler and the rendering work it queues,
    // run before the event's dispatch ends: finding, decoding, adding, combining and
    // building the page's update. Before it, the input delay: the tap waiting for the main
    // thread (the press's own focus change and frame). Its duration lasts until the next
    // frame is painted.
    await page.evaluate(() => {
      window.__collectTiming = new Promise((resolve) => {
        new PerformanceObserver((list) => {
          const click = list.getEntries().find((e) => e.name === 'click');
          if (click) resolve({ delay: click.processingStart - click.startTime, dom: click.processingEnd - click.processingStart, paint: click.duration });
        }).observe({ type: 'event', durationThreshold: 16 });
      });
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.getByRole('button', { name: 'Links toevoegen' }).click();
    await page.locator('.count', { hasText: /^12 binnen/ }).waitFor();
    await page.locator('.team-table').first().locator('tbody tr').nth(7).waitFor();
    const t = await page.evaluate(() => window.__collectTiming);
    updated.push(t.dom);
    delayed.push(t.delay);
    painted.push(t.paint);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  }
  await browser.close();
  await server.close();
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const runs = (xs) => xs.map((t) => t.toFixed(0)).join(', ');
  console.log(`\nTeam session: collect 12 result links from one pasted chat on a freshly loaded session page (find, decode, add, combine, show the table), CPU ${CPU_SLOWDOWN}x slower:`);
  console.log(`  the tap's processing (the handler and the page's update): median ${median(updated).toFixed(0)} ms (runs: ${runs(updated)} ms; budget 50 ms)`);
  console.log(`  before it, the input delay: median ${median(delayed).toFixed(0)} ms (runs: ${runs(delayed)} ms)`);
  console.log(`  until the next frame is painted (Event Timing duration, as INP counts it): median ${median(painted).toFixed(0)} ms (runs: ${runs(painted)} ms)`);
}

async function lighthouseBench(throttling, lang) {
  const { createRequire } = await import('node:module');
  const require = createRequire(import.meta.url);
  const lighthouse = (await import(require.resolve('lighthouse'))).default;
  const chromeLauncher = await import(require.resolve('chrome-launcher'));
  const server = await serveDist();
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const runs = [];
  try {
    for (let i = 0; i < ROUNDS; i++) {
      // Applied (devtools) throttling: the network really is slow, so what paints before the
      // wasm arrives is measured as it happens on a phone, not estimated from a fast load.
      // Each language's own page, named in the address: Lighthouse's browser speaks English.
      const url = lang === 'en' ? `${server.url}en.html?lang=en` : `${server.url}?lang=nl`;
      const { lhr } = await lighthouse(url, { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error', throttlingMethod: throttling });
      const audit = (id) => lhr.audits[id].numericValue;
      const longTasks = (lhr.audits['long-tasks'].details?.items ?? []).map((t) => `${String(t.url).split('/').pop() || 'page'} at ${t.startTime.toFixed(0)} ms: ${t.duration.toFixed(0)} ms`);
      runs.push({ score: Math.round(lhr.categories.performance.score * 100), fcp: audit('first-contentful-paint'), lcp: audit('largest-contentful-paint'), tbt: audit('total-blocking-time'), cls: audit('cumulative-layout-shift'), longTasks });
    }
  } finally {
    await chrome.kill();
    await server.close();
  }
  const med = (key) => [...runs.map((r) => r[key])].sort((a, b) => a - b)[Math.floor(runs.length / 2)];
  console.log(`\n[${lang}] Lighthouse mobile (slow 4G, 4x CPU, ${throttling} throttling), ${runs.length} runs, median:`);
  console.log(`  performance ${med('score')} (target >= 98), FCP ${med('fcp').toFixed(0)} ms, LCP ${med('lcp').toFixed(0)} ms, TBT ${med('tbt').toFixed(0)} ms (target <= 50), CLS ${med('cls').toFixed(3)}`);
  console.log(`  runs: ${runs.map((r) => `${r.score}/${r.lcp.toFixed(0)}/${r.tbt.toFixed(0)}`).join('  ')} (score/LCP/TBT)`);
  const median = [...runs].sort((a, b) => a.tbt - b.tbt)[Math.floor(runs.length / 2)];
  console.log(`  long tasks in the median run: ${median.longTasks.join('; ') || 'none'}`);
}

// Lighthouse's slow 4G with applied throttling: 562.5 ms per request, 1.47 Mbps down,
// 675 kbps up, and the CPU 4x slower.
const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: (1474.56 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 };

/**
 * A cold first visit (empty cache, no service worker) on slow 4G, acting as a person does:
 * each button is tapped as soon as it can be seen. `steps(page)` taps its way to the
 * moment measured and resolves to that moment in ms since navigation (performance.now()
 * in the page). `check(page)` runs once the app has arrived and asserts that what was
 * done before it arrived was kept.
 */
async function coldStart(browser, server, path, steps, check, locale) {
  const { context, page } = await phonePage(browser, { serviceWorkers: 'block', locale });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const requests = [];
  page.on('requestfinished', (req) => {
    const t = req.timing();
    requests.push({ name: req.url().split('/').pop().replace(/-[0-9a-f]{16}/, ''), start: t.startTime, end: t.startTime + t.responseEnd });
  });
  await page.goto(server.url + path, { waitUntil: 'commit' });
  const at = await steps(page);
  await appReady(page);
  await check(page);
  const origin = await page.evaluate(() => performance.timeOrigin);
  const waterfall = requests.map((r) => ({ ...r, start: r.start - origin, end: r.end - origin })).sort((a, b) => a.start - b.start);
  await context.close();
  return { at, waterfall };
}

/** Taps the element as soon as it is visible and enabled. */
async function tapWhenReady(locator) {
  await locator.waitFor({ state: 'visible', timeout: 60_000 });
  await locator.tap({ timeout: 60_000 });
}

/** The texts the cold-start flows tap and read, per language. */
const WORDS = {
  nl: { take: 'Doe de zelfscan', start: 'Start de scan', answer: 'Klopt grotendeels', second: '2 van 16', previous: '← Vorige', session: 'Teamsessie: MT Zuid — nulmeting', plan: 'Plan een traject', name: 'Naam van het plan' },
  en: { take: 'Take the self-scan', start: 'Start the scan', answer: 'Mostly true', second: '2 of 16', previous: '← Previous', session: 'Team session: MT Zuid — nulmeting', plan: 'Plan a journey', name: 'Plan name' },
};

/** Answers the first statement and resolves when the second is on screen. */
async function answerFirst(page, w) {
  await tapWhenReady(page.getByRole('button', { name: w.start }));
  return answerShown(page, w);
}

async function answerShown(page, w) {
  await tapWhenReady(page.getByRole('button', { name: w.answer }));
  const second = await page.waitForFunction((text) => document.querySelector('.progress-text')?.textContent === text && performance.now(), w.second, { timeout: 60_000 });
  return second.jsonValue();
}

async function firstAnswerKept(page, w) {
  await page.getByText(w.second).waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: w.previous }).tap();
  const pressed = await page.getByRole('button', { name: w.answer }).getAttribute('aria-pressed');
  if (pressed !== 'true') throw new Error('the answer given before the app arrived was lost');
}

async function coldStartBench() {
  const server = await serveDist({ gzip: true });
  const browser = await launch();
  // [name, language, browser locale, address, steps, check]
  const flows = (lang, page, locale) => {
    const w = WORDS[lang];
    return [
      [`home -> ${w.take} -> ${w.start} -> first statement answered`, page, async (p) => {
        await tapWhenReady(p.getByRole('link', { name: w.take }));
        return answerFirst(p, w);
      }, (p) => firstAnswerKept(p, w)],
      [`join link ?start=scan -> ${w.start} -> first statement answered`, `${page}?start=scan`, (p) => answerFirst(p, w), (p) => firstAnswerKept(p, w)],
      ['team session invitation (the QR code) -> first statement answered', page + invitationLink('', { code: 'K7M-2QX', name: 'MT Zuid — nulmeting' }), (p) => answerShown(p, w), async (p) => {
        await firstAnswerKept(p, w);
        await p.getByText(w.session).waitFor({ timeout: 60_000 });
      }],
      [`home -> ${w.plan} -> new-plan form filled`, page, async (p) => {
        await tapWhenReady(p.getByRole('link', { name: w.plan }));
        const name = p.getByLabel(w.name);
        await name.waitFor({ state: 'visible', timeout: 60_000 });
        await name.fill('MT Zuid');
        return p.evaluate(() => performance.now());
      }, async (p) => {
        const value = await p.getByLabel(w.name).inputValue();
        if (value !== 'MT Zuid') throw new Error(`the plan name typed before the app arrived was lost (now "${value}")`);
      }],
    ].map((f) => [`[${lang}${page === '' && lang === 'en' ? ', from ./ with an English browser' : ''}] ${f[0]}`, locale, ...f.slice(1)]);
  };
  const all = [];
  if (LANGS.includes('nl')) all.push(...flows('nl', '', 'nl-NL'));
  if (LANGS.includes('en')) all.push(...flows('en', 'en.html', 'en-GB'), ...flows('en', '', 'en-GB').slice(0, 1));
  console.log(`\nCold first visit on slow 4G (562.5 ms per request, 1.47 Mbps, CPU ${CPU_SLOWDOWN}x), tapping as soon as each button shows, ${ROUNDS} runs:`);
  for (const [name, locale, path, steps, check] of all) {
    const runs = [];
    for (let i = 0; i < ROUNDS; i++) runs.push(await coldStart(browser, server, path, steps, check, locale));
    const times = runs.map((r) => r.at).sort((a, b) => a - b);
    console.log(`  ${name}: median ${(times[Math.floor(times.length / 2)] / 1000).toFixed(2)} s (runs: ${runs.map((r) => (r.at / 1000).toFixed(2)).join(', ')} s)`);
    if (process.env.WATERFALL) {
      for (const r of runs[0].waterfall) console.log(`      ${r.start.toFixed(0).padStart(6)} - ${r.end.toFixed(0).padStart(6)} ms  ${r.name}`);
    }
  }
  await browser.close();
  await server.close();
}

const only = process.argv[2];
if (!only || only === 'sizes') await sizes();
if (!only || only === 'scan') await answerToPaint();
if (!only || only === 'files') await filesBench();
if (!only || only === 'session') await sessionBench();
if (!only || only === 'coldstart') await coldStartBench();
if (!only || only === 'lighthouse') for (const lang of LANGS) for (const t of THROTTLING) await lighthouseBench(t, lang);
