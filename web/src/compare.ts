// The compare view: two to six areas side by side, per measure, with class labels and the Nederland reference.
import { api, type Meta, type Score } from './api';
import { classColor, textOn } from './colors';
import { h, clear } from './dom';
import { formatNumber, lang, levelName, t } from './i18n';

export async function renderCompare(el: HTMLElement, codes: string[], meta: Meta, source: 'official' | 'model', year: number | undefined,
  onRemove: (code: string) => void, onSelect: (code: string) => void): Promise<void> {
  clear(el);
  el.append(h('h2', { id: 'compare-heading' }, t('compareTitle')));
  if (codes.length === 0) { el.append(h('p', {}, t('compareEmpty'))); return; }
  if (codes.length === 1) el.append(h('p', {}, t('compareNeedTwo')));
  const result = codes.length >= 2 ? await api.compare(codes, year) : null;
  const areas = result?.areas ?? [];
  if (!result) return;
  const national = source === 'model' ? result.nederlandModel : result.nederlandOfficial;
  // The chosen source, else the other one (a model-only area keeps its model score), always labelled with its source.
  const pick = (a: { official?: Score; model?: Score }) => (source === 'model' ? a.model ?? a.official : a.official ?? a.model);
  const measures: [string, string][] = [['afw', t('total')], ...meta.dimensions.map(d => [d.code, lang() === 'nl' ? d.nl : d.en] as [string, string])];
  const table = h('table', { class: 'data compare-table' });
  const headRow = h('tr', {}, h('th', { scope: 'col' }, ''));
  for (const a of areas) {
    const remove = h('button', { type: 'button', class: 'link', 'aria-label': `${t('remove')} ${a.name}` }, t('remove'));
    remove.addEventListener('click', () => onRemove(a.code));
    const open = h('button', { type: 'button', class: 'link strong' }, a.name || a.code);
    open.addEventListener('click', () => onSelect(a.code));
    headRow.append(h('th', { scope: 'col' }, open, h('br'), h('span', { class: 'muted' }, `${levelName(a.level)} · ${a.code}`), h('br'), remove));
  }
  // The reference is one release's: say which, since a model-only area's column is the model's.
  headRow.append(h('th', { scope: 'col', class: 'compare-nederland' }, t('nederland'),
    national ? h('span', { class: 'muted' }, h('br'), `${national.release === result.nederlandModel?.release ? t('model') : t('official')} · ${national.release}`) : null));
  const classRow = h('tr', {}, h('th', { scope: 'row' }, t('classLabel')));
  for (const a of areas) {
    const sc = pick(a);
    const badge = h('span', { class: 'badge', 'data-source': sc?.source }, sc?.label ? (lang() === 'nl' ? sc.label.nl : sc.label.en) : t('noData'));
    badge.style.backgroundColor = classColor(sc?.classes.total);
    badge.style.color = textOn(sc?.classes.total);
    const from = sc ? `${sc.source === 'model' ? t('model') : t('official')} · ${sc.release}, ${sc.year}` : '';
    classRow.append(h('td', { 'data-code': a.code }, badge, sc ? h('div', { class: 'muted score-source' }, from) : null));
  }
  classRow.append(h('td', {}, '—'));
  const body = h('tbody', {}, classRow, ...measures.map(([k, name]) => h('tr', {}, h('th', { scope: 'row' }, name),
    ...areas.map(a => h('td', {}, formatNumber((pick(a) as unknown as Record<string, number | undefined> | undefined)?.[k], 3))),
    h('td', {}, formatNumber(national?.means[k], 3)))));
  table.append(h('thead', {}, headRow), body);
  el.append(h('div', { class: 'table-wrap' }, table));
}
