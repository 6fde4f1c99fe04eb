// Swedish wording shared by all three report formats, so docx, pdf and xlsx say the same thing.
import type { LegalCatalog } from '../classify/catalog.js';
import type { LegalCategories } from '../map/model.js';
import { verdictLabels, type Verdict } from '../placement/model.js';
import type { Service } from '../services/model.js';
import type { LevelsOrNull, ReportData } from './model.js';

export const REPORT_TITLE = 'Beslutsunderlag – informationsklassning och molnplacering';

export const DISCLAIMER =
  'infovakt dokumenterar vem som beslutat vad, när och varför, utifrån kommunens kartläggning och den regeluppsättning som gällde vid utskriften. ' +
  'Bedömningarna är regelbaserade stöd för beslut och utgör inte juridisk rådgivning. Rättsläget för molntjänster är oklart och förändras; ' +
  'kommunen ansvarar för sina beslut och bör låta jurist granska placeringar som kräver juridisk bedömning.';

export const NO_RISKS = 'Inga riskbedömningar registrerade.';

export const verdictSv = (v: Verdict): string => verdictLabels[v].sv;

/** Verdict colours for cells (fill, text); WCAG AA contrast on the fill. */
export const verdictColors: Readonly<Record<Verdict, { fill: string; text: string }>> = {
  allowed: { fill: '#1B6E3A', text: '#FFFFFF' },
  allowed_with_conditions: { fill: '#DCEFD9', text: '#1A3A1F' },
  needs_legal_review: { fill: '#F6D78B', text: '#3D2A00' },
  not_allowed: { fill: '#B3261E', text: '#FFFFFF' },
};

export const aspectNamesSv = { K: 'Konfidentialitet', R: 'Riktighet', T: 'Tillgänglighet', S: 'Spårbarhet' } as const;

export const classificationStateSv = { unclassified: 'Ej klassad', draft: 'Utkast', approved: 'Godkänd' } as const;

/** "K3 R2 T2 S1", or "–" while unclassified. */
export function levelsShort(levels: LevelsOrNull | null): string {
  if (!levels) return '–';
  return (['K', 'R', 'T', 'S'] as const).map((a) => `${a}${levels[a] ?? '–'}`).join(' ');
}

const harmTestSv = { omvant: 'omvänt', rakt: 'rakt', absolut: 'absolut' } as const;
const securitySv: Record<LegalCategories['securityClass'], string> = {
  none: '',
  begransat_hemlig: 'begränsat hemlig',
  konfidentiell: 'konfidentiell',
  hemlig: 'hemlig',
  kvalificerat_hemlig: 'kvalificerat hemlig',
};

/** The legal categories an asset carries, in short Swedish. */
export function legalSummary(legal: LegalCategories, catalog: LegalCatalog): string {
  const parts: string[] = legal.osl.map((o) => `OSL ${o.ref} (${harmTestSv[o.harmTest]})`);
  if (legal.gdprArt9.length) {
    const names = legal.gdprArt9.map((id) => catalog.gdpr.art9.find((c) => c.id === id)?.name.sv.toLowerCase() ?? id);
    parts.push(`GDPR art. 9 (${names.join(', ')})`);
  }
  if (legal.gdprArt10) parts.push('GDPR art. 10');
  if (legal.personalData && !legal.gdprArt9.length && !legal.gdprArt10) parts.push('personuppgifter');
  if (legal.identityNumbers) parts.push('personnummer');
  if (legal.protectedIdentity) parts.push('skyddade personuppgifter');
  if (legal.securityClass !== 'none') parts.push(`säkerhetsskydd: ${securitySv[legal.securityClass]}`);
  if (legal.aggregated) parts.push('sammanställning');
  return parts.join(', ') || '–';
}

