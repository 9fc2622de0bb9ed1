// The analysis view: development map, hot-spot map, early-warning list and distribution charts, each shown only
// when the server offers its /api/v1/analysis endpoint (checked once in the OpenAPI document).
import { api } from './api';
import { unavailable, type AnalysisContext } from './analysis-controls';
import { renderDevelopment } from './development';
import { renderDistribution } from './distribution';
import { h, clear } from './dom';
import { renderHotspots } from './hotspots';
import { t, type Key } from './i18n';
import { renderWarnings } from './warnings';

export type AnalysisTab = 'development' | 'hotspots' | 'warning' | 'distribution';

type Renderer = (el: HTMLElement, ctx: AnalysisContext) => Promise<() => void>;

const TABS: { id: AnalysisTab; statistic: string; label: Key; render: Renderer }[] = [
  { id: 'development', statistic: 'trends', label: 'tabDevelopment', render: renderDevelopment },
  { id: 'hotspots', statistic: 'lisa', label: 'tabHotspots', render: renderHotspots },
  { id: 'warning', statistic: 'early-warning', label: 'tabWarning', render: renderWarnings },
  { id: 'distribution', statistic: 'distribution', label: 'tabDistribution', render: renderDistribution },
];

let offered: Promise<AnalysisTab[]> | undefined;
let dispose: (() => void) | undefined;

/** The tabs whose endpoint the server documents (none when the analysis endpoints are not deployed). */
export function availableTabs(): Promise<AnalysisTab[]> {
  offered ??= api.openApiPaths()
    .then(paths => TABS.filter(x => paths.includes(`/api/v1/analysis/${x.statistic}`)).map(x => x.id))
    .catch(() => []);
  return offered;
}

export async function renderAnalysis(el: HTMLElement, tab: AnalysisTab, ctx: AnalysisContext, onTab: (tab: AnalysisTab) => void): Promise<void> {
  dispose?.();
  dispose = undefined;
  clear(el);
  const offeredTabs = await availableTabs();
  const shown = TABS.filter(x => offeredTabs.includes(x.id));
  const active = shown.find(x => x.id === tab) ?? shown[0];
  el.append(h('h2', { id: 'analysis-heading' }, t('analysisTitle')));
  if (!active) { el.append(h('p', { class: 'muted' }, t('analysisNone'))); return; }
  const bar = h('div', { class: 'analysis-tabs', role: 'group', 'aria-label': t('analysisTabs') });
  for (const x of shown) {
    const b = h('button', { type: 'button', 'data-tab': x.id, 'aria-pressed': String(x.id === active.id) }, t(x.label));
    b.addEventListener('click', () => onTab(x.id));
    bar.append(b);
  }
  const body = h('div', { class: 'analysis-body', 'data-tab': active.id });
  el.append(bar, body);
  try {
    dispose = await active.render(body, ctx);
  } catch (e) {
    body.append(unavailable(e));
  }
}
