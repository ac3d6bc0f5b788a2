// 链图: a chain's links laid out upstream → downstream along FEEDS (dagre), coloured by gap status,
// key links marked, chain leaders attached to the links they work in; a click opens the link's panel.
import { cached, get } from '../api.js';
import { t, nameOf } from '../i18n.js';
import { h, load, select, empty } from '../ui.js';
import { go, replaceParams } from '../router.js';
import { linkPanel } from './linkpanel.js';

export const STATUS_COLOURS = { FILL: '#d64545', EXTEND: '#e8891c', STRENGTHEN: '#e5c02a', OK: '#2f9e63' };
const NODE_W = 168;
const NODE_H = 60;
const LEADER_GAP = 16;
const FONT_FAMILY = 'system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif';

export async function render(main, parts, params) {
  const chains = (await cached('/chains')).chains;
  if (!chains.length) { main.append(empty()); return; }
  const chainId = parts[0] === 'chains' ? parts[1] : (params.chain || chains[0].id);
  const chainPick = select(chains.map((c) => [c.id, nameOf(c)]), chainId, (id) => go('/chains/' + id), { id: 'chain-select' });
  const head = h('div', { class: 'page-head' }, h('h1', {}, t('nav_map')), chainPick);
  const body = h('div', { class: 'map-page' });
  main.append(head, body);
  await load(body, () => withLeaderLinks(chainId), (map) => view(map, params, head));
}

/** The chain map, each leader carrying the links it works in (from its enterprise detail). */
async function withLeaderLinks(chainId) {
  const map = await cached(`/chains/${encodeURIComponent(chainId)}/map`);
  const details = await Promise.all(map.leaders.map((l) => get('/enterprises/' + l.uscc)));
  return { ...map, leaders: map.leaders.map((l, i) => ({ ...l, links: (details[i].links || []).map((k) => k.id) })) };
}

function view(map, params, head) {
  head.append(h('div', { class: 'chain-facts' },
    h('span', {}, `${t('covered')} `, h('b', {}, `${map.chain.coveredLinks} / ${map.chain.links}`)),
    h('span', {}, `${t('leaders')} `, h('b', {}, map.leaders.length)),
    map.chain.build ? h('span', { class: 'badge st-BUILD' }, t('BUILD')) : null,
    map.leaders.map((l) => h('a', { class: 'chip leader-chip', href: '#/enterprises/' + l.uscc }, '★ ' + l.name))));
  if (!map.links.length) return empty();
  const canvas = h('div', { class: 'cy', id: 'cy' });
  const panel = h('aside', { class: 'side-panel', id: 'link-panel' }, h('p', { class: 'muted' }, t('pick_link')));
  const wrap = h('div', { class: 'map-wrap' }, h('div', { class: 'map-stage' }, canvas, legend(), toolbar()), panel);
  let cy;
  let collapsed = false;

  function toolbar() {
    const btn = (id, label, fn) => h('button', { class: 'btn small', id, title: label, onclick: () => fn() }, label);
    return h('div', { class: 'map-toolbar' },
      btn('zoom-in', '+', () => cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: center() })),
      btn('zoom-out', '−', () => cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: center() })),
      btn('fit', t('fit'), () => cy.fit(undefined, 30)),
      btn('collapse', t('collapse'), () => toggleCollapse()),
      btn('save-png', t('save_png'), () => savePng()));
  }

  function center() { return { x: cy.width() / 2, y: cy.height() / 2 }; }

  function toggleCollapse() {
    collapsed = !collapsed;
    document.getElementById('collapse').textContent = t(collapsed ? 'expand' : 'collapse');
    const ok = cy.nodes('[status = "OK"]');
    if (collapsed) ok.style('display', 'none'); else ok.style('display', 'element');
    layout(cy, collapsed);
  }

  function savePng() {
    const png = cy.png({ full: true, scale: 2, bg: '#ffffff', output: 'blob' });
    const a = h('a', { href: URL.createObjectURL(png), download: `chain-map-${map.chain.id}.png` });
    document.body.append(a);
    a.click();
    a.remove();
  }

  requestAnimationFrame(() => {
    cy = draw(canvas, map);
    window.chainMap = cy; // for the browser tests and for inspection from the console
    cy.on('tap', 'node.link', (e) => openLink(e.target.id()));
    cy.on('tap', 'node.leader', (e) => go('/enterprises/' + e.target.data('uscc')));
    if (params.link && cy.getElementById(params.link).nonempty()) openLink(params.link);
  });

  function openLink(linkId) {
    cy.nodes().removeClass('selected');
    cy.getElementById(linkId).addClass('selected');
    replaceParams({ link: linkId });
    const link = map.links.find((l) => l.linkId === linkId);
    linkPanel(panel, map, link);
  }
  return wrap;
}

function legend() {
  return h('div', { class: 'legend', id: 'legend' },
    h('b', {}, t('legend')),
    ['FILL', 'EXTEND', 'STRENGTHEN', 'OK'].map((s) => h('span', { class: 'legend-item' },
      h('i', { class: 'swatch', style: `background:${STATUS_COLOURS[s]}` }), t('st_' + s))),
    h('span', { class: 'legend-item' }, h('i', { class: 'swatch key' }), t('key_link')),
    h('span', { class: 'legend-item' }, h('i', { class: 'swatch leader' }), t('leader_node')));
}

