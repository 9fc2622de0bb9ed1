// The profile panel: headline class and score (the chosen source, else the other one with a note), official and
// model side by side, trend, the model's top contributions, comparison, indicators, model card link and downloads.
import type { Meta, National, Profile, Score } from './api';
import { trendChart } from './charts';
import { relatedSeries } from './related-series';
import { dimensionBars, pairedDimensionBars } from './dimension-chart';
import { classColor, textOn } from './colors';
import { h, clear } from './dom';
import { explanationSection } from './explanation';
import { whatIfPanel } from './whatif';
import { indicatorTable } from './indicator-table';
import { nameWithUnit, valueWithUnit } from './indicators';
import { formatNumber, lang, levelName, t, tf } from './i18n';

export interface ProfileActions { onClose: () => void; onCompare: (code: string) => void; onSelect: (code: string) => void; inCompare: boolean }

type Dim = { code: string; name: string };

export function renderProfile(el: HTMLElement, p: Profile, meta: Meta, source: 'official' | 'model', actions: ProfileActions): void {
  clear(el);
  const dims: Dim[] = meta.dimensions.map(d => ({ code: d.code, name: lang() === 'nl' ? d.nl : d.en }));
  const chosen = source === 'model' ? p.model : p.official;
  const head = chosen ?? (source === 'model' ? p.official : p.model);
  const national = nationalOf(p, head);

  el.append(h('div', { class: 'panel-head' },
    h('h2', { id: 'profile-title' }, p.name || p.code),
    h('button', { type: 'button', class: 'icon', 'aria-label': t('close') }, '×')));
  el.querySelector('.panel-head button')!.addEventListener('click', actions.onClose);
  el.append(h('p', { class: 'muted' }, `${levelName(p.level)} · ${p.code}`));
  if (p.parents.length) {
    const parents = h('p', { class: 'parents' }, `${t('parents')}: `);
    p.parents.forEach((a, i) => {
      const b = h('button', { type: 'button', class: 'link' }, a.name || a.code);
      b.addEventListener('click', () => actions.onSelect(a.code));
      parents.append(b, i < p.parents.length - 1 ? ', ' : '');
    });
    el.append(parents);
  }
  if (p.demo && p.notice) el.append(h('p', { class: 'demo-inline' }, t('demo')));

  if (!p.official) el.append(h('p', { class: 'note missing-official' }, `${t('noOfficialScore')} ${withheldNote(p, meta)}${head ? ` ${t('modelShown')}` : ''}`.trim()));
  else if (!chosen && head) el.append(h('p', { class: 'note' }, `${t('noModelScore')} ${t('officialShown')}`));
  el.append(headline(head));
  el.append(reliability(head, p));

  const compare = h('button', { type: 'button', class: 'secondary', 'aria-pressed': String(actions.inCompare) }, actions.inCompare ? t('inCompare') : t('addCompare'));
  compare.addEventListener('click', () => actions.onCompare(p.code));
  el.append(compare);
  if (p.level === 'gemeente') el.append(reportLinks(p.code, head?.year));

  if (p.official && p.model) el.append(section(t('sideBySide'), sideBySide(p.official, p.model, p, dims, meta), 'side-by-side'));
  else if (head) el.append(section(t('dimensions'), dimensionBars(head, national, dims, meta.classes)));
  const own = trendChart(head?.source === 'model' ? p.modelHistory : p.officialHistory);
  const related = relatedSeries(p.relatedHistory);
  if (related && own.tagName === 'P') own.textContent = t('noOwnTrend'); // the related series below are the series
  const trend = section(t('trend'), own, 'trend-section');
  if (related) trend.append(related);
  el.append(trend);
  if (p.explanation && p.model) el.append(section(t('explainTitle'), explanationSection(p.explanation, p.model, dims, meta.classes), 'contributions-section explanation-section'));
  else el.append(section(t('contributions'), contributions(p, dims), 'contributions-section'));
  if (p.level === 'buurt' && p.explanation && p.model) el.append(section(t('whatifTitle'), whatIfPanel(p.code, p.explanation.release, p.explanation, dims, meta.classes), 'whatif-section'));
  el.append(section(t('comparison'), comparison(p, head, national, dims)));
  el.append(section(t('indicators'), indicatorTable(p), 'indicators-section'));
  el.append(section(t('modelCard'), meta.hasModelRelease
    ? h('span', {}, h('a', { href: `/modelcard.html?id=latest${lang() === 'en' ? '&lang=en' : ''}`, target: '_blank', rel: 'noopener', class: 'model-card-link' }, t('modelCard')),
      ' · ', h('a', { href: '/api/v1/models/latest/card', class: 'muted small', target: '_blank', rel: 'noopener' }, 'Markdown'))
    : h('p', { class: 'muted' }, t('noModel'))));
  if (p.downloads.csv || p.downloads.geoJson) {
    const of = p.downloads.source === 'model' ? `${t('model')} · ${t('release')} ${p.downloads.release ?? ''}`.trim() : t('official');
    const box = h('div', { class: 'downloads', 'data-source': p.downloads.source ?? 'official' }, h('p', { class: 'muted' }, `${t('downloadsOf')} (${of})`));
    if (p.downloads.csv) box.append(h('a', { class: 'button', href: p.downloads.csv, download: `${p.level}-${p.code}.csv` }, t('downloadCsv')));
    if (p.downloads.csvExcel) box.append(h('a', { class: 'button', href: p.downloads.csvExcel, download: `${p.level}-${p.code}-excel.csv`, 'data-format': 'csv-excel', title: t('downloadCsvExcelNote') }, t('downloadCsvExcel')));
    if (p.downloads.geoJson) box.append(h('a', { class: 'button', href: p.downloads.geoJson, download: `${p.level}-${p.code}.geojson` }, t('downloadGeoJson')));
    el.append(box);
  }
}

