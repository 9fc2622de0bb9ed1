// The profile panel: headline class and score, dimension bars, trend, contributions, comparison, indicators,
// reliability, model card link and downloads.
import type { Meta, National, Profile, Score } from './api';
import { dimensionBars, trendChart } from './charts';
import { classColor, textOn } from './colors';
import { h, clear } from './dom';
import { formatNumber, indicatorName, lang, levelName, t } from './i18n';

export interface ProfileActions { onClose: () => void; onCompare: (code: string) => void; onSelect: (code: string) => void; inCompare: boolean }

export function renderProfile(el: HTMLElement, p: Profile, meta: Meta, source: 'official' | 'model', actions: ProfileActions): void {
  clear(el);
  const dims = meta.dimensions.map(d => ({ code: d.code, name: lang() === 'nl' ? d.nl : d.en }));
  const head = source === 'model' ? p.model : p.official;
  const national = source === 'model' ? p.comparison.nederlandModel : p.comparison.nederlandOfficial;

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

  el.append(headline(head));
  el.append(reliability(source, head, p));

  const compare = h('button', { type: 'button', class: 'secondary', 'aria-pressed': String(actions.inCompare) }, actions.inCompare ? t('inCompare') : t('addCompare'));
  compare.addEventListener('click', () => actions.onCompare(p.code));
  el.append(compare);

  if (head) el.append(section(t('dimensions'), dimensionBars(head, national, dims)));
  el.append(section(t('trend'), trendChart(source === 'model' ? p.modelHistory : p.officialHistory)));
  el.append(section(t('contributions'), contributions(p)));
  el.append(section(t('comparison'), comparison(p, head, national, dims)));
  el.append(section(t('indicators'), indicators(p)));
  el.append(section(t('modelCard'), meta.hasModelRelease
    ? h('a', { href: '/api/v1/models/latest/card', target: '_blank', rel: 'noopener' }, t('modelCard'))
    : h('p', { class: 'muted' }, t('noModel'))));
  if (p.downloads.csv || p.downloads.geoJson) {
    const box = h('div', { class: 'downloads' }, h('p', { class: 'muted' }, t('downloadsOf')));
    if (p.downloads.csv) box.append(h('a', { class: 'button', href: p.downloads.csv, download: `${p.level}-${p.code}.csv` }, t('downloadCsv')));
    if (p.downloads.geoJson) box.append(h('a', { class: 'button', href: p.downloads.geoJson, download: `${p.level}-${p.code}.geojson` }, t('downloadGeoJson')));
    el.append(box);
  }
}

function section(title: string, body: HTMLElement): HTMLElement {
  return h('section', { class: 'panel-section' }, h('h3', {}, title), body);
}

function headline(score: Score | undefined): HTMLElement {
  if (!score) return h('p', { class: 'headline muted' }, t('noScore'));
  const cls = score.classes.total;
  const badge = h('span', { class: 'badge', 'data-class': String(cls ?? '') }, score.label ? (lang() === 'nl' ? score.label.nl : score.label.en) : t('noData'));
  badge.style.backgroundColor = classColor(cls);
  badge.style.color = textOn(cls);
  return h('div', { class: 'headline' }, badge,
    h('span', { class: 'headline-score' }, `${t('deviation')}: ${formatNumber(score.afw, 4)}`),
    h('span', { class: 'muted' }, `${t('release')} ${score.release}, ${score.year}`));
}

function reliability(source: string, score: Score | undefined, p: Profile): HTMLElement {
  if (source === 'official') return h('p', { class: 'note' }, `${t('reliability')}: ${t('officialNote')}`);
  if (!score) return h('p', { class: 'note' }, p.modelNote ?? t('noModel'));
  const interval = score.afwLower !== undefined && score.afwUpper !== undefined ? ` ${t('interval')}: ${formatNumber(score.afwLower, 3)} – ${formatNumber(score.afwUpper, 3)}.` : '';
  return h('p', { class: 'note' }, `${t('reliability')}: ${score.reliable === false ? t('modelUnreliable') : t('modelReliable')}${interval}`);
}

function contributions(p: Profile): HTMLElement {
  if (!p.contributions.length) return h('p', { class: 'muted' }, t('noContributions'));
  const max = Math.max(...p.contributions.map(c => Math.abs(c.contribution ?? 0)), 1e-9);
  const list = h('ol', { class: 'contributions' });
  for (const c of p.contributions) {
    const bar = h('span', { class: `bar ${(c.contribution ?? 0) >= 0 ? 'pos' : 'neg'}`, 'aria-hidden': 'true' });
    bar.style.width = `${Math.round(Math.abs(c.contribution ?? 0) / max * 100)}%`;
    list.append(h('li', {}, h('span', {}, `${indicatorName(c.indicator)} (${c.dimension}): ${formatNumber(c.contribution, 4)}`), h('span', { class: 'bar-track' }, bar)));
  }
  return list;
}

function comparison(p: Profile, head: Score | undefined, national: National | undefined, dims: { code: string; name: string }[]): HTMLElement {
  const gm = p.comparison.gemeente;
  const gmScore = head?.source === 'model' ? gm?.model : gm?.official;
  const rows: [string, string][] = [['afw', t('total')], ...dims.map(d => [d.code, d.name] as [string, string])];
  const val = (sc: Score | undefined, k: string) => (sc as unknown as Record<string, number | undefined> | undefined)?.[k];
  return h('table', { class: 'data' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, ''), h('th', { scope: 'col' }, t('thisArea')),
      h('th', { scope: 'col' }, gm ? gm.name : t('gemeente')), h('th', { scope: 'col' }, t('nederland')))),
    h('tbody', {}, ...rows.map(([k, name]) => h('tr', {}, h('th', { scope: 'row' }, name),
      h('td', {}, formatNumber(val(head, k), 3)), h('td', {}, formatNumber(val(gmScore, k), 3)), h('td', {}, formatNumber(national?.means[k], 3))))));
}

function indicators(p: Profile): HTMLElement {
  if (!p.indicators.length) return h('p', { class: 'muted' }, t('noData'));
  return h('table', { class: 'data' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('indicator')), h('th', { scope: 'col' }, t('thisArea')),
      h('th', { scope: 'col' }, t('gemeente')), h('th', { scope: 'col' }, t('nederland')))),
    h('tbody', {}, ...p.indicators.map(i => h('tr', {}, h('th', { scope: 'row' }, `${indicatorName(i.indicator)} (${i.year})`),
      h('td', {}, formatNumber(i.value)), h('td', {}, formatNumber(i.gemeente)), h('td', {}, formatNumber(i.nederland))))));
}
