// 报告: the headline figures of a day (today, or as they stood on an earlier day by the projects' stage histories)
// with their change over a year, the roadmap of every chain (建链 chains, 补链/延链/强链 links), whether the
// recommendations convert into talks and signings, and the size of the graph, all computed by the API; the brief to
// download as a Word document, and its print page (#/report/print).
import { get, cached, url } from '../api.js';
import { t, number, nameOf, listOf, percent } from '../i18n.js';
import { href, go } from '../router.js';
import { h, load, card, stat, table, field } from '../ui.js';
import { fileLink } from './common.js';
import { figureRows, plain, signed } from './figures.js';
import * as print from './reportprint.js';

export async function render(main, parts, params) {
  if (parts[1] === 'print') return print.render(main, params);
  const asOf = params.asOf || '';
  const body = h('div');
  const day = h('input', { type: 'date', id: 'report-asof', value: asOf });
  day.addEventListener('change', () => go('/report', { asOf: day.value }));
  main.append(h('div', { class: 'page-head' }, h('h1', {}, t('report')),
    field(t('as_of'), day),
    h('span', { class: 'spacer' }),
    fileLink(url('/report/brief.docx', { asOf }), t('brief_download'), 'download-brief', 'primary'),
    h('a', { class: 'btn', id: 'open-print', href: href('/report/print', { asOf }) }, t('brief_print'))), body);
  await load(body, () => Promise.all([get('/report', { asOf }), cached('/gaps'), get('/projects/conversion')]),
    ([report, gaps, conversion]) => [
      headline(report),
      trend(report),
      roadmap(gaps),
      converted(conversion),
      card(t('counts'), h('div', { class: 'stats', id: 'counts' },
        Object.entries(report.counts).map(([k, v]) => stat(t('c_' + k), number(v))))),
    ]);
}

function headline({ headline: x, asOf }) {
  return card(`${t('headline')} · ${t('as_of')} ${asOf}`, h('div', { class: 'stats', id: 'headline', 'data-as-of': asOf },
    stat(t('h_chains'), x.chains, `${t('h_bureau')} ${x.bureauLedChains}`),
    stat(t('h_leaders'), x.leaders),
    stat(t('h_parks'), x.parks, `${t('h_certified')} ${x.certifiedParks}`),
    stat(t('h_area'), number(x.parkAreaMu, 2), `${t('h_units')} ${number(x.parkUnits)}`),
    stat(t('h_tenants'), x.certifiedParkTenants),
    stat(t('h_chainProjects'), Object.values(x.chainProjects).reduce((a, b) => a + b, 0),
      Object.entries(x.chainProjects).map(([k, v]) => `${t(k)} ${v}`).join(' · ') + ' — ' + t('h_chainProjects_note')),
    stat(t('h_tech'), x.techUpgrade.count, `${number(x.techUpgrade.investmentYi, 2)} ${t('yi')} · ${t('h_started')} ${x.techUpgrade.started}`),
    stat(t('h_referral'), x.referral.count, `${number(x.referral.investmentYi, 2)} ${t('yi')} · ${t('h_signed')} ${x.referral.signed}`)));
}

/** The pipeline's figures on the day and a year before. */
function trend(report) {
  const rows = figureRows(report).filter((r) => r.then !== undefined);
  return card(t('trend_title'), table([
    { key: 'label', label: t('figure'), sort: false },
    { key: 'then', label: t('trend_then'), num: true, sort: false, render: (r) => plain(r.then) },
    { key: 'value', label: t('trend_now'), num: true, sort: false, render: (r) => plain(r.value) },
    { key: 'change', label: t('trend_change'), num: true, sort: false, render: (r) => h('span', { class: r.change < 0 ? 'warn' : '' }, signed(r.change)) },
  ], rows, { id: 'trend-table' }));
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

/** How many projects of each source and rank band reached talks and signing: whether the recommendations work. */
function converted({ rows }) {
  return card(t('conversion_title'), h('p', { class: 'muted' }, t('conversion_hint')), table([
    { key: 'source', label: t('conversion_source'), render: (r) => t('src_' + r.source) },
    { key: 'band', label: t('conversion_band'), render: (r) => t('band_' + r.band) },
    { key: 'created', label: t('conversion_created'), num: true },
    { key: 'talks', label: t('conversion_talks'), num: true, render: (r) => `${r.talks} (${percent(r.talksRate)})` },
    { key: 'signed', label: t('conversion_signed'), num: true, render: (r) => `${r.signed} (${percent(r.signedRate)})` },
  ], rows.filter((r) => r.created > 0), { id: 'conversion-table' }));
}
