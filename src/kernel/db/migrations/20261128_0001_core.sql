-- Core schema: accounts, audit trail, departments, information assets, classifications, workshops.
-- Kept within PostgreSQL 15 (the Debian server) and 17 (embedded).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE settings (
  key text PRIMARY KEY,
  value jsonb NOT NULL
);

CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  username text NOT NULL UNIQUE,
  display_name text NOT NULL DEFAULT '',
  password_hash text,
  role text NOT NULL,
  -- NULL means every department; otherwise the departments the role applies to.
  department_ids uuid[],
  disabled boolean NOT NULL DEFAULT false,
  failed_logins int NOT NULL DEFAULT 0,
  locked_until timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_login_at timestamptz
);

CREATE TABLE sessions (
  id_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  csrf text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  ip text
);
CREATE INDEX sessions_user ON sessions(user_id);

CREATE TABLE api_tokens (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  token_hash text NOT NULL UNIQUE,
  prefix text NOT NULL,
  role text NOT NULL,
  department_ids uuid[],
  created_by uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz,
  last_used_at timestamptz,
  revoked_at timestamptz
);

-- Append-only, hash-chained: hash = sha256(prev_hash || canonical content).
CREATE TABLE audit_log (
  seq bigint PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  actor_id uuid,
  actor text NOT NULL,
  ip text,
  action text NOT NULL,
  entity_type text,
  entity_id text,
  department_id uuid,
  changes jsonb,
  prev_hash text NOT NULL,
  hash text NOT NULL
);
CREATE INDEX audit_log_entity ON audit_log(entity_type, entity_id);
CREATE INDEX audit_log_at ON audit_log(at);

CREATE TABLE departments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code text NOT NULL UNIQUE,
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('forvaltning', 'bolag', 'enhet')),
  functions text[] NOT NULL DEFAULT '{}',
  description text,
  next_ref int NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE assets (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  ref text NOT NULL UNIQUE,
  department_id uuid NOT NULL REFERENCES departments(id),
  name text NOT NULL,
  description text NOT NULL DEFAULT '',
  process text NOT NULL DEFAULT '',
  owner_role text NOT NULL DEFAULT '',
  purpose text NOT NULL DEFAULT '',
  volume text NOT NULL DEFAULT '',
  retention text NOT NULL DEFAULT '',
  personal_data_categories text[] NOT NULL DEFAULT '{}',
  legal jsonb NOT NULL,
  status text NOT NULL CHECK (status IN ('draft', 'active', 'archived')),
  template_id text,
  version int NOT NULL DEFAULT 1,
  -- Denormalised from the latest classification, for fast lists, filters and the dashboard.
  k smallint, r smallint, t smallint, s smallint,
  classification_state text NOT NULL DEFAULT 'unclassified'
    CHECK (classification_state IN ('unclassified', 'draft', 'approved')),
  review_due date,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('swedish'::regconfig, coalesce(name, '')), 'A') ||
    setweight(to_tsvector('swedish'::regconfig, coalesce(process, '') || ' ' || coalesce(owner_role, '')), 'B') ||
    setweight(to_tsvector('swedish'::regconfig, coalesce(description, '') || ' ' || coalesce(purpose, '')), 'C')
  ) STORED
);
CREATE INDEX assets_department ON assets(department_id);
CREATE INDEX assets_search ON assets USING gin(search);
CREATE INDEX assets_name_trgm ON assets USING gin(name gin_trgm_ops);
CREATE INDEX assets_updated ON assets(updated_at DESC);
CREATE INDEX assets_k ON assets(k);
CREATE INDEX assets_name ON assets(name);

-- Every saved state of an asset (full snapshot), so any two versions can be compared.
CREATE TABLE asset_versions (
  asset_id uuid NOT NULL REFERENCES assets(id) ON DELETE CASCADE,
  version int NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  actor text NOT NULL,
  action text NOT NULL,
  snapshot jsonb NOT NULL,
  PRIMARY KEY (asset_id, version)
);

CREATE TABLE classifications (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  asset_id uuid NOT NULL REFERENCES assets(id) ON DELETE CASCADE,
  version int NOT NULL,
  answers jsonb NOT NULL,
  overrides jsonb NOT NULL,
  note text NOT NULL DEFAULT '',
  derived jsonb NOT NULL,
  levels jsonb NOT NULL,
  status text NOT NULL CHECK (status IN ('draft', 'approved', 'superseded')),
  model_version text NOT NULL,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  approved_by text,
  approved_at timestamptz,
  review_due date,
  UNIQUE (asset_id, version)
);

CREATE TABLE workshops (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  department_id uuid NOT NULL REFERENCES departments(id),
  title text NOT NULL,
  held_on date NOT NULL,
  participants text[] NOT NULL DEFAULT '{}',
  status text NOT NULL CHECK (status IN ('open', 'paused', 'closed')),
  notes text NOT NULL DEFAULT '',
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX workshops_department ON workshops(department_id);

CREATE TABLE workshop_items (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workshop_id uuid NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
  template_id text,
  decision text NOT NULL CHECK (decision IN ('accepted', 'adjusted', 'rejected', 'added')),
  asset_id uuid REFERENCES assets(id),
  note text NOT NULL DEFAULT '',
  decided_by text NOT NULL,
  decided_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX workshop_items_workshop ON workshop_items(workshop_id);

-- Files uploaded for a two-step import (preview, then import with a mapping); removed after a day.
CREATE TABLE uploads (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid REFERENCES users(id) ON DELETE CASCADE,
  filename text NOT NULL,
  bytes bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
