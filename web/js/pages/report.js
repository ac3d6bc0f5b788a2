// 报告: the headline figures, the roadmap of every chain (建链 chains, 补链/延链/强链 links) and the size of the graph,
// all computed from the graph by the API.
import { get, cached } from '../api.js';
import { t, number, nameOf, listOf } from '../i18n.js';
import { href } from '../router.js';
import { h, load, card, stat } from '../ui.js';

export async function render(main) {
  const body = h('div');
  main.append(h('div', { class: 'page-head' }, h('h1', {}, t('report'))), body);
  await load(body, () => Promise.all([get('/report'), cached('/gaps')]), ([{ headline: x, counts }, gaps]) => [
    card(t('headline'), h('div', { class: 'stats', id: 'headline' },
      stat(t('h_chains'), x.chains, `${t('h_bureau')} ${x.bureauLedChains}`),
      stat(t('h_leaders'), x.leaders),
      stat(t('h_parks'), x.parks, `${t('h_certified')} ${x.certifiedParks}`),
      stat(t('h_area'), number(x.parkAreaMu, 2), `${t('h_units')} ${number(x.parkUnits)}`),
      stat(t('h_tenants'), x.certifiedParkTenants),
      stat(t('h_chainProjects'), Object.values(x.chainProjects).reduce((a, b) => a + b, 0),
        Object.entries(x.chainProjects).map(([k, v]) => `${t(k)} ${v}`).join(' · ') + ' — ' + t('h_chainProjects_note')),
      stat(t('h_tech'), x.techUpgrade.count, `${number(x.techUpgrade.investmentYi, 2)} ${t('yi')} · ${t('h_started')} ${x.techUpgrade.started}`),
      stat(t('h_referral'), x.referral.count, `${number(x.referral.investmentYi, 2)} ${t('yi')} · ${t('h_signed')} ${x.referral.signed}`))),
    roadmap(gaps),
    card(t('counts'), h('div', { class: 'stats', id: 'counts' },
      Object.entries(counts).map(([k, v]) => stat(t('c_' + k), number(v))))),
  ]);
}

/** The roadmap across every chain: chains to build, and gap links by action with how many of them are key links. */
function roadmap({ chains }) {
  const build = chains.filter((c) => c.chain.build).map((c) => nameOf(c.chain));
  const links = chains.flatMap((c) => c.links);
  const byStatus = (status) => {
    const rows = links.filter((l) => l.status === status);
    const key = rows.filter((l) => l.key).length;
    return h('a', { class: 'stat-link', href: href('/gaps', { status }) },
      stat(t('r_' + status.toLowerCase()), number(rows.length), `${t('r_key')} ${key}`));
  };
  return card(t('roadmap'), h('div', { class: 'stats', id: 'roadmap' },
    stat(t('r_build'), number(build.length), build.length ? listOf(build) : t('r_none')),
    byStatus('FILL'), byStatus('EXTEND'), byStatus('STRENGTHEN')));
}
