// Small DOM helpers shared by the pages: element building, loading / empty / error states, sortable tables, the pager
// and the search box of the long lists.
import { t, number } from './i18n.js';
import { setToken } from './api.js';
import { fieldProblems, problemText } from './problems.js';

/** h('div', {class: 'x', onclick: f}, child, 'text', [more]) */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else if (k === 'value') el.value = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

export function loading() {
  return h('div', { class: 'state loading', role: 'status' }, h('span', { class: 'spinner' }), t('loading'));
}

export function empty(text) {
  return h('div', { class: 'state empty' }, text || t('empty'));
}

/** An API error in words: what failed, the problem in the current language and the status, with a retry button. */
export function errorBox(error, retry) {
  return h('div', { class: 'state error', role: 'alert' },
    h('strong', {}, t('error')),
    h('p', { class: 'error-detail' }, problemText(error)),
    error.status ? h('p', { class: 'muted' }, `HTTP ${error.status}${error.path ? ' · ' + error.path : ''}`) : null,
    error.status === 401 || error.status === 403 ? tokenForm(retry) : null,
    retry ? h('button', { class: 'btn', onclick: retry }, t('retry')) : null);
}

/** Where a server needs a token for reading: a field to give one, kept in this browser. */
function tokenForm(retry) {
  const input = h('input', { type: 'password', id: 'token-input', autocomplete: 'off', placeholder: t('token') });
  const use = () => { setToken(input.value.trim()); if (retry) retry(); };
  input.addEventListener('keydown', (e) => { if (e.key === 'Enter') use(); });
  return h('p', { class: 'token-form' }, h('label', { for: 'token-input' }, t('token_prompt') + ' '), input,
    h('button', { class: 'btn primary', id: 'token-use', onclick: use }, t('token_use')));
}

/** Shows a loading state in `container`, then what `render` builds from the loaded data, or the error. */
export async function load(container, loader, render) {
  container.replaceChildren(loading());
  try {
    const data = await loader();
    const content = render(data);
    container.replaceChildren(...[content].flat(Infinity).filter(Boolean));
  } catch (e) {
    console.error(e);
    container.replaceChildren(errorBox(e, () => load(container, loader, render)));
  }
}

export function badge(status) {
  return h('span', { class: `badge st-${status}` }, t(status));
}

export function bar(fraction, cls = '') {
  const pct = Math.max(0, Math.min(1, fraction || 0)) * 100;
  return h('span', { class: `bar ${cls}` }, h('span', { class: 'bar-fill', style: `width:${pct.toFixed(1)}%` }));
}

/**
 * A table sortable by clicking a header. columns: [{key, label, value(row) for sorting, render(row) for the cell, num}].
 */
export function table(columns, rows, { sortKey, sortDir = -1, onRow, id } = {}) {
  if (!rows.length) return empty();
  let key = sortKey;
  let dir = sortDir;
  const tbody = h('tbody');
  const heads = columns.map((c) => h('th', {
    class: (c.num ? 'num ' : '') + (c.sort === false ? '' : 'sortable'),
    onclick: c.sort === false ? null : () => { dir = key === c.key ? -dir : (c.num ? -1 : 1); key = c.key; fill(); },
  }, c.label));
  function fill() {
    const col = columns.find((c) => c.key === key);
    const sorted = col ? [...rows].sort((a, b) => compare(valueOf(col, a), valueOf(col, b)) * dir) : rows;
    heads.forEach((th, i) => th.dataset.sorted = columns[i].key === key ? (dir > 0 ? 'asc' : 'desc') : '');
    tbody.replaceChildren(...sorted.map((r) => {
      const tr = h('tr', { class: onRow ? 'clickable' : '' },
        columns.map((c) => h('td', { class: c.num ? 'num' : '' }, c.render ? c.render(r) : fmt(valueOf(c, r)))));
      if (onRow) tr.addEventListener('click', (e) => { if (!e.target.closest('a,button')) onRow(r); });
      return tr;
    }));
  }
  fill();
  return h('div', { class: 'table-wrap' }, h('table', { class: 'data', id }, h('thead', {}, h('tr', {}, heads)), tbody));
}

function valueOf(col, row) {
  return col.value ? col.value(row) : row[col.key];
}

function compare(a, b) {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'zh-CN');
}

function fmt(v) {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'number') return Number.isInteger(v) ? v.toLocaleString() : v.toFixed(3);
  return String(v);
}

/** How many rows a page of a long list holds, unless the address names another limit. */
export const PAGE_SIZE = 50;

/**
 * The page of a long list its address names ({limit, offset}, as the API takes them); a missing or unusable value
 * gives the first page of PAGE_SIZE rows.
 */
export function pageOf(params) {
  const limit = Number(params.limit);
  const offset = Number(params.offset);
  return {
    limit: Number.isInteger(limit) && limit >= 1 && limit <= 1000 ? limit : PAGE_SIZE,
    offset: Number.isInteger(offset) && offset >= 0 ? offset : 0,
  };
}

/** The page in the address: offset, and limit only where it is not the usual one, so that a link reopens it. */
export function pageParams({ limit, offset }) {
  return { limit: limit === PAGE_SIZE ? '' : limit, offset: offset || '' };
}

/**
 * First / previous / next / last over a list the server pages, with 'rows a–b of N'. `answer` holds the API's
 * total, limit and offset; onPage(offset) opens another page.
 */
