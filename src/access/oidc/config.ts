// Single sign-on settings from the environment, read when first needed (so a change needs a
// restart, and tests can set them after the server started). Nothing set = SSO off.
import { z } from 'zod';
import { isRole } from '../../kernel/auth/policy.js';

const Grant = z.object({ role: z.string().refine(isRole, 'okänd roll'), departments: z.array(z.string()).default([]) });
/** claim name → claim value → the role (and department codes) it grants. */
export const RoleMap = z.record(z.string(), z.record(z.string(), Grant));
export type RoleMap = z.infer<typeof RoleMap>;

const Env = z.object({
  INFOVAKT_OIDC_ISSUER: z.string().url(),
  INFOVAKT_OIDC_CLIENT_ID: z.string().min(1),
  INFOVAKT_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  INFOVAKT_OIDC_REDIRECT_URI: z.string().url(),
  /** Where the identity provider sends the browser after its logout; default /login on this site. */
  INFOVAKT_OIDC_POST_LOGOUT_REDIRECT_URI: z.string().url().optional(),
  INFOVAKT_OIDC_ROLE_MAP: z.string().default('{}'),
  INFOVAKT_OIDC_SCOPES: z.string().default('openid profile email'),
  /** The claim that becomes the infovakt username. */
  INFOVAKT_OIDC_USERNAME_CLAIM: z.string().default('preferred_username'),
});

export interface OidcSettings {
  issuer: URL;
  clientId: string;
  clientSecret: string | undefined;
  redirectUri: string;
  postLogoutRedirectUri: string;
  roleMap: RoleMap;
  scopes: string;
  usernameClaim: string;
}

/** The settings, or null when SSO is not configured. A half-done configuration is an error. */
export function oidcSettings(env: NodeJS.ProcessEnv = process.env): OidcSettings | null {
  if (!env.INFOVAKT_OIDC_ISSUER) return null;
  const parsed = Env.safeParse(env);
  if (!parsed.success) throw new Error(`OpenID Connect: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const e = parsed.data;
  let roleMap: RoleMap;
  try {
    roleMap = RoleMap.parse(JSON.parse(e.INFOVAKT_OIDC_ROLE_MAP));
  } catch (err) {
    throw new Error(`INFOVAKT_OIDC_ROLE_MAP: ${(err as Error).message}`);
  }
  return {
    issuer: new URL(e.INFOVAKT_OIDC_ISSUER),
    clientId: e.INFOVAKT_OIDC_CLIENT_ID,
    clientSecret: e.INFOVAKT_OIDC_CLIENT_SECRET,
    redirectUri: e.INFOVAKT_OIDC_REDIRECT_URI,
    postLogoutRedirectUri: e.INFOVAKT_OIDC_POST_LOGOUT_REDIRECT_URI ?? new URL('/login', e.INFOVAKT_OIDC_REDIRECT_URI).href,
    roleMap,
    scopes: e.INFOVAKT_OIDC_SCOPES,
    usernameClaim: e.INFOVAKT_OIDC_USERNAME_CLAIM,
  };
}
