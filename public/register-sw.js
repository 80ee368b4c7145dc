// Registers the service worker that makes the app work offline after one visit. Kept out
// of index.html so the Content-Security-Policy needs no inline script for it.
//
// It waits until the app has shown its first page (the app then fires
// "ontwikkelkaarten:ready") and the browser is idle: installing the worker fetches and
// stores every part of the app, which must not compete with starting it on a slow phone.
if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  const register = () => {
    navigator.serviceWorker.register('./sw.js', { scope: './', updateViaCache: 'none' }).catch(() => {
      // Without a service worker the app still works; it just needs the network to start.
    });
  };
  const whenIdle = (task) => ('requestIdleCallback' in window ? requestIdleCallback(task, { timeout: 5000 }) : setTimeout(task, 1000));
  addEventListener('ontwikkelkaarten:ready', () => whenIdle(register), { once: true });
}
