// Test hook, served only by the engine tests' server as __test-hook.js and referenced by a
// <script src> that the server puts at the top of index.html's <head>, so it runs before
// any script of the app, and the page's CSP (script-src 'self') allows it. WebKitWebDriver
// exposes no console log, so errors are collected here in both engines: console.error
// (a Rust panic is reported that way), uncaught errors, failed resource loads, unhandled
// promise rejections and CSP violations. They are kept in sessionStorage so that they
// survive a reload or a navigation in the same tab.
(function () {
  var KEY = '__engineErrors';
  window.__engineHook = true;

  function record(kind, text) {
    var entry = { kind: kind, text: String(text), at: location.hash };
    try {
      var list = JSON.parse(sessionStorage.getItem(KEY) || '[]');
      list.push(entry);
      sessionStorage.setItem(KEY, JSON.stringify(list));
    } catch (e) {
      (window.__engineErrorsLost = window.__engineErrorsLost || []).push(entry);
    }
  }

  function describe(value) {
    if (value instanceof Error) return value.name + ': ' + value.message + (value.stack ? '\n' + value.stack : '');
    try {
      return typeof value === 'string' ? value : JSON.stringify(value);
    } catch (e) {
      return String(value);
    }
  }

  var consoleError = console.error;
  console.error = function () {
    record('console.error', Array.prototype.map.call(arguments, describe).join(' '));
    return consoleError.apply(this, arguments);
  };

  addEventListener('error', function (event) {
    var target = event.target;
    if (target && target !== window && (target.src || target.href)) {
      record('resource', 'failed to load ' + (target.src || target.href));
    } else {
      record('error', event.error ? describe(event.error) : event.message);
    }
  }, true);

  addEventListener('unhandledrejection', function (event) {
    record('unhandledrejection', describe(event.reason));
  });

  addEventListener('securitypolicyviolation', function (event) {
    record('csp', event.violatedDirective + ' blocked ' + event.blockedURI);
  });
})();