// The wijkdiagnose of `leefbaar report gemeente` as a download, in the interface language.
function reportLinks(code: string, year: number | undefined): HTMLElement {
  const query = (format: string) => `format=${format}&lang=${lang()}${year ? `&year=${year}` : ''}`;
  const href = (format: string) => `/api/v1/reports/gemeente/${encodeURIComponent(code)}?${query(format)}`;
  return h('div', { class: 'downloads report-links' },
    h('p', { class: 'muted' }, t('reportNote')),
    h('a', { class: 'button', href: href('pdf'), download: '', 'data-report': 'pdf' }, t('reportPdf')),
    h('a', { class: 'button', href: href('html'), download: '', 'data-report': 'html' }, t('reportHtml')));
}

function nationalOf(p: Profile, score: Score | undefined): National | undefined {
  return score?.source === 'model' ? p.comparison.nederlandModel : p.comparison.nederlandOfficial;
}

// "The official release lbm3-2024 publishes no scores for Drenthe." when the area lies in a withheld province.
function withheldNote(p: Profile, meta: Meta): string {
  const province = p.parents.find(a => a.level === 'provincie')?.code ?? (p.level === 'provincie' ? p.code : undefined);
  const gap = (meta.officialGaps ?? []).find(g => g.provincie === province);
  return gap ? tf('officialWithheld', { release: gap.release, province: gap.name }) : '';
}

function section(title: string, body: HTMLElement, cls = ''): HTMLElement {
  return h('section', { class: `panel-section ${cls}`.trim() }, h('h3', {}, title), body);
}

function sourceName(score: Score): string {
  return score.source === 'model' ? t('model') : t('official');
}

function badge(score: Score | undefined): HTMLElement {
  const cls = score?.classes.total;
  const b = h('span', { class: 'badge', 'data-class': String(cls ?? ''), 'data-source': score?.source },
    score?.label ? (lang() === 'nl' ? score.label.nl : score.label.en) : t('noData'));
  b.style.backgroundColor = classColor(cls);
  b.style.color = textOn(cls);
  return b;
}

function headline(score: Score | undefined): HTMLElement {
  if (!score) return h('p', { class: 'headline muted' }, t('noScore'));
  return h('div', { class: 'headline', 'data-source': score.source }, badge(score),
    h('span', { class: 'headline-score' }, `${t('deviation')}: ${formatNumber(score.afw, 4)}`),
    h('span', { class: 'muted' }, `${sourceName(score)} · ${t('release')} ${score.release}, ${score.year}`));
}

function interval(score: Score): string | undefined {
  if (score.afwLower === undefined || score.afwUpper === undefined) return undefined;
  const classes = score.classLow !== undefined && score.classHigh !== undefined && score.classLow !== score.classHigh
    ? ` (${t('classRange')} ${score.classLow}–${score.classHigh})` : '';
  return `${formatNumber(score.afwLower, 3)} – ${formatNumber(score.afwUpper, 3)}${classes}`;
}

// P(class ≤ 4) from the cross-validated residuals at this predicted level; only buurten of newer releases carry it.
function weakChance(score: Score): string {
  return score.pWeak === undefined || score.pWeak === null ? '' : ` ${t('pWeak')}: ${Math.round(score.pWeak * 100)}%.`;
}

function reliability(score: Score | undefined, p: Profile): HTMLElement {
  if (!score) return h('p', { class: 'note' }, p.modelNote ?? t('noModel'));
  if (score.source === 'official') return h('p', { class: 'note' }, `${t('reliability')}: ${t('officialNote')}`);
  const range = interval(score);
  return h('p', { class: 'note model-reliability' },
    `${t('reliability')}: ${score.reliable === false ? t('modelUnreliable') : t('modelReliable')}${range ? ` ${t('interval90')} afw: ${range}.` : ''}${weakChance(score)}`);
}

