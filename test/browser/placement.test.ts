// Browser: register a US-owned service from the catalogue, place a secret asset there, see the
// misplacement, run a what-if with the balanced rule set, download the decision basis; axe-core on
// the services, placement, what-if and risk pages finds no serious or critical violation; a risk
// acceptance from request to an information owner's decision.
import { describe, expect, it } from 'vitest';
import { ApiClient } from '../helpers/client.js';
import { browserApp, login } from './browser.js';

const ctx = browserApp({ loggedIn: true });

async function expectAccessible(label: string) {
  // Away from the navigation: a hovered active nav link is not what is being checked here.
  await ctx.browser.page.mouse.move(1360, 890);
  await ctx.expectAccessible(label);
}

const SERVICE = 'Google Workspace';
const ASSET = 'Personregister för sjukintyg';

describe('browser: services, placement, what-if, decision basis, risks', () => {
  it('lists the services register', async () => {
    const { page } = ctx.browser;
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Tjänster' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tjänster' }).waitFor();
    await page.getByRole('link', { name: 'Microsoft 365 (kommunens tenant)' }).waitFor();
    await expect(page.getByRole('columnheader', { name: 'Högsta klass som finns i tjänsten' }).count()).resolves.toBe(1);
    await expectAccessible('services list');
  });

  it('registers a US-owned service from the catalogue, confirming the suggested facts', async () => {
    const { page } = ctx.browser;
    await page.getByRole('link', { name: 'Ny tjänst' }).click();
    await page.getByRole('heading', { level: 1, name: 'Registrera en tjänst' }).waitFor();
    await page.getByRole('combobox', { name: 'Utgå från' }).click();
    await page.getByRole('option', { name: SERVICE, exact: true }).click();
    await page.getByText(/uppgifter är förslag som inte är bekräftade/).waitFor();
    await expect(page.getByRole('combobox', { name: 'Ägarens jurisdiktion' }).inputValue()).resolves.toBe('USA');
    await expectAccessible('service form');
    await page.getByRole('button', { name: 'Bekräfta alla förslag med dagens datum' }).click();
    await expect(page.getByText(/uppgifter är förslag som inte är bekräftade/).count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: SERVICE }).waitFor();
    const owner = page.getByRole('row', { name: /Ägarens jurisdiktion/ });
    await expect(owner.textContent()).resolves.toMatch(/USA.*Verifierad/);
    await expectAccessible('service page');
  });

  it('places a secret asset in the service, shows the verdict at once and lists the misplacement', async () => {
    const { page } = ctx.browser;
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Placeringar' }).click();
    await page.getByRole('heading', { level: 1, name: 'Placeringar' }).waitFor();
    const violations = page.getByRole('region', { name: /^Felplaceringar/ });
    await violations.getByRole('link', { name: /Personregister för sjukintyg/ }).first().waitFor();
    await expectAccessible('placement page');

    const form = page.getByRole('region', { name: 'Placera en informationsmängd' });
    await form.getByRole('combobox', { name: 'Informationsmängd (sök)' }).fill('sjukintyg');
    await page.getByRole('option', { name: new RegExp(ASSET) }).click();
    await form.getByRole('combobox', { name: 'Tjänst', exact: true }).click();
    await page.getByRole('option', { name: SERVICE, exact: true }).click();
    await page.getByRole('button', { name: 'Placera', exact: true }).click();
    const result = page.getByRole('alert').filter({ hasText: `i ${SERVICE}` });
    await result.waitFor();
    await expect(result.textContent()).resolves.toContain('Ej tillåten');

    // The misplacement with its reasons in Swedish and the rule ids.
    const row = violations.getByRole('row').filter({ hasText: SERVICE }).filter({ hasText: ASSET });
    await row.waitFor();
    const text = (await row.textContent())!;
    expect(text).toContain('Ej tillåten');
    expect(text).toMatch(/R4/);
    expect(text).toMatch(/OSL|sekretess/i);
    await expectAccessible('placement page after placing');

    // Decide otherwise, with a reason: the decision is recorded with the name and shown.
    await row.getByRole('button', { name: /^Besluta/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Beslut om placering' });
    await dialog.waitFor();
    await dialog.getByRole('radio', { name: 'Besluta annorlunda' }).check();
    await dialog.getByRole('textbox', { name: /Motivering/ }).fill('Registret flyttas till HR-systemet inom en månad.');
    await expectAccessible('decision dialog');
    await dialog.getByRole('button', { name: 'Spara beslutet' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const all = page.getByRole('region', { name: 'Alla placeringar' });
    await all.getByRole('row').filter({ hasText: SERVICE }).filter({ hasText: /Annat beslut av/ }).waitFor();
  });

  it('runs a what-if from the cautious to the balanced rule set over all pairs', async () => {
    const { page } = ctx.browser;
    await page.getByRole('link', { name: 'Vad händer om …' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vad händer om …' }).waitFor();
    await expect(page.getByRole('combobox', { name: 'Till regeluppsättning' }).inputValue()).resolves.toMatch(/^Balanserad/);
    await page.getByRole('radio', { name: 'Alla kombinationer av informationsmängd och tjänst' }).check();
    await page.getByRole('button', { name: 'Jämför' }).click();
    await page.getByRole('heading', { name: /^cautious [\d.]+ → balanced [\d.]+$/ }).waitFor();
    const changed = Number(await page.getByTestId('wi-verdict-changes').textContent());
    expect(changed).toBeGreaterThan(0);
    await page.getByRole('heading', { name: /^Ändringar per förvaltning och tjänst/ }).waitFor();
    await expect(page.getByRole('table').nth(1).getByRole('row').count()).resolves.toBeGreaterThan(1);
    await expectAccessible('what-if');
  });

  it('downloads the decision basis as pdf', async () => {
    const { page } = ctx.browser;
    await page.goto(`${ctx.app.url}/placement`);
    await page.getByRole('heading', { level: 1, name: 'Placeringar' }).waitFor();
    for (const f of ['PDF', 'DOCX', 'XLSX']) await page.getByRole('link', { name: `Ladda ned beslutsunderlaget som ${f}` }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('link', { name: 'Ladda ned beslutsunderlaget som PDF' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    expect(await download.failure()).toBeNull();
  }, 90_000);

  it('shows the risk heat map with counts as a table, and the scenarios', async () => {
    const { page } = ctx.browser;
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Risker' }).click();
    await page.getByRole('heading', { level: 1, name: 'Risker' }).waitFor();
    await page.getByRole('table', { name: /Antal scenarier per sannolikhet/ }).waitFor();
    await page.getByRole('table', { name: 'Scenarier per risknivå' }).waitFor();
    await page.getByRole('heading', { level: 3, name: /sjukintyg/ }).waitFor();
    await expectAccessible('risks');
  });

  it('shows where an asset may be stored, ranked', async () => {
    const { page } = ctx.browser;
    await page.goto(`${ctx.app.url}/placement`);
    const link = page.getByRole('region', { name: /^Felplaceringar/ }).getByRole('link', { name: /Personregister för sjukintyg/ }).first();
    const href = (await link.getAttribute('href'))!;
    await page.goto(`${ctx.app.url}${href}/placement`);
    await page.getByRole('heading', { level: 1, name: `Var får ${ASSET} lagras?` }).waitFor();
    await page.getByRole('row').filter({ hasText: SERVICE }).first().waitFor();
    await expectAccessible('asset placement options');
  });

  it('walks a risk acceptance: a request, the requester refused as approver, an information owner accepts', async () => {
    const { page } = ctx.browser;
    const SCENARIO = 'Arbetsanteckningar om enskilda i Teams och OneDrive';
    const OWNER = { username: 'agare.soc', displayName: 'Ägare Socialtjänst', password: 'Ägarens-lösenord-2026' };
    // An information owner of the social services, created as an administrator would.
    const admin = await ApiClient.login(ctx.app.url, ctx.app.adminUser, ctx.app.adminPassword);
    const soc = (await admin.get('/api/departments')).body.items.find((d: { code: string }) => d.code === 'SOC');
    const created = await admin.post('/api/access/users', { ...OWNER, role: 'owner', departmentIds: [soc.id] });
    expect(created.status, JSON.stringify(created.body)).toBe(200);

    await page.goto(`${ctx.app.url}/risks`);
    const card = page.getByRole('article', { name: SCENARIO });
    await card.getByRole('button', { name: 'Begär riskacceptans' }).click();
    const request = page.getByRole('dialog', { name: `Begär riskacceptans: ${SCENARIO}` });
    await request.getByRole('textbox', { name: /Motivering/ }).fill('Utbildning och tekniskt stopp införs under 2027; risken bärs till dess.');
    await expect(request.getByLabel(/Gäller till/).inputValue()).resolves.toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await expectAccessible('acceptance request dialog');
    await request.getByRole('button', { name: 'Skicka' }).click();
    await request.waitFor({ state: 'hidden' });
    await card.getByText('Inlämnad för beslut').waitFor();
    await card.getByText(`begärd av ${ctx.app.adminUser}`, { exact: false }).waitFor();

    // The requester may not decide on the request: the server's reason stays in the dialog.
    await card.getByRole('button', { name: 'Acceptera' }).click();
    const selfDecide = page.getByRole('dialog', { name: `Acceptera: ${SCENARIO}` });
    await selfDecide.getByRole('button', { name: 'Acceptera' }).click();
    await expect(selfDecide.getByRole('alert').textContent()).resolves.toContain('kan inte själv godkänna');
    await selfDecide.getByRole('button', { name: 'Avbryt' }).click();
    await selfDecide.waitFor({ state: 'hidden' });
    await card.getByText('Inlämnad för beslut').waitFor();

    // The information owner accepts with a comment; the card shows the decision and who made it.
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await login(page, ctx.app.url, OWNER.username, OWNER.password);
    await page.goto(`${ctx.app.url}/risks`);
    await card.getByRole('button', { name: 'Acceptera' }).click();
    const decide = page.getByRole('dialog', { name: `Acceptera: ${SCENARIO}` });
    await decide.getByRole('textbox', { name: 'Kommentar' }).fill('Accepteras till dess att DLP är infört.');
    await expectAccessible('acceptance decision dialog');
    await decide.getByRole('button', { name: 'Acceptera' }).click();
    await decide.waitFor({ state: 'hidden' });
    await card.getByText(/^Accepterad – gäller till /).waitFor();
    await card.getByText(/beslutad av/).waitFor();
    // The acceptance is in force: no new request can be made.
    await expect(card.getByRole('button', { name: 'Begär riskacceptans' }).count()).resolves.toBe(0);

    await page.getByRole('button', { name: 'Logga ut' }).click();
    await login(page, ctx.app.url, ctx.app.adminUser, ctx.app.adminPassword);
  });
});
