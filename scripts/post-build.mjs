// Trunk post-build hook (see Trunk.toml): runs on the staged build before it becomes dist/.
// 0. Builds the wasm, split into a first download and chunks loaded on demand
//    (scripts/build-wasm.mjs), and puts its loader where index.html says `<!-- app:wasm -->`.
// 1. Adds a Content-Security-Policy that allows only the app's own files, with the hash of
//    that loader script.
// 2. Writes the service worker with the exact list of built files and a version derived
//    from their contents, so a new build replaces the old cache.
import { readFile, writeFile, readdir } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWasm } from './build-wasm.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('post-build: TRUNK_STAGING_DIR is not set (run through trunk)');
  process.exit(1);
}

const release = process.env.TRUNK_PROFILE === 'release';
const root = dirname(dirname(fileURLToPath(import.meta.url)));
const built = await buildWasm({ root, outDir: dir, release });

// The wasm's JS glue, the static page's script and the stylesheet, minified in a release
// build: every byte of them is in the first download. (Not the split loader: its lines
// name the chunk each fetch is for, which the end-to-end tests read.)
const integrity = new Map();
// Stylesheets that come with a part loaded on demand (src/web/style.rs): not linked from
// index.html, and in the service worker's list of what is loaded later.
const onDemandStyles = ['session.css'];
// `lines`: a new line where a statement ends, so that a failed fetch in the split loader is
// still found by its line in a stack trace (tests/e2e/support.mjs, isChunkError).
const minifyJs = async (code, module, lines = false) => (await (await import('terser')).minify(code, { module, ecma: 2020, compress: { passes: 2 }, format: { semicolons: !lines } })).code;
if (release) {
  for (const [file, module, lines] of [[built.js, true], [built.split, true, true], ['shell.js', false]]) {
    const path = join(dir, file);
    await writeFile(path, await minifyJs(await readFile(path, 'utf8'), module, lines));
  }
  const { minify } = await import('csso');
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('.css') && !f.startsWith('embed-example'))) {
    const path = join(dir, file);
    const css = minify(await readFile(path, 'utf8')).css;
    await writeFile(path, css);
    // Trunk gave its link the integrity of the file before: give it the new one. (A
    // stylesheet loaded on demand has no link in index.html.)
    if (!onDemandStyles.includes(file)) integrity.set(file, 'sha384-' + createHash('sha384').update(css, 'utf8').digest('base64'));
  }
}

const indexPath = join(dir, 'index.html');
let html = await readFile(indexPath, 'utf8');
const marker = '<!-- app:wasm -->';
if (!html.includes(marker)) {
  console.error(`post-build: index.html has no ${marker} to put the wasm loader in`);
  process.exit(1);
}
// Starts the app (in index.html and in embed.js): its three files are fetched side by side
// rather than one after the other: the wasm (handed to the glue as a pending response), the
// glue, and the split loader the glue imports. `url` turns a file name into a URL expression.
const startApp = (url) => `const wasm = fetch(${url(built.wasm)}); `
  + `const split = document.createElement('link'); split.rel = 'modulepreload'; split.href = ${url(built.split)}; document.head.append(split); `
  + `const app = await import(${url(built.js)}); await app.default({ module_or_path: wasm });`;
// The page starts it once the static page has painted, so that on a slow connection the
// page itself gets the bandwidth first (no preload links in the HTML for the same reason).
// Together with it, the page fetches the files of the page group its address opens (or
// opens next, while the app is still on its way): so on a first visit to the scan the
// scan's code arrives with the app, instead of one round trip after it.
const groupOf = `(h) => /^#\\/(scans?|gedeeld|meedoen)\\b/.test(h) ? 'scan' : /^#\\/plan/.test(h) ? 'plan' : /^#\\/(bestanden|team|teamsessie|antwoord|trends)\\b/.test(h) ? 'files' : /^#\\/(kaart|zoeken|werken)/.test(h) ? 'cards' : ''`;
const groups = Object.fromEntries(['scan', 'plan', 'files', 'cards'].map((g) => [g, built.groups[g].map((f) => `./${f}`)]));
const early = `const groups = ${JSON.stringify(groups)}; const groupOf = ${groupOf}; const fetched = new Set(); `
  + `const fetchGroup = () => { const g = groupOf(location.hash); if (!g || fetched.has(g)) return; fetched.add(g); `
  + `for (const href of groups[g]) { const l = document.createElement('link'); l.rel = 'preload'; l.as = 'fetch'; l.crossOrigin = 'anonymous'; l.href = href; document.head.append(l); } }; `
  + `addEventListener('hashchange', fetchGroup); addEventListener('ontwikkelkaarten:ready', () => removeEventListener('hashchange', fetchGroup), { once: true }); `;
