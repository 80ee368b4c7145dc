// Two browsers behind one tiny interface, so that every flow runs unchanged in both.
//
// A browser (from `launch()`) gives tabs (`newTab(viewport)`), each with a fresh profile:
//   goto(url)  reload()  back()  evaluate(fn, ...args)  element(fn, ...args)
//   click(element)  fill(element, text)  choose(element, optionText)  upload(element, path)
//   setViewport({ width, height })  screenshot(path)  nativeErrors()  close()
// `evaluate` runs a self-contained function in the page and gives its JSON result;
// `element` gives { element } when the function returns an element, else { value }.
//
// WebKitGTK: WebKitWebDriver (Debian's webkit2gtk-driver) drives MiniBrowser under an Xvfb
// the suite starts itself, through `selenium-webdriver`: Selenium's own, well-kept W3C
// WebDriver client, small (its dependencies: ws, jszip, tmp) and fully offline, because a
// session is made directly on our WebKitWebDriver's URL and Selenium Manager (which would
// download drivers) is never used. Pinned to 4.46.0, the last release for Node 20. The
// `webdriver` package of WebdriverIO pulls in driver downloaders (geckodriver, edgedriver,
// @puppeteer/browsers) and its current major needs Node 22.
//
// Firefox ESR: puppeteer-core 24 over WebDriver BiDi, with overlay scrollbars as on a phone
// (otherwise the page lays out 12 px narrower than the window).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { writeFile, access, constants } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { optionValue } from './in-page.mjs';

const require = createRequire(new URL('../../scripts/package.json', import.meta.url));

export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';

/** Resolves once `check()` is true, trying every `every` ms; rejects after `timeout` ms. */
async function until(check, what, { timeout = 15000, every = 50 } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, every));
  }
}

/** Fails with a helpful message when a program the suite needs is not installed. */
async function need(path, what) {
  await access(path, constants.X_OK).catch(() => {
    throw new Error(`${what} is not installed (${path} is missing): run scripts/setup.sh's install_engines, or ./scripts/test.sh`);
  });
}

/** `promise`, or a rejection with `message()` if it has not settled after `ms`. */
export async function within(ms, promise, message) {
  let timer;
  const late = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(message())), ms); });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** A free TCP port on 127.0.0.1. */
async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts Xvfb on the first free display; resolves to { display, stop }. */
async function startXvfb() {
  const xvfb = spawn('/usr/bin/Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  xvfb.stderr.on('data', (d) => { stderr += d; });
  const display = await new Promise((resolve, reject) => {
    let out = '';
    xvfb.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${stderr}`)));
  });
  return { display, stop: () => stopProcess(xvfb), kill: () => xvfb.kill() };
}

async function stopProcess(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** How long WebKitWebDriver may take to start a session (it normally takes about 1 s). */
const SESSION_TIMEOUT = 20000;

/** Starts WebKitWebDriver in its own process group (with the MiniBrowsers it starts). */
async function startWebKitDriver(display) {
  const port = await freePort();
  const child = spawn(WEBKIT_DRIVER, [`--port=${port}`], { env: { ...process.env, DISPLAY: display }, stdio: 'ignore', detached: true });
  const url = `http://127.0.0.1:${port}`;
  try {
    await until(() => fetch(`${url}/status`).then((r) => r.ok), 'WebKitWebDriver to start');
  } catch (error) {
    await stopGroup(child, 'SIGKILL');
    throw error;
  }
  return { child, url };
}

/** Ends the process group of `child`, which this suite started. */
async function stopGroup(child, signal = 'SIGTERM') {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    process.kill(-child.pid, signal);
  } catch {
    child.kill(signal);
  }
  await exited;
}

export async function launchWebKit() {
  const { WebDriver, Capabilities } = require('selenium-webdriver');
  const http = require('selenium-webdriver/http');
  await need(WEBKIT_DRIVER, 'WebKitWebDriver (Debian webkit2gtk-driver)');
  await need(MINIBROWSER, 'MiniBrowser (Debian libwebkit2gtk-4.1-0)');
  await need('/usr/bin/Xvfb', 'Xvfb (Debian xvfb)');
  const xvfb = await startXvfb();
  let driver;
  // Should the test process end without closing the browser, leave nothing running.
  const leftovers = () => {
    try { process.kill(-driver.child.pid, 'SIGKILL'); } catch { /* already ended */ }
    xvfb.kill();
  };
  try {
    driver = await startWebKitDriver(xvfb.display);
  } catch (error) {
    await xvfb.stop();
    throw error;
  }
  process.once('exit', leftovers);
  const capabilities = new Capabilities({
    'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation', '--full-screen'] },
  });
  const open = async (viewport) => {
    const session = await WebDriver.createSession(new http.Executor(new http.HttpClient(driver.url)), capabilities);
    const tab = new WebKitTab(session);
    await tab.setViewport(viewport);
    return tab;
  };
  return {
    name: 'webkit',
    /**
     * A new session. Now and then (3 times in about 200 sessions here, while a build ran)
     * WebKitWebDriver never answers a New Session and no MiniBrowser runs: then it is
     * restarted, said on stderr, and the session tried once more.
     */
    async newTab(viewport) {
      try {
        return await within(SESSION_TIMEOUT, open(viewport), () => `WebKitWebDriver started no session in ${SESSION_TIMEOUT / 1000} s`);
      } catch (error) {
        console.error(`webkit: ${error.message}; restarting WebKitWebDriver and trying again`);
        await stopGroup(driver.child, 'SIGKILL');
        driver = await startWebKitDriver(xvfb.display);
        return within(SESSION_TIMEOUT, open(viewport), () => `WebKitWebDriver started no session in ${SESSION_TIMEOUT / 1000} s, twice`);
      }
    },
    async close() {
      process.off('exit', leftovers);
      await stopGroup(driver.child);
      await xvfb.stop();
    },
  };
}

