// Shared set-up for the browser tests: Debian's chromium through playwright-core, a logged-in page,
// and an axe-core check that fails on serious or critical violations.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** A fresh browser profile (own user-data-dir) with one page; downloads are allowed. */
export async function openBrowser(): Promise<Browser> {
  const dir = mkdtempSync(path.join(tmpdir(), 'infovakt-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    viewport: { width: 1366, height: 900 },
    acceptDownloads: true,
    // The app's CSP forbids inline scripts; axe-core is injected as one.
    bypassCSP: true,
    locale: 'sv-SE',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(15_000);
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function login(page: Page, url: string, user: string, password: string): Promise<void> {
  await page.goto(`${url}/login`);
  await page.getByLabel('Användarnamn').fill(user);
  await page.locator('input[name=password]').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  await page.getByRole('navigation', { name: 'Huvudmeny' }).waitFor();
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe-core on the current page; returns serious and critical violations (empty = pass). */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  // Let transitions finish first: a dialog still fading in has less contrast than the finished one.
  await page.evaluate('Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined)))');
  await page.addScriptTag({ path: AXE_PATH });
  // A string, so that this file needs no DOM types (the root tsconfig has none).
  const violations = (await page.evaluate(`(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  })()`)) as AxeViolation[];
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** A readable summary for assertion messages. */
export function describeViolations(vs: AxeViolation[]): string {
  return vs.map((v) => `${v.impact} ${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`).join('\n');
}

export interface BrowserApp {
  /** Set before the file's first test runs. */
  app: TestApp;
  browser: Browser;
  /** Fails with a readable list when axe-core finds serious or critical violations on the page. */
  expectAccessible(label: string): Promise<void>;
}

/**
 * The real server on a fresh database with the demo, and a browser, for one test file: started
 * before its first test (logged in as the administrator when asked), closed after its last.
 */
export function browserApp(opts: { loggedIn?: boolean } = {}): BrowserApp {
  const ctx = {
    async expectAccessible(label: string) {
      const violations = await seriousAxeViolations(ctx.browser.page);
      expect(violations, `${label}:\n${describeViolations(violations)}`).toEqual([]);
    },
  } as BrowserApp;
  beforeAll(async () => {
    ctx.app = await startTestApp();
    ctx.browser = await openBrowser();
    if (opts.loggedIn) await login(ctx.browser.page, ctx.app.url, ctx.app.adminUser, ctx.app.adminPassword);
  }, 120_000);
  afterAll(async () => {
    await ctx.browser?.close();
    await ctx.app?.stop();
  });
  return ctx;
}
