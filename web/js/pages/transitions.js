// 年度对比 on the per-mu page: the classes of two years side by side — the matrix as a heat table (rows the earlier
// year's class, columns the later one's), the enterprises that entered and left, and the movers up and down with
// their indicators in both years — downloadable like the rows of a year.
import { get } from '../api.js';
import { t, number, percent } from '../i18n.js';
import { h, load, card, select, field } from '../ui.js';
import { download } from './common.js';

/** The compare view of `f` ({from, to, scale}); `set(key)(value)` changes a filter. */
export async function render(body, filters, f, set, years) {
  const params = { from: f.from, to: f.to, scale: f.scale };
  filters.append(
    field(t('tr_from'), select(years.map((y) => [y, y]), f.from, set('from'), { id: 'filter-from' })),
    field(t('tr_to'), select(years.map((y) => [y, y]), f.to, set('to'), { id: 'filter-to' })),
    field(t('scale'), select([['', t('all')], ['ABOVE', t('ABOVE')], ['BELOW', t('BELOW')]], f.scale, set('scale'), { id: 'filter-scale' })),
    h('span', { class: 'spacer' }),
    download('/evaluations/transitions', params, 'xlsx', 'download-transitions-xlsx'),
    download('/evaluations/transitions', params, 'csv', 'download-transitions-csv'));
  await load(body, () => get('/evaluations/transitions', params), (x) => [
    card(`${t('tr_matrix')} ${x.from} → ${x.to}`, heat(x),
      h('p', { id: 'transition-counts' }, `${t('tr_entered')} ${x.entered} · ${t('tr_left')} ${x.left}`)),
    h('div', { class: 'grid2' },
      card(t('tr_up'), movers(x.rows.filter((r) => r.moved > 0), 'movers-up')),
      card(t('tr_down'), movers(x.rows.filter((r) => r.moved < 0), 'movers-down'))),
  ]);
}

/** The matrix, each cell shaded by its share of the largest cell; the diagonal (class kept) framed. */
function heat({ matrix, from, to }) {
  const classes = Object.keys(matrix);
  const max = Math.max(1, ...classes.flatMap((a) => classes.map((b) => matrix[a][b])));
  return h('table', { class: 'data heat', id: 'transition-matrix' },
    h('thead', {}, h('tr', {}, h('th', {}, `${from} \\ ${to}`), classes.map((c) => h('th', { class: 'num' }, c)))),
    h('tbody', {}, classes.map((a) => h('tr', {}, h('th', {}, a), classes.map((b) => h('td', {
      class: 'num' + (a === b ? ' kept' : ''), 'data-from': a, 'data-to': b,
      style: `background: rgba(41, 87, 184, ${(0.08 + 0.8 * matrix[a][b] / max).toFixed(2)}); color: ${matrix[a][b] / max > 0.5 ? '#fff' : 'inherit'}`,
    }, String(matrix[a][b])))))));
}

function movers(rows, id) {
  if (!rows.length) return h('p', { class: 'muted', id }, t('tr_none'));
  const sorted = [...rows].sort((a, b) => Math.abs(b.moved) - Math.abs(a.moved) || (b.scoreTo - b.scoreFrom) - (a.scoreTo - a.scoreFrom));
  return h('ul', { class: 'movers', id }, sorted.map((r) => h('li', { 'data-uscc': r.uscc },
    h('a', { href: '#/enterprises/' + r.uscc }, r.name), ' ',
    h('span', { class: 'badge cls-' + r.fromClass }, r.fromClass), ' → ', h('span', { class: 'badge cls-' + r.toClass }, r.toClass),
    h('span', { class: 'muted' }, ` ${t(r.scale)} · ${number(r.scoreFrom, 1)} → ${number(r.scoreTo, 1)} ${t('points')}`),
    h('details', { class: 'evidence' }, h('summary', {}, t('indicators')),
      h('ul', {}, Object.keys(r.indicatorsTo || {}).map((k) => h('li', {},
        `${t(k)}: ${shown(k, r.indicatorsFrom?.[k])} → ${shown(k, r.indicatorsTo[k])}`)))))));
}

function shown(key, value) {
  if (value === null || value === undefined) return '—';
  return key === 'rndShare' ? percent(value, 1) : number(value, 2);
}
