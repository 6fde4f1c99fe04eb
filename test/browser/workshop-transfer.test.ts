// Browser: run a workshop (accept, adjust, reject, add, pause, resume), export the map as JSON and
// Excel and import it back, a bad file shows its problems, a records-management plan becomes drafts.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSamplePlan } from '../../src/map/transfer/records-plan/sample-plan.js';
import { browserApp } from './browser.js';

const ctx = browserApp({ loggedIn: true });
const { expectAccessible } = ctx;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'infovakt-browser-files-'));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('browser: workshop', () => {
  it('creates a workshop and decides on template suggestions', async () => {
    const { page } = ctx.browser;
    await page.goto(`${ctx.app.url}/workshops`);
    await page.getByRole('heading', { level: 1, name: 'Workshoppar' }).waitFor();
    await page.getByRole('button', { name: 'Ny workshop' }).click();
    await page.getByRole('combobox', { name: /^Förvaltning/ }).click();
    await page.getByRole('option', { name: 'Socialförvaltningen' }).click();
    await page.getByLabel(/^Rubrik/).fill('Kartläggning socialtjänst, del 1');
    const participants = page.getByRole('combobox', { name: 'Deltagare (roller)' });
    await participants.fill('Socialchef');
    await participants.press('Enter');
    await participants.fill('Arkivarie');
    await participants.press('Enter');
    await page.getByRole('button', { name: 'Skapa workshop' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kartläggning socialtjänst, del 1' }).waitFor();
    await page.getByText(/^0 av \d+ förslag beslutade$/).waitFor();
    await expectAccessible('workshop');

    await page.getByRole('button', { name: /^Godta: / }).first().click();
    await page.getByText(/^1 av \d+ förslag beslutade$/).waitFor();
    // Adjust: raise K on the next suggestion with the inline picker.
    await page.getByRole('combobox', { name: /^Konfidentialitet för / }).first().selectOption('4');
    await page.getByRole('button', { name: /^Godta med justerade nivåer: / }).first().click();
    await page.getByText(/^2 av \d+ förslag beslutade$/).waitFor();
    await page.getByRole('button', { name: /^Avvisa: / }).first().click();
    await page.getByText(/^3 av \d+ förslag beslutade$/).waitFor();

    await page.getByRole('textbox', { name: 'Namn på informationsmängden' }).fill('Egen förteckning över familjehem');
    await page.getByRole('button', { name: 'Lägg till', exact: true }).click();
    const decisions = page.getByRole('region', { name: 'Beslut i denna workshop' });
    await decisions.getByRole('link', { name: 'Egen förteckning över familjehem' }).waitFor();
    await expect(decisions.getByRole('row').count()).resolves.toBe(5); // header + 4 decisions

    await page.getByRole('button', { name: 'Pausa' }).click();
    await page.getByText('Workshoppen är pausad. Återuppta den för att fortsätta.').waitFor();
    await expect(page.getByRole('button', { name: /^Godta: / }).first().isDisabled()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Återuppta' }).click();
    await page.getByRole('button', { name: 'Pausa' }).waitFor();
    await expectAccessible('workshop after decisions');
  });
});

describe('browser: import and export', () => {
  it('exports JSON and Excel, imports the JSON back, and shows the problems of a bad file', async () => {
    const { page } = ctx.browser;
    await page.goto(`${ctx.app.url}/import-export`);
    await page.getByRole('heading', { level: 1, name: 'Import och export' }).waitFor();
    await expectAccessible('import and export');

    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Hämta JSON' }).click()]);
    const jsonPath = path.join(dir, jsonDownload.suggestedFilename());
    await jsonDownload.saveAs(jsonPath);
    const snapshot = JSON.parse(readFileSync(jsonPath, 'utf8'));
    expect(snapshot.format).toBe('infovakt-map');
    expect(snapshot.assets.length).toBeGreaterThanOrEqual(40);

    const [xlsxDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Hämta Excel' }).click()]);
    expect(xlsxDownload.suggestedFilename()).toMatch(/\.xlsx$/);
    const xlsxPath = path.join(dir, 'karta.xlsx');
    await xlsxDownload.saveAs(xlsxPath);
    expect(readFileSync(xlsxPath).subarray(0, 2).toString()).toBe('PK');

    const importSection = page.getByRole('region', { name: 'Importera en karta' });
    await importSection.locator('input[type=file]').setInputFiles(jsonPath);
    await importSection.getByRole('button', { name: 'Importera', exact: true }).click();
    await importSection.getByText(/^Importen är klar: \d+ förvaltningar/).waitFor();

    // A bad file: a level out of range and an unknown department.
    const bad = structuredClone(snapshot);
    bad.assets[0].levels = { K: 7, R: 1, T: 1, S: 1 };
    bad.assets[1].department = 'FINNS-INTE';
    const badPath = path.join(dir, 'trasig.json');
    writeFileSync(badPath, JSON.stringify(bad));
    await importSection.locator('input[type=file]').setInputFiles(badPath);
    await importSection.getByRole('button', { name: 'Importera', exact: true }).click();
    const problems = importSection.getByRole('table', { name: 'Filen innehåller fel. Ingenting har ändrats.' });
    await problems.waitFor();
    expect(await problems.getByRole('row').count()).toBeGreaterThanOrEqual(2);
    await expectAccessible('import problems');
  });

  it('imports a records-management plan with a column mapping as draft assets', async () => {
    const { page } = ctx.browser;
    const planPath = path.join(dir, 'dokumenthanteringsplan.xlsx');
    writeFileSync(planPath, Buffer.from(await buildSamplePlan().xlsx.writeBuffer()));
    const section = page.getByRole('region', { name: 'Importera informationshanteringsplan' });
    await section.locator('input[type=file]').setInputFiles(planPath);
    await section.getByRole('button', { name: 'Förhandsgranska' }).click();
    await section.getByRole('checkbox', { name: /^Socialförvaltningen/ }).waitFor();
    await expect(section.getByRole('combobox', { name: /Kolumn med handlingstyp/ }).inputValue()).resolves.toBe('Handlingstyp');
    await section.getByRole('combobox', { name: 'Förvaltning i infovakt: Socialförvaltningen' }).click();
    await page.getByRole('option', { name: 'Socialförvaltningen (SOC)' }).click();
    await section.getByRole('combobox', { name: 'Förvaltning i infovakt: Samhällsbyggnad' }).click();
    await page.getByRole('option', { name: /^Samhällsbyggnadsförvaltningen/ }).click();
    await expectAccessible('records plan mapping');
    await section.getByRole('button', { name: 'Importera som utkast' }).click();
    const done = section.getByText(/^\d+ utkast till informationsmängder har skapats\.$/);
    await done.waitFor();
    expect(Number((await done.textContent())!.split(' ')[0])).toBeGreaterThanOrEqual(30);
  });
});
