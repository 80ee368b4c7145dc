// Collecting with the laptop camera: a member holds up the QR code of their result, and
// Chromium's fake camera plays exactly that picture (made from a screenshot of the
// member's phone). Chromium on Linux has no BarcodeDetector, so this reads the frames
// with the decoder the app fetches on demand.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { serveDist, launch, phonePage, assertClean } from './support.mjs';
import { pages } from './pages/index.mjs';
import { SessionsPage, TeamSessionPage, SendPanel } from './pages/session.mjs';
import { qrVideo } from './qr.mjs';

const require = createRequire(new URL('../../scripts/package.json', import.meta.url));
const { chromium } = require('playwright-core');

const LAPTOP = { width: 1280, height: 800 };
const KEY = 'ontwikkelkaarten.teamsessies';
let server;
let browser;
let dir;

before(async () => {
  server = await serveDist();
  browser = await launch();
  dir = await mkdtemp(join(tmpdir(), 'ontwikkelkaarten-camera-'));
});

const cameras = [];

after(async () => {
  // Closed here too, so a failing test does not leave a browser running.
  for (const camera of cameras) await camera.close().catch(() => {});
  await browser?.close();
  await server?.close();
});

async function device(on, options = {}) {
  const session = await phonePage(on, { server, ...options });
  const opts = { url: server.url, pointer: options.viewport ? 'click' : 'tap' };
  return { ...session, ...pages(session.page, opts), sessions: new SessionsPage(session.page, opts), teamSession: new TeamSessionPage(session.page, opts), send: new SendPanel(session.page, opts) };
}

/** A Chromium whose camera shows the video at `path`, with camera access granted. */
async function cameraBrowser(path) {
  const camera = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
      '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${path}`],
  });
  cameras.push(camera);
  return camera;
}

/** The facilitator's session on a laptop whose camera plays `video`: the same session
 * (copied from the device it was started on). */
async function facilitatorWithCamera(video, stored, id) {
  const camera = await cameraBrowser(video);
  const laptop = await device(camera, { viewport: LAPTOP });
  await laptop.context.grantPermissions(['camera'], { origin: server.origin });
  await laptop.app.open('#/');
  await laptop.page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, stored]);
  await laptop.app.open(`#/teamsessie/${id}`);
  return { camera, laptop };
}

test('the laptop camera reads a result QR code off a phone screen, and skips a code that is no result', async () => {
  // The session, started on the facilitator's device, and a member's result as a QR code.
  const start = await device(browser, { viewport: LAPTOP });
  await start.sessions.open();
  await start.sessions.start({ team: 'MT Zuid', name: 'camera', minimum: 2 });
  const code = await start.teamSession.code();
  const id = code.replace('-', '');
  const stored = await start.page.evaluate((k) => localStorage.getItem(k), KEY);
  const invitationShot = await start.teamSession.invitationQr.screenshot();
  await start.context.close();

  const member = await device(browser);
  await member.page.goto(`${server.url}#/meedoen/${code}`);
  await member.scan.ready();
  for (let i = 0; i < 16; i++) await member.scan.answer((i % 5) + 1);
  await member.scan.finish();
  await member.send.showQr();
  const resultVideo = await qrVideo(await member.send.qr.screenshot(), join(dir, 'resultaat.y4m'));
  assertClean(member.problems);
  await member.context.close();

  const { camera, laptop } = await facilitatorWithCamera(resultVideo, stored, id);
  await laptop.teamSession.startCamera();
  await laptop.teamSession.counter.filter({ hasText: /^1 binnen/ }).waitFor({ timeout: 30000 });
  assert.match(await laptop.teamSession.report.textContent(), /✓ 1 uitkomst toegevoegd\./);
  await laptop.teamSession.stopCamera();
  assertClean(laptop.problems);
  await camera.close();

  // The invitation's own QR code is not a result: said once, nothing added.
  const inviteVideo = await qrVideo(invitationShot, join(dir, 'uitnodiging.y4m'));
  const second = await facilitatorWithCamera(inviteVideo, stored, id);
  await second.laptop.teamSession.startCamera();
  await second.laptop.app.main.getByText('Die QR-code is geen uitkomst van Ontwikkelkaarten en is overgeslagen.').waitFor({ timeout: 30000 });
  assert.match(await second.laptop.teamSession.counter.textContent(), /^0 binnen/);
  assertClean(second.laptop.problems);
  await second.camera.close();
});
