// Small SVG charts for the profile: dimension bars against the national reference, and a trend line per release.
import type { National, Score } from './api';
import { classColor } from './colors';
import { h, s } from './dom';
import { formatNumber, t } from './i18n';

export interface DimensionLabel { code: string; name: string }

export function dimensionBars(score: Score, national: National | undefined, dims: DimensionLabel[]): HTMLElement {
  const width = 320, rowH = 30, labelW = 150, mid = labelW + (width - labelW) / 2;
  const values = dims.map(d => (score as unknown as Record<string, number | undefined>)[d.code]);
  const refs = dims.map(d => national?.means[d.code]);
  const max = Math.max(0.1, ...values.map(v => Math.abs(v ?? 0)), ...refs.map(v => Math.abs(v ?? 0)));
  const scale = (width - labelW - 10) / 2 / max;
  const svg = s('svg', { viewBox: `0 0 ${width} ${dims.length * rowH + 10}`, class: 'chart', role: 'img',
    'aria-label': `${t('dimensions')}: ${dims.map((d, i) => `${d.name} ${formatNumber(values[i], 3)}`).join(', ')}` });
  svg.append(s('line', { x1: mid, x2: mid, y1: 0, y2: dims.length * rowH, class: 'axis' }));
  dims.forEach((d, i) => {
    const y = i * rowH + 6;
    const v = values[i];
    svg.append(s('text', { x: 0, y: y + 14, class: 'chart-label' }, d.name));
    if (v !== undefined) {
      const w = Math.abs(v) * scale;
      const bar = s('rect', { x: v >= 0 ? mid : mid - w, y, width: Math.max(w, 1), height: 18, rx: 2 });
      bar.setAttribute('fill', classColor((score.classes as Record<string, number | undefined>)[d.code] ?? 5));
      bar.setAttribute('stroke', '#555');
      svg.append(bar);
    }
    const r = refs[i];
    if (r !== undefined) svg.append(s('line', { x1: mid + r * scale, x2: mid + r * scale, y1: y - 3, y2: y + 21, class: 'ref-tick' }));
  });
  return h('figure', { class: 'figure' }, svg, h('figcaption', {}, t('dimensionsNote')));
}

export function trendChart(history: Score[]): HTMLElement {
  const byRelease = new Map<string, Score[]>();
  for (const sc of history) byRelease.set(sc.release, [...(byRelease.get(sc.release) ?? []), sc]);
  const afwSeries = [...byRelease.entries()].filter(([, v]) => v.filter(x => x.afw !== undefined).length >= 2);
  const classSeries = [...byRelease.entries()].filter(([, v]) => v.filter(x => x.classes.total !== undefined).length >= 2);
  const useAfw = afwSeries.length > 0;
  const series = (useAfw ? afwSeries : classSeries).map(([release, v]) => ({
    release, points: v.map(x => ({ year: x.year, value: useAfw ? x.afw : x.classes.total })).filter((p): p is { year: number; value: number } => p.value !== undefined),
  }));
  if (series.length === 0) return h('p', { class: 'muted' }, t('noTrend'));

  const width = 320, height = 150, left = 40, bottom = 20, top = 10;
  const all = series.flatMap(x => x.points);
  const years = all.map(p => p.year), vals = all.map(p => p.value);
  const [y0, y1] = [Math.min(...years), Math.max(...years)];
  const [v0, v1] = useAfw ? [Math.min(...vals), Math.max(...vals)] : [1, 9];
  const px = (y: number) => left + (y1 === y0 ? 0.5 : (y - y0) / (y1 - y0)) * (width - left - 10);
  const py = (v: number) => top + (1 - (v1 === v0 ? 0.5 : (v - v0) / (v1 - v0))) * (height - top - bottom);
  const svg = s('svg', { viewBox: `0 0 ${width} ${height}`, class: 'chart', role: 'img',
    'aria-label': `${t('trend')}: ${series.map(x => `${x.release} ${x.points.map(p => `${p.year} ${formatNumber(p.value, 3)}`).join(', ')}`).join('; ')}` });
  svg.append(s('line', { x1: left, x2: width - 10, y1: height - bottom, y2: height - bottom, class: 'axis' }));
  svg.append(s('text', { x: left, y: height - 4, class: 'chart-label' }, String(y0)));
  svg.append(s('text', { x: width - 40, y: height - 4, class: 'chart-label' }, String(y1)));
  svg.append(s('text', { x: 0, y: top + 10, class: 'chart-label' }, formatNumber(v1, 2)));
  svg.append(s('text', { x: 0, y: height - bottom, class: 'chart-label' }, formatNumber(v0, 2)));
  const palette = ['#1b4f8a', '#b35806', '#35978f', '#6a3d9a'];
  series.forEach((x, i) => {
    const pts = x.points.sort((a, b) => a.year - b.year).map(p => `${px(p.year)},${py(p.value)}`).join(' ');
    const line = s('polyline', { points: pts, fill: 'none', 'stroke-width': 2 });
    line.setAttribute('stroke', palette[i % palette.length]);
    svg.append(line);
    svg.append(s('text', { x: left + 4 + i * 90, y: top + 2, class: 'chart-label' }, x.release));
  });
  return h('figure', { class: 'figure' }, svg, h('figcaption', {}, useAfw ? `${t('trend')} — afw` : `${t('trend')} — ${t('classLabel')} 1–9`));
}

