// Thin fetch wrapper: session cookie, double-submit CSRF header, readable errors.

export interface FieldProblem {
  path: string;
  message: string;
}

export interface ImportProblem {
  sheet?: string;
  row?: number;
  column?: string;
  message: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldProblem[];
  readonly problems: ImportProblem[];
  /** 403 because the caller's role requires MFA and the session is limited to enrolment. */
  mfaEnrolmentRequired = false;

  constructor(status: number, code: string, message: string, fields: FieldProblem[] = [], problems: ImportProblem[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.problems = problems;
  }

  /** One readable line per problem, for display. */
  get details(): string[] {
    return this.fields.map((f) => (f.path ? `${f.path.replace(/^body\./, '')}: ${f.message}` : f.message));
  }
}

function readCookie(name: string): string | null {
  for (const part of document.cookie.split(';')) {
    const [k, ...rest] = part.trim().split('=');
    if (k === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

type Query = Record<string, string | number | boolean | null | undefined>;

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '') continue;
    params.set(k, String(v));
  }
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}

let onUnauthorized: (() => void) | null = null;
let onMfaEnrolmentRequired: (() => void) | null = null;
/** Called when a request answers 403 with mfaEnrolmentRequired: the app opens the enrolment page. */
export function setMfaEnrolmentHandler(fn: (() => void) | null): void {
  onMfaEnrolmentRequired = fn;
}
/** Called when any request answers 401 (session expired): the app returns to the login page. */
export function setUnauthorizedHandler(fn: (() => void) | null): void {
  onUnauthorized = fn;
}

async function toError(res: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    // not JSON
  }
  const err = (body as { error?: Record<string, unknown> } | null)?.error;
  if (err && typeof err === 'object') {
    const error = new ApiError(
      res.status,
      String(err.code ?? 'error'),
      String(err.message ?? res.statusText),
      Array.isArray(err.fields) ? (err.fields as FieldProblem[]) : [],
      Array.isArray(err.problems) ? (err.problems as ImportProblem[]) : [],
    );
    error.mfaEnrolmentRequired = err.mfaEnrolmentRequired === true;
    return error;
  }
  return new ApiError(res.status, 'http', `${res.status} ${res.statusText}`);
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Query;
  body?: unknown;
  /** Multipart form data (file uploads). */
  form?: FormData;
  signal?: AbortSignal;
}

export async function request(path: string, opts: RequestOptions = {}): Promise<Response> {
  const method = opts.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET') {
    const csrf = readCookie('infovakt_csrf');
    if (csrf) headers['x-csrf-token'] = csrf;
  }
  let body: BodyInit | undefined;
  if (opts.form) body = opts.form;
  else if (opts.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(opts.body);
  }
  let res: Response;
  try {
    res = await fetch(withQuery(path, opts.query), { method, headers, body, credentials: 'include', signal: opts.signal });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError(0, 'network', 'network');
  }
  if (!res.ok) {
    const error = await toError(res);
    if (res.status === 401 && path !== '/api/auth/login' && path !== '/api/auth/me') onUnauthorized?.();
    if (error.mfaEnrolmentRequired) onMfaEnrolmentRequired?.();
    throw error;
  }
  return res;
}

export async function api<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const res = await request(path, opts);
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Download a file from the API (keeps the session cookie) and save it under its server-given name. */
export async function download(path: string, query: Query, fallbackName: string): Promise<void> {
  const res = await request(path, { query });
  const blob = await res.blob();
  const disposition = res.headers.get('content-disposition') ?? '';
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
  const name = match?.[1] ? decodeURIComponent(match[1]) : fallbackName;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
