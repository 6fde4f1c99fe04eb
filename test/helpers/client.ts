// A small API client for tests: logs in like the browser (cookie + CSRF) or uses a bearer token.
export class ApiClient {
  private cookie = '';
  private csrf = '';
  constructor(
    readonly base: string,
    private bearer?: string,
  ) {}

  static async login(base: string, username: string, password: string): Promise<ApiClient> {
    const c = new ApiClient(base);
    const res = await c.request('POST', '/api/auth/login', { username, password });
    if (res.status !== 200) throw new Error(`login failed: ${res.status} ${JSON.stringify(res.body)}`);
    return c;
  }

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const h: Record<string, string> = { ...headers };
    if (body !== undefined && !(body instanceof FormData)) h['content-type'] = 'application/json';
    if (this.bearer) h.authorization = `Bearer ${this.bearer}`;
    if (this.cookie) h.cookie = this.cookie;
    if (this.csrf && method !== 'GET') h['x-csrf-token'] = this.csrf;
    const res = await fetch(this.base + path, {
      method,
      headers: h,
      body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
    });
    const setCookies = res.headers.getSetCookie();
    if (setCookies.length) {
      const jar = new Map(this.cookie.split('; ').filter(Boolean).map((kv) => kv.split('=') as [string, string]));
      for (const sc of setCookies) {
        const [kv] = sc.split(';');
        const [k, v] = kv!.split('=') as [string, string];
        jar.set(k, v);
        if (k === 'infovakt_csrf') this.csrf = v;
      }
      this.cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    }
    const type = res.headers.get('content-type') ?? '';
    const parsed = type.includes('json') ? await res.json() : Buffer.from(await res.arrayBuffer());
    return { status: res.status, body: parsed as any, headers: res.headers };
  }

  get = (path: string) => this.request('GET', path);
  post = (path: string, body?: unknown) => this.request('POST', path, body ?? {});
  patch = (path: string, body: unknown) => this.request('PATCH', path, body);
  delete = (path: string) => this.request('DELETE', path);
}
