import type { FastifyRequest } from 'fastify';
import type { Actor } from '../audit/audit.js';
import { requirePrincipal } from './http.js';

/** The audit actor for a request: who (user or token) and from where. */
export function actorOf(req: FastifyRequest): Actor {
  const p = requirePrincipal(req);
  return { id: p.userId ?? p.tokenId, name: p.name, ip: req.ip };
}
