import { serveStatic } from '@hono/node-server/serve-static';
import { OpenAPIHono } from '@hono/zod-openapi';
import { Hono } from 'hono';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { csrfProtection, loadSession } from './platform/auth';
import { pingDatabase } from './platform/db';
import { errors } from './platform/errors';
import {
  accessLog,
  onError,
  parseJsonBody,
  renderError,
  requestContext,
  securityHeaders,
  type AppDeps,
  type AppEnv,
} from './platform/http';
import { apiDocsInitScript, apiDocsPage } from './platform/http/api-docs';
import { adminRoutes } from './modules/admin';
import { katoRoutes } from './modules/kato';
import { authRoutes, staffRoutes } from './modules/staff';
import { calendarRoutes } from './modules/calendar';
import { correspondenceRoutes } from './modules/correspondence';
import { carriesKbUpload, kbUploadBodyBytes, knowledgePages, knowledgeRoutes } from './modules/knowledge';
import { peopleRoutes } from './modules/people';
import { carriesIndicatorFile, indicatorFileBodyBytes, settlementsAdminRoutes, settlementsRoutes } from './modules/settlements';
import {
  attachmentsBodyBytes,
  carriesAttachments,
  notificationRoutes,
  peopleServedInRegion,
  open311Routes,
  supportPublicRoutes,
  supportStaffRoutes,
  supportStatsRoutes,
  telegramRoutes,
} from './modules/support';
import type pg from 'pg';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
export const webDistDir = path.join(projectRoot, 'dist', 'web');

export type BuildAppOptions = AppDeps & { pool: pg.Pool; serveWeb?: boolean };

/**
 * Requests that carry no session authority need no CSRF token: the public
 * appeal intake and status (JSON only, so a cross-site form cannot send
 * them), the Telegram webhook (its secret token) and Open311 (an API key).
 */
const csrfExempt = (path: string) =>
  path.startsWith('/api/v1/appeals') ||
  path === '/api/v1/channels/telegram/webhook' ||
  path.startsWith('/api/open311/') ||
  // A reader's vote on an article: JSON, public, and it changes nothing of anyone's.
  /^\/api\/v1\/kb\/translations\/[^/]+\/feedback$/u.test(path) ||
  // The advisor's ranking reads only; a shortlist is an anonymous list of codes.
  path === '/api/v1/settlements/rank' ||
  path === '/api/v1/settlements/shortlists';

/** The API: every module's routes under /api/v1, and the OpenAPI document built from their schemas. */
function buildApi(): OpenAPIHono<AppEnv> {
  const api = new OpenAPIHono<AppEnv>();
  api.route('/', authRoutes());
  api.route('/', staffRoutes());
  api.route('/', katoRoutes());
  api.route('/', adminRoutes());
  api.route('/', calendarRoutes());
  api.route('/', peopleRoutes({ servedInRegion: peopleServedInRegion }));
  api.route('/', supportPublicRoutes());
  api.route('/', supportStaffRoutes());
  api.route('/', supportStatsRoutes());
  api.route('/', notificationRoutes());
  api.route('/', telegramRoutes());
  api.route('/', correspondenceRoutes());
  api.route('/', knowledgeRoutes());
  // Before the public routes: /settlements/imports is not a settlement's code.
  api.route('/', settlementsAdminRoutes());
  api.route('/', settlementsRoutes());
  api.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: 'otandas_session',
    description: 'Session cookie set by POST /auth/login. State-changing requests also need the X-CSRF-Token header.',
  });
  api.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Otandas API',
      version: '1',
      description:
        'Errors always have the shape {"error":{"code","message","details"}}; the message is in the language of ?lang=, the otandas_lang cookie or Accept-Language (kk, ru, en).',
    },
    servers: [{ url: '/api/v1' }],
  });
  return api;
}

export function buildApp(options: BuildAppOptions): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('*', requestContext(options));
  app.use('*', securityHeaders());
  app.use('*', accessLog());
  app.onError(onError);

  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) =>
    (await pingDatabase(options.pool)) ? c.json({ status: 'ready' }) : renderError(c, errors.unavailable('database_unreachable')),
  );

  const uploadLimit = Math.max(options.config.bodyLimitBytes, attachmentsBodyBytes);
  const kbUploadLimit = Math.max(options.config.bodyLimitBytes, kbUploadBodyBytes);
  const indicatorFileLimit = Math.max(options.config.bodyLimitBytes, indicatorFileBodyBytes);
  const bodyLimitFor = (path: string) =>
    carriesAttachments(path) ? uploadLimit : carriesKbUpload(path) ? kbUploadLimit : carriesIndicatorFile(path) ? indicatorFileLimit : options.config.bodyLimitBytes;
  app.use('/api/v1/*', parseJsonBody(bodyLimitFor));
  app.use('/api/*', loadSession());
  app.use('/api/*', csrfProtection(csrfExempt));
  app.route('/api/v1', buildApi());
  // Open311 GeoReport v2 lives at its conventional path, outside /api/v1.
  app.route('/api/open311/v2', open311Routes());
  app.get('/api/docs', (c) => c.html(apiDocsPage()));
  // The page's script is a file, not inline, so a strict Content-Security-Policy can apply.
  app.get('/api/docs/init.js', (c) => c.body(apiDocsInitScript, 200, { 'Content-Type': 'text/javascript' }));
  app.use('/api/docs/assets/*', serveStatic({ root: path.relative(process.cwd(), path.join(projectRoot, 'node_modules/swagger-ui-dist')), rewriteRequestPath: (p) => p.replace('/api/docs/assets', '') }));
  app.all('/api/*', (c) => renderError(c, errors.routeNotFound()));
  // Knowledge-base articles as server-rendered pages, ahead of the web app's fallback to index.html.
  app.route('/', knowledgePages());

  if (options.serveWeb !== false) mountWeb(app);
  return app;
}

/** Serves the built React app; every other path falls back to index.html for client-side routing. */
function mountWeb(app: Hono<AppEnv>): void {
  const indexFile = path.join(webDistDir, 'index.html');
  const root = path.relative(process.cwd(), webDistDir);
  app.use(
    '/assets/*',
    serveStatic({
      root,
      onFound: (_path, c) => {
        c.header('Cache-Control', 'public, max-age=31536000, immutable');
      },
    }),
  );
  app.use('*', serveStatic({ root }));
  app.get('*', (c) => {
    if (!existsSync(indexFile)) return renderError(c, errors.unavailable('web_not_built'));
    c.header('Cache-Control', 'no-cache');
    return c.html(readFileSync(indexFile, 'utf8'));
  });
}
