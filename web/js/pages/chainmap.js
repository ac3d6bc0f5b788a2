// 链图: a chain's links laid out upstream → downstream along FEEDS (dagre), coloured by gap status,
// key links marked, chain leaders attached to the links they work in; a click opens the link's panel.
import { cached, get } from '../api.js';
import { t, nameOf } from '../i18n.js';
import { h, load, select, empty } from '../ui.js';
import { go, replaceParams } from '../router.js';
import { linkPanel, chainSummary, howText } from './linkpanel.js';

export const STATUS_COLOURS = { FILL: '#d64545', EXTEND: '#e8891c', STRENGTHEN: '#e5c02a', OK: '#2f9e63' };
const NODE_W = 168;
const NODE_H = 60;
const LEADER_GAP = 16;
const RANK_SEP = 70;
const LINK_FONT = 15;
const LEADER_FONT = 13;
/** No text on the map renders under 12 px: the map is panned rather than zoomed out further than this. */
export const MIN_ZOOM = 12 / Math.min(LINK_FONT, LEADER_FONT) + 0.001;
const STAGES = ['UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM'];
const ZWSP = '\u200b';
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
  const bands = h('div', { class: 'stage-bands', id: 'stage-bands', 'aria-hidden': 'true' });
  const panel = h('aside', { class: 'side-panel', id: 'link-panel' });
  chainSummary(panel, map, (linkId) => openLink(linkId));
  const wrap = h('div', { class: 'map-wrap' }, h('div', { class: 'map-stage' }, bands, canvas, legend(), toolbar()), panel);
  let cy;
  let collapsed = false;

  function toolbar() {
    const btn = (id, label, fn) => h('button', { class: 'btn small', id, title: label, onclick: () => fn() }, label);
    return h('div', { class: 'map-toolbar' },
      btn('zoom-in', '+', () => cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: center() })),
      btn('zoom-out', '−', () => cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: center() })),
      btn('fit', t('fit'), () => fitView(cy)),
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
    fitView(cy);
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
    canvas._cy = cy;
    cy.on('viewport resize', () => drawBands(cy, bands));
    cy.on('layoutstop', () => drawBands(cy, bands));
    fitView(cy);
    drawBands(cy, bands);
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
    h('span', { class: 'legend-item' }, h('i', { class: 'swatch leader' }), t('leader_node')),
    howButton());
}

/** The legend's 如何计算: a popover above the legend with how every status and score is made. */
function howButton() {
  const pop = h('div', { class: 'how-popover', id: 'how-popover', hidden: true, role: 'dialog' },
    h('div', { class: 'how-popover-head' }, h('b', {}, t('how_title')),
      h('button', { class: 'btn small', 'aria-label': t('cancel'), onclick: () => { pop.hidden = true; } }, '×')),
    howText());
  const button = h('button', { class: 'btn small how-button', id: 'how-button', 'aria-expanded': 'false',
    onclick: () => { pop.hidden = !pop.hidden; button.setAttribute('aria-expanded', String(!pop.hidden)); } }, '? ' + t('how'));
  return [button, pop];
}

/** Shows as much of the map as fits without any text under 12 px: the whole map when it fits, else its upstream top corner. */
export function fitView(cy) {
  const bb = extent(cy);
  if (!bb) return;
  const pad = 24;
  const w = cy.width();
  const hgt = cy.height();
  const zoom = Math.max(MIN_ZOOM, Math.min(cy.maxZoom(), 1.25, (w - 2 * pad) / bb.w, (hgt - 2 * pad) / bb.h));
  const panAxis = (size, lo, len) => (len * zoom <= size - 2 * pad ? (size - len * zoom) / 2 - lo * zoom : pad - lo * zoom);
  cy.viewport({ zoom, pan: { x: panAxis(w, bb.x1, bb.w), y: panAxis(hgt, bb.y1, bb.h) } });
}

/** The model box of the visible nodes and the stage bands behind them. */
function extent(cy) {
  const nodes = cy.nodes(':visible');
  if (nodes.empty()) return null;
  const bb = { ...nodes.boundingBox({ includeLabels: false }) };
  for (const b of cy.scratch('bands') || []) {
    bb.x1 = Math.min(bb.x1, b.x1); bb.x2 = Math.max(bb.x2, b.x2); bb.y1 = Math.min(bb.y1, b.y1); bb.y2 = Math.max(bb.y2, b.y2);
  }
  bb.w = bb.x2 - bb.x1;
  bb.h = bb.y2 - bb.y1;
  return bb;
}

