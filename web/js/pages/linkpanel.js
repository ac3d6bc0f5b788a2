// The side panel of a link on the chain map: its figures with its feasibility and the covered links behind it, the chain
// leaders in it, its ranked targets and its projects.
import { cached, get } from '../api.js';
import { t, nameOf, number, percent } from '../i18n.js';
import { h, load, badge, empty } from '../ui.js';
import { href } from '../router.js';
import { followUpButton, projectName } from './common.js';

export function linkPanel(panel, map, link) {
  const chainId = map.chain.id;
  const leaders = map.leaders.filter((l) => (l.links || []).includes(link.linkId));
  const targets = h('div');
  const projects = h('div');
  const contributors = h('div');
  const how = howSection(link.status);
  panel.replaceChildren(
    h('div', { class: 'panel-head' },
      h('h2', { id: 'panel-title' }, (link.key ? '★ ' : '') + nameOf(link)),
      h('div', { class: 'panel-tags' }, badge(link.status), howLink(() => how), h('span', { class: 'chip' }, t(link.stage)),
        link.key ? h('span', { class: 'chip key' }, t('key')) : null)),
    h('dl', { class: 'kv panel-kv' },
      h('dt', {}, t('local_in_link')), h('dd', {}, link.coverage),
      h('dt', {}, t('above_scale')), h('dd', {}, link.aboveScale),
      h('dt', {}, t('dependency')), h('dd', {}, percent(link.dependency)),
      h('dt', {}, t('criticality')), h('dd', {}, number(link.criticality, 2)),
      h('dt', {}, t('gap_score'), ' ', howLink(() => how)), h('dd', {}, number(link.gapScore, 3)),
      h('dt', { title: t('feasibility_hint') }, t('feasibility')), h('dd', { id: 'panel-feasibility' }, number(link.feasibility, 3))),
    how,
    h('h3', {}, t('feasibility_contributors')),
    contributors,
    h('h3', {}, t('leaders_in_link')),
    leaders.length
      ? h('ul', { class: 'plain' }, leaders.map((l) => h('li', {}, h('a', { href: '#/enterprises/' + l.uscc }, '★ ' + l.name))))
      : h('p', { class: 'muted' }, t('none')),
    h('h3', {}, t('ranked_targets'), howLink(() => how),
      h('a', { class: 'more', href: href('/targets', { chain: chainId, link: link.linkId }) }, t('more_targets'))),
    targets,
    h('h3', {}, t('link_projects')),
    projects);
  load(targets, () => get(`/chains/${encodeURIComponent(chainId)}/targets`, { link: link.linkId, limit: 8 }), (r) =>
    r.targets.length
      // numbered with each target's rank among all the chain's targets, the rank a follow-up records
      ? h('ol', { class: 'ranked', id: 'panel-targets' }, r.targets.map((row) => h('li', { value: row.rank },
        h('div', { class: 'ranked-row' },
          h('span', {}, h('a', { href: '#/enterprises/' + row.uscc }, row.name),
            h('span', { class: 'muted' }, ` ${row.region || ''} · ${t('score')} ${number(row.score, 3)}`)),
          followUpButton({
            name: projectName(row.name, row.linkName), type: 'CHAIN', chain: chainId, link: row.linkId, investor: row.uscc,
            source: 'TARGETS', recommended: { rank: row.rank, score: row.score },
          }, { 'data-uscc': row.uscc })))))
      : empty(link.status === 'OK' ? t('st_OK') : t('empty')));
  load(contributors, () => cached('/feasibility', { chain: chainId }), (r) => {
    const row = r.links.find((l) => l.linkId === link.linkId);
    return row && row.contributors.length
      ? h('ul', { class: 'plain', id: 'panel-contributors' }, row.contributors.map((c) => h('li', {},
        h('a', { href: href('/chains/' + c.link.chainId, { link: c.link.id }) }, nameOf(c.link)),
        h('span', { class: 'muted' }, ` φ ${number(c.proximity, 2)}`))))
      : empty();
  });
  load(projects, () => get('/projects', { chain: chainId, limit: 1000 }), (r) => {
    const own = r.projects.filter((p) => p.link && p.link.id === link.linkId);
    return own.length
      ? h('ul', { class: 'plain', id: 'panel-projects' }, own.map((p) => h('li', {}, h('a', { href: '#/projects/' + encodeURIComponent(p.id) }, p.name),
        h('span', { class: 'muted' }, ` · ${t(p.stage)} · ${number(p.investmentYi, 2)} ${t('yi')}`))))
      : empty();
  });
}

