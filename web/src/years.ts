// Which years the "Jaar" selector offers: those with scores of the chosen source at the level the map draws now,
// and apart from them the years that exist only at other levels, so a chosen year is never an unexplained grey map.
import type { Meta } from './api';
import { levelPlural, listText, tf } from './i18n';

export interface YearChoice { here: number[]; elsewhere: { year: number; levels: string[] }[] }

const ORDER = ['provincie', 'gemeente', 'wijk', 'buurt'];

export function yearChoice(meta: Meta, source: string, level: string | undefined): YearChoice {
  const layers = meta.layers.filter(l => l.source === source && meta.mapLevels.includes(l.level));
  const here = [...new Set(layers.filter(l => !level || l.level === level).map(l => l.year))].sort((a, b) => b - a);
  const others = [...new Set(layers.map(l => l.year))].filter(y => !here.includes(y)).sort((a, b) => b - a);
  return { here, elsewhere: others.map(year => ({ year, levels: levelsWith(meta, source, year) })) };
}

/** The map levels with scores of the source in a year, from coarse to fine. */
export function levelsWith(meta: Meta, source: string, year: number): string[] {
  return ORDER.filter(l => meta.mapLevels.includes(l) && meta.layers.some(x => x.source === source && x.level === l && x.year === year));
}

/** "2016: geen … scores voor buurten; wel voor gemeenten en wijken (lbm2)." when the year has none at the drawn level. */
export function yearNote(meta: Meta, source: string, level: string | undefined, year: number, sourceWord: string): string | undefined {
  if (!level || meta.layers.some(l => l.source === source && l.level === level && l.year === year)) return undefined;
  const levels = levelsWith(meta, source, year);
  if (!levels.length) return undefined;
  const releases = [...new Set(meta.layers.filter(l => l.source === source && l.year === year && levels.includes(l.level)).map(l => l.release))];
  return tf('yearElsewhere', { year, source: sourceWord, level: levelPlural(level), levels: listText(levels.map(levelPlural)), releases: releases.join(', ') });
}
