// The brief's print page (#/report/print?asOf=): what the Word brief holds, laid out on A4 with its charts — the
// headline figures with their change over a year, the roadmap, the pipeline by chain and stage, the per-mu classes and
// their transitions, and a chapter for each headline section listed in CHAPTERS (land renewal, once the headline has
// it). The header and the buttons are left out of the print.
import { get, cached } from '../api.js';
import { t, nameOf, listOf, currentLang } from '../i18n.js';
import { href } from '../router.js';
import { h, load } from '../ui.js';
import { hbar } from './parks.js';
import { figureRows, plain, signed } from './figures.js';

/** Headline sections printed as chapters of their own, with the dictionary key of their heading. */
const CHAPTERS = { landRenewal: 'print_land' };
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八'];

export async function render(main, params) {
  const asOf = params.asOf || '';
  const sheet = h('article', { class: 'print-sheet', id: 'print-sheet' });
  main.append(h('div', { class: 'print-tools no-print' },
    h('button', { class: 'btn primary', id: 'print-now', type: 'button', onclick: () => window.print() }, t('print_now')),
    h('a', { class: 'btn', href: href('/report', { asOf }) }, t('print_back'))), sheet);
  await load(sheet, () => get('/report', { asOf }).then(async (report) => [report, await cached('/gaps'),
    report.evaluation.year ? await get('/evaluations/transitions', { from: report.evaluation.year - 1, to: report.evaluation.year }) : null]),
  ([report, gaps, transitions]) => {
    let n = 0;
    const chapter = (key, ...body) => {
      const numeral = currentLang() === 'en' ? String(n + 1) : NUMERALS[n];
      n += 1;
      return [h('h2', {}, `${numeral}${t('print_sep')}${t(key)}`), ...body];
    };
    return [
      h('h1', { class: 'print-title' }, t('print_title')),
      h('p', { class: 'print-date', id: 'print-as-of' }, `${t('print_as_of')} ${report.asOf}`),
      ...chapter('print_headline', figures(figureRows(report, Object.keys(CHAPTERS)), 'print-headline')),
      ...chapter('print_roadmap', roadmap(gaps)),
      ...chapter('print_pipeline', pipeline(report.pipeline)),
      ...chapter('print_per_mu', perMu(report.evaluation, transitions)),
      ...Object.entries(CHAPTERS).flatMap(([section, key]) => {
        const rows = figureRows(report).filter((r) => r.key.startsWith(section + '.'));
        return rows.length ? chapter(key, figures(rows, 'print-' + section)) : [];
      }),
      h('p', { class: 'print-note' }, t('print_note')),
    ];
  });
}

function grid(id, header, rows, widths = []) {
  return h('table', { class: 'print', id },
    h('thead', {}, h('tr', {}, header.map((c, i) => h('th', { style: widths[i] ? `width:${widths[i]}` : null }, c)))),
    h('tbody', {}, rows.map((r) => h('tr', {}, r.map((c) => h('td', {}, c))))));
}

function figures(rows, id) {
  return grid(id, [t('figure'), t('trend_now'), t('trend_then'), t('trend_change')],
    rows.map((r) => [r.label, plain(r.value), plain(r.then), r.change === undefined ? '' : signed(r.change)]), ['46%', '18%', '18%', '18%']);
}

function roadmap({ chains }) {
  const names = (c, status) => listOf(c.links.filter((l) => l.status === status).map((l) => nameOf(l)));
  return grid('print-roadmap', [t('chain'), t('r_build'), t('r_fill'), t('r_extend'), t('r_strengthen')],
    chains.map((c) => [nameOf(c.chain), c.chain.build ? t('yes') : t('no'), names(c, 'FILL'), names(c, 'EXTEND'), names(c, 'STRENGTHEN')]),
    ['14%', '8%', '26%', '26%', '26%']);
}

function bars(id, counts) {
  const max = Math.max(1, ...Object.values(counts));
  return h('div', { class: 'hbars print-chart', id }, Object.entries(counts).map(([k, v]) => hbar(k, v / max, plain(v))));
}

function pipeline(rows) {
  const stages = rows.length ? Object.keys(rows[0].stages) : [];
  const totals = Object.fromEntries(stages.map((s) => [t(s), rows.reduce((a, r) => a + r.stages[s], 0)]));
  return [bars('print-stage-chart', totals), grid('print-pipeline', [t('chain'), ...stages.map(t), t('total')],
    rows.map((r) => [r.chain ? nameOf(r.chain) : t('print_no_chain'), ...stages.map((s) => plain(r.stages[s])),
      plain(Object.values(r.stages).reduce((a, b) => a + b, 0))]))];
}

function perMu(evaluation, transitions) {
  if (!evaluation.year) return [h('p', {}, t('print_no_evaluation'))];
  const classes = {};
  evaluation.groups.forEach((g) => Object.entries(g.classes).forEach(([c, v]) => { classes[c] = (classes[c] || 0) + v; }));
  const out = [h('h3', {}, `${evaluation.year}`), bars('print-class-chart', classes),
    grid('print-classes', [t('scale'), t('enterprises'), ...Object.keys(classes)],
      evaluation.groups.map((g) => [t(g.scale), plain(g.enterprises), ...Object.keys(classes).map((c) => plain(g.classes[c]))]))];
  if (transitions && transitions.rows.some((r) => r.fromClass)) {
    const keys = Object.keys(transitions.matrix);
    out.push(h('h3', {}, `${transitions.from} → ${transitions.to}`),
      grid('print-matrix', [`${transitions.from} \\ ${transitions.to}`, ...keys],
        keys.map((k) => [k, ...keys.map((c) => plain(transitions.matrix[k][c]))])),
      h('p', {}, `${t('tr_entered')} ${transitions.entered} · ${t('tr_left')} ${transitions.left}`));
  }
  return out;
}