/**
 * The 上游 / 中游 / 下游 bands: each stage's x-range from the laid-out links of that stage, split half way where
 * two stages meet, from above the leaders to below the lowest link. Model boxes, drawn behind the canvas.
 */
function stageBands(cy) {
  const links = cy.nodes('node.link:visible');
  if (links.empty()) return [];
  const all = cy.nodes(':visible').boundingBox({ includeLabels: false });
  const ranges = STAGES.map((stage) => {
    const of = links.filter((n) => n.data('stage') === stage);
    if (of.empty()) return null;
    const b = of.boundingBox({ includeLabels: false });
    return { stage, x1: b.x1, x2: b.x2 };
  }).filter(Boolean);
  const y1 = all.y1 - 40;
  const y2 = all.y2 + 16;
  return ranges.map((r, i) => ({
    stage: r.stage, y1, y2,
    x1: i === 0 ? r.x1 - RANK_SEP / 2 : (ranges[i - 1].x2 + r.x1) / 2,
    x2: i === ranges.length - 1 ? r.x2 + RANK_SEP / 2 : (r.x2 + ranges[i + 1].x1) / 2,
  }));
}

function drawBands(cy, layer) {
  const bands = cy.scratch('bands') || [];
  const z = cy.zoom();
  const pan = cy.pan();
  layer.replaceChildren(...bands.map((b) => {
    const left = b.x1 * z + pan.x;
    const right = b.x2 * z + pan.x;
    const top = b.y1 * z + pan.y;
    // the label stays in view while any of its band is
    const labelLeft = left < 0 ? Math.max(0, Math.min(-left, right - left - 110)) : 0;
    return h('div', { class: 'stage-band band-' + b.stage, 'data-stage': b.stage,
      style: `left:${left}px;top:${top}px;width:${right - left}px;height:${(b.y2 - b.y1) * z}px` },
    h('span', { class: 'stage-band-label', style: `margin-left:${labelLeft}px` }, t('band_' + b.stage)));
  }));
}

/** A name that may wrap between any two Chinese characters (a zero-width space between them) as well as at spaces. */
function breakable(name) {
  return name.replace(/(?<=[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef])(?=[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef])/g, ZWSP);
}

/** How tall a link's box must be for its name, wrapped at spaces and zero-width spaces as Cytoscape wraps it, and the count line below. */
function nodeHeight(name) {
  const ctx = (nodeHeight.canvas ||= document.createElement('canvas')).getContext('2d');
  ctx.font = `600 ${LINK_FONT}px ${FONT_FAMILY}`;
  let lines = 1;
  let line = '';
  for (const [, word, sep] of name.matchAll(/([^\s\u200b]+)([\s\u200b]*)/g)) {
    const next = line + word;
    if (line && ctx.measureText(next).width > NODE_W - 14) {
      lines += 1;
      line = word + sep.replace(ZWSP, '');
    } else {
      line = next + sep.replace(ZWSP, '');
    }
  }
  return Math.max(NODE_H, Math.ceil((lines + 1) * LINK_FONT * 1.3 + 18));
}

