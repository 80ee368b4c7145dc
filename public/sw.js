// Service worker (the post-build step fills in the version and the file lists).
// Built files have content hashes in their names, so they are served from the cache; the
// page itself is fetched from the network first, so a new version is picked up as soon as
// there is a connection and nobody is stuck on an old one. State lives in localStorage and
// is not touched.
//
// Installing caches what the first page needs (FILES); once active, the worker also
// fetches the pages that load on demand (LATER), after the page has loaded, so that every
// page works offline after one visit without slowing that visit down.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const LATER = __LATER__;
const CACHE = `ontwikkelkaarten-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('ontwikkelkaarten-') && k !== CACHE).map((k) => caches.delete(k))))
      // Without a connection now, the chunks are cached when they are first used instead.
      .then(() => caches.open(CACHE).then((cache) => cache.addAll(LATER)).catch(() => {}))
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
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put('./', copy));
          return response;
        })
        .catch(() => caches.match('./', { ignoreSearch: true })),
    );
    return;
  }
  event.respondWith(caches.match(request, { ignoreSearch: true }).then((hit) => hit ?? fetch(request).then((response) => {
    if (response.ok && LATER.some((f) => request.url.endsWith(f.slice(1)))) {
      const copy = response.clone();
      caches.open(CACHE).then((cache) => cache.put(request, copy));
    }
    return response;
  })));
});
