// Distribution charts: the share of residents per class 1–9, nationally and per municipality group, province or
// urbanity, as stacked bars with a table alternative; official or model scores of the newest buurt layer.
import { mapLayers, percent, select, unavailable, type AnalysisContext } from './analysis-controls';
import { api, type AnalysisResult, type DistributionRow } from './api';
import { CLASS_COLORS, textOn } from './colors';
import { h, s, clear } from './dom';
import { formatNumber, lang, levelName, listText, t, tf } from './i18n';

interface DistributionResult extends AnalysisResult { year: number; groups: DistributionRow[] }

// CBS province codes (Gebieden in Nederland).
const PROVINCES: Record<string, string> = {
  PV20: 'Groningen', PV21: 'Fryslân', PV22: 'Drenthe', PV23: 'Overijssel', PV24: 'Flevoland', PV25: 'Gelderland',
  PV26: 'Utrecht', PV27: 'Noord-Holland', PV28: 'Zuid-Holland', PV29: 'Zeeland', PV30: 'Noord-Brabant', PV31: 'Limburg',
};
const CLASSES = [1, 2, 3, 4, 5, 6, 7, 8, 9];

// Provinces the shown release scores nothing in; "Nederland" is named without them.
let missing: string[] = [];
const nederlandName = () => missing.length ? tf('nederlandWithout', { provinces: listText(missing) }) : t('nederland');

function groupName(row: DistributionRow): string {
  if (row.grouping === 'nl') return nederlandName();
  if (row.grouping === 'provincie') return PROVINCES[row.group] ?? row.group;
  if (row.grouping === 'stedelijkheid') return `${t('urbanityLabel')} ${row.group}`;
  return row.group;
}

function stackedBars(rows: DistributionRow[], classLabel: (c: number) => string): HTMLElement {
  const width = 640, rowH = 30, labelW = 150, barW = width - labelW - 24;
  const svg = s('svg', { viewBox: `0 0 ${width} ${rows.length * rowH + 24}`, class: 'chart distribution-chart', role: 'img',
    'aria-label': rows.map(r => `${groupName(r)}: ${CLASSES.map(c => `${classLabel(c)} ${percent(Number(r[`share_${c}`]))}`).join(', ')}`).join('; ') });
  rows.forEach((r, i) => {
    const y = i * rowH + 4;
    svg.append(s('text', { x: 0, y: y + 16, class: 'chart-label' }, groupName(r)));
    let x = labelW;
    for (const c of CLASSES) {
      const share = Number(r[`share_${c}`]) || 0;
      const w = share * barW;
      if (w <= 0) continue;
      const rect = s('rect', { x, y, width: w, height: 22, 'data-class': c }, s('title', {}, `${groupName(r)} · ${c} ${classLabel(c)}: ${percent(share)}`));
      rect.setAttribute('fill', CLASS_COLORS[c - 1]);
      svg.append(rect);
      if (w > 28) {
        const label = s('text', { x: x + w / 2, y: y + 15, 'text-anchor': 'middle', class: 'bar-label' }, `${Math.round(share * 100)}`);
        label.setAttribute('fill', textOn(c));
        svg.append(label);
      }
      x += w;
    }
  });
  const axisY = rows.length * rowH + 18;
  for (const p of [0, 0.25, 0.5, 0.75, 1]) svg.append(s('text', { x: labelW + p * barW, y: axisY, 'text-anchor': 'middle', class: 'chart-label' }, `${p * 100}%`));
  return svg as unknown as HTMLElement;
}

