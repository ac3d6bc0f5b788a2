// 土地: the low-efficiency parcels (低效用地) with their reasons, tax upside and the gap links that could move in,
// filtered by town and reason, with the spreadsheet; the renewals (腾笼换鸟) before and after, and their totals.
import { cached } from '../api.js';
import { t, listOf, nameOf, number } from '../i18n.js';
import { h, load, table, select, field, card, stat } from '../ui.js';
import { go, href } from '../router.js';
import { download } from './common.js';

const REASONS = ['CLASS_D', 'CLASS_CD_TWO_YEARS', 'LOW_PLOT_RATIO', 'IDLE'];
const SHOWN_LINKS = 4;

export async function render(main, parts, params) {
  const f = { town: params.town || '', reason: params.reason || '' };
  const set = (k) => (v) => go('/land', { ...f, [k]: v });
  const body = h('div');
  const renewals = h('div');
  const head = h('div', { class: 'page-head' }, h('h1', {}, t('land_title')));
  main.append(head, body, renewals);
  await load(body, () => cached('/land/low-efficiency'), (all) => {
    const towns = [...new Set(all.parcels.map((p) => p.town).filter(Boolean))].sort();
    const rows = all.parcels.filter((p) => !f.town || p.town === f.town)
      .filter((p) => !f.reason || p.reasons.includes(f.reason));
    const filters = h('div', { class: 'filters' },
      field(t('town'), select([['', t('all')], ...towns.map((x) => [x, x])], f.town, set('town'), { id: 'filter-town' })),
      field(t('land_reason'), select([['', t('all')], ...REASONS.map((r) => [r, t('land_' + r)])], f.reason, set('reason'), { id: 'filter-reason' })),
      h('span', { class: 'spacer' }),
      download('/land/low-efficiency', f, 'xlsx', 'download-land-xlsx'),
      download('/land/low-efficiency', f, 'csv', 'download-land-csv'));
    return [
      filters,
      h('p', { class: 'count-line' }, `${t('land_low')} · ${all.year ?? ''} · ${rows.length} ${t('rows')}`),
      table([
        { key: 'name', label: t('land_parcel'), render: (p) => h('span', { 'data-id': p.id }, p.name) },
        { key: 'town', label: t('town') },
        { key: 'areaMu', label: t('area_mu'), num: true, render: (p) => number(p.areaMu, 2) },
        { key: 'plotRatio', label: t('land_plot_ratio'), num: true, render: (p) => number(p.plotRatio, 2) },
        { key: 'holder', label: t('land_holder'), value: (p) => p.holder?.name || '',
          render: (p) => (p.holder ? h('a', { href: '#/enterprises/' + p.holder.uscc }, p.holder.name || p.holder.uscc) : '') },
        { key: 'reasons', label: t('land_reason'), value: (p) => listOf(p.reasons.map((r) => t('land_' + r))) },
        { key: 'taxPerMu', label: t('land_tax_per_mu'), num: true, render: (p) => number(p.taxPerMu, 1) },
        { key: 'benchmarkTaxPerMu', label: t('land_benchmark'), num: true, render: (p) => number(p.benchmarkTaxPerMu, 1) },
        { key: 'taxUpsideWan', label: t('land_upside'), num: true, render: (p) => number(p.taxUpsideWan, 0) },
        { key: 'gapLinks', label: t('land_could_move_in'), value: (p) => p.gapLinks.length, render: gapLinks },
      ], rows, { sortKey: 'taxUpsideWan', id: 'land-table' }),
    ];
  });
  await load(renewals, () => cached('/land/renewals'), renewalCard);
}

function gapLinks(p) {
  const shown = p.gapLinks.slice(0, SHOWN_LINKS).map((g) =>
    h('a', { href: href('/chains/' + g.chainId, { link: g.linkId }), title: t(g.status) }, nameOf(g)));
  const more = p.gapLinks.length - shown.length;
  return h('span', { class: 'gap-links' }, ...shown.flatMap((a, i) => (i ? ['、', a] : [a])),
    more > 0 ? ` ${t('land_more')} ${more}` : '');
}

function renewalCard(r) {
  const s = r.totals;
  return card(t('land_renewals'),
    h('div', { class: 'stats', id: 'renewal-totals' },
      stat(t('land_investment'), number(s.investmentYi, 2), `${s.renewedParcels} · ${number(s.renewedMu, 2)} ${t('mu')}`),
      stat(t('land_tax_after'), number(s.taxAfterWan, 0), `${t('land_tax_before')} ${number(s.taxBeforeWan, 0)}`),
      stat(t('land_multiple'), s.taxMultiple == null ? '—' : number(s.taxMultiple, 1) + '×', ''),
      stat(t('land_enterprises'), `${s.enterprisesBefore} → ${s.enterprisesAfter}`, '')),
    table([
      { key: 'name', label: t('land_parcel') },
      { key: 'completed', label: t('land_completed') },
      { key: 'investmentYi', label: t('land_investment'), num: true, render: (x) => number(x.investmentYi, 2) },
      { key: 'taxPerMuBefore', label: t('land_tax_per_mu_before'), num: true, render: (x) => number(x.taxPerMuBefore, 2) },
      { key: 'taxPerMuAfter', label: t('land_tax_per_mu_after'), num: true, render: (x) => number(x.taxPerMuAfter, 2) },
      { key: 'taxMultiple', label: t('land_multiple'), num: true, render: (x) => (x.taxMultiple == null ? '—' : number(x.taxMultiple, 1) + '×') },
      { key: 'plotRatioAfter', label: t('land_plot_ratio'), num: true, render: (x) => `${number(x.plotRatioBefore, 2)} → ${number(x.plotRatioAfter, 2)}` },
      { key: 'enterprisesAfter', label: t('land_enterprises'), num: true, render: (x) => `${x.enterprisesBefore ?? '—'} → ${x.enterprisesAfter ?? '—'}` },
    ], r.renewals, { sortKey: 'investmentYi', id: 'renewals-table' }));
}
