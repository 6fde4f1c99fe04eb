// The OpenID Connect relying party (openid-client): discovery once per process, then the
// authorization code flow with PKCE, state and nonce.
import * as oidc from 'openid-client';
import type { OidcSettings } from './config.js';

let cached: { key: string; config: Promise<oidc.Configuration> } | undefined;

/** Plain http is allowed only for an identity provider on this machine (tests, development). */
function isLoopback(url: URL): boolean {
  return ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

export function oidcClient(s: OidcSettings): Promise<oidc.Configuration> {
  const key = `${s.issuer.href}|${s.clientId}`;
  if (cached?.key !== key) {
    const auth = s.clientSecret ? oidc.ClientSecretPost(s.clientSecret) : oidc.None();
    const insecure = s.issuer.protocol === 'http:' && isLoopback(s.issuer);
    const config = oidc.discovery(s.issuer, s.clientId, s.clientSecret, auth, insecure ? { execute: [oidc.allowInsecureRequests] } : undefined);
    cached = { key, config };
    // A failed discovery is retried on the next login instead of being remembered.
    config.catch(() => {
      if (cached?.key === key) cached = undefined;
    });
  }
  return cached.config;
}

export async function startLogin(s: OidcSettings) {
  const config = await oidcClient(s);
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: s.redirectUri,
    scope: s.scopes,
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { url, codeVerifier, state, nonce };
}

/** Exchanges the code; answers the ID token's claims merged with the userinfo claims. */
export async function finishLogin(s: OidcSettings, query: string, pending: { codeVerifier: string; state: string; nonce: string }) {
  const config = await oidcClient(s);
  const current = new URL(s.redirectUri);
  current.search = query;
  const tokens = await oidc.authorizationCodeGrant(config, current, {
    pkceCodeVerifier: pending.codeVerifier,
    expectedState: pending.state,
    expectedNonce: pending.nonce,
    idTokenExpected: true,
  });
  const claims: Record<string, unknown> = { ...tokens.claims() };
  // Keycloak and most providers put groups in userinfo when the ID token stays small.
  if (config.serverMetadata().userinfo_endpoint) {
    const info = await oidc.fetchUserInfo(config, tokens.access_token, claims.sub as string);
    for (const [k, v] of Object.entries(info)) if (!(k in claims)) claims[k] = v;
  }
  return claims;
}

/**
 * The identity provider's logout (OpenID Connect RP-Initiated Logout) for this client, or null when
 * it has none. No ID token is kept to send as a hint, so the provider identifies the client by
 * `client_id` and may ask the user to confirm.
 */
export async function endSessionUrl(s: OidcSettings): Promise<URL | null> {
  const config = await oidcClient(s);
  if (!config.serverMetadata().end_session_endpoint) return null;
  return oidc.buildEndSessionUrl(config, { client_id: s.clientId, post_logout_redirect_uri: s.postLogoutRedirectUri });
}
