// A seeded synthetic municipality for the placement benchmark: assets with realistic legal mixes,
// services derived from the catalogue with perturbed (sometimes unknown) facts, random placements.
import { LegalCategories, type OslRef } from '../../src/map/model.js';
import type { Placement, PlacementAsset } from '../../src/placement/model.js';
import { loadServiceCatalogue } from '../../src/services/catalogue.js';
import { Service, serviceInputFromCatalogue, type TriState } from '../../src/services/model.js';

/** mulberry32: small, fast, reproducible. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const departments = ['SOC', 'FUNK', 'VO', 'UTB', 'SBF', 'HR', 'EKO', 'KS', 'KL', 'IT', 'RTJ', 'VA', 'KULT', 'UPH'];
const oslPool: OslRef[] = [
  { ref: '26:1', harmTest: 'omvant' }, { ref: '25:1', harmTest: 'omvant' }, { ref: '23:2 st. 1', harmTest: 'omvant' },
  { ref: '39:3', harmTest: 'rakt' }, { ref: '19:3', harmTest: 'rakt' }, { ref: '18:8', harmTest: 'rakt' },
  { ref: '21:3', harmTest: 'omvant' }, { ref: '40:3', harmTest: 'omvant' },
];

export function generateAssets(n: number, random: () => number): PlacementAsset[] {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const level = () => pick([0, 1, 1, 2, 2, 2, 3, 3, 4]);
  return Array.from({ length: n }, (_, i) => {
    const osl = random() < 0.45 ? [pick(oslPool)] : [];
    const personal = random() < 0.6;
    return {
      id: `a${i}`,
      departmentId: pick(departments),
      levels: random() < 0.05 ? null : { K: level(), R: level(), T: level(), S: level() },
      legal: LegalCategories.parse({
        osl,
        personalData: personal,
        gdprArt9: personal && random() < 0.25 ? ['health'] : [],
        gdprArt10: personal && random() < 0.05,
        identityNumbers: personal && random() < 0.5,
        protectedIdentity: personal && random() < 0.02,
        securityClass: random() < 0.01 ? pick(['begransat_hemlig', 'konfidentiell', 'hemlig'] as const) : 'none',
        aggregated: random() < 0.15,
      }),
    };
  });
}

export function generateServices(n: number, random: () => number): Service[] {
  const entries = loadServiceCatalogue().entries;
  const tri = (v: TriState): TriState => (random() < 0.1 ? 'unknown' : random() < 0.1 ? (v === 'yes' ? 'no' : 'yes') : v);
  return Array.from({ length: n }, (_, i) => {
    const entry = entries[i % entries.length]!;
    const base = serviceInputFromCatalogue(entry, `${entry.name} #${i}`);
    const encrypted = random() < 0.08;
    return Service.parse({
      ...base,
      id: `s${i}`,
      thirdCountrySubProcessors: tri(base.thirdCountrySubProcessors),
      thirdCountrySupportAccess: tri(base.thirdCountrySupportAccess),
      dpfCertified: tri(base.dpfCertified),
      offlineFallback: tri(base.offlineFallback),
      keyControl: encrypted ? 'customer_hsm_eu' : base.keyControl,
      processing: encrypted ? 'storage_only' : base.processing,
    });
  });
}

export function generatePlacements(n: number, assets: readonly PlacementAsset[], services: readonly Service[], random: () => number): Placement[] {
  const seen = new Set<string>();
  const out: Placement[] = [];
  while (out.length < n) {
    const a = assets[Math.floor(random() * assets.length)]!;
    const s = services[Math.floor(random() * services.length)]!;
    const key = `${a.id}|${s.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ assetId: a.id, serviceId: s.id, purpose: '' });
  }
  return out;
}
