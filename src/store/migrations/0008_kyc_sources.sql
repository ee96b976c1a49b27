-- KYC data sources: each tenant's named, versioned sets of person records (electoral roll extract, credit
-- header, government ID register, own customers) that the KYC step verifies applicants against.

CREATE TABLE kyc_sources (
  tenant_id text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  name text NOT NULL,
  provider text NOT NULL,
  credit_bureau text CHECK (credit_bureau IN ('Equifax', 'Experian')),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, name)
);

-- One row per import of a source file. Exactly one version of a source is active at a time.
CREATE TABLE kyc_source_versions (
  id text PRIMARY KEY,
  tenant_id text NOT NULL,
  source text NOT NULL,
  format text NOT NULL CHECK (format IN ('csv', 'jsonl')),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  imported_at timestamptz NOT NULL DEFAULT now(),
  record_count integer NOT NULL,
  problem_count integer NOT NULL,
  -- The first problems (capped), each { line, message }: bad rows are reported and skipped.
  problems jsonb NOT NULL DEFAULT '[]'::jsonb,
  file_name text,
  status text NOT NULL CHECK (status IN ('active', 'superseded')),
  previous_version_id text REFERENCES kyc_source_versions (id) ON DELETE SET NULL,
  added_count integer NOT NULL DEFAULT 0,
  removed_count integer NOT NULL DEFAULT 0,
  changed_count integer NOT NULL DEFAULT 0,
  FOREIGN KEY (tenant_id, source) REFERENCES kyc_sources (tenant_id, name) ON DELETE CASCADE
);
CREATE UNIQUE INDEX kyc_source_versions_one_active ON kyc_source_versions (tenant_id, source) WHERE status = 'active';
CREATE INDEX kyc_source_versions_source ON kyc_source_versions (tenant_id, source, imported_at DESC);

-- The records of each version, with a content hash (diffs compare hashes) and the lookup keys a candidate
-- search uses (name-word pairs, name word + date of birth, name word + postcode, date of birth + postcode,
-- government ID). One partition per version: an import loads its partition without indexes, builds the GIN
-- index over the keys in one pass and attaches it, so a lookup searches only the version in force.
CREATE TABLE kyc_source_records (
  version_id text NOT NULL,
  record_id text NOT NULL,
  content_hash text NOT NULL,
  record jsonb NOT NULL,
  lookup_keys text[] NOT NULL,
  PRIMARY KEY (version_id, record_id)
) PARTITION BY LIST (version_id);

-- What a version changed against the version it superseded (the first version of a source adds everything,
-- which its counts say without a row per record).
CREATE TABLE kyc_source_changes (
  version_id text NOT NULL REFERENCES kyc_source_versions (id) ON DELETE CASCADE,
  record_id text NOT NULL,
  change text NOT NULL CHECK (change IN ('added', 'removed', 'changed')),
  PRIMARY KEY (version_id, record_id)
);
