// 企业名录: the enterprises of the graph, searched by name or credit code (or the chain leaders only), a page at a time
// in the server's order (by name), each linked to its page.
import { get } from '../api.js';
import { t } from '../i18n.js';
import { h, load, table, pageOf, pageParams, pagedTable, searchBox } from '../ui.js';
import { go } from '../router.js';
import { chainNames } from './common.js';

export async function render(main, parts, params) {
  const page = pageOf(params);
  const f = { q: params.q || '', leader: params.leader === 'true' ? 'true' : '' };
  // a new search opens the first page; the page size stays
  const set = (k) => (v) => go('/enterprises', { ...f, [k]: v, ...pageParams({ ...page, offset: 0 }) });
  const toPage = (offset) => go('/enterprises', { ...f, ...pageParams({ ...page, offset }) });
  const leaders = h('input', { type: 'checkbox', id: 'filter-leader', checked: f.leader === 'true' });
  leaders.addEventListener('change', () => set('leader')(leaders.checked ? 'true' : ''));
  const body = h('div');
  main.append(h('div', { class: 'page-head' }, h('h1', {}, t('enterprise_list'))),
    h('div', { class: 'filters' },
      searchBox(t('search_enterprise'), f.q, set('q'), { id: 'filter-q', placeholder: t('search_placeholder') }),
      h('label', { class: 'field check' }, h('span', {}, t('leaders_only')), leaders)),
    body);
  const names = await chainNames();
  await load(body, () => get('/enterprises', { ...f, ...page }), (r) => pagedTable(r, toPage, 'enterprises-pager',
    table([
      { key: 'name', label: t('name'), render: (x) => [h('a', { href: '#/enterprises/' + encodeURIComponent(x.uscc) }, x.name),
        h('div', { class: 'muted' }, x.uscc)] },
      { key: 'region', label: t('region') },
      { key: 'local', label: t('local'), render: (x) => t(x.local ? 'local' : 'nonlocal') },
      { key: 'scale', label: t('scale'), render: (x) => (x.scale ? t(x.scale) : '—') },
      { key: 'leads', label: t('leader'), sort: false, render: (x) => (x.leads || []).map((id) => `★ ${names.get(id) || id}`).join(' ') },
    ], r.enterprises, { id: 'enterprises-table' })));
}
