// 以企招企: pick an enterprise by name or code; a local one shows whom it can bring in, a non-local target shows
// the local enterprises best placed to introduce it; the supply paths are drawn.
import { get } from '../api.js';
import { t, number, linkNameOf, actionOf } from '../i18n.js';
import { h, load, table, empty } from '../ui.js';
import { go, href } from '../router.js';
import { chainNames, followUpButton, projectName } from './common.js';

export async function render(main, parts, params) {
  const input = h('input', { type: 'search', id: 'ref-search', value: params.q || '', placeholder: t('ref_pick') });
  const results = h('div', { class: 'results' });
  const body = h('div');
  const search = () => go('/referrals', { q: input.value.trim() });
  input.addEventListener('keydown', (e) => { if (e.key === 'Enter') search(); });
  main.append(h('div', { class: 'page-head' }, h('h1', {}, t('ref_title'))),
    h('div', { class: 'filters' }, h('div', { class: 'search-box' }, input, h('button', { class: 'btn primary', id: 'ref-search-go', onclick: search }, t('search'))),
      h('span', { class: 'muted' }, `${t('ref_local')} · ${t('ref_target')}`)),
    results, body);
  if (params.q && !params.uscc) {
    await load(results, () => get('/enterprises', { q: params.q, limit: 30 }), (r) => r.enterprises.length
      ? h('ul', { class: 'plain card', id: 'ref-results' }, r.enterprises.map((e) => h('li', {},
        h('a', { href: href('/referrals', { q: params.q, uscc: e.uscc }) }, e.name),
        h('span', { class: 'muted' }, ` ${e.uscc} · ${e.region || ''} · `), h('span', { class: 'chip' }, t(e.local ? 'local' : 'nonlocal')))))
      : empty());
  }
  if (params.uscc) await show(body, params.uscc);
  else if (!params.q) await leaders(results);
}

/** With nothing asked yet: the chain leaders (链主), where referrals usually start, each one click away. */
async function leaders(results) {
  await load(results, async () => {
    const [found, names] = await Promise.all([get('/enterprises', { leader: true, limit: 100 }), chainNames()]);
    return { found, names };
  }, ({ found, names }) => found.enterprises.length
    ? h('div', { class: 'card', id: 'ref-leaders' }, h('h2', {}, t('ref_leaders')),
      h('ul', { class: 'plain' }, found.enterprises.map((e) => h('li', {},
        h('a', { href: href('/referrals', { uscc: e.uscc }) }, e.name),
        h('span', { class: 'muted' }, ` ${e.uscc} · `),
        e.leads.map((id) => h('span', { class: 'chip leader-chip' }, '★ ' + (names.get(id) || id)))))))
    : empty(t('ref_no_leaders')));
}

export async function show(body, uscc) {
  await load(body, async () => {
    const detail = await get('/enterprises/' + encodeURIComponent(uscc));
    const answer = await get(`/enterprises/${encodeURIComponent(uscc)}/${detail.local ? 'referrals' : 'referrers'}`);
    return { detail, answer };
  }, ({ detail, answer }) => {
    const local = detail.local;
    const rows = local ? answer.referrals : answer.referrers;
    // the best few only, so the drawing stays readable; the table lists them all
    const paths = local ? rows.slice(0, 12).map((r) => r.path) : rows.slice(0, 5).flatMap((r) => r.paths || []);
    const graph = h('div', { class: 'ref-graph', id: 'ref-graph' });
    requestAnimationFrame(() => drawPaths(graph, uscc, paths));
    return [
      h('div', { class: 'page-head' }, h('h2', {}, h('a', { href: '#/enterprises/' + uscc }, detail.name)),
        h('span', { class: 'chip' }, t(local ? 'local' : 'nonlocal')), h('span', { class: 'muted' }, uscc),
        h('span', { class: 'muted' }, t(local ? 'ref_local' : 'ref_target'))),
      rows.length ? graph : null,
      local
        ? table([
          { key: 'score', label: t('score'), num: true, render: (r) => number(r.score, 3) },
          { key: 'name', label: t('name'), render: (r) => h('a', { href: href('/referrals', { uscc: r.uscc }) }, r.name) },
          { key: 'linkName', label: t('link'), value: linkNameOf },
          { key: 'action', label: t('action'), render: (r) => actionOf(r.action) },
          { key: 'path', label: t('path'), sort: false, render: (r) => pathView(r.path) },
          { key: 'follow', label: '', sort: false, render: (r) => followUpButton({
            name: projectName(r.name, r.linkName), type: 'REFERRAL', link: r.linkId, investor: r.uscc, referrer: uscc,
            source: 'REFERRALS', recommended: { rank: rows.indexOf(r) + 1, score: r.score },
          }, { 'data-uscc': r.uscc }) },
        ], rows, { sortKey: 'score', id: 'referrals-table' })
        : table([
          { key: 'score', label: t('score'), num: true, render: (r) => number(r.score, 3) },
          { key: 'name', label: t('name'), render: (r) => [h('a', { href: href('/referrals', { uscc: r.uscc }) }, r.name), r.leader ? h('span', { class: 'chip leader-chip' }, ' ★ ' + t('leader')) : null] },
          // referrers a visit confirmed come first, as the API lists them; then by score
          { key: 'source', label: t('source'), value: (r) => r.source === 'visit' ? 1 : 0,
            render: (r) => r.source === 'visit' ? h('span', { class: 'chip visit-chip' }, `${t('visit_confirmed')} · ${r.lastVisit || ''}`) : '—' },
          { key: 'paths', label: t('path'), sort: false, render: (r) => (r.paths || []).map(pathView) },
        ], rows, { sortKey: 'source', id: 'referrers-table' }),
    ];
  });
}

