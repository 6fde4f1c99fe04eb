// Time to a usable list page in Debian's chromium: from navigation to the first table rows shown.
import { chromium } from 'playwright-core';
import { median } from '../stats.js';

export async function browserListLoad(base: string, user: string, password: string, runs = 5) {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const context = await browser.newContext();
    const login = await context.request.post(`${base}/api/auth/login`, { data: { username: user, password } });
    if (!login.ok()) throw new Error(`login ${login.status()}`);
    // Baseline in the same browser: a new page navigating to a tiny document (/healthz).
    const baseline: number[] = [];
    for (let i = 0; i < runs; i++) {
      const page = await context.newPage();
      const t0 = performance.now();
      await page.goto(`${base}/healthz`);
      await page.locator('body').waitFor({ state: 'visible' });
      baseline.push(performance.now() - t0);
      await page.close();
    }
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const page = await context.newPage();
      const t0 = performance.now();
      await page.goto(`${base}/assets`);
      await page.locator('table tbody tr').nth(24).waitFor({ state: 'visible', timeout: 15_000 });
      samples.push(performance.now() - t0);
      await page.close();
    }
    return { runs, median: median(samples), max: Math.max(...samples), baseline: median(baseline) };
  } finally {
    await browser.close();
  }
}