export function pager({ total, limit, offset }, onPage, id) {
  const last = total > 0 ? Math.floor((total - 1) / limit) * limit : 0;
  const to = Math.min(offset + limit, total);
  const button = (cls, label, target, enabled) => h('button', {
    type: 'button', class: 'btn small ' + cls, disabled: !enabled, onclick: () => onPage(target),
  }, label);
  const rows = offset < total
    ? t('pager_rows').replace('{from}', number(offset + 1)).replace('{to}', number(to)).replace('{total}', number(total))
    : t('pager_past_end').replace('{total}', number(total));
  return h('nav', { class: 'pager', id, 'aria-label': t('pager') },
    button('pager-first', t('pager_first'), 0, offset > 0),
    button('pager-prev', t('pager_prev'), Math.max(0, Math.min(offset, total) - limit), offset > 0),
    h('span', { class: 'pager-rows' }, rows),
    button('pager-next', t('pager_next'), offset + limit, offset + limit < total),
    button('pager-last', t('pager_last'), last, offset < last));
}

/**
 * A page of a long list: the pager above the table with a word on sorting (a click on a header sorts the rows of this
 * page only), the table, and the pager again below it when the page is long.
 */
export function pagedTable(answer, onPage, id, content) {
  if (!answer.total) return content;
  const rows = Math.max(0, Math.min(answer.offset + answer.limit, answer.total) - answer.offset);
  return [
    h('div', { class: 'pager-line' }, pager(answer, onPage, id), rows > 1 ? h('span', { class: 'muted sort-note' }, t('sort_page_only')) : null),
    content,
    rows > 15 ? h('div', { class: 'pager-line' }, pager(answer, onPage, id + '-bottom')) : null,
  ];
}

/** The search box being typed in when its page was made again: the new box takes over its text and focus. */
let typing = null;

/**
 * A search box for a long list: its text goes to onchange(text) after a pause in typing, at Enter or when cleared, and
 * from there into the address (the page then opens the list's first page). The page is made again at that; the box
 * of the new page keeps the focus and whatever was typed meanwhile.
 */
export function searchBox(label, value, onchange, { id, placeholder, wait = 400 } = {}) {
  const before = typing && typing.id === id && Date.now() - typing.at < 10000 ? typing.input : null;
  typing = null;
  const current = value || '';
  const input = h('input', { type: 'search', id, value: before ? before.value : current, placeholder: placeholder || label, autocomplete: 'off' });
  let timer = null;
  const send = () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text === current) return;
    typing = document.activeElement === input ? { id, input, at: Date.now() } : null;
    onchange(text);
  };
  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(send, wait); });
  input.addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); send(); } });
  if (before) {
    setTimeout(() => {
      input.focus();
      input.setSelectionRange(input.value.length, input.value.length);
      if (input.value.trim() !== current) timer = setTimeout(send, wait);
    }, 0);
  }
  return h('label', { class: 'field search-field' }, h('span', {}, label), input);
}

export function select(options, value, onchange, attrs = {}) {
  return h('select', { ...attrs, onchange: (e) => onchange(e.target.value) },
    options.map(([v, label]) => h('option', { value: v, selected: String(v) === String(value ?? '') }, label)));
}

export function field(label, control) {
  return h('label', { class: 'field' }, h('span', {}, label), control);
}

export function card(title, ...body) {
  return h('section', { class: 'card' }, title ? h('h2', {}, title) : null, ...body);
}

export function stat(label, value, sub) {
  return h('div', { class: 'stat' }, h('div', { class: 'stat-value' }, value), h('div', { class: 'stat-label' }, label),
    sub ? h('div', { class: 'stat-sub' }, sub) : null);
}

/**
 * Asks for the editor token before a write: a small modal dialog (not window.prompt), with the server's words when it
 * refused the last token. Resolves to the token given, or null when the user cancels.
 */
export function tokenDialog(refusal) {
  document.getElementById('token-dialog')?.remove();
  return new Promise((resolve) => {
    const input = h('input', { type: 'password', id: 'token-dialog-input', autocomplete: 'off', placeholder: t('token') });
    const dialog = h('dialog', { id: 'token-dialog', class: 'dialog' },
      h('h2', {}, t('token_needed')),
      refusal ? h('p', { class: 'problem', id: 'token-dialog-problem', role: 'alert' },
        `${t('token_refused')}${problemText(refusal)} (HTTP ${refusal.status})`) : null,
      h('p', { class: 'muted' }, t('token_needed_hint')),
      field(t('token'), input),
      h('div', { class: 'actions' },
        h('button', { class: 'btn', id: 'token-dialog-cancel', type: 'button', onclick: () => done(null) }, t('cancel')),
        h('button', { class: 'btn primary', id: 'token-dialog-use', type: 'button', onclick: () => done(input.value.trim() || null) }, t('token_use'))));
    let settled = false;
    function done(value) {
      if (settled) return;
      settled = true;
      if (dialog.open) dialog.close();
      dialog.remove();
      resolve(value);
    }
    input.addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); done(input.value.trim() || null); } });
    dialog.addEventListener('cancel', (e) => { e.preventDefault(); done(null); });
    document.body.append(dialog);
    dialog.showModal();
    input.focus();
  });
}

/** Today in the browser's time zone, as YYYY-MM-DD. */
export function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * A write's refusal in words of the current language: each problem of a 422 under its field's label (labels maps a
 * field to its dictionary key), or the problem in words; shown in `box` (emptied when there is nothing to say).
 */
export function showProblem(box, error, labels = {}) {
  if (!error || error.cancelled) { box.replaceChildren(); box.hidden = true; return; }
  box.hidden = false;
  const items = fieldProblems(error, labels).map(({ field, label, text }) =>
    h('li', { 'data-field': field }, label ? h('b', {}, label + t('colon')) : null, text));
  box.replaceChildren(h('strong', {}, t(error.status === 422 ? 'fix_problems' : 'write_failed')),
    items.length ? h('ul', {}, items) : h('p', {}, problemText(error)),
    error.status && error.status !== 422 ? h('p', { class: 'muted' }, `HTTP ${error.status}`) : null);
}
