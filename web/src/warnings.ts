// The early-warning list: areas that still score sufficient or better but carry an elevated probability of
// decline, with their main risk factors, framed as a signal for conversation; plus the honest backtest.
import { select, percent, unavailable, type AnalysisContext } from './analysis-controls';
import { api, type AnalysisResult, type BacktestRow, type WarningFlag } from './api';
import { h, clear } from './dom';
import { formatNumber, lang, levelName, t, tf } from './i18n';

interface WarningResult extends AnalysisResult { decline_threshold: number; areas_scored: number; flags: WarningFlag[]; backtest: BacktestRow[] }

export async function renderWarnings(el: HTMLElement, ctx: AnalysisContext): Promise<() => void> {
  el.append(h('p', { class: 'framing', role: 'note' }, t('warnFraming')));
  const status = h('p', { class: 'muted' }, t('computing'));
  el.append(status);
  let r: WarningResult;
  try {
    r = await api.analysis<WarningResult>('early-warning', {});
  } catch (e) {
    status.replaceWith(unavailable(e));
    return () => {};
  }
  status.replaceWith(h('p', { class: 'note' }, tf('warnNote', { delta: formatNumber(r.decline_threshold, 3), release: r.release, level: levelName(r.level) })));

  let filter = 'all';
  let gemeente = '';
  const counter = h('p', { class: 'muted', 'aria-live': 'polite' });
  const wrap = h('div', { class: 'table-wrap warning-wrap' });
  const link = (code: string, text: string, cls = 'link') => {
    const b = h('button', { type: 'button', class: cls, 'data-code': code }, text);
    b.addEventListener('click', () => ctx.onSelect(code));
    return b;
  };
  const draw = () => {
    const rows = r.flags.filter(f => (filter === 'all' || f.flag === filter) && (!gemeente || f.gemeente === gemeente)).sort((a, b) => b.probability - a.probability);
    counter.textContent = tf('flagsShown', { n: rows.length, total: r.flags.length });
    clear(wrap);
    wrap.append(h('table', { class: 'data warning-table' },
      h('caption', { class: 'sr-only' }, t('tabWarning')),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('area')), h('th', { scope: 'col' }, t('gemeente')), h('th', { scope: 'col' }, t('signal')),
        h('th', { scope: 'col', class: 'num' }, t('probability')), h('th', { scope: 'col', class: 'num' }, t('riskMultiple')),
        h('th', { scope: 'col' }, `${t('riskFactors')}${lang() === 'en' ? ` ${t('factorsDutchOnly')}` : ''}`))),
      h('tbody', {}, ...rows.map(f => {
        // A postcode is named after its most populous buurt: the name opens that buurt, the postcode its own profile.
        const suffix = f.gemeente_name ? ` (${f.gemeente_name})` : '';
        const name = (f.place && suffix && f.place.endsWith(suffix) ? f.place.slice(0, -suffix.length) : f.place) || f.code;
        const place = f.place_code && f.place_code !== f.code ? link(f.place_code, name) : link(f.code, name);
        const own = r.level === 'pc4' ? h('span', { class: 'muted small' }, ` · ${t('pc4')} `, link(f.code, f.code, 'link small'), ` · ${f.start}`)
          : h('span', { class: 'muted small' }, ` · ${f.start}`);
        return h('tr', { 'data-flag': f.flag, 'data-code': f.code, 'data-gemeente': f.gemeente ?? '' },
          h('th', { scope: 'row' }, place, own),
          h('td', {}, f.gemeente ? link(f.gemeente, f.gemeente_name ?? f.gemeente) : '—'),
          h('td', {}, h('span', { class: `flag ${f.flag === 'sterk verhoogd' ? 'strong' : 'raised'}` }, f.flag)),
          h('td', { class: 'num' }, percent(f.probability)),
          h('td', { class: 'num' }, `${formatNumber(f.risk_multiple, 1)}×`),
          h('td', {}, f.risk_factors));
      }))));
  };
  const gemeenten = [...new Map(r.flags.filter(f => f.gemeente).map(f => [f.gemeente!, f.gemeente_name ?? f.gemeente!])).entries()]
    .sort((a, b) => a[1].localeCompare(b[1], 'nl'));
  el.append(h('div', { class: 'analysis-controls' },
    select('warn-filter', t('show'), [['all', t('all')], ['sterk verhoogd', 'sterk verhoogd'], ['verhoogd', 'verhoogd']], filter, v => { filter = v; draw(); }),
    select('warn-gemeente', t('gemeente'), [['', t('tableAllGemeenten')], ...gemeenten.map(([c, n]) => [c, `${n} (${r.flags.filter(f => f.gemeente === c).length})`] as [string, string])],
      gemeente, v => { gemeente = v; draw(); })), counter, wrap);
  draw();
  el.dataset.ready = 'true'; // for the browser tests: data drawn

  el.append(h('h3', {}, t('backtest')), h('div', { class: 'table-wrap' }, h('table', { class: 'data backtest-table' },
    h('thead', {}, h('tr', {}, ...[t('split'), t('periods'), t('areasCount'), t('events'), t('baseRate'), 'AUC', t('precisionTop5'), t('lift')]
      .map((c, i) => h('th', { scope: 'col', class: i >= 2 ? 'num' : undefined }, c)))),
    h('tbody', {}, ...r.backtest.map(b => h('tr', {}, h('th', { scope: 'row' }, b.split), h('td', {}, b.periods),
      h('td', { class: 'num' }, formatNumber(b.areas, 0)), h('td', { class: 'num' }, formatNumber(b.events, 0)),
      h('td', { class: 'num' }, percent(b.base_rate)), h('td', { class: 'num' }, formatNumber(b.auc, 3)),
      h('td', { class: 'num' }, percent(b.precision_top5)), h('td', { class: 'num' }, `${formatNumber(b.lift, 1)}×`)))))));
  return () => {};
}
