import { describe, expect, it } from 'vitest';
import { loadServiceCatalogue, parseServiceCatalogue } from './catalogue.js';
import { ServiceInput, serviceInputFromCatalogue } from './model.js';

describe('service model', () => {
  it('defaults every deciding fact to unknown', () => {
    const s = ServiceInput.parse({ name: 'Okänd tjänst' });
    expect(s.ownerJurisdiction).toBe('unknown');
    expect(s.thirdCountrySubProcessors).toBe('unknown');
    expect(s.keyControl).toBe('unknown');
    expect(s.processing).toBe('unknown');
    expect(s.backup.kind).toBe('unknown');
    expect(s.offlineFallback).toBe('unknown');
  });

  it('keeps verification notes per fact and rejects notes for unknown fact names', () => {
    const ok = ServiceInput.parse({
      name: 'X',
      verification: { ownerJurisdiction: { verifiedOn: '2026-10-01', source: 'Avtal bilaga 3' } },
    });
    expect(ok.verification.ownerJurisdiction?.source).toBe('Avtal bilaga 3');
    expect(ServiceInput.safeParse({ name: 'X', verification: { nonsense: { source: 'x' } } }).success).toBe(false);
    expect(ServiceInput.safeParse({ name: 'X', keyControl: 'ours' }).success).toBe(false);
  });
});

describe('service catalogue', () => {
  const catalogue = loadServiceCatalogue();

  it('holds the common municipal services with sv/en descriptions', () => {
    const ids = catalogue.entries.map((e) => e.id);
    for (const id of ['microsoft-365', 'google-workspace', 'aws', 'azure', 'zoom', 'swedish-hosting', 'eu-cloud',
      'on-premises-datacentre', 'on-premises-nextcloud', 'case-management-saas', 'school-platform']) {
      expect(ids).toContain(id);
    }
    for (const e of catalogue.entries) {
      expect(e.description.sv.length).toBeGreaterThan(10);
      expect(e.description.en.length).toBeGreaterThan(10);
    }
  });

  it('turns an entry into a service input that remembers its origin', () => {
    const m365 = catalogue.entries.find((e) => e.id === 'microsoft-365');
    if (!m365) throw new Error('missing entry');
    const input = serviceInputFromCatalogue(m365, 'Kommunens M365');
    expect(input.name).toBe('Kommunens M365');
    expect(input.ownerJurisdiction).toBe('us');
    expect(input.catalogueId).toBe('microsoft-365');
  });

  it('names the path of an invalid entry', () => {
    const bad = structuredClone(catalogue) as unknown as { entries: { facts: { keyControl: string } }[] };
    bad.entries[0]!.facts.keyControl = 'ours';
    expect(() => parseServiceCatalogue(bad)).toThrow(/entries\.0\.facts\.keyControl/);
  });

  it('rejects duplicate entry ids', () => {
    const dup = { ...catalogue, entries: [...catalogue.entries, catalogue.entries[0]] };
    expect(() => parseServiceCatalogue(dup)).toThrow(/duplicate entry id/);
  });
});