/** The panel before any click: the chain's figures, its links by status, the key links missing, whether it needs building. */
export function chainSummary(panel, map, openLink) {
  const c = map.chain;
  const count = (status) => map.links.filter((l) => l.status === status).length;
  const keyMissing = map.links.filter((l) => l.key && l.coverage === 0);
  panel.replaceChildren(h('div', { id: 'chain-summary' },
    h('div', { class: 'panel-head' }, h('h2', {}, `${nameOf(c)} · ${t('summary')}`)),
    h('dl', { class: 'kv panel-kv' },
      h('dt', {}, t('links')), h('dd', { id: 'summary-links' }, c.links),
      h('dt', {}, t('covered')), h('dd', {}, h('span', { id: 'summary-covered' }, c.coveredLinks), ` / ${c.links}`),
      h('dt', {}, t('leaders')), h('dd', { id: 'summary-leaders' }, c.leaders ?? map.leaders.length),
      h('dt', {}, t('needs_build')), h('dd', { id: 'summary-build' }, c.build ? h('span', { class: 'badge st-BUILD' }, t('build_yes')) : t('build_no'))),
    h('h3', {}, t('status_counts'), howLink(() => how)),
    h('ul', { class: 'plain status-counts', id: 'summary-status' }, ['FILL', 'EXTEND', 'STRENGTHEN', 'OK'].map((s) =>
      h('li', { 'data-status': s }, badge(s), ' ', h('b', { class: 'status-count' }, count(s))))),
    h('h3', {}, t('key_missing')),
    keyMissing.length
      ? h('ul', { class: 'plain', id: 'summary-key-missing' }, keyMissing.map((l) => h('li', {},
        h('a', { href: 'javascript:void 0', onclick: (e) => { e.preventDefault(); openLink(l.linkId); } }, '★ ' + nameOf(l)), ' ', badge(l.status))))
      : h('p', { class: 'muted', id: 'summary-key-missing' }, t('none')),
    h('p', { class: 'muted summary-hint' }, t('summary_hint'))));
  const how = howSection(null);
  panel.firstChild.append(how);
}

/** 如何计算: what makes each status, a gap score and a target's score, in the current language. */
export function howText(first) {
  const statuses = ['EXTEND', 'FILL', 'STRENGTHEN', 'OK'].sort((a, b) => (b === first) - (a === first));
  return h('div', { class: 'how-text' },
    statuses.map((s) => h('p', { class: 'how-' + s + (s === first ? ' current' : '') }, badge(s), ' ', t('how_' + s).replace(/^[^：:]*[：:]\s*/, ''))),
    h('p', { class: 'how-gap' }, h('b', {}, t('gap_score')), ' · ', t('how_gap')),
    h('p', { class: 'how-target' }, h('b', {}, t('score')), ' · ', t('how_target')));
}

/** A collapsed 如何计算 section; `first` puts that status's explanation on top. */
function howSection(first) {
  return h('details', { class: 'how' }, h('summary', {}, t('how')), howText(first));
}

/** A small “?” that opens the panel's 如何计算 section and brings it into view. */
function howLink(section) {
  return h('button', { class: 'how-link', type: 'button', title: t('how'), 'aria-label': t('how'),
    onclick: () => { const d = section(); d.open = true; d.scrollIntoView({ block: 'nearest' }); } }, '?');
}
