// The set view: the stored area sets (GET /api/v1/sets); one chosen set's report (GET /api/v1/sets/{id}) with the set
// against its ring of neighbouring buurten (the waterbed check), the rest of its gemeenten and Nederland, residents
// per class for the set and the ring, and the members (set-file entry → buurt). The map outlines the set's buurten
// and dashes the ring; clicking a member or a buurt opens its profile.
import type { Meta } from './api';
import { areasApi, type AreaSetGroup, type AreaSetList, type AreaSetReport } from './areas-api';
import { CLASS_COLORS, classColor, textOn } from './colors';
import { clear, h, s } from './dom';
import { errorElement } from './errors';
import { formatNumber, lang, t, tf, type Key } from './i18n';
import { OverlayMap, revealViewButton, RING_COLOR, SET_COLOR, overlayKey } from './overlay-map';
import { setBounds } from './set-overlay';
import './areas.css';

export interface SetsContext {
  meta: Meta; setId?: string; source?: 'official' | 'model';
  onChoose: (id: string | undefined, source: 'official' | 'model' | undefined) => void; onSelect: (code: string) => void;
}

let map: OverlayMap | undefined;
let list: AreaSetList | undefined;
let fitted: string | undefined; // the set the map was last fitted to

/** Draws the view into its section; the map is made once and kept across redraws (language, another set). */
export async function renderSets(el: HTMLElement, ctx: SetsContext): Promise<void> {
  revealViewButton('sets');
  if (!el.querySelector('.areas-map')) {
    el.append(h('h2', { id: 'sets-heading', class: 'areas-heading' }),
      h('div', { class: 'areas-layout sets-layout' },
        h('div', { class: 'areas-side sets-side' }),
        h('div', { class: 'areas-map-wrap' }, h('div', { class: 'areas-map', id: 'sets-map', role: 'region' }),
          h('div', { class: 'overlay-key', 'aria-live': 'polite' }))));
  }
  el.querySelector('#sets-heading')!.textContent = t('setsTitle');
  const side = el.querySelector<HTMLElement>('.sets-side')!;
  clear(side);
  side.append(h('p', { class: 'muted' }, t('loading')));
  try {
    list = await areasApi.sets();
  } catch (e) {
    clear(side);
    side.append(errorElement(e, t('error')));
    return;
  }
  clear(side);
  if (list.sets.length === 0) { side.append(h('p', { class: 'muted' }, t('setsNone'))); return; }
  const id = list.sets.some(x => x.id === ctx.setId) ? ctx.setId! : list.sets[0].id;
  const nav = h('ul', { class: 'set-list', 'aria-label': t('setsList') });
  for (const x of list.sets) {
    const b = h('button', { type: 'button', 'data-set': x.id, 'aria-pressed': String(x.id === id) },
      h('span', { class: 'set-name' }, x.name), h('span', { class: 'muted small' }, tf('setsBuurten', { n: x.buurten })));
    b.addEventListener('click', () => ctx.onChoose(x.id, undefined));
    nav.append(h('li', {}, b));
  }
  side.append(h('h3', { class: 'areas-subhead' }, t('setsList')), nav);
  const body = h('div', { class: 'set-report', 'aria-live': 'polite' }, h('p', { class: 'muted' }, t('loading')));
  side.append(body);

  let report: AreaSetReport;
  try {
    report = await areasApi.set(id, ctx.source);
  } catch (e) {
    clear(body);
    body.append(errorElement(e, t('error')));
    return;
  }
  clear(body);
  body.append(...reportElements(report, ctx));
  drawMap(el, report, ctx);
}

function reportElements(r: AreaSetReport, ctx: SetsContext): HTMLElement[] {
  const source = h('select', { 'aria-label': t('setScoresFrom'), class: 'set-source' },
    h('option', { value: 'official', selected: r.source === 'official' }, t('sourceOfficialShort')),
    h('option', { value: 'model', selected: r.source === 'model' }, t('sourceModelShort')));
  source.addEventListener('change', () => ctx.onChoose(r.id, source.value as 'official' | 'model'));
  const out: HTMLElement[] = [
    h('h3', { class: 'set-title', 'data-set': r.id }, r.name),
    h('p', { class: 'set-description' }, r.description),
    h('p', { class: 'note set-origin' }, `${t('setSourceLabel')}: ${r.setSource}`),
  ];
  out.push(h('p', { class: 'note set-scores' }, h('label', {}, `${t('setScoresFrom')}: `, source), ' ',
    tf('setScores', { release: r.release, year: r.year })));
  out.push(h('h4', {}, t('setGroups')), groupsTable(r, ctx.meta), h('p', { class: 'note' }, t('setGroupsNote')));
  out.push(h('h4', {}, t('setChart')), classChart(r));
  out.push(h('h4', {}, t('setMembers')), membersTable(r, ctx), h('p', { class: 'note' }, tf('setMembersNote', { division: r.division })));
  return out;
}

