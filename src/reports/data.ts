// Gathers the decision basis from the database: the map, the placements under the active rule set,
// violations, conditions and decisions, in the caller's department scope. Read-only.
import type pg from 'pg';
import { loadCatalog } from '../classify/catalog.js';
import { notFound } from '../kernel/http/errors.js';
import type { LegalCategories } from '../map/model.js';
import { buildOverview } from '../placement/overview.js';
import { activeRuleSetId, currentDecisions, getRuleSet, loadUniverse } from '../placement/store.js';
import { highestPermittedLevels } from './capacity.js';
import { gatherRisks } from './risks.js';
import type { ReportAsset, ReportData, ReportRisks } from './model.js';
import { conditionsPerService, decisionsView, distributionOf, matrixCells, rulesView, servicesView, violationsView } from './shape.js';
import { legalSummary, REPORT_TITLE } from './texts.js';
import { levelsOf } from '../map/assets/rows.js';
import { swedishDate } from '../kernel/swedish-date.js';

type Q = pg.Pool | pg.ClientBase;

export interface GatherOptions {
  /** Only this department; must be within `visible`. */
  departmentId?: string | null;
  /** The caller's departments (null = all). */
  visible: string[] | null;
  producedBy: string;
  /** Risk scenarios and acceptances; read from the risk register when not given. */
  risks?: ReportRisks;
  /** The day printed on the report (YYYY-MM-DD); today by default. */
  producedOn?: string;
}

export const MUNICIPALITY_NAME_KEY = 'municipality.name';

/** The name in settings; the demo's name when the demo was seeded; otherwise a neutral word. */
async function municipalityName(db: Q): Promise<string> {
  const { rows } = await db.query('SELECT value FROM settings WHERE key = $1', [MUNICIPALITY_NAME_KEY]);
  if (typeof rows[0]?.value === 'string' && rows[0].value.trim()) return rows[0].value.trim();
  const demo = await db.query("SELECT 1 FROM departments WHERE name LIKE 'Exempelkommun %' LIMIT 1");
  return demo.rowCount ? 'Exempelkommun' : 'Kommunen';
}

async function scopeFor(db: Q, o: GatherOptions): Promise<{ scope: string[] | null; department: { code: string; name: string } | null }> {
  if (!o.departmentId) {
    if (o.visible?.length === 1) {
      const { rows } = await db.query('SELECT code, name FROM departments WHERE id = $1', [o.visible[0]]);
      return { scope: o.visible, department: rows[0] ? { code: rows[0].code, name: rows[0].name } : null };
    }
    return { scope: o.visible, department: null };
  }
  // A department outside the caller's scope is answered as if it did not exist.
  if (o.visible && !o.visible.includes(o.departmentId)) throw notFound('Förvaltningen');
  const { rows } = await db.query('SELECT code, name FROM departments WHERE id = $1', [o.departmentId]);
  if (!rows[0]) throw notFound('Förvaltningen');
  return { scope: [o.departmentId], department: { code: rows[0].code, name: rows[0].name } };
}

async function loadAssets(db: Q, scope: string[] | null) {
  const { rows } = await db.query(
    `SELECT a.id, a.ref, a.name, d.code, d.name AS dname, a.k, a.r, a.t, a.s, a.legal, a.classification_state,
            to_char(a.review_due, 'YYYY-MM-DD') AS review_due
     FROM assets a JOIN departments d ON d.id = a.department_id
     WHERE a.status <> 'archived' AND ($1::uuid[] IS NULL OR a.department_id = ANY($1))
     ORDER BY d.name, a.ref`,
    [scope],
  );
  return rows;
}

