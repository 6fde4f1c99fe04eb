// The HTTP application: security headers, auth, OpenAPI from the zod schemas, capability routes,
// and the built web UI with SPA fallback.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { installAuth } from '../auth/http.js';
import { authRoutes } from '../auth/routes.js';
import type { AppContext } from '../context.js';
import { installErrorHandler } from './errors.js';

export type RouteModule = (app: FastifyInstance, ctx: AppContext) => void | Promise<void>;

const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../web/dist');

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // Mantine injects style attributes and <style> tags at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export async function buildApp(ctx: AppContext, modules: RouteModule[], opts: { logger?: boolean } = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger === false ? false : { level: ctx.config.logLevel, redact: ['req.headers.authorization', 'req.headers.cookie'] },
    bodyLimit: 2 * 1024 * 1024,
    trustProxy: false,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);

  app.addHook('onSend', async (req, reply) => {
    if (reply.statusCode === 200 && req.url.startsWith('/static/')) reply.header('Cache-Control', 'public, max-age=31536000, immutable');
    else if (!req.url.startsWith('/api')) reply.header('Cache-Control', 'no-cache');
    else reply.header('Cache-Control', 'no-store');
    reply.header('Content-Security-Policy', CSP);
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('X-Frame-Options', 'DENY');
    reply.header('Referrer-Policy', 'no-referrer');
    reply.header('Cross-Origin-Opener-Policy', 'same-origin');
    reply.header('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
  });

  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: 25 * 1024 * 1024, files: 1, fields: 20 } });
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'infovakt API', version: '0.1.0', description: 'Informationsklassning och placeringsbeslut för kommuner' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'infovakt_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });
  installAuth(app, ctx);

  app.get('/healthz', { config: { public: true }, schema: { hide: true } }, async () => {
    await ctx.db.query('SELECT 1');
    return { status: 'ok' };
  });
  app.get('/api/openapi.json', { config: { permission: 'authenticated' }, schema: { hide: true } }, async () => app.swagger());

  authRoutes(app, ctx);
  for (const m of modules) await m(app, ctx);

  // Files are looked up per request (a rebuilt UI needs no restart); hashed bundles are immutable.
  await app.register(fastifyStatic, {
    root: webDist,
    prefix: '/',
    wildcard: true,
    index: ['index.html'],
    cacheControl: false,
  });
  app.setNotFoundHandler((req, reply) => {
    // Client-side routes get the app; a missing file (a stale hashed bundle) gets a real 404.
    const isAppRoute = !req.url.startsWith('/api') && !req.url.startsWith('/static/') && !/\.[a-z0-9]+(\?|$)/i.test(req.url);
    if (req.method === 'GET' && isAppRoute && fs.existsSync(path.join(webDist, 'index.html'))) {
      return reply.type('text/html').sendFile('index.html');
    }
    return reply.status(404).send({ error: { code: 'not_found', message: 'Finns inte' } });
  });
  return app;
}
