// A real OpenID provider (the certified `oidc-provider` package) on 127.0.0.1 for the SSO tests.
// Its login and consent pages are replaced by an interaction that signs in `account.current`
// at once, so a test can follow the redirects with fetch.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TestAccount {
  sub: string;
  preferred_username: string;
  name: string;
  groups: string[];
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  account: { current: TestAccount };
  stop(): Promise<void>;
}

export async function startOidcProvider(redirectUri: string): Promise<TestProvider> {
  // No type declarations ship with oidc-provider; a computed specifier keeps tsc content.
  const specifier: string = 'oidc-provider';
  const { default: Provider } = (await import(specifier)) as { default: any };
  const account: { current: TestAccount } = { current: { sub: 'anna-1', preferred_username: 'anna.sso', name: 'Anna Andersson', groups: ['soc-editors'] } };
  const clientId = 'infovakt-test';
  const clientSecret = 'test-client-secret-that-is-long-enough-0123456789';

  let provider: any;
  const server = http.createServer(async (req, res) => {
    try {
      if (req.url?.startsWith('/interaction/')) {
        const details = await provider.interactionDetails(req, res);
        if (details.prompt.name === 'login') {
          await provider.interactionFinished(req, res, { login: { accountId: account.current.sub } }, { mergeWithLastSubmission: false });
          return;
        }
        const grant = details.grantId ? await provider.Grant.find(details.grantId) : new provider.Grant({ accountId: details.session.accountId, clientId });
        const missing = details.prompt.details.missingOIDCScope as string[] | undefined;
        if (missing) grant.addOIDCScope(missing.join(' '));
        const claims = details.prompt.details.missingOIDCClaims as string[] | undefined;
        if (claims) grant.addOIDCClaims(claims);
        const grantId = await grant.save();
        await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
        return;
      }
      provider.callback()(req, res);
    } catch (e) {
      res.statusCode = 500;
      res.end(String(e));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  provider = new Provider(issuer, {
    clients: [{
      client_id: clientId,
      client_secret: clientSecret,
      redirect_uris: [redirectUri],
      post_logout_redirect_uris: [new URL('/login', redirectUri).href],
      response_types: ['code'],
      grant_types: ['authorization_code'],
      token_endpoint_auth_method: 'client_secret_post',
    }],
    claims: { openid: ['sub'], profile: ['name', 'preferred_username'], groups: ['groups'] },
    cookies: { keys: ['infovakt-test-cookie-key'] },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    findAccount: async (_ctx: unknown, id: string) => ({
      accountId: id,
      claims: async () => ({ ...account.current, sub: id }),
    }),
  });
  provider.on('server_error', () => {});

  return {
    issuer,
    clientId,
    clientSecret,
    account,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
