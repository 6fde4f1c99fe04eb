-- Access control: MFA (TOTP + recovery codes), two-step login, single sign-on, enrolment-only
-- sessions, and indexes for browsing the audit trail.

ALTER TABLE users
  ADD COLUMN mfa_secret text,
  -- Set while an enrolment waits for its first code; moved to mfa_secret on confirmation.
  ADD COLUMN mfa_pending_secret text,
  ADD COLUMN mfa_enabled_at timestamptz,
  -- The last accepted TOTP time step: a code is never accepted twice.
  ADD COLUMN mfa_last_step bigint,
  ADD COLUMN password_changed_at timestamptz,
  ADD COLUMN auth_source text NOT NULL DEFAULT 'local' CHECK (auth_source IN ('local', 'oidc')),
  -- "issuer|sub" of a single-sign-on account.
  ADD COLUMN sso_subject text UNIQUE;

CREATE TABLE mfa_recovery_codes (
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  code_hash text NOT NULL,
  used_at timestamptz,
  PRIMARY KEY (user_id, code_hash)
);

-- A password accepted, the second factor still to come.
CREATE TABLE login_challenges (
  id_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  attempts int NOT NULL DEFAULT 0,
  ip text,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- A session of a user whose role requires MFA but who has not enrolled: enrolment only.
ALTER TABLE sessions
  ADD COLUMN enrolment_only boolean NOT NULL DEFAULT false,
  ADD COLUMN auth_method text NOT NULL DEFAULT 'password';

-- State, nonce and PKCE verifier between the redirect to the identity provider and its callback.
CREATE TABLE oidc_pending (
  id_hash text PRIMARY KEY,
  state text NOT NULL,
  nonce text NOT NULL,
  code_verifier text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX audit_log_actor ON audit_log(actor_id);
CREATE INDEX audit_log_action ON audit_log(action);
