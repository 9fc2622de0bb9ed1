// A small Markdown → DOM renderer for the model card: headings, paragraphs, bullet and numbered lists, tables,
// block quotes, fenced code, **bold**, *italic*, `code` and links. Text is always set as text (never innerHTML),
// so a card cannot inject markup; links only to http(s) or same-site paths.
import { h } from './dom';

type Inline = Node | string;

function inline(text: string): Inline[] {
  const out: Inline[] = [];
  const pattern = /(\*\*([^*]+)\*\*|\*([^*\s][^*]*)\*|`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\))/g;
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    if (m[2] !== undefined) out.push(h('strong', {}, m[2]));
    else if (m[3] !== undefined) out.push(h('em', {}, m[3]));
    else if (m[4] !== undefined) out.push(h('code', {}, m[4]));
    else {
      const href = m[6];
      out.push(/^(https?:\/\/|\/(?!\/)|#)/.test(href) ? h('a', { href, rel: 'noopener' }, m[5]) : m[5]);
    }
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

const cells = (line: string) => line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map(c => c.trim());

/** The Markdown as a document fragment of elements. */
export function renderMarkdown(markdown: string): DocumentFragment {
  const root = document.createDocumentFragment();
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (!line.trim()) { i++; continue; }
    const heading = line.match(/^(#{1,6})\s+(.*)$/);
    if (heading) { root.append(h(`h${Math.min(6, heading[1].length + 1)}` as 'h2', {}, ...inline(heading[2]))); i++; continue; }
    if (line.startsWith('```')) {
      const code: string[] = [];
      for (i++; i < lines.length && !lines[i].startsWith('```'); i++) code.push(lines[i]);
      root.append(h('pre', {}, h('code', {}, code.join('\n'))));
      i++;
      continue;
    }
    if (line.trim().startsWith('|') && i + 1 < lines.length && /^\s*\|?\s*:?-{3,}/.test(lines[i + 1])) {
      const head = cells(line);
      const rows: string[][] = [];
      for (i += 2; i < lines.length && lines[i].trim().startsWith('|'); i++) rows.push(cells(lines[i]));
      root.append(h('div', { class: 'table-wrap' }, h('table', { class: 'data' },
        h('thead', {}, h('tr', {}, ...head.map(c => h('th', { scope: 'col' }, ...inline(c))))),
        h('tbody', {}, ...rows.map(r => h('tr', {}, ...r.map(c => h('td', {}, ...inline(c)))))))));
      continue;
    }
    const bullet = /^\s*[-*]\s+/, numbered = /^\s*\d+\.\s+/;
    if (bullet.test(line) || numbered.test(line)) {
      const marker = bullet.test(line) ? bullet : numbered;
      const list = h(marker === bullet ? 'ul' : 'ol', {});
      for (; i < lines.length && marker.test(lines[i]); i++) list.append(h('li', {}, ...inline(lines[i].replace(marker, ''))));
      root.append(list);
      continue;
    }
    if (line.startsWith('>')) {
      const quote: string[] = [];
      for (; i < lines.length && lines[i].startsWith('>'); i++) quote.push(lines[i].replace(/^>\s?/, ''));
      root.append(h('blockquote', {}, ...inline(quote.join(' '))));
      continue;
    }
    const para: string[] = [];
    for (; i < lines.length && lines[i].trim() && !/^(#{1,6}\s|```|>|\s*[-*]\s|\s*\d+\.\s|\s*\|)/.test(lines[i]); i++) para.push(lines[i].trim());
    if (!para.length) { para.push(line.trim()); i++; }
    root.append(h('p', {}, ...inline(para.join(' '))));
  }
  return root;
}
