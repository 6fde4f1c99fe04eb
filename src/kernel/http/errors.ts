// One error shape for every client: {error: {code, message, fields?, problems?}}.
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';

export type ErrorCode =
  | 'validation'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'too_many_requests'
  | 'payload_too_large'
  | 'import_invalid'
  | 'internal';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export const notFound = (what = 'Resursen') => new HttpError(404, 'not_found', `${what} finns inte`);
export const forbidden = () => new HttpError(403, 'forbidden', 'Du saknar behörighet för detta');
export const conflict = (message: string) => new HttpError(409, 'conflict', message);
export const badRequest = (message: string, fields?: { path: string; message: string }[]) =>
  new HttpError(400, 'validation', message, fields ? { fields } : {});

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | HttpError, req, reply) => {
    if (err instanceof HttpError) {
      return reply.status(err.status).send({ error: { code: err.code, message: err.message, ...err.extra } });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const where = (err as { validationContext?: string }).validationContext ?? 'body';
      const fields = err.validation.map((v) => ({
        path: [where, ...String(v.instancePath ?? '').split('/').filter(Boolean)].join('.'),
        message: v.message ?? 'invalid',
      }));
      const first = fields[0];
      return reply.status(400).send({
        error: { code: 'validation', message: first ? `${first.path}: ${first.message}` : 'Ogiltig indata', fields },
      });
    }
    const status = err.statusCode ?? 500;
    if (status === 413) return reply.status(413).send({ error: { code: 'payload_too_large', message: 'För stor begäran' } });
    if (status === 429) return reply.status(429).send({ error: { code: 'too_many_requests', message: err.message } });
    if (status >= 400 && status < 500) {
      return reply.status(status).send({ error: { code: 'validation', message: err.message } });
    }
    // Never send internals to the client; the log has them (without request bodies).
    req.log.error({ err }, 'unhandled error');
    return reply.status(500).send({ error: { code: 'internal', message: 'Internt fel' } });
  });
}