class WebKitTab {
  constructor(session) {
    this.session = session;
  }

  goto(url) {
    return this.session.get(url);
  }

  reload() {
    return this.session.navigate().refresh();
  }

  back() {
    return this.session.navigate().back();
  }

  evaluate(fn, ...args) {
    return this.session.executeScript(fn, ...args);
  }

  async element(fn, ...args) {
    const result = await this.session.executeScript(fn, ...args);
    return result && typeof result.getId === 'function' ? { element: result } : { value: result };
  }

  /** WebDriver Element Click: scrolls it into view and clicks its centre, if nothing covers it. */
  click(element) {
    return element.click();
  }

  async fill(element, text) {
    await element.clear();
    // A line break is typed as the Enter key, as a person types it: WebKitGTK's driver
    // drops a "\n" in the text, which ran a chat's lines (and its links) together.
    await element.sendKeys(text.replaceAll('\n', '\uE007'));
  }

  /** Clicks the option, as WebDriver selects an option of a <select>. */
  async choose(element, optionText) {
    const option = await this.session.executeScript(
      (select, text) => [...select.options].find((o) => o.text.replace(/\s+/g, ' ').trim() === text) ?? null,
      element,
      optionText,
    );
    if (!option) throw new Error(`no option "${optionText}"`);
    await option.click();
  }

  /** Element Send Keys with a path sets the files of an <input type=file>. */
  upload(element, path) {
    return element.sendKeys(path);
  }

  async setViewport({ width, height }) {
    // MiniBrowser in --full-screen has no toolbar: the window is the viewport.
    await this.session.manage().window().setRect({ x: 0, y: 0, width, height });
    await until(async () => {
      const size = await this.session.executeScript(() => [innerWidth, innerHeight]);
      return size[0] === width && size[1] === height;
    }, `a ${width}×${height} viewport`);
  }

  async screenshot(path) {
    await writeFile(path, Buffer.from(await this.session.takeScreenshot(), 'base64'));
  }

  nativeErrors() {
    return []; // WebKitWebDriver has no log endpoint: see hook.js.
  }

  close() {
    return this.session.quit();
  }
}

export async function launchFirefox() {
  const puppeteer = require('puppeteer-core');
  await need(FIREFOX, 'Firefox ESR (Debian firefox-esr)');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: { 'widget.gtk.overlay-scrollbars.enabled': true, 'ui.useOverlayScrollbars': 1 },
  });
  return {
    name: 'firefox',
    async newTab(viewport) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      const tab = new FirefoxTab(context, page);
      await tab.setViewport(viewport);
      return tab;
    },
    close: () => browser.close(),
  };
}

class FirefoxTab {
  constructor(context, page) {
    this.context = context;
    this.page = page;
    // Firefox reports these itself too; the hook in the page is what both engines share.
    this.errors = [];
    page.on('pageerror', (error) => this.errors.push({ kind: 'firefox pageerror', text: String(error) }));
    page.on('console', (message) => {
      if (message.type() === 'error') this.errors.push({ kind: 'firefox console', text: message.text() });
    });
  }

  goto(url) {
    return this.page.goto(url);
  }

  reload() {
    return this.page.reload();
  }

  /**
   * The back button. Not page.goBack(): over BiDi it waits for a navigation that a back
   * within the app (a hash change, same document) never has, and times out.
   */
  back() {
    return this.page.evaluate(() => history.back());
  }

  evaluate(fn, ...args) {
    return this.page.evaluate(fn, ...args);
  }

  async element(fn, ...args) {
    const handle = await this.page.evaluateHandle(fn, ...args);
    const element = handle.asElement();
    if (element) return { element };
    const value = await handle.jsonValue();
    await handle.dispose();
    return { value };
  }

  /** A touch tap at the element's centre (scrolled into view first), as on a phone. */
  click(element) {
    return element.tap();
  }

  /**
   * Taps the field and types `text`, then lets two frames pass: Firefox scrolls the caret
   * into view a frame after typing, and a tap scrolled to before that (a submit button
   * further down) was taken back up by it and landed on whatever came there instead.
   */
  async fill(element, text) {
    await element.tap();
    await element.evaluate((el) => el.select());
    await element.type(text);
    await this.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }

  async choose(element, optionText) {
    const value = await element.evaluate(optionValue, optionText);
    if (value === null) throw new Error(`no option "${optionText}"`);
    await element.select(value);
  }

  upload(element, path) {
    return element.uploadFile(path);
  }

  setViewport({ width, height }) {
    return this.page.setViewport({ width, height, hasTouch: true });
  }

  screenshot(path) {
    return this.page.screenshot({ path });
  }

  nativeErrors() {
    return this.errors;
  }

  close() {
    return this.context.close();
  }
}

export const ENGINES = { webkit: launchWebKit, firefox: launchFirefox };
