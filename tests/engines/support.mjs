// The engine suite's server: dist/ as tests/e2e/support.mjs serves it (under the sub-path
// /klanten/ontwikkelkaarten/), behind a small proxy that adds the test hook (hook.js) to
// index.html. Only in tests: the hook collects the page's errors, which WebKitWebDriver
// cannot read from the console. The release index.html has a CSP with script hashes, so an
// inline script would be blocked; an external file of the same origin is allowed.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveDist, BASE_PATH, PHONE, ROOT } from '../e2e/support.mjs';

export { BASE_PATH, PHONE };
export const HOOK_PATH = `${BASE_PATH}__test-hook.js`;
/** A script that throws while the page starts: proves startup errors are caught. */
export const THROW_PATH = `${BASE_PATH}__test-throw.js`;
/** Screenshots go here, per engine (git-ignored with the rest of tests/e2e/artifacts/). */
export const ARTIFACTS = join(ROOT, 'tests', 'e2e', 'artifacts', 'engines');

/**
 * Serves the app with the hook; resolves to { url, close }. With `?throw-at-start` in the
 * URL, index.html also loads a script that throws (for the self-check of the hook).
 */
export async function serveApp() {
  const dist = await serveDist();
  const hook = await readFile(new URL('./hook.js', import.meta.url));
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://x');
      if (url.pathname === HOOK_PATH) {
        res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' }).end(hook);
        return;
      }
      if (url.pathname === THROW_PATH) {
        res.writeHead(200, { 'content-type': 'text/javascript' }).end("throw new Error('thrown at start on purpose');");
        return;
      }
      const upstream = await fetch(dist.origin + req.url);
      const type = upstream.headers.get('content-type') ?? 'application/octet-stream';
      if (upstream.ok && (url.pathname === BASE_PATH || url.pathname === `${BASE_PATH}index.html` || url.pathname === `${BASE_PATH}en.html`)) {
        const html = await upstream.text();
        const extra = url.searchParams.has('throw-at-start') ? `<script src="${THROW_PATH}"></script>` : '';
        const withHook = html.replace('<head>', `<head>\n  <script src="${HOOK_PATH}"></script>${extra}`);
        if (withHook === html) throw new Error(`${url.pathname} has no <head> to put the test hook in`);
        res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(withHook);
        return;
      }
      res.writeHead(upstream.status, { 'content-type': type }).end(Buffer.from(await upstream.arrayBuffer()));
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${BASE_PATH}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await dist.close();
    },
  };
}
