// Registers the service worker that makes the app work offline after one visit. Kept out
// of index.html so the Content-Security-Policy needs no inline script for it.
if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js', { scope: './', updateViaCache: 'none' }).catch(() => {
      // Without a service worker the app still works; it just needs the network to start.
    });
  });
}
