// Shell of the web view: header navigation, language toggle, and the route → page dispatch.
import { t, currentLang, setLang } from './i18n.js';
import { current, href } from './router.js';
import { h, errorBox, tokenDialog } from './ui.js';
import { authHeaders, whenTokenNeeded } from './api.js';
import * as overview from './pages/overview.js';
import * as chainMap from './pages/chainmap.js';
import * as gaps from './pages/gaps.js';
import * as targets from './pages/targets.js';
import * as referrals from './pages/referrals.js';
import * as enterprise from './pages/enterprise.js';
import * as enterpriseList from './pages/enterprises.js';
import * as parks from './pages/parks.js';
import * as land from './pages/land.js';
import * as pipeline from './pages/pipeline.js';
import * as project from './pages/project.js';
import * as evaluation from './pages/evaluation.js';
import * as report from './pages/report.js';
import * as review from './pages/review.js';

const pages = {
  chains: overview, map: chainMap, gaps, targets, referrals, enterprises: enterprise,
  parks, land, pipeline, projects: project, evaluation, report, review,
};

const nav = [
  ['chains', 'nav_chains'], ['map', 'nav_map'], ['gaps', 'nav_gaps'], ['targets', 'nav_targets'],
  ['referrals', 'nav_referrals'], ['enterprises', 'nav_enterprises'], ['parks', 'nav_parks'], ['land', 'nav_land'],
  ['pipeline', 'nav_pipeline'],
  ['evaluation', 'nav_evaluation'], ['review', 'nav_review'], ['report', 'nav_report'],
];

function pageFor(parts) {
  // #/chains/{id} is the chain map of one chain; #/chains is the overview
  if (parts[0] === 'chains' && parts[1]) return ['map', chainMap];
  // #/enterprises/{uscc} is one enterprise; #/enterprises?q= the list
  if (parts[0] === 'enterprises' && !parts[1]) return ['enterprises', enterpriseList];
  return [parts[0], pages[parts[0]]];
}

/** The tab of the header a page belongs to: a project's page is part of the pipeline. */
function tabOf(id) {
  return id === 'projects' ? 'pipeline' : id;
}

function header(active) {
  return h('header', { class: 'topbar' },
    h('a', { class: 'brand', href: '#/chains', title: t('app') }, h('span', { class: 'brand-mark' }, '链'),
      h('span', { class: 'brand-full' }, t('app')), h('span', { class: 'brand-short' }, t('appShort'))),
    h('nav', { class: 'mainnav' }, nav.map(([id, label]) =>
      h('a', { href: href('/' + id), class: id === active ? 'active' : '', id: 'nav-' + id }, t(label)))),
    h('button', {
      class: 'btn lang', id: 'lang-toggle', title: 'Language / 语言',
      onclick: () => { setLang(currentLang() === 'en' ? 'zh' : 'en'); route(); },
    }, t('lang_switch')));
}

let renderCount = 0;

/** A warning under the header while an import that began writing has not finished (from /health). */
async function importWarning(slot) {
  try {
    const res = await fetch('/health', { headers: authHeaders() });
    const health = await res.json();
    const run = health.interruptedImport;
    if (run) slot.replaceChildren(h('div', { class: 'banner', id: 'import-interrupted', role: 'alert' },
      h('strong', {}, t('import_interrupted')), `${run.source} (${t('import_interrupted_since')} ${run.startedAt}). `,
      t('import_interrupted_hint')));
  } catch (e) { /* health unreachable: the page itself shows the error */ }
  slot.dataset.checked = 'true';
}

async function route() {
  const { parts, params } = current();
  const [id, page] = pageFor(parts);
  const main = h('main', { id: 'page', 'data-page': id || 'none' });
  const warning = h('div', { class: 'warnings' });
  document.getElementById('app').replaceChildren(header(tabOf(id)), warning, main);
  importWarning(warning);
  document.title = `${t(nav.find(([n]) => n === tabOf(id))?.[1] ?? 'app')} · ${t('appShort')}`;
  const token = ++renderCount;
  if (!page) {
    main.append(errorBox(new Error(`${t('page_not_found')}: ${location.hash}`)));
    return;
  }
  try {
    await page.render(main, parts, params, () => token === renderCount);
  } catch (e) {
    console.error(e);
    main.replaceChildren(errorBox(e, route));
  }
  main.dataset.ready = 'true';
}

whenTokenNeeded(tokenDialog);
window.addEventListener('hashchange', route);
route();
