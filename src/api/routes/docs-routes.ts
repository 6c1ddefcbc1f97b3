import { Router } from 'express';
import { renderDocsPage } from '../docs-page';
import { openApiDocument } from '../openapi';

/** `GET /api/openapi.json` and `GET /api/docs`: the API's description, public like the dashboard. */
export function docsRoutes(): Router {
  const doc = openApiDocument();
  const page = renderDocsPage(doc);
  const r = Router();
  r.get('/openapi.json', (_req, res) => { res.json(doc); });
  r.get('/docs', (_req, res) => { res.type('html').send(page); });
  return r;
}
