// The side panel of a link on the chain map: its figures, the chain leaders in it, its ranked targets and its projects.
import { get } from '../api.js';
import { t, nameOf, number, percent } from '../i18n.js';
import { h, load, badge, empty } from '../ui.js';
import { href } from '../router.js';
import { followUpButton, projectName } from './common.js';

export function linkPanel(panel, map, link) {
  const chainId = map.chain.id;
  const leaders = map.leaders.filter((l) => (l.links || []).includes(link.linkId));
  const targets = h('div');
  const projects = h('div');
  panel.replaceChildren(
    h('div', { class: 'panel-head' },
      h('h2', { id: 'panel-title' }, (link.key ? '★ ' : '') + nameOf(link)),
      h('div', { class: 'panel-tags' }, badge(link.status), h('span', { class: 'chip' }, t(link.stage)),
        link.key ? h('span', { class: 'chip key' }, t('key')) : null)),
    h('dl', { class: 'kv panel-kv' },
      h('dt', {}, t('local_in_link')), h('dd', {}, link.coverage),
      h('dt', {}, t('above_scale')), h('dd', {}, link.aboveScale),
      h('dt', {}, t('dependency')), h('dd', {}, percent(link.dependency)),
      h('dt', {}, t('criticality')), h('dd', {}, number(link.criticality, 2)),
      h('dt', {}, t('gap_score')), h('dd', {}, number(link.gapScore, 3))),
    h('h3', {}, t('leaders_in_link')),
    leaders.length
      ? h('ul', { class: 'plain' }, leaders.map((l) => h('li', {}, h('a', { href: '#/enterprises/' + l.uscc }, '★ ' + l.name))))
      : h('p', { class: 'muted' }, t('none')),
    h('h3', {}, t('ranked_targets'),
      h('a', { class: 'more', href: href('/targets', { chain: chainId, link: link.linkId }) }, t('more_targets'))),
    targets,
    h('h3', {}, t('link_projects')),
    projects);
  load(targets, () => get(`/chains/${encodeURIComponent(chainId)}/targets`, { link: link.linkId, limit: 8 }), (r) =>
    r.targets.length
      ? h('ol', { class: 'ranked', id: 'panel-targets' }, r.targets.map((row, i) => h('li', {},
        h('div', { class: 'ranked-row' },
          h('span', {}, h('a', { href: '#/enterprises/' + row.uscc }, row.name),
            h('span', { class: 'muted' }, ` ${row.region || ''} · ${t('score')} ${number(row.score, 3)}`)),
          followUpButton({
            name: projectName(row.name, row.linkName), type: 'CHAIN', chain: chainId, link: row.linkId, investor: row.uscc,
            source: 'TARGETS', recommended: { rank: (r.offset || 0) + i + 1, score: row.score },
          }, { 'data-uscc': row.uscc })))))
      : empty(link.status === 'OK' ? t('st_OK') : t('empty')));
  load(projects, () => get('/projects', { chain: chainId, limit: 1000 }), (r) => {
    const own = r.projects.filter((p) => p.link && p.link.id === link.linkId);
    return own.length
      ? h('ul', { class: 'plain', id: 'panel-projects' }, own.map((p) => h('li', {}, h('a', { href: '#/projects/' + encodeURIComponent(p.id) }, p.name),
        h('span', { class: 'muted' }, ` · ${t(p.stage)} · ${number(p.investmentYi, 2)} ${t('yi')}`))))
      : empty();
  });
}
