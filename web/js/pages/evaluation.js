// 亩产效益: per-mu evaluation of a year, above- and below-scale apart (one tab each, since each is ranked on its own):
// classes, indicators, score parts, next class; the rows a page at a time, searched by name or credit code, each with
// its rank in its group.
import { get } from '../api.js';
import { t, number, percent } from '../i18n.js';
import { h, load, table, card, select, field, pageOf, pageParams, pagedTable, searchBox } from '../ui.js';
import { go } from '../router.js';
import { hbar } from './parks.js';
import { download } from './common.js';
import * as transitions from './transitions.js';

const CLASSES = ['A', 'B', 'C', 'D'];

export async function render(main, parts, params) {
  if (params.view === 'compare') return compare(main, params);
  const year = params.year || String(new Date().getFullYear() - 1);
  const f = { year, scale: params.scale === 'BELOW' ? 'BELOW' : 'ABOVE', class: params.class || '', q: params.q || '' };
  const page = pageOf(params);
  // a new tab, filter or search opens the first page; the page size stays
  const set = (k) => (v) => go('/evaluation', { ...f, [k]: v, ...pageParams({ ...page, offset: 0 }) });
  const toPage = (offset) => go('/evaluation', { ...f, ...pageParams({ ...page, offset }) });
  const downloads = [download('/evaluations', f, 'xlsx', 'download-evaluations-xlsx'), download('/evaluations', f, 'csv', 'download-evaluations-csv')];
  downloads.forEach((d) => { d.title = t('download_all_rows'); });
  const years = [0, 1, 2, 3].map((d) => String(new Date().getFullYear() - d));
  if (!years.includes(year)) years.push(year);
  const body = h('div');
  main.append(head('classes', { year }),
    h('div', { class: 'filters' },
      field(t('year'), select(years.map((y) => [y, y]), year, set('year'), { id: 'filter-year' })),
      h('div', { class: 'tabs', role: 'tablist', id: 'scale-tabs' }, ['ABOVE', 'BELOW'].map((s) => h('button', {
        class: 'tab' + (s === f.scale ? ' active' : ''), role: 'tab', id: 'tab-' + s, 'aria-selected': String(s === f.scale),
        onclick: () => set('scale')(s),
      }, t(s)))),
      field(t('class'), select([['', t('all')], ...CLASSES.map((c) => [c, c])], f.class, set('class'), { id: 'filter-class' })),
      searchBox(t('search_enterprise'), f.q, set('q'), { id: 'filter-q', placeholder: t('search_placeholder') }),
      h('span', { class: 'spacer' }),
      downloads),
    body);
  await load(body, () => get('/evaluations', { ...f, ...page }), (r) => {
    const rows = r.rows;
    return [
      h('div', { class: 'grid2' }, r.groups.map((g) => card(`${t(g.scale)} · ${g.enterprises} ${t('enterprises')}`,
        h('div', { class: 'hbars' }, CLASSES.map((c) => hbar(c, (g.classes[c] || 0) / Math.max(1, g.enterprises), String(g.classes[c] || 0), 'cls-' + c))),
        h('h3', {}, t('benchmarks')),
        h('dl', { class: 'kv' }, Object.entries(g.benchmarks).flatMap(([k, v]) => [h('dt', {}, t(k)), h('dd', {}, withUnit(k, v))]))))),
      // the rank of a row is the server's: its place in its group, whatever the class, search or page
      pagedTable(r, toPage, 'evaluation-pager', table([
        { key: 'rank', label: t('rank'), num: true },
        { key: 'name', label: t('name'), render: (x) => h('a', { href: '#/enterprises/' + x.uscc }, x.name) },
        { key: 'scale', label: t('scale'), render: (x) => t(x.scale) },
        { key: 'score', label: t('score'), num: true, render: (x) => number(x.score, 1) },
        { key: 'class', label: t('class'), render: (x) => h('span', { class: 'badge cls-' + x.class }, x.class) },
        { key: 'fundRatio', label: t('fund_ratio'), num: true, render: (x) => percent(x.fundRatio) },
        { key: 'indicators', label: t('indicators'), sort: false, render: indicators },
        { key: 'nextClass', label: t('next_class'), value: (x) => x.nextClass?.scoreGap, render: (x) => x.nextClass
          ? `→ ${x.nextClass.class}: +${number(x.nextClass.scoreGap, 1)} ${t('points')}` : '—' },
      ], rows, { sortKey: 'rank', sortDir: 1, id: 'evaluation-table' })),
    ];
  });
}

/** The page's title and its two views: the classes of a year, and two years compared. */
function head(view, params) {
  return h('div', { class: 'page-head' }, h('h1', {}, t('evaluation')),
    h('div', { class: 'tabs', role: 'tablist', id: 'view-tabs' }, ['classes', 'compare'].map((v) => h('button', {
      class: 'tab' + (v === view ? ' active' : ''), role: 'tab', id: 'view-' + v, 'aria-selected': String(v === view),
      onclick: () => go('/evaluation', v === 'compare' ? { view: v, to: params.year || params.to } : { year: params.to || params.year }),
    }, t('view_' + v)))));
}

/** Two years compared: the later one the year shown before, the earlier one the year before it. */
async function compare(main, params) {
  const to = params.to || String(new Date().getFullYear() - 1);
  const f = { view: 'compare', from: params.from || String(Number(to) - 1), to, scale: params.scale || '' };
  const set = (k) => (v) => go('/evaluation', { ...f, [k]: v });
  const years = [0, 1, 2, 3, 4].map((d) => String(new Date().getFullYear() - d));
  [f.from, f.to].forEach((y) => { if (!years.includes(y)) years.push(y); });
  const filters = h('div', { class: 'filters' });
  const body = h('div');
  main.append(head('compare', f), filters, body);
  await transitions.render(body, filters, f, set, years);
}

/** An indicator as read: the R&D share as a percentage, the others as amounts. */
function indicatorValue(key, value) {
  return key === 'rndShare' ? percent(value, 1) : number(value, 2);
}

/** An indicator's value with its unit (万元/亩 …). */
function withUnit(key, value) {
  const unit = t('unit_' + key);
  return unit && unit !== 'unit_' + key ? `${indicatorValue(key, value)} ${unit}` : indicatorValue(key, value);
}

function indicators(x) {
  return h('details', { class: 'evidence' }, h('summary', {}, t('indicators')),
    h('ul', {}, Object.entries(x.indicators).map(([k, v]) => h('li', {}, `${t(k)}: ${withUnit(k, v)} → ${number(x.parts[k], 1)} ${t('points')}`,
      (x.imputed || []).includes(k) ? h('span', { class: 'muted' }, ' *') : null))));
}
