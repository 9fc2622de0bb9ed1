// The official series that cover an area from elsewhere (its main postcode's LBM 3.0 series, its wijk's and
// gemeente's LBM 2.0 classes), one small chart each, labelled with the related area and the release.
import type { Score } from './api';
import { trendChart } from './charts';
import { h } from './dom';
import { t } from './i18n';

export interface RelatedSeries { relation: 'postcode' | 'wijk' | 'gemeente'; code: string; name: string; level: string; release: string; history: Score[] }

export const relatedNl = {
  relatedIntro: 'Reeksen van de gebieden waarin dit gebied ligt:', relPostcode: 'Postcode', relWijk: 'Wijk', relGemeente: 'Gemeente',
  relPostcodeNote: 'de postcode waarin de meeste adressen van de buurt liggen', noOwnTrend: 'Geen reeks voor dit gebied zelf.',
};
export const relatedEn = {
  relatedIntro: 'Series of the areas this area lies in:', relPostcode: 'Postcode', relWijk: 'Wijk', relGemeente: 'Gemeente',
  relPostcodeNote: 'the postcode of most of the buurt\'s addresses', noOwnTrend: 'No series for this area itself.',
};

export function relatedSeries(series: RelatedSeries[] | undefined): HTMLElement | null {
  if (!series || series.length === 0) return null;
  const kind = (r: RelatedSeries) => r.relation === 'postcode' ? t('relPostcode') : r.relation === 'wijk' ? t('relWijk') : t('relGemeente');
  // "Wijk 43 Angelslo" already says it is a wijk: no "Wijk Wijk 43 Angelslo".
  const label = (r: RelatedSeries) => r.name.toLowerCase().startsWith(kind(r).toLowerCase() + ' ') ? '' : `${kind(r)} `;
  return h('div', { class: 'related-series' }, h('p', { class: 'muted' }, t('relatedIntro')),
    ...series.map(r => h('div', { class: 'related', 'data-relation': r.relation, 'data-code': r.code, 'data-release': r.release },
      h('h4', {}, `${r.name !== r.code ? `${label(r)}${r.name} ` : `${kind(r)} `}(${r.code}) · ${r.release}`),
      r.relation === 'postcode' ? h('p', { class: 'muted small' }, t('relPostcodeNote')) : '',
      trendChart(r.history))));
}
