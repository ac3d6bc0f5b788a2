// 招商目标: a chain's ranked targets with each score's parts and evidence, a page at a time; filters on link, region,
// tag and action and a search by name or credit code, and a spreadsheet download carrying every filter of the page, so
// that it holds every row the page lists over all its pages. The chain 全部 (`chain=*`) lists every chain's targets
// in one list by score, each row naming its chain.
import { cached, get } from '../api.js';
import { t, nameOf, linkNameOf, actionOf, listOf, number } from '../i18n.js';
import { h, load, table, select, field, pageOf, pageParams, pagedTable, searchBox } from '../ui.js';
import { go, href } from '../router.js';
import { factText, sourceText } from '../evidence.js';
import { chainList, chainField, download, textFilter, followUpButton, projectName } from './common.js';
import { simulateButton } from './simulate.js';

const TAGS = ['HIGH_TECH', 'SRDI', 'LITTLE_GIANT', 'LISTED'];
const PARTS = ['gap', 'strength', 'proximity', 'park', 'place'];
const ALL = '*';
const ACTIONS = ['延链', '补链', '强链'];

export async function render(main, parts, params) {
  const chains = await chainList();
  const chain = params.chain || chains[0]?.id;
  const page = pageOf(params);
  const f = { chain, link: params.link || '', region: params.region || '', tag: params.tag || '', action: params.action || '', q: params.q || '' };
  // a new filter or search opens the first page; the page size stays
  const set = (k) => (v) => go('/targets', { ...f, [k]: v, ...(k === 'chain' ? { link: '' } : {}), ...pageParams({ ...page, offset: 0 }) });
  const toPage = (offset) => go('/targets', { ...f, ...pageParams({ ...page, offset }) });
  const all = chain === ALL;
  const gaps = all ? await cached('/gaps') : { chains: [await cached(`/chains/${encodeURIComponent(chain)}/gaps`)] };
  const gapRows = gaps.chains.flatMap((c) => c.links);
  const gapLinks = all ? [] : gapRows.filter((l) => l.status !== 'OK');
  const linkNames = new Map(gapRows.map((l) => [l.linkId, nameOf(l)]));
  const actions = all ? ACTIONS : [...new Set(gapLinks.map((l) => l.action))];
  const apiFilters = { link: all ? '' : f.link, region: f.region, tag: f.tag, action: f.action, q: f.q };
  const path = all ? '/targets' : `/chains/${encodeURIComponent(chain)}/targets`;
  const downloads = [download(path, apiFilters, 'xlsx', 'download-targets-xlsx'),
    download(path, apiFilters, 'csv', 'download-targets-csv')];
  downloads.forEach((d) => { d.title = t('download_all_rows'); });
  const filters = h('div', { class: 'filters' },
    chainField(chains, chain, set('chain'), { withAll: true, allValue: ALL }),
    searchBox(t('search_enterprise'), f.q, set('q'), { id: 'filter-q', placeholder: t('search_placeholder') }),
    all ? null : field(t('link'), select([['', t('all')], ...gapLinks.map((l) => [l.linkId, `${nameOf(l)} · ${t(l.status)}`])], f.link, set('link'), { id: 'filter-link' })),
    textFilter(t('region'), f.region, set('region'), 'filter-region'),
    field(t('tag'), select([['', t('all')], ...TAGS.map((s) => [s, t(s)])], f.tag, set('tag'), { id: 'filter-tag' })),
    field(t('action'), select([['', t('all')], ...actions.map((a) => [a, actionOf(a)])], f.action, set('action'), { id: 'filter-action' })),
    h('span', { class: 'spacer' }),
    downloads);
  const body = h('div');
  main.append(h('div', { class: 'page-head' }, h('h1', {}, t('nav_targets'))), filters,
    h('div', { class: 'parts-legend' }, t('parts') + ':', PARTS.map((p) => h('span', {}, h('i', { class: 'p-' + p }), t('part_' + p)))), body);
  const chainNames = new Map(chains.map((c) => [c.id, nameOf(c)]));
  await load(body, () => get(path, { ...apiFilters, ...page }), (r) => {
    const rows = r.targets;
    // the rank of a row is the server's: its place among all its chain's targets, whatever the filters, search or page
    return pagedTable(r, toPage, 'targets-pager',
      table([
        all ? { key: 'chainId', label: t('chain'), value: (x) => chainNames.get(x.chainId) || x.chainId,
          render: (x) => h('a', { href: href('/targets', { chain: x.chainId }) }, chainNames.get(x.chainId) || x.chainId) } : null,
        { key: 'rank', label: all ? t('rank_in_chain') : t('rank'), num: true },
        { key: 'score', label: t('score'), num: true, render: (x) => h('b', {}, number(x.score, 3)) },
        { key: 'name', label: t('name'), render: (x) => [h('a', { href: '#/enterprises/' + x.uscc }, x.name), h('div', { class: 'muted' }, x.uscc)] },
        { key: 'region', label: t('region') },
        { key: 'linkName', label: t('link'), value: linkNameOf, render: (x) => [h('a', { href: href('/chains/' + (x.chainId || chain), { link: x.linkId }) }, linkNameOf(x)),
          x.linkInferred ? h('span', { class: 'chip inferred', title: t('link_inferred_hint') }, t('link_inferred')) : null,
          x.otherLinks?.length ? h('div', { class: 'muted other-links', title: listOf(x.otherLinks.map((id) => linkNames.get(id) || id)) }, `${t('other_links')} +${x.otherLinks.length}`) : null] },
        { key: 'action', label: t('action'), render: (x) => actionOf(x.action) },
        { key: 'parts', label: t('parts'), sort: false, render: partsCell },
        ...PARTS.map((p) => ({ key: 'part_' + p, label: t('part_' + p), num: true, value: (x) => x.parts[p], render: (x) => partValue(x, p) })),
        { key: 'pipelineStage', label: t('pipeline_stage'), render: (x) => x.pipelineStage ? t(x.pipelineStage) : '—' },
        { key: 'evidence', label: t('evidence'), sort: false, render: evidenceCell },
        { key: 'follow', label: '', sort: false, render: (x) => [followUpButton({
          name: projectName(x.name, x.linkName), type: 'CHAIN', chain: x.chainId || chain, link: x.linkId, investor: x.uscc,
          source: 'TARGETS', recommended: { rank: x.rank, score: x.score },
        }, { 'data-uscc': x.uscc }), simulateButton({ uscc: x.uscc, name: x.name }, { chain: x.chainId || chain, attrs: { 'data-uscc': x.uscc } })] },
      ].filter(Boolean), rows, all ? { sortKey: 'score', sortDir: -1, id: 'targets-table' } : { sortKey: 'rank', sortDir: 1, id: 'targets-table' }));
  });
}

function partsCell(x) {
  const max = 1; // weights sum to 1, so a full bar is the highest possible score
  return h('div', { class: 'parts', title: PARTS.map((p) => `${t('part_' + p)} ${number(x.parts[p], 3)}`).join(' · ') },
    PARTS.map((p) => h('i', { class: 'p-' + p, style: `width:${(100 * x.parts[p] / max).toFixed(1)}%` })));
}

/** A part's value, marked where it was inferred rather than observed. */
function partValue(x, p) {
  if (!(x.inferred || []).includes(p)) return number(x.parts[p], 3);
  return h('span', { class: 'inferred-part', title: t('inferred_hint') }, number(x.parts[p], 3), h('sup', {}, t('inferred_part')));
}

function evidenceCell(x) {
  if (!x.evidence?.length) return '—';
  return h('details', { class: 'evidence' }, h('summary', {}, `${t('evidence')} (${x.evidence.length})`),
    h('ul', {}, x.evidence.map((e) => h('li', { 'data-kind': e.kind },
      e.basis === 'INFERRED' ? h('span', { class: 'chip inferred' }, t('ev_inferred')) : null, factText(e),
      e.source ? h('span', { class: 'muted' }, ` · ${t('ev_source')}: ${sourceText(e)}`) : null))));
}
