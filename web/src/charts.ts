// Small SVG charts for the profile: a trend line per release (the dimension bars are in dimension-chart.ts).
import type { Score } from './api';
import { h, s } from './dom';
import { formatNumber, t } from './i18n';

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
