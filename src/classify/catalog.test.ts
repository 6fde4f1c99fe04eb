import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CatalogError, catalogFiles, clearCatalogCache, defaultCatalogRoot, loadCatalog, templatesFor } from './catalog.js';
import { templateFunctionIds } from './functions.js';

/** The 31 rows of DOMAIN.md §4, by template id. */
const domainRows = [
  'socialtjanst-barn-unga-akter', 'orosanmalningar', 'ekonomiskt-bistand', 'skyddat-boende-vald-i-nara-relation', 'lss-beslut-planer',
  'hemtjanst-dokumentation', 'halso-sjukvardsjournaler', 'elevhalsa-medicinsk', 'elevhalsa-psykosocial', 'atgardsprogram-sarskilt-stod',
  'elevregister-betyg-franvaro', 'bygglov', 'detaljplaner-grundkarta', 'ledningskartor-el-va-fjarrvarme', 'personalakter',
  'sjukfranvaro-rehabilitering', 'loner-fackavgifter', 'belastningsregisterutdrag', 'protokoll-kungorelser-diarium',
  'risk-sarbarhetsanalys-krisledning', 'sakerhetsskyddsanalys', 'anbud-fore-tilldelning', 'natverk-brandvagg-behorigheter',
  'leverantorsreskontra', 'avgifter-omsorg-barnomsorg', 'skyddade-personuppgifter', 'insatsplaner-larm', 'olycksrapporter-skadade',
  'scada-styrsystem', 'va-abonnentregister', 'biblioteksutlan',
];

function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** A copy of the catalogue in a temp folder, with one file changed by `edit`. */
function brokenCopy(file: string, edit: (data: any) => void): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'infovakt-catalog-'));
  for (const relative of Object.values(catalogFiles)) {
    fs.mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
    fs.copyFileSync(path.join(defaultCatalogRoot, relative), path.join(root, relative));
  }
  const target = path.join(root, file);
  const data = JSON.parse(fs.readFileSync(target, 'utf8'));
  edit(data);
  fs.writeFileSync(target, JSON.stringify(data));
  return root;
}

function loadError(root: string): CatalogError {
  try {
    loadCatalog(root);
  } catch (error) {
    if (error instanceof CatalogError) return error;
    throw error;
  }
  throw new Error('the broken catalogue loaded');
}

afterEach(() => clearCatalogCache());

describe('the catalogue files', () => {
  it('load and validate together', () => {
    const catalog = loadCatalog();
    expect(catalog.scale.levels.map((l) => l.value)).toEqual([0, 1, 2, 3, 4]);
    expect(catalog.scale.aspects.map((a) => a.id).sort()).toEqual(['K', 'R', 'S', 'T']);
    expect(catalog.templates.items.length).toBeGreaterThanOrEqual(50);
    expect(catalog.legal.osl.provisions.length).toBeGreaterThanOrEqual(17);
  });

  it('hold every row of DOMAIN.md §4 as a template', () => {
    const ids = new Set(loadCatalog().templates.items.map((t) => t.id));
    expect(domainRows.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('give every scale level a readable text colour (WCAG AA 4.5:1)', () => {
    for (const level of loadCatalog().scale.levels) expect(contrast(level.color, level.textColor)).toBeGreaterThanOrEqual(4.5);
  });

  it('give consequence questions one option per scale level and gates their floors', () => {
    const { questionnaire } = loadCatalog();
    const persons = questionnaire.questions.find((q) => q.id === 'k-persons');
    expect(persons?.options.map((o) => o.level)).toEqual([0, 1, 2, 3, 4]);
    const protectedIdentity = questionnaire.questions.find((q) => q.id === 'k-gate-protected-identity');
    expect(protectedIdentity?.options.find((o) => o.id === 'yes')?.level).toBe(4);
    for (const aspect of ['K', 'R', 'T', 'S']) expect(questionnaire.questions.some((q) => q.aspect === aspect)).toBe(true);
  });

  it('mark the provisions DOMAIN.md calls "(verify)"', () => {
    const osl = loadCatalog().legal.osl.provisions;
    expect(osl.find((p) => p.ref === '21:1')?.verify).toBe(true);
    expect(osl.find((p) => p.ref === '26:1')?.verify).toBe(false);
  });

  it('tag templates only with known functions', () => {
    for (const t of loadCatalog().templates.items) for (const f of t.functions) expect(templateFunctionIds).toContain(f);
  });
});

describe('templatesFor', () => {
  it('returns the templates of the functions plus those for all departments', () => {
    const ids = templatesFor(['hr']).map((t) => t.id);
    expect(ids).toContain('personalakter');
    expect(ids).toContain('skyddade-personuppgifter');
    expect(ids).not.toContain('bygglov');
  });

  it('returns only the "alla" templates for a department without functions', () => {
    const items = templatesFor([]);
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((t) => t.functions.includes('alla'))).toBe(true);
  });
});

describe('a broken catalogue', () => {
  it('names the file and the field of a schema error', () => {
    const root = brokenCopy(catalogFiles.templates, (d) => (d.items[3].levels.K = 7));
    expect(loadError(root).message).toMatch(/templates[/\\]municipal\.json: items\[3\]\.levels\.K: /);
  });

  it('names an OSL reference that legal/osl.json lacks', () => {
    const root = brokenCopy(catalogFiles.templates, (d) => (d.items[0].legal.osl[0].ref = '99:9'));
    const error = loadError(root);
    expect(error.issues[0]).toMatchObject({ path: 'items[0].legal.osl[0].ref' });
    expect(error.message).toContain('municipal.json');
    expect(error.message).toContain('99:9');
  });

  it('rejects duplicate template ids and unknown functions', () => {
    const root = brokenCopy(catalogFiles.templates, (d) => {
      d.items[1].id = d.items[0].id;
      d.items[2].functions = ['socialtjänst'];
    });
    expect(loadError(root).message).toMatch(/items\[2\]\.functions\[0\]/);
    const root2 = brokenCopy(catalogFiles.templates, (d) => (d.items[1].id = d.items[0].id));
    expect(loadError(root2).message).toContain('appears twice');
  });

  it('rejects a template below its legal floor', () => {
    const root = brokenCopy(catalogFiles.templates, (d) => {
      const item = d.items.find((t: { id: string }) => t.id === 'skyddade-personuppgifter');
      item.levels.K = 2;
    });
    expect(loadError(root).message).toContain('below the legal floor 4');
  });

  it('rejects a gate option whose level is not in the scale', () => {
    const root = brokenCopy(catalogFiles.scale, (d) => d.levels.pop());
    const message = loadError(root).message;
    expect(message).toContain('questions.json');
    expect(message).toMatch(/options\[\d\]\.level: 4 is not a level of the scale/);
  });

  it('names a file that is not JSON', () => {
    const root = brokenCopy(catalogFiles.osl, () => undefined);
    fs.writeFileSync(path.join(root, catalogFiles.osl), '{ "version": ');
    expect(loadError(root).message).toMatch(/legal[/\\]osl\.json: \(file\): /);
  });
});
