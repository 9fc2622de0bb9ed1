// The hot-spot map: local Moran (LISA) clusters HH/LL/HL/LH of a score over one level, significant after FDR
// control; everything else grey. Official or model scores, total or one dimension.
import { AnalysisMap } from './analysis-map';
import { mapLayers, select, swatchList, unavailable, type AnalysisContext } from './analysis-controls';
import { api, type AnalysisResult, type LisaRow } from './api';
import { NO_DATA } from './colors';
import { h, clear } from './dom';
import { formatNumber, lang, levelName, t, type Key } from './i18n';

interface LisaResult extends AnalysisResult { year: number; measure: string; permutations: number; alpha: number; areas: LisaRow[]; clusters: { cluster: string; areas: number }[] }

// High–high is a cluster of good scores (teal), low–low a cluster of weak ones (orange); outliers lighter.
const CLUSTERS: { code: string; color: string; label: Key }[] = [
  { code: 'HH', color: '#01665e', label: 'clusterHH' },
  { code: 'HL', color: '#80cdc1', label: 'clusterHL' },
  { code: 'LH', color: '#f6c27a', label: 'clusterLH' },
  { code: 'LL', color: '#b35806', label: 'clusterLL' },
  { code: 'ns', color: '#f3f3f3', label: 'clusterNs' },
];

export async function renderHotspots(el: HTMLElement, ctx: AnalysisContext): Promise<() => void> {
  let source = mapLayers(ctx.meta, 'official').length ? 'official' : 'model';
  const levels = () => {
    const layers = mapLayers(ctx.meta, source);
    const year = layers[0]?.year;
    return layers.filter(l => l.year === year);
  };
  let level = levels().find(l => l.level === 'gemeente')?.level ?? levels()[0]?.level ?? 'gemeente';
  let measure = 'afw';
  el.append(h('p', { class: 'note' }, t('hotNote')));
  const controls = h('div', { class: 'analysis-controls' });
  const mapBox = h('div', { class: 'analysis-map', role: 'region', 'aria-label': t('tabHotspots') });
  const side = h('div', { class: 'analysis-side', 'aria-live': 'polite' });
  el.append(controls, h('div', { class: 'analysis-grid' }, mapBox, side));
  const map = new AnalysisMap({ container: mapBox, extent: ctx.meta.extent, onSelect: ctx.onSelect });
  const measures: [string, string][] = [['afw', t('total')], ...ctx.meta.dimensions.map(d => [d.code, lang() === 'nl' ? d.nl : d.en] as [string, string])];

  const drawControls = () => {
    clear(controls);
    const ls = levels();
    if (!ls.some(l => l.level === level)) level = ls[0]?.level ?? level;
    controls.append(
      select('hot-source', t('source'), [['official', t('sourceOfficialShort')], ['model', t('sourceModelShort')]].filter(([s]) => mapLayers(ctx.meta, s).length) as [string, string][],
        source, v => { source = v; drawControls(); void update(); }),
      select('hot-level', t('level'), ls.map(l => [l.level, levelName(l.level)]), level, v => { level = v; void update(); }),
      select('hot-measure', t('measure'), measures, measure, v => { measure = v; void update(); }));
  };

  const update = async () => {
    delete el.dataset.ready;
    const layer = levels().find(l => l.level === level);
    clear(side);
    side.append(h('p', { class: 'muted' }, t('computing')));
    try {
      if (!layer) throw new Error(t('noData'));
      const r = await api.analysis<LisaResult>('lisa', { level, release: layer.release, year: layer.year, measure });
      const values = new Map(r.areas.map(a => [a.code, a.cluster]));
      await map.show(level, layer.year, values, Object.fromEntries(CLUSTERS.map(c => [c.code, c.color])));
      const counts = new Map(r.clusters.map(c => [c.cluster, c.areas]));
      clear(side);
      side.append(h('h3', {}, `${t('cluster')} · ${r.release} ${r.year}`),
        swatchList([...CLUSTERS.map(c => ({ color: c.color, label: `${t(c.label)}: ${formatNumber(counts.get(c.code) ?? 0, 0)}` })), { color: NO_DATA, label: t('noData') }]),
        h('p', { class: 'muted small' }, `${levelName(r.level)} · ${measures.find(m => m[0] === measure)?.[1] ?? measure} · ${r.areas.length} ${t('areasCount').toLowerCase()} · ${r.permutations} ${t('permutations')} · α = ${formatNumber(r.alpha, 3)}`));
      el.dataset.ready = 'true'; // for the browser tests: data drawn
    } catch (e) {
      clear(side);
      side.append(unavailable(e));
    }
  };

  drawControls();
  await update();
  return () => map.map.remove();
}
