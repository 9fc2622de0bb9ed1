// The development map: the change of afw between two years of one release (never across releases), each area
// coloured by its development class, with the residents per class as a table.
import { AnalysisMap } from './analysis-map';
import { mapLayers, select, swatchList, unavailable, type AnalysisContext } from './analysis-controls';
import { api, type AnalysisResult, type TrendRow, type TrendSummary } from './api';
import { CLASS_COLORS, NO_DATA } from './colors';
import { h, clear } from './dom';
import { formatNumber, lang, levelName, t, tf } from './i18n';

interface Series { level: string; release: string; source: string; years: number[]; areas: number }
interface TrendResult extends AnalysisResult { from: number; to: number; published_classes: boolean; areas: TrendRow[]; summary: TrendSummary[] }

// Nine classes run from strong decline (1) through no change (5) to strong improvement (9); the LBM 2.0 series
// publishes seven (4 = no change), drawn on the same diverging scale with its middle kept neutral.
const NINE = CLASS_COLORS;
const SEVEN = [0, 2, 3, 4, 5, 6, 8].map(i => CLASS_COLORS[i]);
const NINE_EN = ['very strong decline', 'strong decline', 'decline', 'slight decline', 'no change', 'slight improvement', 'improvement', 'strong improvement', 'very strong improvement'];

// Every release with two or more years at a map level or at postcode level (PC4 has no boundaries: no map).
function seriesOf(ctx: AnalysisContext): Series[] {
  const byKey = new Map<string, Series>();
  for (const source of ['official', 'model'])
    for (const l of [...mapLayers(ctx.meta, source), ...ctx.meta.layers.filter(x => x.source === source && x.level === 'pc4')]) {
      const key = `${l.level}|${l.release}`;
      const s = byKey.get(key) ?? { level: l.level, release: l.release, source, years: [], areas: 0 };
      s.years.push(l.year);
      s.areas = Math.max(s.areas, l.areas);
      byKey.set(key, s);
    }
  // The newest LBM 3.0 series first (its newest year, then the most areas), then the others by areas.
  const lbm3 = (s: Series) => (s.source === 'official' && s.release.startsWith('lbm3') ? 1 : 0);
  return [...byKey.values()].filter(s => s.years.length >= 2).map(s => ({ ...s, years: s.years.sort((a, b) => a - b) }))
    .sort((a, b) => lbm3(b) - lbm3(a) || (lbm3(a) ? b.years[b.years.length - 1] - a.years[a.years.length - 1] : 0) || b.areas - a.areas);
}

export async function renderDevelopment(el: HTMLElement, ctx: AnalysisContext): Promise<() => void> {
  const all = seriesOf(ctx);
  el.append(h('p', { class: 'note' }, t('devNote')));
  if (!all.length) { el.append(h('p', { class: 'muted', role: 'status' }, t('devNone'))); return () => {}; }
  let series = all[0];
  let from = series.years[series.years.length - 2], to = series.years[series.years.length - 1];
  const controls = h('div', { class: 'analysis-controls' });
  const mapBox = h('div', { class: 'analysis-map', role: 'region', 'aria-label': t('tabDevelopment') });
  const side = h('div', { class: 'analysis-side', 'aria-live': 'polite' });
  el.append(controls, h('div', { class: 'analysis-grid' }, mapBox, side));
  const map = new AnalysisMap({ container: mapBox, extent: ctx.meta.extent, onSelect: ctx.onSelect });

  const drawControls = () => {
    clear(controls);
    controls.append(
      select('dev-series', t('release'), all.map((s, i) => [String(i), `${levelName(s.level)} · ${s.release} (${s.years[0]}–${s.years[s.years.length - 1]})`]), String(all.indexOf(series)), v => {
        series = all[Number(v)];
        from = series.years[series.years.length - 2]; to = series.years[series.years.length - 1];
        drawControls(); void update();
      }),
      select('dev-from', t('from'), series.years.slice(0, -1).map(y => [String(y), String(y)]), String(from), v => { from = Number(v); if (to <= from) to = series.years.find(y => y > from)!; drawControls(); void update(); }),
      select('dev-to', t('to'), series.years.filter(y => y > from).map(y => [String(y), String(y)]), String(to), v => { to = Number(v); void update(); }));
  };

  const update = async () => {
    delete el.dataset.ready;
    clear(side);
    side.append(h('p', { class: 'muted' }, t('computing')));
    try {
      const r = await api.analysis<TrendResult>('trends', { release: series.release, level: series.level, from, to });
      const palette = r.published_classes ? SEVEN : NINE;
      const label = (s: TrendSummary) => lang() === 'en' && !r.published_classes ? NINE_EN[s.development_class - 1] ?? s.label : s.label;
      const values = new Map(r.areas.filter(a => a.development_class !== undefined && a.development_class !== null).map(a => [a.code, String(a.development_class)]));
      const drawable = (ctx.meta.geometryLevels ?? ctx.meta.mapLevels).includes(series.level);
      mapBox.hidden = !drawable;
      if (drawable) await map.show(series.level, to, values, Object.fromEntries(r.summary.map(s => [String(s.development_class), palette[s.development_class - 1]])));
      clear(side);
      if (!drawable) side.append(h('p', { class: 'note dev-no-map' }, tf('devNoMap', { level: levelName(series.level) })));
      side.append(h('h3', {}, `${t('devClass')} ${r.from} → ${r.to}`),
        swatchList([...r.summary.map(s => ({ color: palette[s.development_class - 1], label: `${s.development_class} ${label(s)}` })), { color: NO_DATA, label: t('noData') }]),
        h('table', { class: 'data dev-summary' },
          h('caption', { class: 'sr-only' }, `${t('devClass')} ${r.release} ${r.from}–${r.to}`),
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('devClass')), h('th', { scope: 'col', class: 'num' }, t('areasCount')), h('th', { scope: 'col', class: 'num' }, t('residents')))),
          h('tbody', {}, ...r.summary.map(s => h('tr', {}, h('th', { scope: 'row', title: label(s) }, String(s.development_class)),
            h('td', { class: 'num' }, formatNumber(s.areas, 0)), h('td', { class: 'num' }, formatNumber(s.residents, 0)))))),
        h('p', { class: 'muted small' }, `${r.release} · ${levelName(r.level)} · ${values.size} ${t('areasCount').toLowerCase()}`));
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
