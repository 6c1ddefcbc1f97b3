import fs from 'node:fs';
import path from 'node:path';
import { openApiDocument } from '../../../src/api/openapi';
import { renderDocsPage } from '../../../src/api/docs-page';

describe('openApiDocument', () => {
  const doc = openApiDocument() as { openapi: string; paths: Record<string, Record<string, unknown>> };

  it('documents every endpoint of the API', () => {
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/api/analyze', '/api/datasets', '/api/datasets/{dataset}', '/api/datasets/{dataset}/export.csv', '/api/datasets/{dataset}/export.json',
      '/api/datasets/{dataset}/mood', '/api/datasets/{dataset}/posts', '/api/datasets/{dataset}/summary', '/api/datasets/{dataset}/uploads',
      '/api/docs', '/api/openapi.json', '/api/uploads/{uploadId}', '/api/uploads/{uploadId}/rejected.csv', '/healthz',
    ]);
  });

  it('documents every route the routers declare, with its method', () => {
    const dir = path.join(__dirname, '../../../src/api/routes');
    for (const file of fs.readdirSync(dir)) {
      const source = fs.readFileSync(path.join(dir, file), 'utf8');
      for (const [, method, route] of source.matchAll(/\br\.(get|post|put|patch|delete)\('([^']+)'/g)) {
        const documented = `${route === '/healthz' ? '' : '/api'}${route!.replace(/:(\w+)/g, '{$1}')}`;
        expect([file, method, documented, Boolean(doc.paths[documented]?.[method!])]).toEqual([file, method, documented, true]);
      }
    }
  });

  it('resolves every $ref to a component schema', () => {
    const text = JSON.stringify(doc);
    const schemas = Object.keys((doc as unknown as { components: { schemas: Record<string, unknown> } }).components.schemas);
    for (const [, name] of text.matchAll(/"#\/components\/schemas\/([A-Za-z]+)"/g)) expect(schemas).toContain(name);
  });

  it('renders as an HTML page without scripts', () => {
    const html = renderDocsPage(doc);
    expect(html).toContain('/api/datasets/{dataset}/summary');
    expect(html).not.toMatch(/<script/i);
  });
});
