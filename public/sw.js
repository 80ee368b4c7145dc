// Service worker (the post-build step fills in the version and the file lists).
// Built files have content hashes in their names, so they are served from the cache; the
// page itself is fetched from the network first, so a new version is picked up as soon as
// there is a connection and nobody is stuck on an old one. State lives in localStorage and
// is not touched.
//
// Installing caches what the first page needs (COMMON, and FILES of the page's language)
// and the parts loaded on demand (LATER: the other pages, and the code that reads stored
// data), so that after one visit every page works offline. Each language is its own build
// (src/i18n.rs): the page registers `sw.js?lang=en` for English, and choosing the other
// language registers the worker for it, which caches that language instead. The page
// registers the worker only once the app has shown its first page and the browser is idle,
// so this does not slow that visit down; if a file cannot be fetched, installing fails and
// is tried again on the next visit.
const VERSION = '__VERSION__';
const COMMON = __COMMON__;
const FILES = __FILES__;
const LATER = __LATER__;
const asked = new URL(self.location.href).searchParams.get('lang');
const LANG = asked in FILES ? asked : 'nl';
// One cache per copy of the app: two copies on one site (two decks, or two paths) each
// keep their own files and remove only their own old caches.
const PREFIX = `ontwikkelkaarten-${self.registration.scope}-`;
const CACHE = `${PREFIX}${VERSION}-${LANG}`;
// Caches of versions before November 2026, named without the scope.
const LEGACY = /^ontwikkelkaarten-[0-9a-f]{16}$/;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll([...COMMON, ...FILES[LANG], ...LATER[LANG]])).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => (k.startsWith(PREFIX) || LEGACY.test(k)) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request)
        .then((response) => {
          // Kept under the page's own address (`./` or `./en.html`), without the query.
          const copy = response.clone(), page = new URL(request.url);
          page.search = '';
          if (response.ok) caches.open(CACHE).then((cache) => cache.put(page.href, copy));
          return response;
        })
        .catch(() => caches.match(request, { ignoreSearch: true }).then((hit) => hit ?? caches.match('./'))),
    );
    return;
  }
  event.respondWith(caches.match(request, { ignoreSearch: true }).then((hit) => hit ?? fetch(request)));
});