function draw(container, map) {
  const elements = [];
  for (const l of map.links) {
    elements.push({
      group: 'nodes', classes: 'link' + (l.key ? ' key' : ''),
      data: {
        id: l.linkId, status: l.status, stage: l.stage, label: `${l.key ? '★ ' : ''}${breakable(nameOf(l))}\n${t('node_local')} ${l.coverage}`,
        colour: STATUS_COLOURS[l.status] || '#888', h: nodeHeight(`${l.key ? '★ ' : ''}${breakable(nameOf(l))}`),
      },
    });
  }
  const ids = new Set(map.links.map((l) => l.linkId));
  map.feeds.filter((f) => ids.has(f.from) && ids.has(f.to)).forEach((f, i) =>
    elements.push({ group: 'edges', classes: 'feeds', data: { id: 'f' + i, source: f.from, target: f.to } }));
  map.leaders.forEach((l) => {
    elements.push({ group: 'nodes', classes: 'leader', data: { id: 'leader:' + l.uscc, uscc: l.uscc, label: '★ ' + l.name, w: LEADER_FONT * (l.name.length + 2) + 20 } });
    for (const linkId of l.links || []) {
      if (ids.has(linkId)) elements.push({ group: 'edges', classes: 'leads', data: { id: `lead:${l.uscc}:${linkId}`, source: 'leader:' + l.uscc, target: linkId } });
    }
  });
  const cy = cytoscape({
    container, elements, wheelSensitivity: 0.3, minZoom: MIN_ZOOM, maxZoom: 3,
    style: [
      { selector: 'node.link', style: {
        shape: 'round-rectangle', width: NODE_W, height: 'data(h)', 'background-color': 'data(colour)', 'background-opacity': 0.92,
        label: 'data(label)', 'text-wrap': 'wrap', 'text-max-width': NODE_W - 14, 'text-valign': 'center', 'text-halign': 'center',
        color: '#fff', 'font-size': LINK_FONT, 'font-weight': 600, 'line-height': 1.3, 'text-outline-width': 0, 'border-width': 1, 'border-color': '#ffffff',
        'font-family': FONT_FAMILY } },
      { selector: 'node.link[status = "STRENGTHEN"]', style: { color: '#3a2f00' } },
      { selector: 'node.key', style: { 'border-width': 4, 'border-color': '#1d2b4f' } },
      { selector: 'node.selected', style: { 'underlay-color': '#1d4ed8', 'underlay-opacity': 0.3, 'underlay-padding': 7, 'underlay-shape': 'round-rectangle' } },
      { selector: 'node.leader', style: {
        shape: 'round-rectangle', width: 'data(w)', height: 32, 'background-color': '#eef2ff', 'border-color': '#4338ca', 'border-width': 2,
        label: 'data(label)', 'font-size': LEADER_FONT, 'font-weight': 600, color: '#312e81', 'text-valign': 'center', 'text-halign': 'center',
        'font-family': FONT_FAMILY } },
      { selector: 'edge.feeds', style: {
        width: 2, 'line-color': '#9aa6b8', 'target-arrow-color': '#9aa6b8', 'target-arrow-shape': 'triangle',
        'curve-style': 'bezier', 'arrow-scale': 1.1 } },
      // leader lines run down the gap left of their link's column and enter it from the left (points set by the layout)
      { selector: 'edge.leads', style: {
        width: 1.5, 'line-style': 'dashed', 'line-color': '#6366f1', 'curve-style': 'segments', 'edge-distances': 'node-position',
        'segment-weights': 0.5, 'segment-distances': 0, 'segment-radii': 6 } },
    ],
  });
  layout(cy, false);
  return cy;
}

/** Upstream → downstream: dagre ranks the visible links along FEEDS from left to right; leaders sit above their first link. */
function layout(cy, collapsed) {
  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: 'LR', nodesep: 14, ranksep: RANK_SEP, marginx: 20, marginy: 20 });
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
  cy.layout({ name: 'preset', positions: (n) => positions[n.id()] || n.position(), fit: false, animate: false }).run();
  routeLeaderLines(cy, positions, top);
  cy.scratch('bands', stageBands(cy));
  cy.emit('layoutstop');
}

/**
 * A leader's line goes down from the leader to just under the leaders' row, across to the gap left of its link's
 * column, down that gap (where there are no boxes) and into the link from the left: it crosses no link box.
 * The lines of different leaders run a few pixels apart in a gap.
 */
function routeLeaderLines(cy, positions, top) {
  const leaders = cy.nodes('node.leader').map((n) => n.id()).sort();
  const y0 = top + 26;
  cy.edges('edge.leads').forEach((e) => {
    const s = positions[e.source().id()];
    const tgt = positions[e.target().id()];
    if (!s || !tgt) return;
    const n = leaders.length;
    const offset = Math.max(-24, Math.min(24, (leaders.indexOf(e.source().id()) - (n - 1) / 2) * 8));
    const gx = tgt.x - NODE_W / 2 - RANK_SEP / 2 + offset;
    const points = [{ x: s.x, y: y0 }, { x: gx, y: y0 }, { x: gx, y: tgt.y }];
    const dx = tgt.x - s.x;
    const dy = tgt.y - s.y;
    const len2 = dx * dx + dy * dy || 1;
    const len = Math.sqrt(len2);
    const weights = points.map((p) => ((p.x - s.x) * dx + (p.y - s.y) * dy) / len2);
    const distances = points.map((p) => ((p.x - s.x) * -dy + (p.y - s.y) * dx) / len);
    e.style({ 'segment-weights': weights.map((w) => w.toFixed(4)).join(' '), 'segment-distances': distances.map((d) => d.toFixed(1)).join(' ') });
  });
}
