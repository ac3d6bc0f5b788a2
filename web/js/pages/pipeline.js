// 项目: the pipeline funnel by stage, by type and by chain, investment in 亿元, the overdue and stalled projects by
// who follows them up (包联), and the project list; each project opens its own page.
import { get } from '../api.js';
import { t, nameOf, number } from '../i18n.js';
import { h, load, table, card, select, field } from '../ui.js';
import { go } from '../router.js';
import { chainList, chainField, download } from './common.js';
import { hbar } from './parks.js';
import { stageChip, overdue } from './project.js';

const TYPES = ['CHAIN', 'REFERRAL', 'PARK', 'TECH_UPGRADE'];
const STAGES = ['LEAD', 'TALKS', 'SIGNED', 'CONSTRUCTION', 'OPERATING'];

export async function render(main, parts, params) {
  const [chains, everyProject] = await Promise.all([chainList(), get('/projects', { limit: 1000 })]);
  const owners = [...new Set(everyProject.projects.map((p) => p.owner).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  const f = { chain: params.chain || '', type: params.type || '', owner: params.owner || '' };
  const days = params.days || '30';
  const set = (k) => (v) => go('/pipeline', { ...f, days: params.days, [k]: v });
  if (f.owner && !owners.includes(f.owner)) owners.push(f.owner);
  const body = h('div');
  main.append(h('div', { class: 'page-head' }, h('h1', {}, t('pipeline'))),
    h('div', { class: 'filters' }, chainField(chains, f.chain, set('chain'), { withAll: true }),
      field(t('type'), select([['', t('all')], ...TYPES.map((x) => [x, t(x)])], f.type, set('type'), { id: 'filter-type' })),
      field(t('owner'), select([['', t('all')], ...owners.map((o) => [o, o])], f.owner, set('owner'), { id: 'filter-owner' })),
      h('span', { class: 'spacer' }),
      download('/projects', f, 'xlsx', 'download-projects-xlsx'), download('/projects', f, 'csv', 'download-projects-csv')),
    body);
  const stalledFilters = { ...f, stalled: 'true', days };
  await load(body, () => Promise.all([get('/projects/summary', f), get('/projects', { ...f, limit: 1000 }), get('/projects', stalledFilters)]), ([s, list, stalled]) => {
    const top = Math.max(1, ...s.funnel.map((x) => x.reached));
    const stageCells = STAGES.map((st) => ({ key: st, label: t(st), num: true, value: (r) => r.stages[st] }));
    return [
      h('div', { class: 'stats' },
        h('div', { class: 'stat' }, h('div', { class: 'stat-value' }, s.projects), h('div', { class: 'stat-label' }, t('projects_all'))),
        h('div', { class: 'stat' }, h('div', { class: 'stat-value' }, number(s.investmentYi, 2)), h('div', { class: 'stat-label' }, t('investmentYi'))),
        h('div', { class: 'stat' }, h('div', { class: 'stat-value' }, s.dropped?.count ?? 0), h('div', { class: 'stat-label' }, t('dropped')))),
      h('div', { class: 'grid-funnel', style: 'margin-top:.9rem' },
        card(`${t('funnel')} · ${t('reached')}`, [
          h('p', { class: 'muted', id: 'funnel-note' }, t('reached_note')),
          h('div', { class: 'hbars', id: 'funnel' }, s.funnel.map((x) =>
            hbar(t(x.stage), x.reached / top,
              `${x.reached} · ${number(x.reachedInvestmentYi, 2)} ${t('yi')}（${t('now_at')} ${x.count} · ${number(x.investmentYi, 2)} ${t('yi')}）`,
              'funnel')))]),
        card(t('by_type'), table([
          { key: 'id', label: t('type'), render: (r) => t(r.id) },
          { key: 'count', label: t('count'), num: true },
          { key: 'investmentYi', label: t('investmentYi'), num: true, render: (r) => number(r.investmentYi, 2) },
          ...stageCells,
        ], s.byType, { sortKey: 'count', id: 'by-type' }))),
      stalledCard(stalled.projects, stalledFilters, set('days')),
      card(t('by_chain'), table([
        { key: 'name', label: t('chain'), value: (r) => nameOf(r) },
        { key: 'count', label: t('count'), num: true },
        { key: 'investmentYi', label: t('investmentYi'), num: true, render: (r) => number(r.investmentYi, 2) },
        ...stageCells,
      ], s.byChain, { sortKey: 'count', id: 'by-chain' })),
      card(`${t('projects')} (${list.projects.length})`, table([
        { key: 'name', label: t('name'), render: (p) => h('a', { href: '#/projects/' + encodeURIComponent(p.id) }, p.name) },
        { key: 'type', label: t('type'), render: (p) => t(p.type) },
        { key: 'stage', label: t('stage'), value: (p) => STAGES.indexOf(p.stage), render: (p) => t(p.stage) },
        { key: 'owner', label: t('owner'), render: (p) => p.owner || '—' },
        { key: 'chain', label: t('chain'), value: (p) => p.chain ? nameOf(p.chain) : '' },
        { key: 'link', label: t('link'), value: (p) => p.link ? nameOf(p.link) : '' },
        { key: 'investmentYi', label: t('investmentYi'), num: true, render: (p) => number(p.investmentYi, 2) },
        { key: 'investor', label: t('investor'), render: (p) => p.investor ? h('a', { href: '#/enterprises/' + p.investor.uscc }, p.investor.name) : '—' },
        { key: 'updated', label: t('updated') },
      ], list.projects, { sortKey: 'investmentYi', id: 'projects-table' })),
    ];
  });
}

/**
 * 逾期/停滞: the open projects whose next step is overdue or whose stage has not moved for `days`, under the name of
 * who follows each up, longest idle first (the API's order), with the downloads of the same rows.
 */
function stalledCard(rows, filters, setDays) {
  const groups = new Map();
  for (const p of rows) {
    const key = p.owner || '';
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(p);
  }
  const heads = [t('name'), t('stage'), t('idle_days'), t('reason'), t('next_step'), t('due'), t('chain')];
  const content = rows.length
    ? h('div', { class: 'table-wrap stalled-wrap' }, h('table', { class: 'data', id: 'stalled-table' },
      h('thead', {}, h('tr', {}, heads.map((x, i) => h('th', { class: i === 2 ? 'num' : '' }, x)))),
      [...groups].map(([owner, list]) => h('tbody', { class: 'owner-group', 'data-owner': owner },
        h('tr', { class: 'group' }, h('th', { colspan: heads.length, scope: 'rowgroup' },
          h('span', { class: 'owner-name' }, owner || t('owner_none')), h('span', { class: 'muted' }, ` (${list.length})`))),
        list.map((p) => h('tr', { 'data-id': p.id },
          h('td', {}, h('a', { href: '#/projects/' + encodeURIComponent(p.id) }, p.name)),
          h('td', {}, stageChip(p.stage)),
          h('td', { class: 'num' }, number(p.idleDays)),
          h('td', {}, h('span', { class: `chip reason-${p.reason}` }, t('reason_' + p.reason))),
          h('td', {}, p.nextStep || '—'),
          h('td', { class: overdue(p.nextStepDue, p.stage) ? 'overdue' : '' }, p.nextStepDue || '—'),
          h('td', {}, p.chain ? nameOf(p.chain) : '—')))))))
    : h('p', { class: 'muted', id: 'stalled-table' }, t('stalled_none'));
  return h('section', { class: 'card', id: 'stalled-card' },
    h('div', { class: 'card-head' }, h('h2', {}, `${t('stalled')} (${rows.length})`),
      field(t('stalled_days'), select(['30', '60', '90', '180'].map((d) => [d, `${d} ${t('days')}`]), filters.days, setDays, { id: 'filter-days' })),
      h('span', { class: 'spacer' }),
      download('/projects', filters, 'xlsx', 'download-stalled-xlsx'), download('/projects', filters, 'csv', 'download-stalled-csv')),
    content);
}