export async function gatherReportData(db: Q, o: GatherOptions): Promise<ReportData> {
  const { scope, department } = await scopeFor(db, o);
  const ruleSetId = await activeRuleSetId(db);
  const [municipality, ruleSet, universe, allDecisions, assetRows, deps] = await Promise.all([
    municipalityName(db),
    getRuleSet(db, ruleSetId),
    loadUniverse(db, scope),
    currentDecisions(db),
    loadAssets(db, scope),
    db.query(
      `SELECT d.code, d.name, count(a.id) FILTER (WHERE a.status <> 'archived') AS n FROM departments d LEFT JOIN assets a ON a.department_id = d.id
       WHERE ($1::uuid[] IS NULL OR d.id = ANY($1)) GROUP BY d.id ORDER BY d.name`,
      [scope],
    ),
  ]);
  const assetIds = new Set(universe.assets.map((a) => a.id));
  const decisions = allDecisions.filter((d) => assetIds.has(d.asset_id));
  const overview = buildOverview(universe, ruleSet, decisions);
  const catalog = loadCatalog();
  const serviceNames = new Map(universe.services.map((s) => [s.id, s.name]));
  const servicesOf = new Map<string, string[]>();
  for (const p of universe.placements) servicesOf.set(p.assetId, [...(servicesOf.get(p.assetId) ?? []), serviceNames.get(p.serviceId) ?? '?']);

  const assets: ReportAsset[] = assetRows.map((r) => ({
    id: r.id,
    ref: r.ref,
    name: r.name,
    departmentCode: r.code,
    departmentName: r.dname,
    levels: levelsOf(r),
    classificationState: r.classification_state,
    legal: legalSummary(r.legal as LegalCategories, catalog.legal),
    reviewDue: r.review_due,
    services: (servicesOf.get(r.id) ?? []).sort((a, b) => a.localeCompare(b, 'sv')),
  }));
  const today = swedishDate();
  // A department's report lists the services it uses; the municipality's lists the whole register.
  const usedServiceIds = new Set(universe.placements.map((p) => p.serviceId));
  const services = department ? universe.services.filter((s) => usedServiceIds.has(s.id)) : universe.services;
  const reportDecisions = decisionsView(decisions, universe, overview.staleDecisions);
  const violations = violationsView(overview, ruleSet, universe);

  return {
    title: REPORT_TITLE,
    municipality,
    department,
    producedOn: o.producedOn ?? today,
    producedBy: o.producedBy,
    ruleSet: {
      id: ruleSet.id,
      version: ruleSet.version,
      name: ruleSet.name.sv,
      status: ruleSet.status === 'published' ? 'publicerad' : 'utkast',
      publishedOn: ruleSet.publishedOn ?? null,
      description: ruleSet.description.sv,
    },
    scale: catalog.scale.levels.map((l) => ({ value: l.value, code: l.code, name: l.name.sv, color: l.color, textColor: l.textColor })),
    summary: {
      departments: deps.rows.length,
      assets: assets.length,
      classified: assets.filter((a) => a.classificationState !== 'unclassified').length,
      approved: assets.filter((a) => a.classificationState === 'approved').length,
      unclassified: assets.filter((a) => a.classificationState === 'unclassified').length,
      reviewOverdue: assets.filter((a) => a.reviewDue !== null && a.reviewDue < today).length,
      services: usedServiceIds.size,
      placements: universe.placements.length,
      verdictCounts: overview.counts,
      violations: violations.length,
      decisions: reportDecisions.length,
      decisionsNeedingReview: reportDecisions.filter((d) => d.status === 'needs_review').length,
    },
    distribution: distributionOf(assets),
    departments: deps.rows.map((d) => ({
      code: d.code,
      name: d.name,
      assets: Number(d.n),
      classified: assets.filter((a) => a.departmentCode === d.code && a.classificationState !== 'unclassified').length,
      violations: violations.filter((v) => v.departmentName === d.name).length,
    })),
    assets,
    services: servicesView(overview, services, highestPermittedLevels(services, ruleSet)),
    matrix: { cells: matrixCells(overview) },
    violations,
    conditions: conditionsPerService(overview),
    decisions: reportDecisions,
    risks: o.risks ?? (await gatherRisks(db, scope)),
    rules: rulesView(ruleSet),
  };
}
