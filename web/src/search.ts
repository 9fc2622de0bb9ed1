// The search box: a combobox with a listbox of results, operable with arrow keys, Enter and Escape.
import { api, type SearchResult } from './api';
import { h, clear } from './dom';
import { levelName, t, tf } from './i18n';

// "3811", "3811 AB": the four digits of a postcode query (the API lists the buurten whose most frequent postcode it is).
function postcodeOf(q: string): string | undefined {
  return /^(\d{4})\s?([A-Za-z]{2})?$/.exec(q)?.[1];
}

// Why a result matched when its name does not show it: another name of the place, or its postcode.
function matchNote(r: SearchResult, q: string): string {
  if (r.match === 'alias') return ` · ${tf('matchAlias', { query: q })}`;
  if (r.match === 'postcode') return ` · ${tf('matchPostcode', { pc4: postcodeOf(q) ?? q })}`;
  return '';
}

export function setupSearch(input: HTMLInputElement, list: HTMLUListElement, onPick: (code: string) => void): void {
  let results: SearchResult[] = [];
  let active = -1;
  let timer: number | undefined;
  let seq = 0;
  let query = '';

  const close = () => { list.hidden = true; input.setAttribute('aria-expanded', 'false'); input.removeAttribute('aria-activedescendant'); active = -1; };
  const pick = (r: SearchResult) => { close(); input.value = r.name; onPick(r.code); };
  const highlight = (i: number) => {
    active = i;
    list.querySelectorAll('li').forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    if (i >= 0) input.setAttribute('aria-activedescendant', `search-option-${i}`);
  };
  const render = () => {
    clear(list);
    if (results.length === 0) list.append(h('li', { class: 'empty', role: 'option', 'aria-disabled': 'true' }, t('noResults')));
    results.forEach((r, i) => {
      const li = h('li', { id: `search-option-${i}`, role: 'option', 'aria-selected': 'false', 'data-code': r.code },
        h('span', { class: 'result-name' }, r.name || r.code),
        h('span', { class: 'result-context' }, `${levelName(r.level)} · ${r.code}${r.gemeente ? ` · ${r.gemeente.name}` : ''}${matchNote(r, query)}`));
      li.dataset.match = r.match;
      li.addEventListener('mousedown', e => { e.preventDefault(); pick(r); });
      list.append(li);
    });
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < 2) { close(); return; }
    timer = window.setTimeout(async () => {
      const mine = ++seq;
      try {
        const found = (await api.search(q, postcodeOf(q) ? 25 : 10)).results;
        if (mine !== seq) return;
        results = found;
        query = q;
        active = -1;
        render();
      } catch { close(); }
    }, 150);
  });
  input.addEventListener('keydown', e => {
    if (e.key === 'ArrowDown' && results.length) { e.preventDefault(); highlight(Math.min(active + 1, results.length - 1)); }
    else if (e.key === 'ArrowUp' && results.length) { e.preventDefault(); highlight(Math.max(active - 1, 0)); }
    else if (e.key === 'Enter' && !list.hidden && results.length) { e.preventDefault(); pick(results[Math.max(active, 0)]); }
    else if (e.key === 'Escape') close();
  });
  input.addEventListener('blur', () => window.setTimeout(close, 100));
}
