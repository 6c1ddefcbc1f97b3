import type { IRouter } from 'express';
import { renderDocsPage } from '../docs-page';
import { openApiDocument } from '../openapi';

/** `GET /api/openapi.json` and `GET /api/docs`: the API's description, public like the dashboard. */
export function docsRoutes(r: IRouter): void {
  const doc = openApiDocument();
  const page = renderDocsPage(doc);
  r.get('/openapi.json', (_req, res) => { res.json(doc); });
  r.get('/docs', (_req, res) => { res.type('html').send(page); });
}