/** How tall a link's box must be for its name, wrapped at spaces as Cytoscape wraps it, and the count line below. */
function nodeHeight(name) {
  const ctx = (nodeHeight.canvas ||= document.createElement('canvas')).getContext('2d');
  ctx.font = '600 15px ' + FONT_FAMILY;
  let lines = 1;
  let line = '';
  for (const word of name.split(' ')) {
    const next = line ? line + ' ' + word : word;
    if (line && ctx.measureText(next).width > NODE_W - 14) {
      lines += 1;
      line = word;
    } else {
      line = next;
    }
  }
  return Math.max(NODE_H, Math.ceil((lines + 1) * 15 * 1.3 + 18));
}

function draw(container, map) {
  const elements = [];
  for (const l of map.links) {
    elements.push({
      group: 'nodes', classes: 'link' + (l.key ? ' key' : ''),
      data: {
        id: l.linkId, status: l.status, label: `${l.key ? '★ ' : ''}${nameOf(l)}\n${t('node_local')} ${l.coverage}`,
        colour: STATUS_COLOURS[l.status] || '#888', h: nodeHeight(`${l.key ? '★ ' : ''}${nameOf(l)}`),
      },
    });
  }
  const ids = new Set(map.links.map((l) => l.linkId));
  map.feeds.filter((f) => ids.has(f.from) && ids.has(f.to)).forEach((f, i) =>
    elements.push({ group: 'edges', classes: 'feeds', data: { id: 'f' + i, source: f.from, target: f.to } }));
  map.leaders.forEach((l) => {
    elements.push({ group: 'nodes', classes: 'leader', data: { id: 'leader:' + l.uscc, uscc: l.uscc, label: '★ ' + l.name, w: 13 * (l.name.length + 2) + 20 } });
    for (const linkId of l.links || []) {
      if (ids.has(linkId)) elements.push({ group: 'edges', classes: 'leads', data: { id: `lead:${l.uscc}:${linkId}`, source: 'leader:' + l.uscc, target: linkId } });
    }
  });
  const cy = cytoscape({
    container, elements, wheelSensitivity: 0.3, minZoom: 0.15, maxZoom: 3,
    style: [
      { selector: 'node.link', style: {
        shape: 'round-rectangle', width: NODE_W, height: 'data(h)', 'background-color': 'data(colour)', 'background-opacity': 0.92,
        label: 'data(label)', 'text-wrap': 'wrap', 'text-max-width': NODE_W - 14, 'text-valign': 'center', 'text-halign': 'center',
        color: '#fff', 'font-size': 15, 'font-weight': 600, 'line-height': 1.3, 'text-outline-width': 0, 'border-width': 1, 'border-color': '#ffffff',
        'font-family': FONT_FAMILY } },
      { selector: 'node.link[status = "STRENGTHEN"]', style: { color: '#3a2f00' } },
      { selector: 'node.key', style: { 'border-width': 4, 'border-color': '#1d2b4f' } },
      { selector: 'node.selected', style: { 'underlay-color': '#1d4ed8', 'underlay-opacity': 0.3, 'underlay-padding': 7, 'underlay-shape': 'round-rectangle' } },
      { selector: 'node.leader', style: {
        shape: 'round-rectangle', width: 'data(w)', height: 32, 'background-color': '#eef2ff', 'border-color': '#4338ca', 'border-width': 2,
        label: 'data(label)', 'font-size': 13, 'font-weight': 600, color: '#312e81', 'text-valign': 'center', 'text-halign': 'center',
        'font-family': FONT_FAMILY } },
      { selector: 'edge.feeds', style: {
        width: 2, 'line-color': '#9aa6b8', 'target-arrow-color': '#9aa6b8', 'target-arrow-shape': 'triangle',
        'curve-style': 'bezier', 'arrow-scale': 1.1 } },
      { selector: 'edge.leads', style: { width: 1.5, 'line-style': 'dashed', 'line-color': '#6366f1', 'curve-style': 'bezier' } },
    ],
  });
  layout(cy, false);
  return cy;
}

/** Upstream → downstream: dagre ranks the visible links along FEEDS from left to right; leaders sit above their first link. */
function layout(cy, collapsed) {
  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: 'LR', nodesep: 14, ranksep: 70, marginx: 20, marginy: 20 });
  g.setDefaultEdgeLabel(() => ({}));
  const visible = cy.nodes('node.link').filter((n) => !collapsed || n.data('status') !== 'OK');
  visible.forEach((n) => g.setNode(n.id(), { width: NODE_W, height: n.data('h') }));
  cy.edges('edge.feeds').forEach((e) => {
    if (g.hasNode(e.source().id()) && g.hasNode(e.target().id())) g.setEdge(e.source().id(), e.target().id());
  });
  dagre.layout(g);
  const positions = {};
  g.nodes().forEach((id) => { const p = g.node(id); positions[id] = { x: p.x, y: p.y }; });
  const top = Math.min(...Object.values(positions).map((p) => p.y)) - NODE_H - 30;
  // each leader above its first link, pushed right as far as it takes not to cover the leader before it
  const leaders = cy.nodes('node.leader').map((n) => {
    const link = n.outgoers('node').filter((m) => positions[m.id()]).first();
    return { id: n.id(), x: link.nonempty() ? positions[link.id()].x : 0, half: n.data('w') / 2 };
  }).sort((a, b) => a.x - b.x || a.id.localeCompare(b.id));
  let right = -Infinity;
  for (const l of leaders) {
    const x = Math.max(l.x, right + LEADER_GAP + l.half);
    positions[l.id] = { x, y: top };
    right = x + l.half;
  }
  cy.layout({ name: 'preset', positions: (n) => positions[n.id()] || n.position(), fit: true, padding: 44, animate: false }).run();
}
