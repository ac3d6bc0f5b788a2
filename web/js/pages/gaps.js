// 缺链/补链: gap rows of one chain or of all chains, filtered by status, stage and key links, with the spreadsheet of
// the chain or of every chain; each row's feasibility, and gapScore × feasibility to sort the roadmap by.
import { cached } from '../api.js';
import { t, nameOf, number, percent } from '../i18n.js';
import { h, load, table, badge, select, field } from '../ui.js';
import { go, href } from '../router.js';
import { chainList, chainField, download } from './common.js';

const STATUSES = ['FILL', 'EXTEND', 'STRENGTHEN', 'OK'];

export async function render(main, parts, params) {
  const chains = await chainList();
  const f = { chain: params.chain || '', status: params.status || '', stage: params.stage || '', key: params.key || '' };
  const set = (k) => (v) => go('/gaps', { ...f, [k]: v });
  const source = f.chain ? `/chains/${encodeURIComponent(f.chain)}/gaps` : '/gaps';
  const filters = h('div', { class: 'filters' },
    chainField(chains, f.chain, set('chain'), { withAll: true }),
    field(t('status'), select([['', t('all')], ['GAP', t('gaps')], ...STATUSES.map((s) => [s, t(s)])], f.status, set('status'), { id: 'filter-status' })),
    field(t('stage'), select([['', t('all')], ...['UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM'].map((s) => [s, t(s)])], f.stage, set('stage'), { id: 'filter-stage' })),
    field(t('key'), select([['', t('all')], ['true', t('yes')], ['false', t('no')]], f.key, set('key'), { id: 'filter-key' })),
    h('span', { class: 'spacer' }),
    download(source, { status: f.status, stage: f.stage, key: f.key }, 'xlsx', 'download-gaps-xlsx'),
    download(source, { status: f.status, stage: f.stage, key: f.key }, 'csv', 'download-gaps-csv'));
  const body = h('div');
  main.append(h('div', { class: 'page-head' }, h('h1', {}, t('nav_gaps'))), filters, body);
  await load(body, () => cached(source).then((r) => (f.chain ? [r] : r.chains)), (reports) => {
    const rows = reports.flatMap((r) => r.links.map((l) => ({ ...l, chain: r.chain })))
      .filter((l) => !f.status || (f.status === 'GAP' ? l.status !== 'OK' : l.status === f.status))
      .filter((l) => !f.stage || l.stage === f.stage)
      .filter((l) => !f.key || String(l.key) === f.key);
    return [
      h('p', { class: 'count-line' }, `${rows.length} ${t('rows')}`),
      table([
        { key: 'chain', label: t('chain'), value: (r) => nameOf(r.chain) },
        { key: 'name', label: t('link'), render: (r) => h('a', { href: href('/chains/' + r.chain.id, { link: r.linkId }) }, (r.key ? '★ ' : '') + nameOf(r)) },
        { key: 'stage', label: t('stage'), render: (r) => t(r.stage) },
        { key: 'status', label: t('status'), render: (r) => badge(r.status) },
        { key: 'coverage', label: t('local_enterprises'), num: true },
        { key: 'aboveScale', label: t('above_scale'), num: true },
        { key: 'dependency', label: t('dependency'), num: true, render: (r) => percent(r.dependency) },
        { key: 'criticality', label: t('criticality'), num: true, render: (r) => number(r.criticality, 2) },
        { key: 'gapScore', label: t('gap_score'), num: true, render: (r) => number(r.gapScore, 3) },
        { key: 'feasibility', label: t('feasibility'), num: true, render: (r) => h('span', { title: t('feasibility_hint') }, number(r.feasibility, 3)) },
        // the roadmap's order: the urgent links the district can most realistically grow first
        { key: 'weighted', label: t('gap_x_feasibility'), num: true, value: (r) => r.gapScore * r.feasibility, render: (r) => number(r.gapScore * r.feasibility, 3) },
        { key: 'targets', label: t('targets'), sort: false, render: (r) => r.status === 'OK' ? '' : h('a', { href: href('/targets', { chain: r.chain.id, link: r.linkId }) }, t('targets') + ' →') },
      ], rows, { sortKey: 'gapScore', id: 'gaps-table' }),
    ];
  });
}
