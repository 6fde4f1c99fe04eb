-- Cloud services and systems, placements of assets in them, rule sets, and placement decisions.
CREATE TABLE services (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL UNIQUE,
  -- The whole ServiceInput (facts, verification notes) as validated by src/services/model.ts.
  facts jsonb NOT NULL,
  version int NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE placements (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  asset_id uuid NOT NULL REFERENCES assets(id) ON DELETE CASCADE,
  service_id uuid NOT NULL REFERENCES services(id) ON DELETE CASCADE,
  purpose text NOT NULL DEFAULT '',
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (asset_id, service_id)
);
CREATE INDEX placements_service ON placements(service_id);

-- The municipality's own rule sets (drafts edited in the UI); the shipped ones live in catalog/placement.
CREATE TABLE rule_sets (
  id text PRIMARY KEY,
  body jsonb NOT NULL,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- A decision on one (asset, service) pair: confirm the verdict, or decide otherwise with a reason.
-- It records the evaluation it was taken on, so a later re-evaluation that differs flags it.
CREATE TABLE placement_decisions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  asset_id uuid NOT NULL REFERENCES assets(id) ON DELETE CASCADE,
  service_id uuid NOT NULL REFERENCES services(id) ON DELETE CASCADE,
  decision text NOT NULL CHECK (decision IN ('confirmed', 'overridden')),
  decided_verdict text NOT NULL,
  reason text NOT NULL DEFAULT '',
  decided_by text NOT NULL,
  decided_on date NOT NULL,
  rule_set_id text NOT NULL,
  rule_set_version text NOT NULL,
  evaluated_verdict text NOT NULL,
  evaluated_rules text[] NOT NULL,
  -- 'current' until a re-evaluation no longer matches what was decided on.
  status text NOT NULL DEFAULT 'current' CHECK (status IN ('current', 'needs_review', 'superseded')),
  flagged_at timestamptz,
  flag_reason text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX placement_decisions_pair ON placement_decisions(asset_id, service_id);
