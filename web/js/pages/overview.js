// 产业链总览: the chains with links covered / missing, leaders and projects; a card opens the chain map.
import { cached, get } from '../api.js';
import { t, nameOf, number, percent } from '../i18n.js';
import { h, load, bar, empty } from '../ui.js';
import { href } from '../router.js';

export async function render(main) {
  const body = h('div');
  main.append(h('div', { class: 'page-head' }, h('h1', {}, t('nav_chains'))), body);
  await load(body, () => Promise.all([cached('/chains'), get('/projects/summary')]), ([list, summary]) => {
    if (!list.chains.length) return empty();
    const projects = new Map(summary.byChain.map((c) => [c.id, c]));
    const chains = [...list.chains].sort((a, b) => b.coverage - a.coverage || a.id.localeCompare(b.id));
    const totals = chains.reduce((s, c) => ({ links: s.links + c.links, covered: s.covered + c.coveredLinks, leaders: s.leaders + c.leaders }),
      { links: 0, covered: 0, leaders: 0 });
    return [
      h('div', { class: 'summary-line' },
        h('span', {}, `${t('chains')} `, h('b', {}, chains.length)),
        h('span', {}, `${t('links')} `, h('b', {}, totals.links)),
        h('span', {}, `${t('covered')} `, h('b', {}, totals.covered)),
        h('span', {}, `${t('missing')} `, h('b', {}, totals.links - totals.covered)),
        h('span', {}, `${t('leaders')} `, h('b', {}, totals.leaders)),
        h('span', {}, `${t('projects')} `, h('b', {}, summary.projects))),
      h('div', { class: 'chain-grid', id: 'chain-grid' }, chains.map((c) => chainCard(c, projects.get(c.id)))),
    ];
  });
}

function chainCard(c, p) {
  const missing = c.links - c.coveredLinks;
  return h('a', { class: 'chain-card', href: href('/chains/' + c.id), 'data-chain': c.id },
    h('div', { class: 'chain-card-head' },
      h('h3', {}, nameOf(c)),
      c.build ? h('span', { class: 'badge st-BUILD' }, t('BUILD')) : null),
    h('div', { class: 'coverage-row' }, bar(c.coverage, c.coverage < 0.3 ? 'low' : c.coverage < 0.7 ? 'mid' : 'high'),
      h('span', { class: 'coverage-pct' }, percent(c.coverage))),
    h('dl', { class: 'kv' },
      h('dt', {}, t('covered')), h('dd', {}, `${c.coveredLinks} / ${c.links}`),
      h('dt', {}, t('missing')), h('dd', { class: missing ? 'warn' : '' }, missing),
      h('dt', {}, t('leaders')), h('dd', {}, c.leaders),
      h('dt', {}, t('projects')), h('dd', {}, p ? `${p.count} · ${number(p.investmentYi, 2)} ${t('yi')}` : '0')),
    h('div', { class: 'chain-card-foot' }, t('open_map'), ' →'));
}
