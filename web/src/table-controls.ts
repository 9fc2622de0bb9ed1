// The table's level, provincie and gemeente filters, rows per page, and the pager under it.
import type { ScoreGroups, ScorePage } from './api';
import { h } from './dom';
import { formatNumber, levelName, t, tf } from './i18n';
import { tablePageSizes, type TableState } from './state';

export function tableControls(level: string, table: TableState, groups: ScoreGroups | undefined,
  onChange: (level: string, table: TableState) => void): HTMLElement {
  const levelSelect = h('select', { id: 'table-level' }, ...['gemeente', 'wijk', 'buurt'].map(l => h('option', { value: l, selected: l === level }, levelName(l))));
  levelSelect.addEventListener('change', () => onChange(levelSelect.value, { ...table, page: 1 }));

  const provincies = groups?.provincies ?? [];
  const provincie = h('select', { id: 'table-provincie' }, h('option', { value: '' }, t('tableAllProvincies')),
    ...provincies.map(p => h('option', { value: p.code, selected: p.code === table.provincie }, `${p.name} (${formatNumber(p.areas, 0)})`)));
  provincie.addEventListener('change', () => onChange(level, { ...table, provincie: provincie.value || undefined, gemeente: undefined, page: 1 }));

  const gemeenten = (groups?.gemeenten ?? []).filter(g => !table.provincie || g.provincie === table.provincie);
  const gemeente = h('select', { id: 'table-gemeente' }, h('option', { value: '' }, t('tableAllGemeenten')),
    ...gemeenten.map(g => h('option', { value: g.code, selected: g.code === table.gemeente }, `${g.name} (${formatNumber(g.areas, 0)})`)));
  gemeente.addEventListener('change', () => onChange(level, { ...table, gemeente: gemeente.value || undefined, page: 1 }));

  const size = h('select', { id: 'table-page-size' }, ...tablePageSizes.map(n => h('option', { value: String(n), selected: n === table.pageSize }, String(n))));
  size.addEventListener('change', () => onChange(level, { ...table, pageSize: Number(size.value), page: 1 }));

  return h('div', { class: 'table-controls' },
    h('label', { class: 'inline' }, `${t('level')} `, levelSelect),
    h('label', { class: 'inline' }, `${t('provincieLabel')} `, provincie),
    h('label', { class: 'inline' }, `${t('gemeente')} `, gemeente),
    h('label', { class: 'inline' }, `${t('tablePageSize')} `, size));
}

export function tablePager(page: ScorePage, onPage: (page: number) => void): HTMLElement {
  const button = (label: string, target: number, id: string) => {
    const b = h('button', { type: 'button', class: 'secondary', 'data-page': id, disabled: target < 1 || target > page.pages || target === page.page }, label);
    b.addEventListener('click', () => onPage(target));
    return b;
  };
  return h('nav', { class: 'pager', 'aria-label': t('pagerLabel') },
    button(t('pageFirst'), 1, 'first'), button(t('pagePrev'), page.page - 1, 'prev'),
    h('span', { class: 'page-of' }, tf('pageOf', { page: formatNumber(page.page, 0), pages: formatNumber(Math.max(1, page.pages), 0) })),
    button(t('pageNext'), page.page + 1, 'next'), button(t('pageLast'), page.pages, 'last'));
}