function pathView(p) {
  const n = p.enterprises.length;
  return h('div', { class: 'path' }, p.enterprises.map((e, i) => [
    i ? h('span', { class: 'arrow' }, '—') : null,
    h('span', { class: 'node ' + (i === 0 ? 'local' : i === n - 1 ? 'end' : '') }, e.name)]),
  h('span', { class: 'muted' }, ` · ${t('hops')} ${p.hops} · ${t('strength')} ${number(p.strength, 2)}`));
}

/**
 * The paths as one small graph: the chosen enterprise on the left, intermediaries in the middle, the other ends right;
 * coloured as in the path column, local referrers green and targets red.
 */
function drawPaths(container, focus, paths) {
  const nodes = new Map();
  const edges = new Map();
  for (const p of paths) {
    p.enterprises.forEach((e, i) => {
      const prev = nodes.get(e.uscc);
      // every path runs from a local enterprise to a target
      const role = e.uscc === focus ? 'focus' : i === 0 ? 'local' : i === p.enterprises.length - 1 ? 'end' : 'mid';
      if (!prev || prev.role === 'mid') nodes.set(e.uscc, { id: e.uscc, label: e.name, role: prev?.role === 'focus' ? 'focus' : role });
      if (i) {
        const a = p.enterprises[i - 1].uscc;
        const key = [a, e.uscc].sort().join('|');
        if (!edges.has(key)) edges.set(key, { id: key, source: a, target: e.uscc });
      }
    });
  }
  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: 'LR', nodesep: 12, ranksep: 90 });
  g.setDefaultEdgeLabel(() => ({}));
  nodes.forEach((n) => g.setNode(n.id, { width: 190, height: 30 }));
  // rank from the chosen enterprise outward, whichever way the path was written
  for (const p of paths) {
    const seq = p.enterprises[0].uscc === focus ? p.enterprises : [...p.enterprises].reverse();
    for (let i = 1; i < seq.length; i++) if (!g.hasEdge(seq[i].uscc, seq[i - 1].uscc)) g.setEdge(seq[i - 1].uscc, seq[i].uscc);
  }
  dagre.layout(g);
  const cy = cytoscape({
    container,
    elements: [...[...nodes.values()].map((n) => ({ data: n, position: { x: g.node(n.id).x, y: g.node(n.id).y } })),
      ...[...edges.values()].map((e) => ({ data: e }))],
    layout: { name: 'preset', fit: true, padding: 20 },
    style: [
      { selector: 'node', style: { shape: 'round-rectangle', width: 190, height: 30, label: 'data(label)', 'font-size': 13,
        'text-valign': 'center', 'text-halign': 'center', 'text-max-width': 180, 'text-wrap': 'ellipsis', 'background-color': '#eef2f7', color: '#1f2937',
        'font-family': 'system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif' } },
      { selector: 'node[role = "focus"]', style: { 'background-color': '#2957b8', color: '#fff', 'font-weight': 700 } },
      { selector: 'node[role = "local"]', style: { 'background-color': '#e0f2e9', color: '#065f46', 'border-width': 1, 'border-color': '#2f9e6b' } },
      { selector: 'node[role = "end"]', style: { 'background-color': '#fde8e8', color: '#7f1d1d', 'border-width': 1, 'border-color': '#d64545' } },
      { selector: 'edge', style: { width: 1.5, 'line-color': '#9aa6b8', 'curve-style': 'bezier' } },
    ],
  });
  cy.on('tap', 'node', (e) => go('/referrals', { uscc: e.target.id() }));
  window.referralGraph = cy;
}