// Official and model deviations per dimension in one chart: per dimension the official bar above and the model
// bar (hatched, so the two stay apart without relying on colour) below, each with its own release's Nederland tick.
export function pairedDimensionBars(official: Score, model: Score, nlOfficial: National | undefined, nlModel: National | undefined,
  dims: DimensionLabel[], officialLabel: string, modelLabel: string): HTMLElement {
  const width = 320, rowH = 40, labelW = 130, barH = 14, mid = labelW + (width - labelW) / 2;
  const val = (sc: Score, k: string) => (sc as unknown as Record<string, number | undefined>)[k];
  const all = dims.flatMap(d => [val(official, d.code), val(model, d.code), nlOfficial?.means[d.code], nlModel?.means[d.code]]);
  const max = Math.max(0.1, ...all.map(v => Math.abs(v ?? 0)));
  const scale = (width - labelW - 10) / 2 / max;
  const describe = (d: DimensionLabel) => `${d.name}: ${officialLabel} ${formatNumber(val(official, d.code), 3)}, ${modelLabel} ${formatNumber(val(model, d.code), 3)}`;
  const svg = s('svg', { viewBox: `0 0 ${width} ${dims.length * rowH + 6}`, class: 'chart paired', role: 'img',
    'aria-label': `${t('dimensions')}: ${dims.map(describe).join('; ')}` });
  const defs = s('defs');
  const pattern = s('pattern', { id: 'hatch', patternUnits: 'userSpaceOnUse', width: 5, height: 5, patternTransform: 'rotate(45)' },
    s('line', { x1: 0, y1: 0, x2: 0, y2: 5, stroke: '#1a1a1a', 'stroke-width': 1.4, 'stroke-opacity': 0.55 }));
  defs.append(pattern);
  svg.append(defs, s('line', { x1: mid, x2: mid, y1: 0, y2: dims.length * rowH, class: 'axis' }));
  dims.forEach((d, i) => {
    const y = i * rowH + 4;
    svg.append(s('text', { x: 0, y: y + 20, class: 'chart-label' }, d.name));
    const rows: [Score, National | undefined, boolean][] = [[official, nlOfficial, false], [model, nlModel, true]];
    rows.forEach(([sc, nl, hatched], j) => {
      const top = y + j * (barH + 2);
      const v = val(sc, d.code);
      if (v !== undefined) {
        const w = Math.max(Math.abs(v) * scale, 1);
        const x = v >= 0 ? mid : mid - w;
        const bar = s('rect', { x, y: top, width: w, height: barH, rx: 2, 'data-source': sc.source });
        bar.setAttribute('fill', classColor((sc.classes as Record<string, number | undefined>)[d.code] ?? 5));
        bar.setAttribute('stroke', '#555');
        svg.append(bar);
        if (hatched) svg.append(s('rect', { x, y: top, width: w, height: barH, rx: 2, fill: 'url(#hatch)' }));
      }
      const r = nl?.means[d.code];
      if (r !== undefined) svg.append(s('line', { x1: mid + r * scale, x2: mid + r * scale, y1: top - 1, y2: top + barH + 1, class: 'ref-tick' }));
    });
  });
  return h('figure', { class: 'figure' }, svg, h('figcaption', {}, t('pairedNote')));
}
