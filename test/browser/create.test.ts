// Browser: a new department and a new information asset created from the list pages.
import { describe, expect, it } from 'vitest';
import { browserApp } from './browser.js';

const ctx = browserApp({ loggedIn: true });

describe('browser: creating departments and assets', () => {
  it('creates a municipal company with its functions, then an asset in it', async () => {
    const { page } = ctx.browser;
    await page.goto(`${ctx.app.url}/departments`);
    await page.getByRole('link', { name: 'Socialförvaltningen' }).waitFor();
    await ctx.expectAccessible('departments');
    await page.getByRole('button', { name: 'Ny förvaltning' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ny förvaltning' });
    await dialog.getByLabel('Kod').fill('HAMN');
    await dialog.getByLabel('Namn').fill('Exempelkommun Hamn AB');
    await dialog.getByLabel('Typ', { exact: true }).click();
    await page.getByRole('option', { name: 'Bolag' }).click();
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await page.getByRole('heading', { level: 1, name: 'Exempelkommun Hamn AB' }).waitFor();
    // Edit it on its own page.
    await page.getByRole('button', { name: 'Redigera' }).click();
    const edit = page.getByRole('dialog', { name: 'Redigera förvaltning' });
    await edit.getByLabel(/^Namn/).fill('Exempelkommun Hamn och Farled AB');
    await edit.getByRole('button', { name: 'Spara' }).click();
    await page.getByRole('heading', { level: 1, name: 'Exempelkommun Hamn och Farled AB' }).waitFor();

    await page.goto(`${ctx.app.url}/assets`);
    await page.getByRole('button', { name: 'Ny informationsmängd' }).click();
    const form = page.getByRole('dialog', { name: 'Ny informationsmängd' });
    await form.getByLabel(/^Förvaltning/).fill('Hamn');
    await page.getByRole('option', { name: 'Exempelkommun Hamn och Farled AB' }).click();
    await form.getByLabel(/^Namn/).fill('Tillträdeslistor för hamnområdet');
    await form.getByLabel('Informationsägare (roll)').fill('Hamnchef');
    await form.getByRole('button', { name: 'Spara' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tillträdeslistor för hamnområdet' }).waitFor();
    await expect(page.getByText(/^HAMN-001$/).count()).resolves.toBeGreaterThan(0);
  });
});
