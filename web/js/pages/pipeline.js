// 项目: the pipeline funnel by stage, by type and by chain, investment in 亿元, and the project list.
import { get } from '../api.js';
import { t, nameOf, number } from '../i18n.js';
import { h, load, table, card, select, field } from '../ui.js';
import { go } from '../router.js';
import { chainList, chainField, download } from './common.js';
import { hbar } from './parks.js';

const TYPES = ['CHAIN', 'REFERRAL', 'PARK', 'TECH_UPGRADE'];
const STAGES = ['LEAD', 'TALKS', 'SIGNED', 'CONSTRUCTION', 'OPERATING'];

export async function render(main, parts, params) {
  const chains = await chainList();
  const f = { chain: params.chain || '', type: params.type || '' };
  const set = (k) => (v) => go('/pipeline', { ...f, [k]: v });
  const body = h('div');
  main.append(h('div', { class: 'page-head' }, h('h1', {}, t('pipeline'))),
    h('div', { class: 'filters' }, chainField(chains, f.chain, set('chain'), { withAll: true }),
      field(t('type'), select([['', t('all')], ...TYPES.map((x) => [x, t(x)])], f.type, set('type'), { id: 'filter-type' })),
      h('span', { class: 'spacer' }),
      download('/projects', f, 'xlsx', 'download-projects-xlsx'), download('/projects', f, 'csv', 'download-projects-csv')),
    body);
  await load(body, () => Promise.all([get('/projects/summary', f), get('/projects', { ...f, limit: 1000 })]), ([s, list]) => {
    const top = Math.max(1, ...s.funnel.map((x) => x.reached));
    const stageCells = STAGES.map((st) => ({ key: st, label: t(st), num: true, value: (r) => r.stages[st] }));
    return [
      h('div', { class: 'stats' },
        h('div', { class: 'stat' }, h('div', { class: 'stat-value' }, s.projects), h('div', { class: 'stat-label' }, t('projects'))),
        h('div', { class: 'stat' }, h('div', { class: 'stat-value' }, number(s.investmentYi, 2)), h('div', { class: 'stat-label' }, t('investmentYi'))),
        h('div', { class: 'stat' }, h('div', { class: 'stat-value' }, s.dropped?.count ?? 0), h('div', { class: 'stat-label' }, t('dropped')))),
      h('div', { class: 'grid-funnel', style: 'margin-top:.9rem' },
        card(`${t('funnel')} · ${t('reached')}`, h('div', { class: 'hbars', id: 'funnel' }, s.funnel.map((x) =>
          hbar(t(x.stage), x.reached / top, `${x.reached} · ${number(x.investmentYi, 2)} ${t('yi')}`, 'funnel')))),
        card(t('by_type'), table([
          { key: 'id', label: t('type'), render: (r) => t(r.id) },
          { key: 'count', label: t('count'), num: true },
          { key: 'investmentYi', label: t('investmentYi'), num: true, render: (r) => number(r.investmentYi, 2) },
          ...stageCells,
        ], s.byType, { sortKey: 'count', id: 'by-type' }))),
      card(t('by_chain'), table([
        { key: 'name', label: t('chain'), value: (r) => nameOf(r) },
        { key: 'count', label: t('count'), num: true },
        { key: 'investmentYi', label: t('investmentYi'), num: true, render: (r) => number(r.investmentYi, 2) },
        ...stageCells,
      ], s.byChain, { sortKey: 'count', id: 'by-chain' })),
      card(`${t('projects')} (${list.projects.length})`, table([
        { key: 'name', label: t('name') },
        { key: 'type', label: t('type'), render: (p) => t(p.type) },
        { key: 'stage', label: t('stage'), value: (p) => STAGES.indexOf(p.stage), render: (p) => t(p.stage) },
        { key: 'chain', label: t('chain'), value: (p) => p.chain ? nameOf(p.chain) : '' },
        { key: 'link', label: t('link'), value: (p) => p.link ? nameOf(p.link) : '' },
        { key: 'investmentYi', label: t('investmentYi'), num: true, render: (p) => number(p.investmentYi, 2) },
        { key: 'investor', label: t('investor'), render: (p) => p.investor ? h('a', { href: '#/enterprises/' + p.investor.uscc }, p.investor.name) : '—' },
        { key: 'updated', label: t('updated') },
      ], list.projects, { sortKey: 'investmentYi', id: 'projects-table' })),
    ];
  });
}
