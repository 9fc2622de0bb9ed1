// Small helpers the analysis tabs share: labelled selects, the score layers of the served store, a legend list.
import { ApiError, type Layer, type Meta } from './api';
import { h } from './dom';
import { errorText } from './errors';
import { formatNumber, t } from './i18n';

/** What an analysis tab needs: the served metadata and a way to open an area's profile. */
export interface AnalysisContext { meta: Meta; onSelect: (code: string) => void }

/** The message for a failed analysis request: a 404 means the data has nothing to analyse this way. */
export function unavailable(e: unknown): HTMLElement {
  const { text, detail } = errorText(e, t('errAnalysis'));
  return h('p', { class: e instanceof ApiError && e.status === 404 ? 'muted' : 'error', role: 'status', title: `${t('errEnglishDetail')}: ${detail}`, 'data-detail': detail },
    `${t('analysisUnavailable')} ${text}`);
}

export function select(id: string, label: string, options: [string, string][], value: string, onChange: (v: string) => void): HTMLElement {
  const el = h('select', { id }, ...options.map(([v, text]) => h('option', { value: v, selected: v === value }, text)));
  el.addEventListener('change', () => onChange(el.value));
  return h('label', { class: 'inline' }, `${label} `, el);
}

/** The score layers of one source at the map levels that have boundaries, newest year first. */
export function mapLayers(meta: Meta, source: string): Layer[] {
  const levels = (meta.geometryLevels ?? meta.mapLevels).filter(l => ['gemeente', 'wijk', 'buurt'].includes(l));
  return meta.layers.filter(l => l.source === source && levels.includes(l.level)).sort((a, b) => b.year - a.year);
}

/** A legend as a list of colour swatches with labels. */
export function swatchList(items: { color: string; label: string }[]): HTMLElement {
  return h('ul', { class: 'legend-list analysis-legend' }, ...items.map(i => {
    const sw = h('span', { class: 'swatch', 'aria-hidden': 'true' });
    sw.style.backgroundColor = i.color;
    return h('li', {}, sw, i.label);
  }));
}

export function percent(v: number | undefined, digits = 1): string {
  return v === undefined || v === null || Number.isNaN(v) ? '—' : `${formatNumber(v * 100, digits)}%`;
}
