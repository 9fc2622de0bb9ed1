// Renders /openapi/v1.json as a readable, offline page: every path with its summary, parameters and responses.
import './style.css';
import { h, clear, byId } from './dom';

interface Parameter { name: string; in: string; required?: boolean; schema?: { type?: string | string[] } }
interface Operation { summary?: string; operationId?: string; parameters?: Parameter[]; responses?: Record<string, { description?: string; content?: Record<string, unknown> }> }
interface OpenApi { info: { title: string; version: string; description?: string }; paths: Record<string, Record<string, Operation>> }

async function main(): Promise<void> {
  const root = byId('docs');
  const doc = (await (await fetch('/openapi/v1.json')).json()) as OpenApi;
  clear(root);
  root.append(h('h2', {}, `${doc.info.title} ${doc.info.version}`));
  if (doc.info.description) root.append(h('p', {}, doc.info.description));
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const section = h('section', { class: 'endpoint' },
        h('h3', {}, h('span', { class: 'method' }, method.toUpperCase()), ' ', h('code', {}, path)),
        op.summary ? h('p', {}, op.summary) : null);
      if (op.parameters?.length) {
        section.append(h('table', { class: 'data' },
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'parameter'), h('th', { scope: 'col' }, 'in'), h('th', { scope: 'col' }, 'type'), h('th', { scope: 'col' }, 'required'))),
          h('tbody', {}, ...op.parameters.map(p => h('tr', {}, h('td', {}, h('code', {}, p.name)), h('td', {}, p.in),
            h('td', {}, String(p.schema?.type ?? '')), h('td', {}, p.required ? 'yes' : 'no'))))));
      }
      const responses = Object.entries(op.responses ?? {}).map(([code, r]) => `${code} ${r.description ?? ''} (${Object.keys(r.content ?? {}).join(', ')})`);
      if (responses.length) section.append(h('ul', {}, ...responses.map(r => h('li', {}, r))));
      if (method === 'get' && !path.includes('{')) section.append(h('a', { href: path }, 'GET ' + path));
      root.append(section);
    }
  }
}

main().catch(e => byId('docs').append(h('p', { class: 'error' }, String(e))));
