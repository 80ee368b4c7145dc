// The static page until the app takes over (its markup: src/domain/shell.rs).
// In <head>, before the first paint: marks <html> with the view the address asks for, so
// a deep link shows "laden" instead of flashing the home page. Then, on a first visit,
// the scan and the new-plan form work before the wasm has arrived: answers and typed
// values stay in the page, where the app takes them over (src/web/start.rs).
(function () {
  var d = document, root = d.documentElement;
  var stored = false, chosen = null;
  // The deck's storage key (src/domain/site.rs): a consultancy's own deck has its own.
  var key = root.getAttribute('data-store') || 'ontwikkelkaarten';
  try {
    stored = localStorage.getItem(key) !== null;
    chosen = localStorage.getItem(key + '.taal');
  } catch (e) { /* blocked: nothing stored */ }

  // The language. Each has its own page (index.html, en.html) with its own build of the
  // app (src/i18n.rs). The language the user chose on this device with the switch comes
  // first, then the address's `?lang=en`, then the browser's languages; Dutch otherwise.
  // A page of another language than that hands over to the right one before it paints.
  var pages = {};
  (root.getAttribute('data-languages') || 'nl').split(' ').forEach(function (l) { pages[l] = l === 'nl' ? './' : l + '.html'; });
  var asked = [chosen, (/[?&]lang=([^&#]*)/.exec(location.search) || [])[1]].concat(navigator.languages || [navigator.language]);
  var lang = 'nl';
  for (var i = 0; i < asked.length; i++) {
    var l = String(asked[i] || '').slice(0, 2).toLowerCase();
    if (pages[l]) { lang = l; break; }
  }
  if (lang !== root.lang && pages[root.lang]) {
    root.setAttribute('data-leaving', '');
    root.style.visibility = 'hidden';
    location.replace(pages[lang] + location.search + location.hash);
    return;
  }
  // The switch (a link to the other language's page, in the header of the static page and
  // of the app): remembers the choice and keeps the page the user is on.
  addEventListener('click', function (e) {
    var a = e.target.closest && e.target.closest('a[data-switch-lang]');
    if (!a) return;
    try { localStorage.setItem(key + '.taal', a.getAttribute('data-switch-lang')); } catch (err) { /* blocked: the link still goes there */ }
    // The address says the language too, so that the choice holds where storage is blocked.
    var query = location.search.replace(/^\?/, '').split('&').filter(function (p) { return p && p.indexOf('lang=') !== 0; });
    query.push('lang=' + a.getAttribute('data-switch-lang'));
    a.href = a.getAttribute('href').split(/[?#]/)[0] + '?' + query.join('&') + location.hash;
  }, true);
  var start = /[?&]start=([^&#]*)/.exec(location.search);
  var starts = { scan: '#/scan', zelfscan: '#/scan', planner: '#/plannen', reisplanner: '#/plannen', plannen: '#/plannen', home: '', kaarten: '' };
  var hash = function () { return location.hash.replace(/^#\/?/, ''); };
  if (start && hash() === '' && starts[start[1]]) history.replaceState(null, '', starts[start[1]]);
  var live = true, begun = false, handOver = function () {};
  // Opened on a team session's invitation (#/meedoen/…) that asks no name, on a first
  // visit: its first statement shows at once, under the session's title; the app takes the
  // answers over and puts the session on them (src/ui/pages/scan/join.rs). With stored data
  // the app decides (a scan in progress on this device is not replaced without asking).
  var joining = !stored && hash().indexOf('meedoen/') === 0 ? hash() : '', session = joining && title(joining.slice(8));
  if (session) root.classList.add('ok-join');

  // The title an invitation shows its members (its name, or `{ code }` for a session known
  // only by its code, which the page words in its language), or '' where the app has to decide: a
  // session that asks for names, or a link that does not read. The same reading as
  // Invitation::decode (src/domain/session/link.rs): a typed code such as K7M-2QX, or a
  // version byte, the flags, the code's 30 bits and the name, with a Fletcher-16 checksum,
  // in base64url.
  function title(payload) {
    var alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ', typed;
    var code = function (bits) {
      for (var s = '', i = 5; i >= 0; i--) s += alphabet.charAt((bits >>> (5 * i)) & 31) + (i === 3 ? '-' : '');
      return { code: s };
    };
    try { typed = decodeURIComponent(payload); } catch (e) { typed = ''; }
    typed = typed.replace(/[- \u2011]/g, '').toUpperCase().replace(/O/g, '0').replace(/[IL]/g, '1');
    if (/^[0-9A-HJKMNP-TV-Z]{6}$/.test(typed)) {
      return code(typed.split('').reduce(function (bits, c) { return bits * 32 + alphabet.indexOf(c); }, 0));
    }
    var bytes = [], acc = 0, bits = 0;
    for (var i = 0; i < payload.length; i++) {
      var c = payload.charAt(i), v = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.indexOf(c);
      if (/[ \t\n\f\r=]/.test(c)) continue;
      if (c === '+') v = 62; else if (c === '/') v = 63; else if (v < 0) return '';
      acc = (acc << 6) | v;
      bits += 6;
      if (bits >= 8) { bits -= 8; bytes.push((acc >> bits) & 255); acc &= (1 << bits) - 1; }
    }
    var body = bytes.slice(0, -2), a = 0, b = 0;
    body.forEach(function (x) { a = (a + x) % 255; b = (b + a) % 255; });
    if (bytes.length < 8 || body[0] !== 1 || b !== bytes[bytes.length - 2] || a !== bytes[bytes.length - 1] || body[1] & 1) return '';
    var name;
    try { name = new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(body.slice(6))); } catch (e) { return ''; }
    return name.trim() ? name : code(((body[2] << 24) | (body[3] << 16) | (body[4] << 8) | body[5]) & 0x3FFFFFFF);
  }

  function view() {
    var h = hash();
    if (h === '') return start && !(start[1] in starts) ? 'loading' : 'home';
    if (!stored && h === 'scan') return 'scan';
    if (!stored && h === 'scan/invullen' && begun) return 'fill';
    if (session && h === joining) return 'fill';
    if (!stored && h === 'plannen') return 'plans';
    return 'loading';
  }
  function show() {
    ['home', 'scan', 'fill', 'plans', 'loading'].forEach(function (v) { root.classList.remove('ok-view-' + v); });
    if (live) root.classList.add('ok-view', 'ok-view-' + view());
  }
  show();
  // The app moves focus to a page's heading after a navigation, for screen readers. Only
  // someone using the keyboard needs to see where it went: a ring around a heading looks
  // like an error to someone who tapped (browsers differ on :focus-visible after script
  // focus, so the last kind of input decides; main.css).
  addEventListener('keydown', function (e) { if (!e.ctrlKey && !e.metaKey) root.classList.add('ok-keys'); }, true);
  addEventListener('pointerdown', function () { root.classList.remove('ok-keys'); }, true);
  // The app has replaced the static page (src/web/start.rs, which took over a begun scan).
  addEventListener('ontwikkelkaarten:ready', function () {
    live = false;
    root.classList.remove('ok-view');
    show();
    handOver();
    // Then, once the browser is idle, the service worker that makes the app work offline:
    // installing it fetches every part of the app, which must not compete with starting it
    // on a slow phone. (WebKit has no requestIdleCallback.)
    if ('serviceWorker' in navigator && location.protocol !== 'file:') {
      var register = function () {
        navigator.serviceWorker.register('./sw.js?lang=' + root.lang, { scope: './', updateViaCache: 'none' })
          .catch(function () { /* without it the app still works; it needs the network to start */ });
      };
      if (window.requestIdleCallback) requestIdleCallback(register, { timeout: 5000 }); else setTimeout(register, 1000);
    }
  }, { once: true });

  function two(n) { return (n < 10 ? '0' : '') + n; }
  function isoDate(t) { return t.getFullYear() + '-' + two(t.getMonth() + 1) + '-' + two(t.getDate()); }

  d.addEventListener('DOMContentLoaded', function () {
    var app = d.getElementById('app');
    if (!app) return;
    var $ = function (sel, el) { return (el || app).querySelector(sel); };
    // The menu on a phone, for the static page and the app alike (the app's header has the
    // same markup and no code of its own for it): the button opens it, Escape and a chosen
    // link close it.
    function openMenu(open) {
      var header = $('.site-header'), menu = $('.menu-button');
      if (!header || !menu) return;
      header.classList.toggle('menu-open', open);
      menu.setAttribute('aria-expanded', String(open));
      return menu;
    }
    app.addEventListener('click', function (e) {
      var menu = e.target.closest('.menu-button');
      if (menu) openMenu(menu.getAttribute('aria-expanded') !== 'true');
    });
    app.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && e.target.closest('.menu-open')) openMenu(false).focus();
    });
    addEventListener('hashchange', function () {
      openMenu(false);
      show();
      var h1 = live && view() !== 'loading' && $('.shell-' + view() + ' h1');
      if (h1) { scrollTo(0, 0); h1.focus(); }
    });

    // The scan: its start form, then one statement at a time.
    var form = $('.shell-scan form'), fill = $('.shell-fill');
    var items = fill.querySelectorAll('.shell-statements li');
    var total = items.length, at = 0, answers = [];
    var now = new Date();
    // The scan's default name, with the date as the app writes it (src/domain/text.rs).
    var months = form.getAttribute('data-months');
    $('#scan-label').placeholder = form.getAttribute('data-label') + (months ? now.getDate() + ' ' + months.split(' ')[now.getMonth()] + ' ' + now.getFullYear()
      : two(now.getDate()) + '-' + two(now.getMonth() + 1) + '-' + now.getFullYear());
    // The scan is kept on the app's root element, which outlives the static page: the
    // app's scan pages take it over from there (src/ui/pages/scan/mod.rs).
    function begin() {
      var t = new Date();
      app.setAttribute('data-scan-started', isoDate(t) + 'T' + two(t.getHours()) + ':' + two(t.getMinutes()) + ':' + two(t.getSeconds()));
      answers = [];
      go(0);
    }
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      form.querySelectorAll('input[id]').forEach(function (el) { app.setAttribute('data-' + el.id, el.value); });
      app.removeAttribute('data-scan-session');
      begun = true;
      begin();
      location.hash = '#/scan/invullen';
    });
    function go(to) {
      at = Math.max(0, Math.min(total, to));
      app.setAttribute('data-scan-position', String(at));
      app.setAttribute('data-scan-answers', answers.join(','));
      $('.shell-question', fill).hidden = at === total;
      $('.shell-summary', fill).hidden = at !== total;
      if (at === total) return;
      $('.progress-text', fill).textContent = (at + 1) + ' ' + fill.getAttribute('data-of') + ' ' + total;
      $('.progress', fill).setAttribute('aria-valuenow', String(at));
      $('.progress-bar', fill).style.width = Math.floor(at * 100 / total) + '%';
      $('.scan-dimension', fill).textContent = items[at].getAttribute('data-dimension');
      $('.statement', fill).textContent = items[at].textContent;
      // Fresh buttons for every statement: nothing of the last tap carries over.
      var list = $('.answers', fill), fresh = list.cloneNode(true);
      fresh.querySelectorAll('.answer').forEach(function (b) {
        b.setAttribute('aria-pressed', String(answers[at] === b.getAttribute('data-answer')));
      });
      list.parentNode.replaceChild(fresh, list);
      $('[data-go="-1"]', fill).disabled = at === 0;
      $('[data-go="1"]', fill).textContent = fill.getAttribute(answers[at] ? 'data-next' : 'data-skip');
    }
    function answer(value) {
      answers[at] = value;
      for (var i = 0; i < total; i++) answers[i] = answers[i] || '';
      go(at + 1);
    }
    // Opened on an invitation: its first statement, for that session.
    if (session) {
      $('.shell-session strong', fill).textContent = session.code ? fill.getAttribute('data-code') + session.code : session;
      app.setAttribute('data-scan-session', joining.slice(8));
      begin();
    }
    fill.addEventListener('click', function (e) {
      var b = e.target.closest('button');
      if (!b) return;
      if (b.hasAttribute('data-answer')) answer(b.getAttribute('data-answer'));
      else if (b.hasAttribute('data-go')) go(at + Number(b.getAttribute('data-go')));
    });
    d.addEventListener('keydown', function (e) {
      if (!live || view() !== 'fill' || e.ctrlKey || e.metaKey || e.altKey || /INPUT|TEXTAREA|SELECT/.test(d.activeElement.tagName)) return;
      if (e.key === 'ArrowLeft') go(at - 1);
      else if (at < total && e.key === 'ArrowRight') go(at + 1);
      else if (at < total && /^[0-5]$/.test(e.key)) answer(e.key);
      else return;
      e.preventDefault();
    });

    // In a frame on another page: tell that page how tall the app is (only that page's
    // origin may read it), so the host can size the frame and there is one scrollbar
    // (public/embed-example.html shows the few lines a host adds).
    var host = window.parent !== window && ((location.ancestorOrigins && location.ancestorOrigins[0]) || (d.referrer && new URL(d.referrer).origin));
    if (host && host !== 'null' && window.ResizeObserver) {
      root.classList.add('in-frame');
      var height = 0;
      new ResizeObserver(function () {
        var h = Math.ceil(app.getBoundingClientRect().height);
        if (h !== height) parent.postMessage({ type: 'ontwikkelkaarten:hoogte', height: (height = h) }, host);
      }).observe(app);
    }

    // The new-plan form: a template sets the duration, its hint and the dimensions.
    var plan = $('.shell-plans form'), template = $('#plan-sjabloon'), weeks = $('#plan-weken'), start = $('#plan-start');
    var monday = new Date(now.getFullYear(), now.getMonth(), now.getDate() + (8 - now.getDay()) % 7);
    start.value = start.defaultValue = isoDate(monday);
    template.addEventListener('change', function () {
      var o = template.selectedOptions[0], data = function (n) { return o.getAttribute('data-' + n); };
      template.nextElementSibling.textContent = data('summary');
      $('#plan-naam').placeholder = data('name') || o.textContent;
      weeks.parentNode.hidden = data('monthly') === 'true';
      weeks.min = data('min');
      weeks.max = data('max');
      if (data('weeks')) weeks.value = data('weeks');
      weeks.nextElementSibling.textContent = data('weeks-hint') || '';
      var dims = data('dimensions');
      if (dims !== null) {
        plan.querySelectorAll('input[type=checkbox]').forEach(function (c) {
          c.checked = (' ' + dims + ' ').indexOf(' ' + c.id.replace('plan-dimensie-', '') + ' ') >= 0;
        });
      }
    });
    // What was typed or chosen goes into the app's fields of the same id, as if typed
    // there; a form sent before the app arrived is sent again by the app.
    var focused = null;
    app.addEventListener('focusin', function (e) { focused = e.target; });
    handOver = function () {
      var forms = begun ? [plan] : [form, plan];
      forms.forEach(function (f) {
        f.querySelectorAll('input[id], select[id], textarea[id]').forEach(function (el) {
          var box = el.type === 'checkbox', option = el.selectedOptions && el.selectedOptions[0];
          var changed = box ? el.checked !== el.defaultChecked : option ? !option.defaultSelected : el.value !== el.defaultValue;
          var target = d.getElementById(el.id);
          if (!changed || !target || target === el) return;
          if (box) target.checked = el.checked; else target.value = el.value;
          target.dispatchEvent(new Event('input', { bubbles: true }));
          target.dispatchEvent(new Event('change', { bubbles: true }));
        });
      });
      var same = focused && focused.id && d.getElementById(focused.id);
      if (same && same !== focused) same.focus();
      // Sent once the app has applied what was carried over (a template changes the
      // duration's limits, which the browser checks when the form is sent).
      var sent = plan.hasAttribute('data-submitted') && d.querySelector('form.new-plan');
      if (sent) setTimeout(function () { sent.requestSubmit(); });
    };
    plan.addEventListener('submit', function (e) {
      e.preventDefault();
      plan.setAttribute('data-submitted', '');
      var b = $('[type=submit]', plan);
      b.textContent = b.getAttribute('data-busy');
      b.disabled = true;
    });
  });
})();
