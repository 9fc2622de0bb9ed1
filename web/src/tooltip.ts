// The map's hover tooltip: the area's name, the class of the measure shown (in the interface language) and its afw
// score, read from the vector tile's properties (o_… official, m_… model).
import type { Meta } from './api';
import { classColor } from './colors';
import { h } from './dom';
import { formatNumber, lang, t } from './i18n';
import type { Measure, Source } from './state';

export function tooltipContent(p: Record<string, unknown>, meta: Meta, measure: Measure, source: Source, measureTitle: string): HTMLElement {
  const prefix = source === 'model' ? 'm_' : 'o_';
  const num = (k: string) => (typeof p[k] === 'number' ? (p[k] as number) : undefined);
  const cls = num(`${prefix}${measure === 'afw' ? 'kscore' : 'k' + measure}`);
  const label = meta.classes.find(c => c.class === cls);
  const swatch = h('span', { class: 'swatch', 'aria-hidden': 'true' });
  swatch.style.backgroundColor = classColor(cls);
  const box = h('div', { class: 'tip', 'data-code': String(p.code ?? '') },
    h('span', { class: 'tip-name' }, String(p.name ?? p.code ?? '')),
    h('span', { class: 'tip-class' }, swatch, `${measureTitle}: ${label ? `${lang() === 'nl' ? label.nl : label.en} (${label.class})` : t('noData')}`));
  const afw = num(`${prefix}afw`);
  if (afw !== undefined) box.append(h('span', { class: 'tip-score' }, `${t('deviation')}: ${formatNumber(afw, 3)}`));
  const pWeak = source === 'model' ? num('m_p_weak') : undefined;
  if (pWeak !== undefined) box.append(h('span', { class: 'tip-weak' }, `${t('pWeakShort')}: ${Math.round(pWeak * 100)}%`));
  box.append(h('span', { class: 'tip-source muted' }, source === 'model' ? t('model') : t('official')));
  return box;
}
