// Runs every flow of flows.mjs in one engine: one browser for the file, a fresh tab (a new
// WebDriver session, or a new Firefox browser context) for each flow. After each flow it
// asserts that no page seen was wider than the viewport and that no error was collected.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ENGINES } from './drivers.mjs';
import { App } from './app.mjs';
import { FLOWS } from './flows.mjs';
import { serveApp, PHONE, ARTIFACTS } from './support.mjs';

/**
 * "planner (#/plannen): scrollWidth 522 px > innerWidth 390 px; content past the edge:
 * <select#plan-sjabloon> "…", box x 33–357, scrollWidth 487 px"
 */
function describeOverflow(o) {
  const box = (e) => `${e.element}, box x ${e.left}–${e.right} (${e.width} px wide), scrollWidth ${e.scrollWidth} px`;
  const widest = o.widest ? `; widest element past the edge: ${box(o.widest)}` : '';
  const spilling = o.spilling && o.spilling.element !== o.widest?.element ? `; content past the edge: ${box(o.spilling)}` : '';
  return `${o.page} (${o.hash || '#/'}): scrollWidth ${o.scrollWidth} px > innerWidth ${o.innerWidth} px${widest}${spilling}`;
}

export function engineSuite(engine) {
  const state = {};
  before(async () => {
    state.server = await serveApp();
    state.browser = await ENGINES[engine]();
  });
  after(async () => {
    await state.browser?.close();
    await state.server?.close();
  });

  for (const flow of FLOWS) {
    test(`${engine}: ${flow.name}`, async () => {
      const tab = await state.browser.newTab(PHONE);
      const app = new App(tab, { url: state.server.url, engine, artifacts: ARTIFACTS });
      try {
        await flow.run(app);
        const problems = app.overflows.map(describeOverflow);
        if (!flow.expectErrors) problems.push(...(await app.errors()).map((e) => `error in the page (${e.kind}${e.at ? `, at ${e.at}` : ''}): ${e.text}`));
        assert.deepEqual(problems, [], `${engine}: pages wider than the viewport, or errors in the page`);
      } catch (error) {
        // A step that failed says so; add what was seen before it, so nothing hides.
        if (!(error instanceof assert.AssertionError)) {
          const seen = app.overflows.map(describeOverflow);
          const errors = await app.errors().catch(() => []);
          if (seen.length || errors.length) error.message += `\nalso seen:\n${[...seen, ...errors.map((e) => `${e.kind}: ${e.text}`)].join('\n')}`;
        }
        throw error;
      } finally {
        await tab.close();
      }
    });
  }
}
