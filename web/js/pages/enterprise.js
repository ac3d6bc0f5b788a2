// One enterprise: its facts, links, suppliers and customers, and its referral view.
import { get } from '../api.js';
import { t, number, nameOf } from '../i18n.js';
import { h, load, card, empty } from '../ui.js';
import { href } from '../router.js';
import { show } from './referrals.js';
import { chainNames } from './common.js';

export async function render(main, parts) {
  const uscc = parts[1];
  const body = h('div');
  const referral = h('div');
  main.append(body, referral);
  let names = new Map();
  await load(body, async () => {
    names = await chainNames();
    return get('/enterprises/' + encodeURIComponent(uscc || ''));
  }, (e) => [
    h('div', { class: 'page-head' }, h('h1', {}, e.name), h('span', { class: 'chip' }, t(e.local ? 'local' : 'nonlocal')),
      e.scale ? h('span', { class: 'chip' }, t(e.scale)) : null, (e.tags || []).map((x) => h('span', { class: 'chip tag' }, t(x))),
      (e.leads || []).map((id) => h('a', { class: 'chip leader-chip', href: '#/chains/' + encodeURIComponent(id) },
        `★ ${t('leader')} · ${names.get(id) || id}`))),
    h('div', { class: 'grid2' },
      card(t('detail'), h('dl', { class: 'kv' },
        h('dt', {}, t('uscc')), h('dd', {}, e.uscc),
        h('dt', {}, t('region')), h('dd', {}, e.region || '—'),
        h('dt', {}, t('revenue')), h('dd', {}, number(e.revenue, 0)),
        h('dt', {}, t('tax')), h('dd', {}, number(e.tax, 0)),
        h('dt', {}, t('employees')), h('dd', {}, number(e.employees, 0))),
      h('h3', {}, t('links')),
      (e.links || []).length ? h('ul', { class: 'plain' }, e.links.map((l) => h('li', {}, h('a', { href: href('/chains/' + l.chainId, { link: l.id }) }, nameOf(l)), h('span', { class: 'muted' }, ' · ' + (names.get(l.chainId) || l.chainId))))) : empty()),
      card(`${t('suppliers')} (${(e.suppliers || []).length}) · ${t('customers')} (${(e.customers || []).length})`,
        partners(t('suppliers'), e.suppliers), partners(t('customers'), e.customers))),
  ]);
  if (uscc) await show(referral, uscc);
}

function partners(title, list = []) {
  return [h('h3', {}, title), list.length
    ? h('ul', { class: 'plain' }, list.slice(0, 40).map((p) => h('li', {}, h('a', { href: '#/enterprises/' + p.uscc }, p.name),
      h('span', { class: 'muted' }, ' · ' + t(p.local ? 'local' : 'nonlocal')))))
    : h('p', { class: 'muted' }, t('none'))];
}
