// Browser: log in, dashboard, asset list, classify an asset through the questionnaire, approve it,
// language toggle; axe-core on each page finds no serious or critical violation.
import { describe, expect, it } from 'vitest';
import { ApiClient } from '../helpers/client.js';
import { browserApp, login } from './browser.js';

const ctx = browserApp();
const { expectAccessible } = ctx;

describe('browser: login, dashboard, classification', () => {
  it('rejects a wrong password with a readable message, then logs in', async () => {
    const { page } = ctx.browser;
    await page.goto(`${ctx.app.url}/assets`);
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    await expectAccessible('login');
    await page.getByLabel('Användarnamn').fill(ctx.app.adminUser);
    await page.locator('input[name=password]').fill('fel-lösenord');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Fel användarnamn eller lösenord');
    await login(page, ctx.app.url, ctx.app.adminUser, ctx.app.adminPassword);
  });

  it('shows the dashboard with counts, a chart with a table alternative and departments', async () => {
    const { page } = ctx.browser;
    await page.goto(ctx.app.url);
    await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
    const statLink = page.getByRole('link', { name: /^Informationsmängder\s*\d+$/ });
    await statLink.waitFor();
    const assets = Number((await statLink.textContent())!.replace(/\D/g, ''));
    expect(assets).toBeGreaterThanOrEqual(40);
    const chart = page.getByRole('img', { name: /^Stapeldiagram/ });
    await chart.waitFor();
    await expect(chart.locator('svg').count()).resolves.toBe(1);
    // The same data as a table (visually hidden until toggled).
    await expect(page.getByRole('table', { name: 'Klassningar per aspekt och nivå' }).count()).resolves.toBe(1);
    await page.getByRole('button', { name: 'Visa som tabell' }).click();
    await page.getByRole('button', { name: 'Dölj tabellen' }).waitFor();
    await page.getByRole('link', { name: 'Socialförvaltningen' }).first().waitFor();
    await expectAccessible('dashboard');

    // On a 1366×768 screen the table per department fits beside the chart: no sideways scrolling.
    await page.setViewportSize({ width: 1366, height: 768 });
    const wrap = page.getByRole('table', { name: 'Per förvaltning' }).locator('xpath=..');
    const { scrollWidth, clientWidth } = await wrap.evaluate((el: { scrollWidth: number; clientWidth: number }) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await page.setViewportSize({ width: 1366, height: 900 });
  });

  it('searches, filters and sorts the asset list with the state in the URL', async () => {
    const { page } = ctx.browser;
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Informationsmängder' }).click();
    await page.getByRole('heading', { level: 1, name: 'Informationsmängder' }).waitFor();
    await page.getByRole('searchbox', { name: 'Sök' }).fill('bygglov');
    await page.waitForURL(/q=bygglov/);
    await page.getByRole('link', { name: 'Bygglov', exact: true }).waitFor();
    await page.getByRole('button', { name: /^K \/ R \/ T \/ S/ }).click();
    await page.waitForURL(/sort=-k/);
    await page.getByRole('button', { name: 'Rensa filter' }).click();
    await page.waitForURL((u) => !u.search.includes('q='));
    await expectAccessible('asset list');
  });

  it('classifies an unclassified asset with the questionnaire, with an override, and approves it', async () => {
    const { page } = ctx.browser;
    await page.goto(`${ctx.app.url}/assets?state=unclassified`);
    const first = page.getByRole('table').getByRole('rowheader').first().getByRole('link');
    const name = (await first.textContent())!;
    await first.click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    const assetId = new URL(page.url()).pathname.split('/').pop()!;
    await expectAccessible('asset detail');
    await page.getByRole('main').getByRole('link', { name: 'Klassa', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Klassa: ${name}` }).waitFor();

    // K: one consequence question at level 3, with a reason.
    const panel = page.getByRole('tabpanel');
    await panel.locator('input[type=radio][value="level-3"]').first().check();
    await panel.getByLabel('Motivering till svaret').first().fill('Uppgifter om enskildas hälsa kan skada dem allvarligt.');
    await page.getByText('Härledd nivå: K 3').waitFor();
    await expectAccessible('classify');

    // R: level 2.
    await page.getByRole('tab', { name: /Riktighet/ }).click();
    await page.getByRole('tabpanel').locator('input[type=radio][value="level-2"]').first().check();
    await page.getByText('Härledd nivå: R 2').waitFor();

    // T: an override needs a written reason.
    await page.getByRole('tab', { name: /Tillgänglighet/ }).click();
    await page.getByRole('tabpanel').getByLabel('Justera nivån manuellt').check();
    await page.getByRole('tabpanel').getByLabel('Justerad nivå').click();
    await page.getByRole('option', { name: '3 Allvarlig' }).click();
    await page.getByRole('button', { name: 'Spara som utkast' }).click();
    await page.getByText('En justering kräver en skriftlig motivering på minst 10 tecken.').first().waitFor();
    await page.getByRole('tabpanel').getByLabel(/Skriftlig motivering till justeringen/).fill('Verksamheten stannar utan informationen.');
    await page.getByRole('button', { name: 'Spara som utkast' }).click();
    await page.getByText('Klassningen är sparad som utkast.').waitFor();

    // Approve as information owner, with the default review date one year ahead.
    await page.getByRole('button', { name: 'Godkänn', exact: true }).click();
    const dialog = page.getByRole('dialog');
    const due = await dialog.getByLabel('Granskas senast').inputValue();
    expect(due.slice(0, 4)).toBe(String(new Date().getFullYear() + 1));
    await dialog.getByRole('button', { name: 'Godkänn', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });

    await page.goto(`${ctx.app.url}/assets/${assetId}`);
    await page.getByText('Godkänd', { exact: true }).first().waitFor();

    const api = await ApiClient.login(ctx.app.url, ctx.app.adminUser, ctx.app.adminPassword);
    const asset = (await api.get(`/api/assets/${assetId}`)).body;
    expect(asset.classificationState).toBe('approved');
    expect(asset.levels.K).toBeGreaterThanOrEqual(3);
    expect(asset.levels.R).toBeGreaterThanOrEqual(2);
    expect(asset.levels.T).toBe(3);
    expect(asset.classification.overrides.T.reason).toContain('Verksamheten stannar');

    await page.getByRole('tab', { name: 'Historik' }).click();
    const history = page.getByRole('tabpanel');
    // Actions and fields by name, not as the server's codes and paths.
    await history.getByRole('heading', { name: /^Klassningen godkänd · Version \d+$/ }).waitFor();
    await history.getByRole('heading', { name: /^Klassad \(utkast\) · Version \d+$/ }).waitFor();
    await history.getByRole('rowheader', { name: 'Klassningsnivåer' }).waitFor();
    const fields = await history.getByRole('rowheader').allTextContents();
    expect(fields.filter((f) => /^[a-z][\w.]*$/.test(f))).toEqual([]);
    await expectAccessible('asset history');
  });

  it('switches to English and remembers the choice', async () => {
    const { page } = ctx.browser;
    await page.goto(ctx.app.url);
    await page.getByText('English', { exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    await expect(page.evaluate('document.documentElement.lang')).resolves.toBe('en');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    await page.getByText('Svenska', { exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
  });
});
