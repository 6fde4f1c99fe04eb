-- Case-insensitive substring search on names without ILIKE's per-row case folding, and ref prefixes.
DROP INDEX IF EXISTS assets_name_trgm;
DROP INDEX IF EXISTS assets_ref_trgm;
CREATE INDEX IF NOT EXISTS assets_name_lower_trgm ON assets USING gin (lower(name) gin_trgm_ops);
CREATE INDEX IF NOT EXISTS assets_ref_pattern ON assets (ref text_pattern_ops);