export async function renderDistribution(el: HTMLElement, ctx: AnalysisContext): Promise<() => void> {
  const buurt = (source: string) => mapLayers(ctx.meta, source).find(l => l.level === 'buurt') ?? mapLayers(ctx.meta, source)[0];
  let source = buurt('official') ? 'official' : 'model';
  let grouping = 'groups';
  const controls = h('div', { class: 'analysis-controls' });
  const body = h('div', { class: 'distribution-body', 'aria-live': 'polite' });
  el.append(controls, body);
  const classLabel = (c: number) => { const l = ctx.meta.classes[c - 1]; return l ? (lang() === 'nl' ? l.nl : l.en) : String(c); };

  const drawControls = () => {
    clear(controls);
    controls.append(
      select('dist-source', t('source'), ([['official', t('sourceOfficialShort')], ['model', t('sourceModelShort')]] as [string, string][]).filter(([x]) => buurt(x)),
        source, v => { source = v; void update(); }),
      select('dist-grouping', t('grouping'), [['groups', t('groupingGroups')], ['provincie', t('groupingProvince')], ['stedelijkheid', t('groupingUrbanity')]],
        grouping, v => { grouping = v; void update(); }));
  };

  const update = async () => {
    delete el.dataset.ready;
    clear(body);
    body.append(h('p', { class: 'muted' }, t('computing')));
    try {
      const layer = buurt(source);
      if (!layer) throw new Error(t('noData'));
      const r = await api.analysis<DistributionResult>('distribution', { release: layer.release, level: layer.level, year: layer.year });
      const rows = r.groups.filter(g => grouping === 'groups' ? g.grouping === 'nl' || g.grouping === 'group' : g.grouping === grouping);
      const nl = r.groups.find(g => g.grouping === 'nl');
      // The provinces without a single scored area in this release: "Nederland" here is the rest, said plainly.
      const covered = new Set(r.groups.filter(g => g.grouping === 'provincie' && g.residents > 0).map(g => g.group));
      missing = Object.keys(PROVINCES).filter(p => !covered.has(p)).map(p => PROVINCES[p]);
      clear(body);
      body.append(h('p', { class: 'note' }, tf('distNote', { release: r.release, level: levelName(r.level), year: r.year })));
      body.append(missing.length
        ? h('p', { class: 'note dist-coverage', 'data-missing': missing.join(',') }, tf('distMissing', { provinces: listText(missing), n: 12 - missing.length, release: r.release }),
          buurt('model') && source !== 'model' ? ` ${t('distChooseModel')}` : '')
        : h('p', { class: 'muted dist-coverage', 'data-missing': '' }, tf('distAll', { release: r.release })));
      if (nl) body.append(h('p', { class: 'fact' }, `${t('onvoldoendeOrWorse')} (${nederlandName()}): `,
        h('strong', {}, `${formatNumber(nl.residents_onvoldoende_or_worse, 0)} ${t('residents').toLowerCase()}`), ` (${percent(nl.share_onvoldoende_or_worse)})`));
      body.append(h('figure', { class: 'figure' }, stackedBars(rows, classLabel),
        h('figcaption', {}, CLASSES.map(c => `${c} = ${classLabel(c)}`).join(' · '))));
      body.append(h('div', { class: 'table-wrap' }, h('table', { class: 'data distribution-table' },
        h('caption', { class: 'sr-only' }, t('tabDistribution')),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('grouping')), h('th', { scope: 'col', class: 'num' }, t('residents')),
          ...CLASSES.map(c => h('th', { scope: 'col', class: 'num', title: classLabel(c) }, String(c))),
          h('th', { scope: 'col', class: 'num' }, t('onvoldoendeOrWorse')))),
        h('tbody', {}, ...rows.map(g => h('tr', { 'data-group': g.group }, h('th', { scope: 'row' }, groupName(g)),
          h('td', { class: 'num' }, formatNumber(g.residents, 0)),
          ...CLASSES.map(c => h('td', { class: 'num' }, percent(Number(g[`share_${c}`])))),
          h('td', { class: 'num' }, percent(g.share_onvoldoende_or_worse))))))));
      el.dataset.ready = 'true'; // for the browser tests: data drawn
    } catch (e) {
      clear(body);
      body.append(unavailable(e));
    }
  };

  drawControls();
  await update();
  return () => {};
}