const pct = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${formatNumber(v * 100, 1)}%`);

function groupName(g: AreaSetGroup): string {
  if (g.group === 'ring') return t('setGroupRing');
  return lang() === 'nl' ? g.labelNl : g.labelEn;
}

// A column head: the group's name, with a parenthetical ("(buurten met een officiële score)") on a smaller line;
// phones show a short head ("NL"), explained in the table's caption.
function groupHead(g: AreaSetGroup): (Node | string)[] {
  const m = groupName(g).match(/^(.*?) \((.*)\)$/);
  const long = h('span', { class: 'head-long' }, ...(m ? [m[1], h('br'), h('span', { class: 'small muted' }, m[2])] : [groupName(g)]));
  return [long, h('span', { class: 'head-short', 'aria-hidden': 'true' }, shortName(g))];
}

function shortName(g: AreaSetGroup): string {
  const key = `setShort_${g.group}` as Key;
  return ['set', 'ring', 'rest_of_gemeenten', 'nederland'].includes(g.group) ? t(key) : groupName(g);
}

// Transposed: one column per group (set, ring, rest of the gemeenten, Nederland), one row per measure.
function groupsTable(r: AreaSetReport, meta: Meta): HTMLElement {
  const dims = [{ code: 'afw', name: t('total') }, ...meta.dimensions.map(d => ({ code: d.code, name: lang() === 'nl' ? d.nl : d.en }))];
  const cell = (g: AreaSetGroup, measure: string, text: string) => h('td', { class: 'num', 'data-group': g.group, 'data-measure': measure }, text);
  const value = (g: AreaSetGroup, k: string) => (g as unknown as Record<string, number | null | undefined>)[k] ?? undefined;
  const rows = [
    h('tr', {}, h('th', { scope: 'row' }, t('setBuurtenRow')), ...r.groups.map(g => cell(g, 'buurten', formatNumber(g.buurten, 0)))),
    h('tr', {}, h('th', { scope: 'row' }, t('setInhabitantsRow')), ...r.groups.map(g => cell(g, 'inhabitants', formatNumber(g.inhabitants, 0)))),
    ...dims.map(d => h('tr', { 'data-dimension': d.code }, h('th', { scope: 'row' }, d.name),
      ...r.groups.map(g => cell(g, d.code, formatNumber(value(g, d.code), d.code === 'afw' ? 4 : 3))))),
    h('tr', {}, h('th', { scope: 'row' }, t('setShareWeak')), ...r.groups.map(g => cell(g, 'shareWeak', pct(g.shareWeak)))),
  ];
  return h('div', { class: 'table-scroll' }, h('table', { class: 'data set-groups' },
    h('caption', { class: 'head-key muted small' }, r.groups.map(g => `${shortName(g)} = ${groupName(g)}`).join(' · ')),
    h('colgroup', {}, h('col', { class: 'col-label' }), ...r.groups.map(() => h('col'))),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('setGroup')),
      ...r.groups.map(g => h('th', { scope: 'col', class: `num group-${g.group}`, 'data-group': g.group, title: groupName(g) }, ...groupHead(g))))),
    h('tbody', {}, ...rows)));
}

// Two small panels of nine bars: the share of the set's and the ring's residents in each class.
function classChart(r: AreaSetReport): HTMLElement {
  const groups = ['set', 'ring'].map(k => r.groups.find(g => g.group === k)).filter((g): g is AreaSetGroup => !!g);
  const shares = groups.map(g => { const total = g.residentsPerClass.reduce((a, b) => a + b, 0); return g.residentsPerClass.map(v => (total > 0 ? v / total : 0)); });
  const max = Math.max(0.05, ...shares.flat());
  const panel = 170, gap = 24, top = 30, base = 128, height = 150, width = groups.length * panel + (groups.length - 1) * gap;
  const slot = (panel - 8) / 9;
  const svg = s('svg', { viewBox: `0 0 ${width} ${height}`, class: 'chart set-chart', role: 'img',
    'aria-label': `${t('setChart')}: ${groups.map((g, i) => `${groupName(g)} ${shares[i].map((v, c) => `${t('classLabel').toLowerCase()} ${c + 1} ${Math.round(v * 100)}%`).join(', ')}`).join('; ')}` });
  groups.forEach((g, i) => {
    const x0 = i * (panel + gap);
    const frame = s('rect', { x: x0 + 0.5, y: 0.5, width: panel - 1, height: height - 1, fill: 'none', 'stroke-width': 1.5, rx: 3 });
    frame.setAttribute('stroke', g.group === 'ring' ? RING_COLOR : SET_COLOR);
    if (g.group === 'ring') frame.setAttribute('stroke-dasharray', '5 3');
    svg.append(frame, s('text', { x: x0 + 6, y: 14, class: 'chart-label set-chart-title' }, g.group === 'ring' ? t('setGroupRing') : groupName(g)));
    svg.append(s('line', { x1: x0 + 4, x2: x0 + panel - 4, y1: base, y2: base, class: 'axis' }));
    shares[i].forEach((v, c) => {
      const bh = (v / max) * (base - top);
      const bar = s('rect', { x: x0 + 4 + c * slot + 1.5, y: base - bh, width: slot - 3, height: Math.max(bh, 0), 'data-group': g.group, 'data-class': c + 1 });
      bar.setAttribute('fill', CLASS_COLORS[c]);
      bar.setAttribute('stroke', '#555');
      bar.setAttribute('stroke-width', bh > 0 ? '0.6' : '0');
      bar.append(s('title', {}, `${t('classLabel')} ${c + 1}: ${formatNumber(g.residentsPerClass[c], 0)} ${t('residents').toLowerCase()} (${Math.round(v * 100)}%)`));
      svg.append(bar);
      if (v >= 0.05) svg.append(s('text', { x: x0 + 4 + (c + 0.5) * slot, y: base - bh - 3, class: 'tick', 'text-anchor': 'middle' }, `${Math.round(v * 100)}%`));
      svg.append(s('text', { x: x0 + 4 + (c + 0.5) * slot, y: base + 12, class: 'tick', 'text-anchor': 'middle' }, String(c + 1)));
    });
  });
  return h('figure', { class: 'figure' }, svg, h('figcaption', {}, t('setChartNote')));
}

function membersTable(r: AreaSetReport, ctx: SetsContext): HTMLElement {
  return h('div', { class: 'table-scroll' }, h('table', { class: 'data set-members' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('setEntry')), h('th', { scope: 'col' }, t('buurt').replace(/^./, c => c.toUpperCase())),
      h('th', { scope: 'col' }, t('classLabel')), h('th', { scope: 'col', class: 'num' }, 'afw'), h('th', { scope: 'col', class: 'num' }, t('residents')))),
    h('tbody', {}, ...r.members.map(m => {
      const open = h('button', { type: 'button', class: 'link', 'data-code': m.code }, m.name || m.code);
      open.addEventListener('click', () => ctx.onSelect(m.code));
      const badge = h('span', { class: 'badge small-badge', 'data-class': String(m.class ?? '') },
        m.label ? (lang() === 'nl' ? m.label.nl : m.label.en) : t('noData'));
      badge.style.backgroundColor = classColor(m.class ?? undefined);
      badge.style.color = textOn(m.class ?? undefined);
      return h('tr', { 'data-code': m.code },
        h('td', {}, h('code', {}, m.entry)),
        h('th', { scope: 'row' }, open, h('br'), h('span', { class: 'muted small' }, [m.entry === m.code ? '' : m.code, m.gemeente ?? ''].filter(Boolean).join(' · '))),
        h('td', {}, badge), h('td', { class: 'num' }, formatNumber(m.afw ?? undefined, 4)), h('td', { class: 'num' }, formatNumber(m.inhabitants, 0)));
    }))));
}

function drawMap(el: HTMLElement, r: AreaSetReport, ctx: SetsContext): void {
  const container = el.querySelector<HTMLElement>('.areas-map')!;
  container.setAttribute('aria-label', `${t('mapHeading')}: ${r.name}`);
  if (!map) {
    map = new OverlayMap({
      container, year: r.year, measure: 'afw', source: r.source, extent: ctx.meta.extent, levels: ctx.meta.geometryLevels,
      onSelect: code => ctx.onSelect(code), onMove: () => undefined, onLevel: () => undefined,
    }, 'sets');
  } else {
    map.area.setColoring('afw', r.source);
    map.area.setYear(r.year);
    map.resize();
  }
  map.showSet(r.members.map(m => m.code), r.ring);
  overlayKey(el.querySelector<HTMLElement>('.overlay-key')!, ctx.meta.classes, `${t('total')} · ${r.source === 'model' ? t('model') : t('official')} ${r.year}`,
    [['set', t('setKeySet')], ['ring', t('setKeyRing')]]);
  if (fitted !== r.id) { fitted = r.id; void fitTo(r); }
}

async function fitTo(r: AreaSetReport): Promise<void> {
  const bounds = await setBounds(r);
  if (bounds && map) map.fit(bounds);
}
