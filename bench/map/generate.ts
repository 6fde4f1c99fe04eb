// Generates a large municipality straight in SQL: 40 departments, 10,000 assets with a full
// history (three versions each, classifications) — the shape a big municipality's map has.
import type pg from 'pg';

const WORDS = ['protokoll', 'bygglov', 'journal', 'register', 'avtal', 'ansökan', 'beslut', 'utredning', 'plan', 'karta',
  'faktura', 'intyg', 'rapport', 'anmälan', 'akt', 'lista', 'underlag', 'yttrande', 'tillstånd', 'bidrag'];
const AREAS = ['socialtjänst', 'skola', 'omsorg', 'miljö', 'bygg', 'personal', 'ekonomi', 'kultur', 'vatten', 'energi'];

export async function generateMunicipality(pool: pg.Pool, opts = { departments: 40, assets: 10_000 }): Promise<void> {
  await pool.query(
    `INSERT INTO departments (code, name, kind, functions)
     SELECT 'D' || lpad(i::text, 2, '0'), 'Förvaltning ' || i, 'forvaltning', ARRAY['alla']
     FROM generate_series(1, $1) i`,
    [opts.departments],
  );
  await pool.query(
    `WITH d AS (SELECT id, code, row_number() OVER (ORDER BY code) AS n FROM departments)
     INSERT INTO assets (ref, department_id, name, description, process, owner_role, purpose, legal, status, k, r, t, s,
       classification_state, review_due, version)
     SELECT d.code || '-' || lpad(i::text, 5, '0'), d.id,
       initcap(($2::text[])[1 + i % 20]) || ' ' || ($3::text[])[1 + i % 10] || ' ' || i,
       'Handlingar om ' || ($2::text[])[1 + (i * 7) % 20] || ' inom ' || ($3::text[])[1 + (i * 3) % 10],
       '2.' || (i % 9) || ' Process ' || ($2::text[])[1 + (i * 11) % 20],
       'Chef ' || ($3::text[])[1 + i % 10], 'Myndighetsutövning', '{"osl":[],"personalData":true,"gdprArt9":[],"gdprArt10":false,"identityNumbers":false,"protectedIdentity":false,"securityClass":"none","aggregated":false}',
       'active', NULLIF(i % 4, 0) * 0 + i % 5, NULLIF(i % 4, 0) * 0 + (i / 5) % 5,
       NULLIF(i % 4, 0) * 0 + (i / 25) % 5, NULLIF(i % 4, 0) * 0 + (i / 7) % 5,
       CASE WHEN i % 4 = 0 THEN 'unclassified' WHEN i % 4 = 1 THEN 'draft' ELSE 'approved' END,
       CASE WHEN i % 4 >= 2 THEN current_date + ((i % 720) - 200) END, 3
     FROM generate_series(1, $1) i JOIN d ON d.n = 1 + i % $4`,
    [opts.assets, WORDS, AREAS, opts.departments],
  );
  // Three versions of history per asset, as the store writes them.
  await pool.query(
    `INSERT INTO asset_versions (asset_id, version, actor, action, snapshot)
     SELECT a.id, v, 'bench', CASE v WHEN 1 THEN 'create' WHEN 2 THEN 'update' ELSE 'classify' END,
       jsonb_build_object('ref', a.ref, 'name', a.name, 'purpose', CASE WHEN v > 1 THEN a.purpose ELSE '' END,
         'levels', CASE WHEN v = 3 THEN jsonb_build_object('K', a.k, 'R', a.r, 'T', a.t, 'S', a.s) END)
     FROM assets a CROSS JOIN generate_series(1, 3) v`,
  );
  await pool.query(
    `INSERT INTO classifications (asset_id, version, answers, overrides, derived, levels, status, model_version, created_by)
     SELECT id, 1, '{}', '{}', jsonb_build_object('K', k, 'R', r, 'T', t, 'S', s), jsonb_build_object('K', k, 'R', r, 'T', t, 'S', s),
       CASE classification_state WHEN 'approved' THEN 'approved' ELSE 'draft' END, 'bench', 'bench'
     FROM assets WHERE classification_state <> 'unclassified'`,
  );
  await pool.query('ANALYZE');
}
