// Shared helpers for the end-to-end tests: a static server that serves dist/ under a
// sub-path (as a host would), and Debian's Chromium driven by playwright-core.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { before, after } from 'node:test';
import assert from 'node:assert/strict';

const require = createRequire(new URL('../../scripts/package.json', import.meta.url));
const { chromium } = require('playwright-core');

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DIST = join(ROOT, 'dist');
/** The sub-path the app is served under: proves relative asset paths work. */
export const BASE_PATH = '/klanten/ontwikkelkaarten/';
export const PHONE = { width: 390, height: 844 };
/** The languages the app is built in: the tests that matter run once per language. */
export const LANGUAGES = ['nl', 'en'];

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/**
 * Serves dist/ under BASE_PATH on a free port; resolves to { url, origin, close }. With
 * `cors`, files may be loaded by pages of other origins (needed to mount via embed.js).
 * With `gzip`, responses are compressed as any static host does (the benchmark's timings).
 * `dist` is another build to serve (a consultancy's own deck).
 */
let appOrigin;

export async function serveDist({ cors = false, gzip = false, dist = DIST } = {}) {
  const server = createServer(async (req, res) => {
    if (cors) res.setHeader('Access-Control-Allow-Origin', '*');
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (!path.startsWith(BASE_PATH)) {
      res.writeHead(404).end('not found');
      return;
    }
    const relative = normalize(path.slice(BASE_PATH.length) || 'index.html');
    if (relative.startsWith('..')) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(join(dist, relative));
      const headers = { 'content-type': TYPES[extname(relative)] ?? 'application/octet-stream' };
      if (gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        headers['content-encoding'] = 'gzip';
        res.writeHead(200, headers).end(gzipSync(body, { level: 9 }));
        return;
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  appOrigin = `http://127.0.0.1:${port}`;
  return {
    url: `http://127.0.0.1:${port}${BASE_PATH}`,
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** Serves fixed HTML pages (a host site) on `localhost`: another origin than the app. */
export async function serveHost(pages) {
  const server = createServer((req, res) => {
    const body = pages[new URL(req.url, 'http://x').pathname];
    if (body === undefined) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://localhost:${port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** Runs axe-core on the page; resolves to the violations (id and the first target). */
export async function axeViolations(page) {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return page.evaluate(async () => {
    const result = await globalThis.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')} (${v.help})`);
  });
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * A phone-sized page that records page errors, console errors and requests to any other
 * origin, so a test can assert there were none. An error is recorded as { text, url }:
 * its message, and for a console message the URL it is about (for "Failed to load
 * resource", the resource's), else ''. `locale` is the browser's language (nl-NL).
 */
export async function phonePage(browser, { viewport = PHONE, initScript, server, allowed = [], bypassCSP = false, serviceWorkers = 'allow', userAgent, locale = 'nl-NL' } = {}) {
  const context = await browser.newContext({
    userAgent,
    bypassCSP,
    serviceWorkers,
    viewport,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    // The browser's language: the app's default language follows it (public/shell.js).
    locale,
    acceptDownloads: true,
  });
  if (initScript) await context.addInitScript(initScript);
  return watched(context, { server, allowed });
}

/**
 * A desktop browser window of `viewport` (a laptop, or a projector's 1920×1080), with a
 * mouse, recording problems as `phonePage` does.
 */
export async function desktopPage(browser, { viewport, server, bypassCSP = false } = {}) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: 'nl-NL', bypassCSP });
  return watched(context, { server });
}

/** A new page of `context` that records page errors, console errors and foreign requests. */
async function watched(context, { server, allowed = [] }) {
  const page = await context.newPage();
  const problems = { errors: [], foreignRequests: [] };
  page.on('pageerror', (err) => problems.errors.push({ text: String(err), url: '' }));
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.errors.push({ text: msg.text(), url: msg.location().url ?? '' });
  });
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.origin !== (server?.origin ?? appOrigin) && url.protocol !== 'blob:' && url.protocol !== 'data:' && !allowed.includes(url.origin)) {
      problems.foreignRequests.push(req.url());
    }
  });
  return { context, page, problems };
}

/** Asserts the page logged no error and requested nothing from another origin. */
export function assertClean(problems) {
  assert.deepEqual(problems.errors, [], 'no errors or panics in the page');
  assert.deepEqual(problems.foreignRequests, [], 'no request to any other origin');
}

/**
 * Makes every fetch of the wasm chunk `chunk` (its file name without the hash, e.g.
 * 'split_plan.wasm') fail, until `restore()` is called.
 */
export async function failChunk(page, chunk) {
  const url = chunkUrl(chunk);
  const fail = (route) => route.abort();
  await page.route(url, fail);
  return { restore: () => page.unroute(url, fail) };
}

/** Matches the URL of chunk `chunk` ('split_plan.wasm'): ".../ontwikkelkaarten-<hash>-split_plan.wasm". */
function chunkUrl(chunk) {
  const name = chunk.replace(/[.*+?^$()|[\]{}\\]/g, '\\$&');
  return new RegExp('/[^/?#]*-' + name + '(?:[?#]|$)');
}

/** The URLs named in `text`. */
function urlsIn(text) {
  return text.match(/https?:\/\/[^\s()'"<>]+/g) ?? [];
}

/** The text of one of the app's scripts in dist/ by its URL, or null. */
function distScript(url) {
  const path = new URL(url).pathname;
  if (!path.startsWith(BASE_PATH)) return null;
  try {
    return readFileSync(join(DIST, normalize(path.slice(BASE_PATH.length))), 'utf8');
  } catch {
    return null;
  }
}

/**
 * Whether line `line` (1-based) of the loader script `source` is in the code that fetches
 * chunk `chunk`: from the line that fetches its URL up to the next line that fetches one.
 */
function inFetchOf(source, line, chunk) {
  const url = chunkUrl(chunk);
  const lines = source.split('\n');
  const fetches = lines.flatMap((l, i) => (/\bfetch\(/.test(l) ? [i + 1] : []));
  return fetches.some((at, k) => {
    // The address fetched (the loader may be minified: other code can share the line).
    const quoted = lines[at - 1].match(/\bfetch\([^"'`]*["'`]([^"'`]+)["'`]/)?.[1] ?? '';
    return url.test(quoted.replace(/^\.\//, '/')) && line >= at && line < (fetches[k + 1] ?? Infinity);
  });
}

/**
 * Whether `error` (as recorded by phonePage) comes from a failed fetch of chunk `chunk`:
 * - the browser's "Failed to load resource" about that chunk's URL;
 * - a message that names that URL;
 * - the loader's own report, "TypeError: Failed to fetch", whose stack starts at the line
 *   of the loader script (dist/…-split.js) that fetches that chunk. Its text names no
 *   chunk, so the line is looked up in the script (`readScript(url)` gives its text).
 * Anything else (a panic, a CSP violation, another chunk's failure, a "Failed to fetch"
 * elsewhere) is not.
 */
export function isChunkError(error, chunk, { readScript = distScript } = {}) {
  const url = chunkUrl(chunk);
  if (url.test(error.url) || urlsIn(error.text).some((u) => url.test(u))) return true;
  if (!/^TypeError: Failed to fetch\b/.test(error.text)) return false;
  const top = error.text.match(/\n\s*at (?:[^\n(]*\()?(https?:\/\/[^\s()]+):(\d+):\d+\)?/);
  if (!top) return false;
  const source = readScript(top[1]);
  return source !== null && inFetchOf(source, Number(top[2]), chunk);
}

/**
 * Forgets the errors of the fetch of chunk `chunk` that the test made fail on purpose
 * (see isChunkError); every other error stays and fails assertClean.
 */
export function forgetFailedFetch(problems, chunk, options) {
  problems.errors = problems.errors.filter((e) => !isChunkError(e, chunk, options));
}

/**
 * Waits until the wasm app has replaced the static shell (in a page, or a Frame): the app
 * is rendered hidden in `[data-ok-staging]` first and moved into view once its first page
 * is ready, and a page whose chunk is still being fetched shows "Laden…".
 */
export async function appReady(page) {
  await page.waitForFunction(() => document.querySelector('footer.site-footer')
    && !document.querySelector('[data-ok-staging]')
    && !document.querySelector('main .loading'));
}

/** The Frame of the page's (only) iframe, once the app in it is ready. */
export async function frameReady(page) {
  const frame = await (await page.locator('iframe').elementHandle()).contentFrame();
  await appReady(frame);
  return frame;
}

/**
 * Starts the dist server and Chromium before a test file's tests and stops both after;
 * the returned object holds `server` and `browser` once the tests run.
 */
export function useApp(options) {
  const app = {};
  before(async () => {
    app.server = await serveDist(options);
    app.browser = await launch();
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}

/**
 * Holds back the app's first wasm, so a test can act on the static page as a person on a
 * slow connection does; resolves to `release()`, which lets it through.
 */
export async function holdApp(page) {
  let release;
  const gate = new Promise((resolve) => { release = resolve; });
  await page.route(/_bg\.wasm$/, async (route) => { await gate; await route.continue(); });
  return release;
}
