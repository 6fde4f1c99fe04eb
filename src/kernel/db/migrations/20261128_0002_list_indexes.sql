-- Indexes for the asset list: name order with a stable tie-break, and substring search on ref.
CREATE INDEX IF NOT EXISTS assets_name_ref ON assets(name, ref);
CREATE INDEX IF NOT EXISTS assets_ref_trgm ON assets USING gin(ref gin_trgm_ops);
CREATE INDEX IF NOT EXISTS assets_department_name ON assets(department_id, name, ref);
