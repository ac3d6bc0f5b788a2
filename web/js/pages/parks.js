// 园区: lead-industry concentration of each specialised park against the 70% goal, occupancy; a park's tenants.
import { get } from '../api.js';
import { t, nameOf, listOf, number, percent } from '../i18n.js';
import { h, load, table, card } from '../ui.js';
import { href } from '../router.js';
import { chainNames, download } from './common.js';

const GOAL = 0.7;

export async function render(main, parts) {
  const body = h('div');
  main.append(h('div', { class: 'page-head' }, h('h1', {}, parts[1] ? t('park') : t('parks'))),
    ...(parts[1] ? [] : [h('div', { class: 'filters' }, h('span', { class: 'spacer' }),
      download('/parks', {}, 'xlsx', 'download-parks-xlsx'), download('/parks', {}, 'csv', 'download-parks-csv'))]),
    body);
  if (parts[1]) {
    await load(body, async () => {
      const [park, names] = await Promise.all([get('/parks/' + encodeURIComponent(parts[1])), chainNames()]);
      return { ...park, chainNames: names };
    }, detail);
    return;
  }
  await load(body, () => get('/parks'), (r) => {
    const parks = [...r.parks].sort((a, b) => b.concentration - a.concentration);
    return [
      card(`${t('concentration')} · ${t('goal70')}`, h('div', { class: 'hbars wide-labels', id: 'park-concentration' }, parks.map((p) =>
        hbar(h('a', { href: href('/parks/' + p.id), title: p.name }, p.name), p.concentration,
          `${percent(p.concentration)} · ${p.focusTenantCount}/${p.tenantCount}`, p.meetsGoal ? 'good' : 'bad', GOAL)))),
      table([
        { key: 'name', label: t('park'), render: (p) => h('a', { href: href('/parks/' + p.id) }, p.name) },
        { key: 'town', label: t('town') },
        { key: 'focus', label: t('focus'), value: (p) => listOf(p.focusChains.map(nameOf)) },
        { key: 'stage', label: t('park_stage'), value: (p) => (p.profile?.stage ? t('park_' + p.profile.stage) : '') },
        { key: 'areaMu', label: t('area_mu'), num: true, render: (p) => number(p.areaMu, 2) },
        { key: 'floors', label: t('park_floors'), num: true },
        { key: 'floorAreaSqm', label: t('park_floor_area'), num: true, render: (p) => number(p.floorAreaSqm) },
        { key: 'free', label: t('park_free_area'), num: true, value: (p) => p.profile?.freeFloorAreaSqm, render: (p) => number(p.profile?.freeFloorAreaSqm) },
        { key: 'units', label: t('units'), num: true },
        { key: 'occupancy', label: t('occupancy'), num: true, render: (p) => `${percent(p.occupancy)} (${p.occupiedUnits}/${p.units})` },
        { key: 'concentration', label: t('concentration'), num: true, render: (p) => h('span', { class: p.meetsGoal ? '' : 'warn' }, percent(p.concentration)) },
        { key: 'certified', label: t('certified'), render: (p) => p.certified ? '✔' : '' },
      ], parks, { sortKey: 'concentration', id: 'parks-table' }),
    ];
  });
}

export function hbar(label, fraction, value, cls = '', goal) {
  return h('div', { class: 'hbar' }, h('span', {}, label),
    h('span', { class: 'hbar-track' }, h('span', { class: 'hbar-fill ' + cls, style: `width:${Math.min(100, 100 * (fraction || 0)).toFixed(1)}%` }),
      goal ? h('span', { class: 'hbar-goal', style: `left:${100 * goal}%`, title: percent(goal) }) : null),
    h('span', { class: 'hbar-value' }, value));
}

function detail(r) {
  const p = r.park;
  return [
    h('h2', {}, p.name),
    h('div', { class: 'stats' },
      statBox(t('concentration'), percent(p.concentration), p.meetsGoal ? t('meets') : t('below_goal')),
      statBox(t('occupancy'), percent(p.occupancy), `${p.occupiedUnits} / ${p.units}`),
      statBox(t('area_mu'), number(p.areaMu, 2), p.town),
      statBox(t('focus'), listOf(p.focusChains.map(nameOf)), p.certified ? t('certified') : '')),
    space(p),
    h('h3', {}, `${t('tenants')} (${r.tenants.length})`),
    table([
      { key: 'name', label: t('name'), render: (x) => h('a', { href: '#/enterprises/' + x.uscc }, x.name) },
      { key: 'scale', label: t('scale'), render: (x) => t(x.scale) },
      { key: 'chains', label: t('chains'), value: (x) => listOf((x.chains || []).map((id) => r.chainNames.get(id) || id)) },
      { key: 'inFocus', label: t('in_focus'), render: (x) => x.inFocus ? '✔' : '' },
    ], r.tenants, { sortKey: 'name', sortDir: 1, id: 'tenants-table' }),
  ];
}

/** Floors, floor area and what is free of it, floor load and clear height, the stage and its milestones. */
function space(p) {
  const s = p.profile || {};
  const m = s.milestones || {};
  const dates = ['approved', 'constructionStart', 'completed', 'opened', 'titleRegistered']
    .filter((k) => m[k]).map((k) => `${t('park_' + k)} ${m[k]}`);
  return h('div', { class: 'stats', id: 'park-space' },
    statBox(t('park_floor_area'), number(p.floorAreaSqm), `${t('park_floors')} ${p.floors ?? '—'}`),
    statBox(t('park_free_area'), number(s.freeFloorAreaSqm), t('park_sqm')),
    statBox(t('park_load_height'), `${number(s.floorLoadKn, 1)} · ${number(s.clearHeightM, 1)}`, t('park_load_height_units')),
    statBox(t('park_stage'), s.stage ? t('park_' + s.stage) : '—', listOf(dates)));
}

function statBox(label, value, sub) {
  return h('div', { class: 'stat' }, h('div', { class: 'stat-value' }, value), h('div', { class: 'stat-label' }, label), h('div', { class: 'stat-sub' }, sub));
}
