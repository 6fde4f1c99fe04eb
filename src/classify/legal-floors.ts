// Minimum levels implied by an asset's legal categories. The floors are data (catalog/legal/*.json),
// so a municipality that judges, say, straight-harm-test secrecy differently changes a file, not code.
import { aspectIds, type AspectId, type LegalCategories, type Levels } from '../map/model.js';
import type { Floor, GdprFile, OslFile, SecurityClassesFile, Text } from './catalog-schemas.js';

export interface LegalCatalog {
  osl: OslFile;
  gdpr: GdprFile;
  securityClasses: SecurityClassesFile;
}

export interface FloorReason {
  aspect: AspectId;
  level: number;
  /** What implies the floor, e.g. "OSL 26:1 (Omvänt skaderekvisit)". */
  source: Text;
}

export interface LegalFloors {
  levels: Levels;
  /** Every floor above the baseline, highest first, so the UI can say why. */
  reasons: FloorReason[];
}

/** The floor of one OSL reference: the provision's own floor, else its harm test's. Unknown refs give none. */
export function oslFloor(ref: string, osl: OslFile): Floor {
  const provision = osl.provisions.find((p) => p.ref === ref);
  if (!provision) return {};
  return provision.floor ?? osl.harmTests.find((h) => h.id === provision.harmTest)?.floor ?? {};
}

export function legalFloors(legal: LegalCategories, catalog: LegalCatalog, baseline = 0): LegalFloors {
  const levels: Levels = { K: baseline, R: baseline, T: baseline, S: baseline };
  const reasons: FloorReason[] = [];
  const add = (floor: Floor, source: Text) => {
    for (const aspect of aspectIds) {
      const level = floor[aspect];
      if (level === undefined || level <= baseline) continue;
      levels[aspect] = Math.max(levels[aspect], level);
      reasons.push({ aspect, level, source });
    }
  };

  for (const { ref } of legal.osl) {
    const provision = catalog.osl.provisions.find((p) => p.ref === ref);
    const harmTest = catalog.osl.harmTests.find((h) => h.id === provision?.harmTest);
    const kind = harmTest ? ` (${harmTest.name.sv})` : '';
    const kindEn = harmTest ? ` (${harmTest.name.en})` : '';
    add(oslFloor(ref, catalog.osl), { sv: `OSL ${ref}${kind}`, en: `OSL ${ref}${kindEn}` });
  }
  const { gdpr } = catalog;
  if (legal.personalData) add(gdpr.personalData.floor, gdpr.personalData.name);
  for (const id of legal.gdprArt9) {
    const category = gdpr.art9.find((c) => c.id === id);
    if (category) add(category.floor, { sv: `GDPR art. 9: ${category.name.sv}`, en: `GDPR art. 9: ${category.name.en}` });
  }
  if (legal.gdprArt10) add(gdpr.art10.floor, gdpr.art10.name);
  if (legal.identityNumbers) add(gdpr.identityNumbers.floor, gdpr.identityNumbers.name);
  if (legal.protectedIdentity) add(gdpr.protectedIdentity.floor, gdpr.protectedIdentity.name);
  if (legal.aggregated) add(gdpr.aggregated.floor, gdpr.aggregated.name);
  const securityClass = catalog.securityClasses.classes.find((c) => c.id === legal.securityClass);
  if (securityClass) add(securityClass.floor, { sv: `Säkerhetsskydd: ${securityClass.name.sv}`, en: `Security protection: ${securityClass.name.en}` });

  reasons.sort((a, b) => b.level - a.level);
  return { levels, reasons };
}
