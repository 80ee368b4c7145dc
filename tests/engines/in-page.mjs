// Functions that run inside the page, in WebKitGTK and Firefox alike. Each is sent as its
// source text (WebDriver's Execute Script, puppeteer's evaluate), so each must be
// self-contained: no imports, no variables from outside, arguments and results plain JSON
// (or, from `query` in mode 'one', an element).

/**
 * Finds elements as a user (or a screen reader) does: by role and accessible name, by the
 * label of a form field, or by visible text. WebKitWebDriver has no ARIA locators, so both
 * engines use this one finder, a small subset of the accessible-name rules (aria-labelledby,
 * aria-label, <label>, alt, the text content without aria-hidden parts, CSS ::before and
 * ::after text) and of the implicit ARIA roles of HTML elements. Only rendered elements
 * outside aria-hidden subtrees count.
 *
 * `spec`: { role, name, level, expanded, pressed } | { label } | { text }, plus optional `within` (another
 * spec, resolved first and required to be unique) and `nth` (pick one of several). A name,
 * label or text is a string (whole, whitespace-normalised text) or { re: [source, flags] }.
 * `mode`: 'one' gives the element, or a string saying why not (none, or several without
 * `nth`); 'count' the number of matches; 'texts' their names (or texts).
 */
export function query(spec, mode) {
  const norm = (s) => String(s ?? '').replace(/\s+/g, ' ').trim();
  const fits = (value, want) => want === undefined || want === null
    || (typeof want === 'string' ? value === want : new RegExp(want.re[0], want.re[1]).test(value));
  const rendered = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden'
    && !el.closest('[aria-hidden="true"], [hidden], [inert]');
  const BLOCK = /^(block|flex|grid|list-item|table|table-row|table-cell|flow-root)/;
  const pseudo = (el, which) => {
    const content = getComputedStyle(el, which).content;
    return /^".*"$/.test(content) ? content.slice(1, -1) : '';
  };

  // The text a user reads in `el`, as an accessible name from content.
  const textOf = (el) => {
    let out = pseudo(el, '::before');
    for (const node of el.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) out += node.data;
      if (node.nodeType !== Node.ELEMENT_NODE) continue;
      if (node.getAttribute('aria-hidden') === 'true' || node.getClientRects().length === 0) continue;
      let part;
      if (node.hasAttribute('aria-label')) part = node.getAttribute('aria-label');
      else if (node.localName === 'img') part = node.getAttribute('alt') ?? '';
      else if (['input', 'select', 'textarea'].includes(node.localName)) part = '';
      else part = textOf(node);
      out += BLOCK.test(getComputedStyle(node).display) ? ` ${part} ` : part;
    }
    return out + pseudo(el, '::after');
  };

  const implicitRole = (el) => {
    const tag = el.localName;
    const type = (el.getAttribute('type') || 'text').toLowerCase();
    const named = el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby');
    const sectioned = () => el.parentElement?.closest('article, aside, main, nav, section');
    switch (tag) {
      case 'a': case 'area': return el.hasAttribute('href') ? 'link' : null;
      case 'button': case 'summary': return 'button';
      case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': return 'heading';
      case 'img': return el.getAttribute('alt') === '' ? 'presentation' : 'img';
      case 'input':
        if (['button', 'submit', 'reset', 'image'].includes(type)) return 'button';
        if (type === 'checkbox' || type === 'radio') return type;
        if (type === 'number') return 'spinbutton';
        if (type === 'range') return 'slider';
        if (type === 'search') return 'searchbox';
        if (['text', 'email', 'tel', 'url'].includes(type)) return 'textbox';
        return null;
      case 'textarea': return 'textbox';
      case 'select': return el.multiple || el.size > 1 ? 'listbox' : 'combobox';
      case 'option': return 'option';
      case 'ul': case 'ol': case 'menu': return 'list';
      case 'li': return 'listitem';
      case 'table': return 'table';
      case 'tr': return 'row';
      case 'td': return 'cell';
      case 'th': return el.getAttribute('scope') === 'row' ? 'rowheader' : 'columnheader';
      case 'main': return 'main';
      case 'nav': return 'navigation';
      case 'header': return sectioned() ? null : 'banner';
      case 'footer': return sectioned() ? null : 'contentinfo';
      case 'section': return named ? 'region' : null;
      case 'aside': return 'complementary';
      case 'form': return named ? 'form' : null;
      case 'article': return 'article';
      case 'dialog': return 'dialog';
      case 'output': return 'status';
      case 'figure': return 'figure';
      case 'fieldset': return 'group';
      case 'p': return 'paragraph';
      case 'mark': return 'mark';
      default: return null;
    }
  };
  const roleOf = (el) => (el.getAttribute('role') || '').split(/\s+/)[0] || implicitRole(el);
  const FROM_CONTENT = new Set(['button', 'link', 'heading', 'cell', 'columnheader', 'rowheader', 'row', 'option', 'checkbox', 'radio', 'switch', 'tab', 'menuitem', 'tooltip']);

  const nameOf = (el) => {
    const by = el.getAttribute('aria-labelledby');
    if (by) return norm(by.split(/\s+/).map((id) => { const t = document.getElementById(id); return t ? textOf(t) : ''; }).join(' '));
    const label = el.getAttribute('aria-label');
    if (label && label.trim()) return norm(label);
    if (el.labels && el.labels.length) return norm([...el.labels].map(textOf).join(' '));
    const tag = el.localName;
    if (tag === 'img') return norm(el.getAttribute('alt') || el.getAttribute('title'));
    if (tag === 'input' && ['button', 'submit', 'reset'].includes(el.type)) return norm(el.value);
    const caption = { fieldset: 'legend', table: 'caption', figure: 'figcaption' }[tag];
    if (caption) { const c = el.querySelector(`:scope > ${caption}`); if (c) return norm(textOf(c)); }
    if (tag === 'svg') { const t = el.querySelector(':scope > title'); if (t) return norm(t.textContent); }
    if (FROM_CONTENT.has(roleOf(el))) return norm(textOf(el));
    return norm(el.getAttribute('title') || el.getAttribute('placeholder'));
  };
  const levelOf = (el) => Number(el.getAttribute('aria-level') || (/^h[1-6]$/.test(el.localName) ? el.localName[1] : 0));

  const find = (s, root) => {
    let scope = root;
    if (s.within) {
      const outer = find(s.within, root);
      if (outer.length !== 1) return [];
      scope = outer[0];
    }
    const all = [...scope.querySelectorAll('*')].filter(rendered);
    let found;
    if (s.role !== undefined) {
      const state = (el, attr, want) => want === undefined || el.getAttribute(attr) === String(want);
      found = all.filter((el) => roleOf(el) === s.role && (s.level === undefined || levelOf(el) === s.level)
        && state(el, 'aria-expanded', s.expanded) && state(el, 'aria-pressed', s.pressed) && fits(nameOf(el), s.name));
    } else if (s.label !== undefined) {
      found = all.filter((el) => (el.labels?.length || el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby')) && fits(nameOf(el), s.label));
    } else {
      // The innermost elements whose text fits: not their ancestors too.
      const hits = all.filter((el) => fits(norm(textOf(el)), s.text));
      found = hits.filter((el) => !hits.some((other) => other !== el && el.contains(other)));
    }
    return s.nth === undefined ? found : found.slice(s.nth, s.nth + 1);
  };

  const found = find(spec, document);
  if (mode === 'count') return found.length;
  if (mode === 'texts') return found.map((el) => (spec.text !== undefined ? norm(textOf(el)) : nameOf(el)));
  if (found.length === 1) return found[0];
  return found.length === 0 ? 'none' : `${found.length} elements`;
}

/**
 * Whether the wasm app has replaced the static page: the app renders hidden in
 * `[data-ok-staging]` first and moves into view once its first page is ready, and a page
 * whose part is still being fetched shows "Laden…" (tests/e2e/support.mjs, appReady).
 */
export function appIsReady() {
  return Boolean(document.querySelector('footer.site-footer')
    && !document.querySelector('[data-ok-staging]')
    && !document.querySelector('main .loading'));
}

/**
 * How wide the page is against the viewport, and if it is wider, what makes it so:
 * `widest`, the widest element whose box ends past the right edge of the viewport, and
 * `spilling`, the innermost element whose content ends past it although its box may not
 * (WebKit lets a <select>'s text widen the page while the box keeps its width: then only
 * its scrollWidth shows it). Elements inside a clipping or scrolling ancestor that ends
 * within the viewport do not widen the page and are left out.
 */
export function overflow() {
  const root = document.documentElement;
  const result = { scrollWidth: root.scrollWidth, innerWidth, clientWidth: root.clientWidth, hash: location.hash };
  if (root.scrollWidth <= innerWidth) return result;
  const edge = innerWidth + 0.5;
  const clipped = (el) => {
    for (let a = el.parentElement; a && a !== document.body && a !== root; a = a.parentElement) {
      if (getComputedStyle(a).overflowX !== 'visible' && a.getBoundingClientRect().right <= edge) return true;
    }
    return false;
  };
  const describe = (el, r) => {
    const cls = [...el.classList].map((c) => `.${c}`).join('');
    const id = el.id ? `#${el.id}` : '';
    const text = (el.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 40);
    return { element: `<${el.localName}${id}${cls}> "${text}"`, left: Math.round(r.left), right: Math.round(r.right), width: Math.round(r.width), scrollWidth: el.scrollWidth };
  };
  let widest = null;
  const spills = [];
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || clipped(el)) continue;
    if (r.right > edge && (!widest || r.width > widest.r.width)) widest = { el, r };
    if (getComputedStyle(el).overflowX === 'visible' && r.left + el.scrollWidth > edge) spills.push({ el, r });
  }
  const innermost = spills.find((s) => !spills.some((o) => o !== s && s.el.contains(o.el)));
  return {
    ...result,
    widest: widest && describe(widest.el, widest.r),
    spilling: innermost && describe(innermost.el, innermost.r),
  };
}

/** The errors the test hook (hook.js) recorded in this tab, across reloads. */
export function recordedErrors() {
  return JSON.parse(sessionStorage.getItem('__engineErrors') || '[]').concat(window.__engineErrorsLost || []);
}

/** Whether the hook is in the page (so that a missing hook cannot pass as "no errors"). */
export function hookLoaded() {
  return window.__engineHook === true;
}

/** The texts of the options of a <select>, and the value of the one with text `text`. */
export function optionValue(select, text) {
  const option = [...select.options].find((o) => o.text.replace(/\s+/g, ' ').trim() === text);
  return option ? option.value : null;
}
