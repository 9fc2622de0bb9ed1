// The map legend: the nine classes with their labels in the current language, plus "no data" and notes
// (which level each zoom draws, where the official release leaves areas grey).
import type { ClassLabel } from './api';
import { CLASS_COLORS, NO_DATA } from './colors';
import { h, clear } from './dom';
import { lang, t } from './i18n';

export function renderLegend(el: HTMLElement, classes: ClassLabel[], title: string, notes: string[]): void {
  clear(el);
  el.append(h('h2', { class: 'legend-title' }, `${title} — ${t('legendTitle')}`));
  const list = h('ul', { class: 'legend-list' });
  for (const c of [...classes].reverse()) {
    const swatch = h('span', { class: 'swatch', 'aria-hidden': 'true' });
    swatch.style.backgroundColor = CLASS_COLORS[c.class - 1];
    list.append(h('li', {}, swatch, `${c.class} ${lang() === 'nl' ? c.nl : c.en}`));
  }
  const none = h('span', { class: 'swatch', 'aria-hidden': 'true' });
  none.style.backgroundColor = NO_DATA;
  list.append(h('li', {}, none, t('noData')));
  el.append(list, ...notes.map(n => h('p', { class: 'legend-note' }, n)));
}
