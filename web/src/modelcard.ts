// The model card of a release (/api/v1/models/{id}/card, Markdown) rendered as a page; ?id= (default latest), ?lang=.
import './style.css';
import { ApiError } from './api';
import { byId, clear, h } from './dom';
import { errorElement } from './errors';
import { setLang, t, translatePage } from './i18n';
import { renderMarkdown } from './markdown';

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  setLang(params.get('lang') === 'en' ? 'en' : 'nl');
  translatePage();
  const id = (params.get('id') ?? 'latest').trim() || 'latest';
  const root = byId('card');
  const response = await fetch(`/api/v1/models/${encodeURIComponent(id)}/card`, { headers: { Accept: 'text/markdown, application/problem+json' } });
  if (!response.ok) {
    let detail = String(response.status);
    try { detail = ((await response.json()) as { detail?: string }).detail ?? detail; } catch { /* not JSON */ }
    throw new ApiError(detail, response.status);
  }
  const markdown = await response.text();
  clear(root);
  root.append(h('p', { class: 'note', lang: document.documentElement.lang }, t('modelCardEnglish')));
  const article = h('article', { class: 'model-card', lang: 'en' });
  article.append(renderMarkdown(markdown));
  root.append(article);
  document.title = `${t('modelCard')} — ${article.querySelector('h2')?.textContent ?? id}`;
  root.dataset.ready = 'true';
}

main().catch(e => { const root = byId('card'); clear(root); root.append(errorElement(e, t('error'))); });
