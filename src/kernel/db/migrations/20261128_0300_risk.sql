-- Risk scenarios per asset or service, their treatment (measures), and risk acceptances.
CREATE TABLE risk_scenarios (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  scope_kind text NOT NULL CHECK (scope_kind IN ('asset', 'service')),
  asset_id uuid REFERENCES assets(id) ON DELETE CASCADE,
  service_id uuid REFERENCES services(id) ON DELETE CASCADE,
  -- The asset's department (scope); NULL for a service-wide scenario.
  department_id uuid REFERENCES departments(id),
  -- RiskScenarioInput and the treatment {strategy, measures} as validated by src/risk/model.ts.
  scenario jsonb NOT NULL,
  treatment jsonb NOT NULL,
  matrix_id text NOT NULL,
  matrix_version text NOT NULL,
  version int NOT NULL DEFAULT 1,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((scope_kind = 'asset' AND asset_id IS NOT NULL) OR (scope_kind = 'service' AND service_id IS NOT NULL))
);
CREATE INDEX risk_scenarios_asset ON risk_scenarios(asset_id);
CREATE INDEX risk_scenarios_service ON risk_scenarios(service_id);

CREATE TABLE risk_acceptances (
  id uuid PRIMARY KEY,
  scenario_id uuid NOT NULL REFERENCES risk_scenarios(id) ON DELETE CASCADE,
  -- The RiskAcceptance record with its whole transition history.
  body jsonb NOT NULL,
  state text NOT NULL,
  expires_on date,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX risk_acceptances_scenario ON risk_acceptances(scenario_id);
