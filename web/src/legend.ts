// The map legend: the nine classes with their labels in the current language, plus "no data" and notes
// (which level each zoom draws, where the official release leaves areas grey). It folds to its title so it does not
// cover the map: folded by default on phones, open on wider screens, and always open in print.
import type { ClassLabel } from './api';
import { CLASS_COLORS, NO_DATA } from './colors';
import { h, clear } from './dom';
import { lang, t } from './i18n';
import { isPhone } from './sheet';

let open: boolean | undefined;

export function renderLegend(el: HTMLElement, classes: ClassLabel[], title: string, notes: string[]): void {
  open ??= !isPhone();
  clear(el);
  el.dataset.open = String(open);
  // Folded: the word "Legenda" and the nine colours as a strip; open: the full title.
  const strip = h('span', { class: 'legend-strip', 'aria-hidden': 'true' }, ...CLASS_COLORS.map(c => { const x = h('span'); x.style.backgroundColor = c; return x; }));
  const toggle = h('button', { type: 'button', class: 'legend-toggle', 'aria-expanded': String(open), 'aria-controls': 'legend-body',
    title: open ? t('legendFold') : t('legendUnfold') },
  h('span', { class: 'legend-title' }, `${title} — ${t('legendTitle')}`), h('span', { class: 'legend-short' }, t('legend')), strip,
  h('span', { class: 'legend-chevron', 'aria-hidden': 'true' }, open ? '▾' : '▸'));
  toggle.addEventListener('click', () => { open = !open; renderLegend(el, classes, title, notes); (el.querySelector('.legend-toggle') as HTMLElement).focus(); });
  const list = h('ul', { class: 'legend-list' });
  for (const c of [...classes].reverse()) {
    const swatch = h('span', { class: 'swatch', 'aria-hidden': 'true' });
    swatch.style.backgroundColor = CLASS_COLORS[c.class - 1];
    list.append(h('li', {}, swatch, `${c.class} ${lang() === 'nl' ? c.nl : c.en}`));
  }
  const none = h('span', { class: 'swatch', 'aria-hidden': 'true' });
  none.style.backgroundColor = NO_DATA;
  list.append(h('li', {}, none, t('noData')));
  el.append(h('h2', { class: 'legend-head' }, toggle), h('div', { id: 'legend-body', class: 'legend-body' }, list, ...notes.map(n => h('p', { class: 'legend-note' }, n))));
}
