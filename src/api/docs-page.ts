type Json = Record<string, unknown>;

const escapeHtml = (s: unknown): string =>
  String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const schemaText = (s: Json | undefined): string => {
  if (!s) return '';
  if (s.$ref) return String(s.$ref).split('/').pop()!;
  const parts = [Array.isArray(s.type) ? s.type.join(' | ') : s.type, s.enum ? `one of ${(s.enum as unknown[]).join(', ')}` : '', s.default !== undefined ? `default ${s.default}` : ''];
  return parts.filter(Boolean).join('; ');
};

function operation(path: string, method: string, op: Json): string {
  const params = (op.parameters as Json[] | undefined) ?? [];
  const responses = Object.entries((op.responses as Record<string, Json>) ?? {});
  const rows = params.map((p) => `<tr><td><code>${escapeHtml(p.name)}</code></td><td>${escapeHtml(p.in)}</td><td>${escapeHtml(schemaText(p.schema as Json))}</td><td>${escapeHtml(p.description)}</td></tr>`).join('');
  const needsKey = JSON.stringify(op.security ?? []) === JSON.stringify([{ bearer: [] }]);
  return `<section class="op" id="${escapeHtml(`${method}-${path}`.replace(/[^A-Za-z0-9-]+/g, '-'))}">
<h3><span class="method ${escapeHtml(method)}">${escapeHtml(method.toUpperCase())}</span> <code>${escapeHtml(path)}</code>${needsKey ? ' <span class="key">API key</span>' : ''}</h3>
<p>${escapeHtml(op.summary)}</p>
${rows ? `<table><thead><tr><th>parameter</th><th>in</th><th>schema</th><th>meaning</th></tr></thead><tbody>${rows}</tbody></table>` : ''}
<ul class="responses">${responses.map(([code, r]) => `<li><strong>${escapeHtml(code)}</strong> ${escapeHtml(r.description)}</li>`).join('')}</ul>
</section>`;
}

/** The OpenAPI document as one self-contained HTML page (no scripts; styles from the dashboard's own folder). */
export function renderDocsPage(doc: Json): string {
  const info = doc.info as Json;
  const paths = Object.entries(doc.paths as Record<string, Record<string, Json>>);
  const ops = paths.flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => operation(path, method, op)));
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(info.title)}</title><link rel="icon" href="/favicon.svg" type="image/svg+xml"><link rel="stylesheet" href="/docs.css"></head>
<body><main>
<h1>${escapeHtml(info.title)}</h1>
<p>${escapeHtml(info.description)}</p>
<p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI ${escapeHtml(doc.openapi)}). Dashboard: <a href="/">/</a>.</p>
${ops.join('\n')}
</main></body></html>
`;
}