html = html.replace(/\s*<!-- Trunk skips the Rust build[\s\S]*?-->\s*<link data-trunk rel="rust"[^>]*>/, '').replace(marker,
  `<script type="module">${early}requestAnimationFrame(() => setTimeout(async () => { ${startApp((f) => `'./${f}'`).replace('document.head.append(split); ', 'document.head.append(split); fetchGroup(); ')} }));</script>`);

for (const [file, hash] of integrity) {
  const link = new RegExp(`(href="\\./${file.replace(/\./g, '\\.')}" integrity=")[^"]*"`);
  if (!link.test(html)) {
    console.error(`post-build: found no link with an integrity attribute for ${file}`);
    process.exit(1);
  }
  html = html.replace(link, `$1${hash}"`);
}

const inline = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => m[1]);
if (inline.length !== 1) {
  console.error(`post-build: expected one inline loader script, found ${inline.length}`);
  process.exit(1);
}
const hash = createHash('sha256').update(inline[0], 'utf8').digest('base64');
const csp = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' 'sha256-${hash}'`,
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
// `trunk serve` injects its own inline live-reload script after this hook, which the policy
// would block; development builds therefore go without it.
if (release) {
  html = html.replace('<meta charset="utf-8">', `<meta charset="utf-8">\n  <meta http-equiv="Content-Security-Policy" content="${csp}">`);
}
await writeFile(indexPath, html);

// embed.js: a stable name a host page can load to mount the app into its own element.
const css = html.match(/href="\.\/(main-[0-9a-f]+\.css)"/)?.[1];
if (!css) {
  console.error('post-build: could not find the built css in index.html');
  process.exit(1);
}
await writeFile(join(dir, 'embed.js'), `// Mounts Ontwikkelkaarten into the first element with a data-ontwikkelkaarten attribute.
// <div data-ontwikkelkaarten data-start="scan"></div>
// <script type="module" src="https://example.org/pad/naar/dist/embed.js"></script>
const base = new URL('./', import.meta.url);
const link = document.createElement('link');
link.rel = 'stylesheet';
link.href = new URL('${css}', base).href;
document.head.append(link);
${startApp((f) => `new URL('${f}', base).href`)}
`);

// The worker caches both lists on install (see public/sw.js): FILES, what the first page
// loads, and LATER, the chunks loaded on demand. The schema, the embedding example and
// embed.js are fetched only by those who ask for them.
const optional = (f) => f.startsWith('embed') || f.endsWith('.schema.json');
const all = (await readdir(dir)).filter((f) => !f.startsWith('.') && f !== 'sw.js' && !optional(f)).sort();
const chunks = new Set([...built.chunks, ...onDemandStyles]);
const files = all.filter((f) => !chunks.has(f));
const version = createHash('sha256');
for (const f of all) version.update(f).update(await readFile(join(dir, f)));
const template = await readFile(new URL('../public/sw.js', import.meta.url), 'utf8');
const sw = template
  .replace('__VERSION__', version.digest('hex').slice(0, 16))
  .replace('__FILES__', JSON.stringify(['./', ...files.map((f) => './' + f)]))
  .replace('__LATER__', JSON.stringify([...built.chunks, ...onDemandStyles].map((f) => './' + f)));
await writeFile(join(dir, 'sw.js'), release ? await minifyJs(sw, false) : sw);
console.log(`post-build (${process.env.TRUNK_PROFILE}): ${release ? 'CSP with loader hash, ' : 'no CSP (development), '}service worker for ${files.length} files and ${chunks.size} chunks`);
