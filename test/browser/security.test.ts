// Browser: administration (create an account with role and departments, API token shown once and
// revoked, MFA policy), the new user logs in, enrols TOTP (code from otplib), logs out and logs in
// again with the second step; the administrator browses, filters, exports and verifies the audit
// trail, and sees the broken entry after a row is edited in the database. axe-core on every page.
import { generate } from 'otplib';
import { describe, expect, it } from 'vitest';
import { browserApp, login } from './browser.js';

const ctx = browserApp();
const { expectAccessible } = ctx;

const USERNAME = 'eva.editor';
let evaPassword = '';
let evaSecret = '';
let evaCodes: string[] = [];

async function logout() {
  const { page } = ctx.browser;
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
}

/** Picks an option of a Mantine Select/MultiSelect in the open dialog. */
async function pick(label: RegExp, option: string | RegExp) {
  const { page } = ctx.browser;
  await page.getByRole('dialog').getByLabel(label).click();
  await page.getByRole('option', { name: option }).click();
}

const nowSeconds = () => Math.floor(Date.now() / 1000);

describe('browser: administration, MFA and the audit trail', () => {
  it('offers single sign-on only where it is configured, and logs the administrator in', async () => {
    const { page } = ctx.browser;
    await page.goto(`${ctx.app.url}/login`);
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    await page.getByRole('button', { name: 'Logga in' }).waitFor();
    // This server has no identity provider configured: no link that would lead to a 404.
    await expect(page.getByRole('link', { name: 'Logga in med organisationskonto' }).count()).resolves.toBe(0);
    await expectAccessible('login');
    await login(page, ctx.app.url, ctx.app.adminUser, ctx.app.adminPassword);
  });

  it('shows Administration and Granskningslogg in the menu for the administrator', async () => {
    const { page } = ctx.browser;
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    await nav.getByRole('link', { name: 'Granskningslogg' }).waitFor();
    await nav.getByRole('link', { name: 'Administration' }).click();
    await page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
    await page.waitForURL(/\/admin\/users$/);
    await page.getByRole('table', { name: 'Konton' }).getByRole('rowheader', { name: 'admin' }).waitFor();
    await expectAccessible('administration: accounts');
  });

  it('creates an editor of one department and shows the generated password once', async () => {
    const { page } = ctx.browser;
    await page.getByRole('button', { name: 'Nytt konto' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nytt konto' });
    await dialog.waitFor();
    await dialog.getByLabel('Användarnamn', { exact: false }).first().fill(USERNAME);
    await dialog.getByRole('textbox', { name: 'Namn', exact: true }).fill('Eva Redaktör');
    await pick(/^Roll/, 'Förvaltningsredaktör');
    await pick(/^Förvaltningar/, /^SOC – Socialförvaltningen/);
    await dialog.getByRole('heading', { name: 'Nytt konto' }).click();
    await expectAccessible('create account dialog');
    await dialog.getByRole('button', { name: 'Skapa kontot' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText(`Lösenord för ${USERNAME}`).waitFor();
    evaPassword = (await page.getByTestId('shown-once').textContent())!.trim();
    expect(evaPassword).toMatch(/^[A-Za-z0-9]{5}(-[A-Za-z0-9]{5}){3}$/);
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: USERNAME }) });
    await expect(row.textContent()).resolves.toContain('Förvaltningsredaktör');
    await expect(row.textContent()).resolves.toContain('SOC');
    await expectAccessible('accounts with a new password shown once');
    // Closing the notice removes the password for good.
    await page.getByRole('button', { name: 'Stäng' }).click();
    await expect(page.getByTestId('shown-once').count()).resolves.toBe(0);
  });

  it('changes the departments of the account', async () => {
    const { page } = ctx.browser;
    await page.getByRole('button', { name: `Ändra ${USERNAME}` }).click();
    const dialog = page.getByRole('dialog', { name: `Ändra ${USERNAME}` });
    await dialog.waitFor();
    await pick(/^Förvaltningar/, /^VOO – /);
    await dialog.getByRole('heading', { name: `Ändra ${USERNAME}` }).click();
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await page.getByText(`Ändringarna för ${USERNAME} är sparade.`).waitFor();
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: USERNAME }) });
    await expect(row.textContent()).resolves.toContain('SOC, VOO');
  });

  it('filters accounts by role', async () => {
    const { page } = ctx.browser;
    await page.getByRole('search').getByRole('combobox', { name: 'Roll' }).click();
    await page.getByRole('option', { name: 'Administratör' }).click();
    await page.getByRole('rowheader', { name: USERNAME }).waitFor({ state: 'detached' });
    await page.getByRole('rowheader', { name: 'admin' }).waitFor();
  });

  it('creates an API token (shown once) and revokes it', async () => {
    const { page } = ctx.browser;
    await page.getByRole('tab', { name: 'API-token' }).click();
    await page.waitForURL(/\/admin\/tokens$/);
    await page.getByRole('button', { name: 'Ny token' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ny token' });
    await dialog.getByRole('textbox', { name: 'Namn' }).fill('Ärendesystemet');
    await dialog.getByRole('button', { name: 'Skapa token' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const token = (await page.getByTestId('shown-once').textContent())!.trim();
    expect(token).toMatch(/^ivk_/);
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Ärendesystemet' }) });
    await expect(row.textContent()).resolves.toContain(token.slice(0, 8));
    await expect(row.textContent()).resolves.toContain('Giltig');
    await expectAccessible('administration: tokens');

    // The token works against the API until it is revoked.
    const use = () => fetch(`${ctx.app.url}/api/departments`, { headers: { authorization: `Bearer ${token}` } }).then((r) => r.status);
    await expect(use()).resolves.toBe(200);
    await row.getByRole('button', { name: 'Återkalla Ärendesystemet' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Återkalla Ärendesystemet' }).click();
    await page.getByText('Token Ärendesystemet är återkallad.').waitFor();
    await expect(row.textContent()).resolves.toContain('Återkallad');
    await expect(use()).resolves.toBe(401);
  });

  it('shows the MFA policy per role', async () => {
    const { page } = ctx.browser;
    await page.getByRole('tab', { name: 'Tvåstegsverifiering' }).click();
    await page.getByRole('heading', { level: 2, name: 'Krav på tvåstegsverifiering' }).waitFor();
    await expect(page.getByRole('checkbox', { name: 'Administratör' }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('checkbox', { name: 'Informationssäkerhetsansvarig' }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('checkbox', { name: 'Läsare' }).isChecked()).resolves.toBe(false);
    await expectAccessible('administration: MFA policy');
    await logout();
  });

  it('logs in as the new user, who sees no administration, and enrols MFA', async () => {
    const { page } = ctx.browser;
    await login(page, ctx.app.url, USERNAME, evaPassword);
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    await expect(nav.getByRole('link', { name: 'Administration' }).count()).resolves.toBe(0);
    await expect(nav.getByRole('link', { name: 'Granskningslogg' }).count()).resolves.toBe(0);

    await page.getByRole('link', { name: 'Mitt konto' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mitt konto' }).waitFor();
    await page.getByText('Tvåstegsverifiering är inte aktiverad.').waitFor();
    await expectAccessible('my account');
    await page.getByRole('button', { name: 'Aktivera tvåstegsverifiering' }).click();
    const qr = page.getByRole('img', { name: /^QR-kod/ });
    await qr.waitFor();
    await expect(qr.getAttribute('src')).resolves.toMatch(/^data:image\/png;base64,/);
    evaSecret = (await page.getByTestId('mfa-secret').getAttribute('data-secret'))!;
    expect(evaSecret).toMatch(/^[A-Z2-7]+$/);
    // The key is also there as text for manual entry (grouped by four).
    await expect(page.getByTestId('mfa-secret').textContent()).resolves.toBe(evaSecret.match(/.{1,4}/g)!.join(' '));
    await expectAccessible('MFA enrolment');

    await page.getByLabel('Sexsiffrig kod').fill('000000');
    await page.getByRole('button', { name: 'Bekräfta och aktivera' }).click();
    await page.getByRole('alert').filter({ hasText: 'Koden stämmer inte' }).waitFor();
    await page.getByLabel('Sexsiffrig kod').fill(await generate({ secret: evaSecret }));
    await page.getByRole('button', { name: 'Bekräfta och aktivera' }).click();

    const codes = page.getByTestId('recovery-codes').getByRole('listitem');
    await codes.first().waitFor();
    await expect(codes.count()).resolves.toBe(10);
    evaCodes = (await codes.allTextContents()).map((c) => c.trim());
    const done = page.getByRole('button', { name: 'Klart' });
    await expect(done.isDisabled()).resolves.toBe(true);
    await expectAccessible('recovery codes');
    await page.getByRole('checkbox', { name: 'Jag har sparat koderna' }).check();
    await done.click();
    await page.getByText(/^Tvåstegsverifiering är aktiverad sedan/).waitFor();
    await page.getByText('Oanvända återställningskoder: 10').waitFor();
    // Shown once: the codes are gone from the page.
    await expect(page.getByTestId('recovery-codes').count()).resolves.toBe(0);
  });

  it('changes the password on the account page', async () => {
    const { page } = ctx.browser;
    await page.getByLabel('Nuvarande lösenord').fill('fel lösenord här');
    await page.getByLabel(/^Nytt lösenord/).fill('en lång fras om hösten i skogen');
    await page.getByLabel('Upprepa det nya lösenordet').fill('en lång fras om hösten i skogen');
    await page.getByRole('button', { name: 'Byt lösenord' }).click();
    await page.getByText('Det nuvarande lösenordet stämmer inte.').waitFor();
    await page.getByLabel('Nuvarande lösenord').fill(evaPassword);
    await page.getByRole('button', { name: 'Byt lösenord' }).click();
    await page.getByText('Lösenordet är bytt. Dina andra inloggningar har avslutats.').waitFor();
    evaPassword = 'en lång fras om hösten i skogen';
    await logout();
  });

  it('logs in with the second step: a wrong code is refused, the next TOTP code works', async () => {
    const { page } = ctx.browser;
    await page.getByLabel('Användarnamn').fill(USERNAME);
    await page.locator('input[name=password]').fill(evaPassword);
    await page.getByRole('button', { name: 'Logga in', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Tvåstegsverifiering' }).waitFor();
    await expectAccessible('login second step');
    await page.getByLabel('Kod från appen').fill('123456');
    await page.getByRole('button', { name: 'Verifiera' }).click();
    await page.getByRole('alert').filter({ hasText: 'Koden stämmer inte' }).waitFor();
    // The code of the enrolment's time step was used already; the next step's code is accepted.
    await page.getByLabel('Kod från appen').fill(await generate({ secret: evaSecret, epoch: nowSeconds() + 30 }));
    await page.getByRole('button', { name: 'Verifiera' }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await page.getByRole('navigation', { name: 'Huvudmeny' }).waitFor();
    await logout();
  });

  it('logs in with a recovery code instead of the app; each code works once', async () => {
    const { page } = ctx.browser;
    const second = async () => {
      await page.getByLabel('Användarnamn').fill(USERNAME);
      await page.locator('input[name=password]').fill(evaPassword);
      await page.getByRole('button', { name: 'Logga in', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Tvåstegsverifiering' }).waitFor();
      await page.getByRole('button', { name: 'Använd en återställningskod i stället' }).click();
    };
    await second();
    await page.getByLabel('Återställningskod').fill(evaCodes[0]!);
    await page.getByRole('button', { name: 'Verifiera' }).click();
    await page.getByRole('navigation', { name: 'Huvudmeny' }).waitFor();
    await logout();
    await second();
    await page.getByLabel('Återställningskod').fill(evaCodes[0]!);
    await page.getByRole('button', { name: 'Verifiera' }).click();
    await page.getByRole('alert').filter({ hasText: 'Koden stämmer inte' }).waitFor();
    await page.getByRole('button', { name: 'Börja om' }).click();
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
  });

  it('browses, filters and exports the audit trail as the administrator', async () => {
    const { page } = ctx.browser;
    await login(page, ctx.app.url, ctx.app.adminUser, ctx.app.adminPassword);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Granskningslogg' }).click();
    await page.getByRole('heading', { level: 1, name: 'Granskningslogg' }).waitFor();
    const table = page.getByRole('table', { name: 'Granskningslogg, nyast först' });
    await table.waitFor();
    await expectAccessible('audit trail');

    const filters = page.getByRole('search', { name: 'Filtrera granskningsloggen' });
    await filters.getByLabel('Vem').fill(USERNAME);
    await filters.getByRole('button', { name: 'Filtrera' }).click();
    await page.waitForURL(/actor=eva\.editor/);
    await table.getByText('mfa.enable', { exact: true }).waitFor();
    // Each event by name, with its code in small print.
    await table.getByRole('row').filter({ hasText: 'mfa.enable' }).getByText('Tvåstegsverifiering påslagen').first().waitFor();
    await table.getByText('user.password.change', { exact: true }).waitFor();
    await expect(table.getByText('login.failed', { exact: true }).count()).resolves.toBeGreaterThanOrEqual(2);

    // The account's creation, with its fields, by the administrator.
    await filters.getByLabel('Vem').fill('');
    // The event field suggests the known events by name and fills in the code; free text still works.
    const action = filters.getByRole('combobox', { name: 'Händelse' });
    await action.fill('lösenord bytt');
    await page.getByRole('option', { name: /Lösenord bytt\s*user\.password\.change/ }).click();
    await expect(action.inputValue()).resolves.toBe('user.password.change');
    await action.fill('user.');
    await filters.getByRole('button', { name: 'Filtrera' }).click();
    await page.waitForURL(/action=user\./);
    const created = table.getByRole('row').filter({ hasText: 'user.create' }).first();
    await created.waitFor();
    const text = (await created.textContent())!;
    expect(text).toContain('admin');
    expect(text).toContain(USERNAME);
    expect(text).toMatch(/Roll\s*Förvaltningsredaktör/); // the role by its name, not its code
    expect(text).toContain('SOC');
    await expectAccessible('audit trail filtered');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exportera CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^granskningslogg-\d{4}-\d{2}-\d{2}\.csv$/);
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exportera JSON' }).click()]);
    expect(json.suggestedFilename()).toMatch(/\.json$/);

    // Before/after of a change is readable: the departments added to Eva's account.
    const update = table.getByRole('row').filter({ hasText: 'user.update' }).first();
    const changes = update.getByRole('table', { name: /^Ändringar i post \d+$/ });
    await expect(changes.getByRole('columnheader').allTextContents()).resolves.toEqual(['Fält', 'Före', 'Efter']);
    const dept = changes.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Förvaltningar' }) });
    await expect(dept.getByRole('cell').allTextContents()).resolves.toEqual(['SOC', 'SOC, VOO']);

    await page.getByRole('button', { name: 'Rensa filter' }).click();
    await page.waitForURL((u) => !u.search.includes('action='));
  });

  it('verifies the chain: intact, then broken at the entry edited in the database', async () => {
    const { page } = ctx.browser;
    await page.getByRole('button', { name: 'Verifiera kedjan' }).click();
    const result = page.getByTestId('verify-result');
    await result.waitFor();
    await expect(result.textContent()).resolves.toMatch(/Kedjan är obruten.*Alla \d+ poster är verifierade/);
    await expectAccessible('audit trail verified');

    const { rows } = await ctx.app.pool.query("SELECT seq FROM audit_log WHERE action = 'user.create' ORDER BY seq LIMIT 1");
    const seq = Number(rows[0].seq);
    await ctx.app.pool.query(`UPDATE audit_log SET changes = '{"username":"någon-annan"}' WHERE seq = $1`, [seq]);
    await page.getByRole('button', { name: 'Verifiera kedjan' }).click();
    await expect
      .poll(async () => result.textContent(), { timeout: 10_000 })
      .toMatch(new RegExp(`Kedjan är bruten.*Första brutna posten är nr ${seq}: innehållet stämmer inte med postens hash`));
  });

  it('switches the administration pages to English', async () => {
    const { page } = ctx.browser;
    await page.goto(`${ctx.app.url}/admin/users`);
    await page.getByText('English', { exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
    await page.getByRole('button', { name: 'New account' }).waitFor();
    await page.getByRole('tab', { name: 'API tokens' }).waitFor();
    await page.getByRole('link', { name: 'My account' }).waitFor();
    await page.getByText('Svenska', { exact: true }).click();
    await page.getByRole('button', { name: 'Nytt konto' }).waitFor();
  });

  it('sends a user whose role requires MFA (grace period over) to the enrolment page', async () => {
    const { page } = ctx.browser;
    await page.getByRole('button', { name: 'Nytt konto' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nytt konto' });
    await dialog.getByLabel('Användarnamn', { exact: false }).first().fill('rut.reader');
    await dialog.getByRole('button', { name: 'Skapa kontot' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const rutPassword = (await page.getByTestId('shown-once').textContent())!.trim();

    await page.getByRole('tab', { name: 'Tvåstegsverifiering' }).click();
    await page.getByRole('checkbox', { name: 'Läsare' }).check();
    await page.getByLabel(/^Respit för nya konton/).fill('0');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Kraven är sparade.').waitFor();
    await logout();

    await page.getByLabel('Användarnamn').fill('rut.reader');
    await page.locator('input[name=password]').fill(rutPassword);
    await page.getByRole('button', { name: 'Logga in', exact: true }).click();
    await page.waitForURL(/\/account$/);
    await page.getByRole('alert').filter({ hasText: 'Din roll kräver tvåstegsverifiering' }).waitFor();
    // Any other page leads back here until MFA is on.
    await page.goto(`${ctx.app.url}/assets`);
    await page.waitForURL(/\/account$/);
    await page.getByRole('heading', { level: 1, name: 'Mitt konto' }).waitFor();
    await page.getByRole('button', { name: 'Aktivera tvåstegsverifiering' }).click();
    const secret = (await page.getByTestId('mfa-secret').getAttribute('data-secret'))!;
    await page.getByLabel(/^Sexsiffrig kod/).fill(await generate({ secret }));
    await page.getByRole('button', { name: 'Bekräfta och aktivera' }).click();
    await page.getByRole('checkbox', { name: 'Jag har sparat koderna' }).check();
    await page.getByRole('button', { name: 'Klart' }).click();
    await page.getByRole('alert').filter({ hasText: 'Din roll kräver tvåstegsverifiering' }).waitFor({ state: 'detached' });
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Informationsmängder' }).click();
    await page.getByRole('heading', { level: 1, name: 'Informationsmängder' }).waitFor();
  });
});
