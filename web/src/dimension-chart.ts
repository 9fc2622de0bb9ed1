// The profile's dimension bars: per dimension the deviation as a bar from zero, its value and class label written
// beside it, the Nederland reference as a tick, and an axis with ticks so the bars can be read as numbers. With an
// official and a model score the two bars of a dimension sit together, the model's hatched.
import type { ClassLabel, National, Score } from './api';
import { classColor } from './colors';
import { h, s } from './dom';
import { formatNumber, lang, t } from './i18n';

export interface DimensionLabel { code: string; name: string }

interface Bar { score: Score; national: National | undefined; hatched: boolean }

const WIDTH = 432, LABEL_W = 96, VALUE_W = 170, AXIS_H = 26;

function value(sc: Score | undefined, k: string): number | undefined {
  return (sc as unknown as Record<string, number | undefined> | undefined)?.[k];
}

function classOf(sc: Score, k: string): number | undefined {
  return (sc.classes as Record<string, number | undefined>)[k];
}

function classText(classes: ClassLabel[], cls: number | undefined): string {
  const c = classes.find(x => x.class === cls);
  return c ? `${c.class} ${lang() === 'nl' ? c.nl : c.en}` : t('noData');
}

// A tick step giving one or two ticks on each side of zero, so the labels never overlap.
function step(max: number): number {
  for (const st of [0.01, 0.02, 0.025, 0.05, 0.1, 0.2, 0.25, 0.5, 1]) if (max / st <= 2) return st;
  return Math.ceil(max);
}

function chart(rows: { dim: DimensionLabel; bars: Bar[] }[], classes: ClassLabel[], cls: string, caption: string): HTMLElement {
  const barH = rows[0]?.bars.length > 1 ? 14 : 18;
  const rowH = rows[0]?.bars.length > 1 ? 2 * barH + 12 : barH + 12;
  const plotW = WIDTH - LABEL_W - VALUE_W - 8;
  const all = rows.flatMap(r => r.bars.flatMap(b => [value(b.score, r.dim.code), b.national?.means[r.dim.code]]));
  const st = step(Math.max(0.05, ...all.map(v => Math.abs(v ?? 0))));
  const max = Math.max(st, Math.ceil(Math.max(0.05, ...all.map(v => Math.abs(v ?? 0))) / st) * st);
  const mid = LABEL_W + plotW / 2;
  const x = (v: number) => mid + v / max * (plotW / 2);
  const height = rows.length * rowH + AXIS_H;
  const describe = (r: { dim: DimensionLabel; bars: Bar[] }) =>
    `${r.dim.name}: ${r.bars.map(b => `${formatNumber(value(b.score, r.dim.code), 3)} (${classText(classes, classOf(b.score, r.dim.code))})`).join(', ')}`;
  const svg = s('svg', { viewBox: `0 0 ${WIDTH} ${height}`, class: `chart dimension-chart ${cls}`.trim(), role: 'img',
    'aria-label': `${t('dimensions')}: ${rows.map(describe).join('; ')}` });
  const defs = s('defs');
  defs.append(s('pattern', { id: 'hatch', patternUnits: 'userSpaceOnUse', width: 5, height: 5, patternTransform: 'rotate(45)' },
    s('line', { x1: 0, y1: 0, x2: 0, y2: 5, stroke: '#1a1a1a', 'stroke-width': 1.4, 'stroke-opacity': 0.55 })));
  svg.append(defs);

  // Grid lines and the axis with its tick labels.
  const axisY = rows.length * rowH + 2;
  for (let v = -max; v <= max + 1e-9; v += st) {
    const xx = x(v);
    svg.append(s('line', { x1: xx, x2: xx, y1: 0, y2: axisY, class: Math.abs(v) < 1e-9 ? 'axis zero' : 'grid' }));
    svg.append(s('line', { x1: xx, x2: xx, y1: axisY, y2: axisY + 4, class: 'axis' }));
    svg.append(s('text', { x: xx, y: axisY + 15, class: 'chart-label tick', 'text-anchor': 'middle' }, formatNumber(Math.abs(v) < 1e-9 ? 0 : v, 3)));
  }
  svg.append(s('line', { x1: x(-max), x2: x(max), y1: axisY, y2: axisY, class: 'axis' }));

  rows.forEach((r, i) => {
    const y = i * rowH + 6;
    const words = r.dim.name.split(' ');
    const label = s('text', { x: 0, y: y + (r.bars.length > 1 ? barH - 2 : barH / 2 - 2), class: 'chart-label dim-label' });
    // Long names on two lines: "Overlast en" / "onveiligheid".
    const split = r.dim.name.length > 14 && words.length > 1 ? Math.ceil(words.length / 2) : words.length;
    label.append(s('tspan', { x: 0, dy: 0 }, words.slice(0, split).join(' ')));
    if (split < words.length) label.append(s('tspan', { x: 0, dy: 12 }, words.slice(split).join(' ')));
    svg.append(label);
    r.bars.forEach((b, j) => {
      const top = y + j * (barH + 2);
      const v = value(b.score, r.dim.code);
      const k = classOf(b.score, r.dim.code);
      if (v !== undefined) {
        const x0 = Math.min(x(0), x(v)), w = Math.max(Math.abs(x(v) - x(0)), 1);
        const bar = s('rect', { x: x0, y: top, width: w, height: barH, rx: 2, 'data-source': b.score.source, 'data-class': String(k ?? '') });
        bar.setAttribute('fill', classColor(k ?? 5));
        bar.setAttribute('stroke', '#555');
        svg.append(bar);
        if (b.hatched) svg.append(s('rect', { x: x0, y: top, width: w, height: barH, rx: 2, fill: 'url(#hatch)' }));
      }
      const ref = b.national?.means[r.dim.code];
      if (ref !== undefined) svg.append(s('line', { x1: x(ref), x2: x(ref), y1: top - 1, y2: top + barH + 1, class: 'ref-tick' }));
      svg.append(s('text', { x: WIDTH - VALUE_W + 4, y: top + barH - 4, class: 'chart-label bar-value', 'data-source': b.score.source },
        `${formatNumber(v, 3)} · ${classText(classes, k)}`));
    });
  });
  return h('figure', { class: 'figure' }, svg, h('figcaption', {}, caption));
}

export function dimensionBars(score: Score, national: National | undefined, dims: DimensionLabel[], classes: ClassLabel[]): HTMLElement {
  return chart(dims.map(dim => ({ dim, bars: [{ score, national, hatched: score.source === 'model' }] })), classes, '', t('dimensionsNote'));
}

// Official and model deviations per dimension in one chart: the official bar above the model bar (hatched, so the
// two stay apart without relying on colour), each with its own release's Nederland tick.
export function pairedDimensionBars(official: Score, model: Score, nlOfficial: National | undefined, nlModel: National | undefined,
  dims: DimensionLabel[], classes: ClassLabel[]): HTMLElement {
  return chart(dims.map(dim => ({ dim, bars: [{ score: official, national: nlOfficial, hatched: false }, { score: model, national: nlModel, hatched: true }] })),
    classes, 'paired', t('pairedNote'));
}