// Official and model in two columns: class, afw, interval, reliability and release, then both dimension profiles.
function sideBySide(official: Score, model: Score, p: Profile, dims: Dim[], meta: Meta): HTMLElement {
  const cell = (content: Node | string) => h('td', {}, content);
  const row = (label: string, a: Node | string, b: Node | string) => h('tr', {}, h('th', { scope: 'row' }, label), cell(a), cell(b));
  const table = h('table', { class: 'data side-by-side-table' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, ''), h('th', { scope: 'col' }, t('official')), h('th', { scope: 'col' }, t('model')))),
    h('tbody', {},
      row(t('classLabel'), badge(official), badge(model)),
      row(t('deviation'), formatNumber(official.afw, 4), formatNumber(model.afw, 4)),
      row(t('interval90'), '—', interval(model) ?? '—'),
      ...(model.pWeak === undefined || model.pWeak === null ? [] : [row(t('pWeak'), '—', `${Math.round(model.pWeak * 100)}%`)]),
      row(t('reliability'), t('officialPublished'), model.reliable === false ? t('unreliableShort') : t('reliableShort')),
      row(t('release'), `${official.release}, ${official.year}`, `${model.release}, ${model.year}`)));
  return h('div', {}, table,
    pairedDimensionBars(official, model, p.comparison.nederlandOfficial, p.comparison.nederlandModel, dims, meta.classes));
}

// The model's largest contributions: indicator (name and code), dimension, value, national reference, contribution.
function contributions(p: Profile, dims: Dim[]): HTMLElement {
  if (!p.contributions.length) return h('p', { class: 'muted' }, p.model ? t('noContributionsArea') : t('noModelScore'));
  const max = Math.max(...p.contributions.map(c => Math.abs(c.contribution ?? 0)), 1e-9);
  const dimName = (code: string) => dims.find(d => d.code === code)?.name ?? code;
  const first = p.contributions[0];
  return h('div', { class: 'table-scroll' }, h('table', { class: 'data fixed contributions-table' },
    h('caption', { class: 'muted' }, `${t('model')} ${first.release}, ${first.year}`),
    h('colgroup', {}, h('col', { class: 'col-name' }), h('col'), h('col'), h('col')),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, `${t('indicator')} · ${t('dimension')}`),
      h('th', { scope: 'col', class: 'num' }, t('value')), h('th', { scope: 'col', class: 'num' }, t('reference')),
      h('th', { scope: 'col', class: 'num' }, t('contribution')))),
    h('tbody', {}, ...p.contributions.map(c => {
      const bar = h('span', { class: `bar ${(c.contribution ?? 0) >= 0 ? 'pos' : 'neg'}`, 'aria-hidden': 'true' });
      bar.style.width = `${Math.round(Math.abs(c.contribution ?? 0) / max * 100)}%`;
      return h('tr', { 'data-indicator': c.indicator, title: c.indicator },
        h('th', { scope: 'row' }, nameWithUnit(c.indicator), h('br'),
          h('span', { class: 'muted small' }, dimName(c.dimension))),
        h('td', { class: 'num' }, valueWithUnit(c.indicator, c.value).replace(/ .*/, '')),
        h('td', { class: 'num', title: t('medianNote') }, valueWithUnit(c.indicator, c.reference).replace(/ .*/, '')),
        h('td', { class: 'num' }, formatNumber(c.contribution, 4), h('span', { class: 'bar-track' }, bar)));
    }))));
}

function comparison(p: Profile, head: Score | undefined, national: National | undefined, dims: Dim[]): HTMLElement {
  const gm = p.comparison.gemeente;
  const gmScore = head?.source === 'model' ? gm?.model : gm?.official;
  const rows: [string, string][] = [['afw', t('total')], ...dims.map(d => [d.code, d.name] as [string, string])];
  const val = (sc: Score | undefined, k: string) => (sc as unknown as Record<string, number | undefined> | undefined)?.[k];
  return h('table', { class: 'data' },
    h('caption', { class: 'muted small' }, t('comparisonNote')),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, ''), h('th', { scope: 'col' }, t('thisArea')),
      h('th', { scope: 'col' }, gm ? gm.name : t('gemeente')), h('th', { scope: 'col', title: t('comparisonNote') }, t('nederlandMean')))),
    h('tbody', {}, ...rows.map(([k, name]) => h('tr', {}, h('th', { scope: 'row' }, name),
      h('td', {}, formatNumber(val(head, k), 3)), h('td', {}, formatNumber(val(gmScore, k), 3)), h('td', {}, formatNumber(national?.means[k], 3))))));
}