const jurisdictionSv = { eu_eea: 'EU/EES-ägd', us: 'USA-ägd', other: 'ägd utanför EU/EES', unknown: 'ägarland okänt' } as const;
const locationSv = { sweden: 'data i Sverige', eu_eea: 'data i EU/EES', third_country: 'data i tredjeland', unknown: 'datalagring okänd' } as const;
const keysSv = { customer_hsm_eu: 'kommunens nycklar (HSM i EU)', byok: 'egen nyckel (BYOK)', provider: 'leverantörens nycklar', unknown: 'nyckelhantering okänd' } as const;

/** What decides a service's legality, in one line. */
export function serviceFactsSv(s: Pick<Service, 'ownerJurisdiction' | 'dataLocation' | 'keyControl'>): string {
  return [jurisdictionSv[s.ownerJurisdiction], locationSv[s.dataLocation], keysSv[s.keyControl]].join(', ');
}

/** The scope line on the title page: the department, or the whole municipality. */
export function scopeLabel(d: Pick<ReportData, 'municipality' | 'department'>): string {
  return d.department ? `${d.department.name}, ${d.municipality}` : `${d.municipality} – hela kommunen`;
}

/** Plain-Swedish sentences for the board: counts first, then the most serious violations. */
export function boardSummary(d: ReportData, maxViolations = 5): { paragraphs: string[]; serious: string[] } {
  const s = d.summary;
  const paragraphs = [
    `Underlaget omfattar ${s.departments} ${s.departments === 1 ? 'förvaltning' : 'förvaltningar'} med ${s.assets} informationsmängder, ` +
      `varav ${s.classified} är klassade (${s.approved} godkända av informationsägaren) och ${s.unclassified} ännu inte är klassade.` +
      (s.reviewOverdue ? ` ${s.reviewOverdue} klassningar har passerat sitt omprövningsdatum.` : ''),
    `Informationen är placerad i ${s.services} it-system och molntjänster (${s.placements} placeringar). Med regeluppsättningen ` +
      `"${d.ruleSet.name}" version ${d.ruleSet.version} bedöms ${s.verdictCounts.allowed} placeringar som tillåtna, ` +
      `${s.verdictCounts.allowed_with_conditions} som tillåtna med villkor, ${s.verdictCounts.needs_legal_review} som att de kräver juridisk bedömning ` +
      `och ${s.verdictCounts.not_allowed} som ej tillåtna.`,
    s.violations
      ? `${s.violations} ${s.violations === 1 ? 'placering behöver' : 'placeringar behöver'} åtgärdas eller beslutas: informationen ligger där den inte får ligga, ` +
        `eller kräver en juridisk bedömning som ännu inte har dokumenterats.`
      : 'Inga placeringar strider mot regeluppsättningen eller saknar nödvändigt beslut.',
  ];
  if (s.decisionsNeedingReview) paragraphs.push(`${s.decisionsNeedingReview} tidigare beslut behöver omprövas eftersom underlaget har ändrats.`);
  // A department's own report need not name the department in every line.
  const where = (v: ReportData['violations'][number]) => (d.department ? v.assetName : `${v.assetName} (${v.departmentName})`);
  const serious = d.violations
    .slice(0, maxViolations)
    .map((v) =>
      v.verdict === 'not_allowed'
        ? `${where(v)} ligger i ${v.serviceName}, där den inte får ligga: ${v.reasons[0] ?? ''}`
        : `${where(v)} i ${v.serviceName} kräver juridisk bedömning: ${v.reasons[0] ?? ''}`,
    );
  return { paragraphs, serious };
}

/** "beslutsunderlag-exempelkommun-2026-11-28.pdf" */
export function reportFilename(d: Pick<ReportData, 'municipality' | 'department' | 'producedOn'>, ext: string): string {
  const slug = (x: string) =>
    x
      .toLowerCase()
      .replace(/[åä]/g, 'a')
      .replace(/ö/g, 'o')
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  const parts = ['beslutsunderlag', slug(d.municipality), d.department ? slug(d.department.code) : '', d.producedOn].filter(Boolean);
  return `${parts.join('-')}.${ext}`;
}
