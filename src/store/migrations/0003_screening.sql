-- Sanctions and PEP screening: versioned list snapshots, their diffs, reviewers' resolutions of hits,
-- and the alerts ongoing monitoring raises.

-- One row per import of a list file. Exactly one version of a source is active at a time.
CREATE TABLE screening_list_versions (
  id text PRIMARY KEY,
  source text NOT NULL,
  format text NOT NULL CHECK (format IN ('ofac-sdn', 'un', 'uk', 'us-csl', 'ftm')),
  published_at timestamptz,
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  imported_at timestamptz NOT NULL DEFAULT now(),
  entity_count integer NOT NULL,
  name_count integer NOT NULL,
  problem_count integer NOT NULL,
  -- The first problems reported while parsing (capped), each { line?, element?, message }.
  problems jsonb NOT NULL DEFAULT '[]'::jsonb,
  files jsonb NOT NULL DEFAULT '[]'::jsonb,
  status text NOT NULL CHECK (status IN ('active', 'superseded')),
  previous_version_id text REFERENCES screening_list_versions (id),
  added_count integer NOT NULL DEFAULT 0,
  removed_count integer NOT NULL DEFAULT 0,
  changed_count integer NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX screening_list_versions_one_active ON screening_list_versions (source) WHERE status = 'active';
CREATE INDEX screening_list_versions_source ON screening_list_versions (source, imported_at DESC);

-- The entities of each version: the parsed ListEntity and a hash of its content, so diffs compare hashes only.
CREATE TABLE screening_list_entities (
  version_id text NOT NULL REFERENCES screening_list_versions (id) ON DELETE CASCADE,
  source_id text NOT NULL,
  content_hash text NOT NULL,
  entity jsonb NOT NULL,
  PRIMARY KEY (version_id, source_id)
);

-- What a version changed against the version it superseded (the first version of a source adds everything).
CREATE TABLE screening_list_changes (
  version_id text NOT NULL REFERENCES screening_list_versions (id) ON DELETE CASCADE,
  source_id text NOT NULL,
  change text NOT NULL CHECK (change IN ('added', 'removed', 'changed')),
  PRIMARY KEY (version_id, source_id)
);

-- A reviewer's resolution of a hit for one screened entity. A FALSE_POSITIVE is not raised again for that
-- entity while the list entry's content hash stays the same.
CREATE TABLE screening_resolutions (
  tenant_id text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  entity_id text NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  source text NOT NULL,
  source_id text NOT NULL,
  content_hash text NOT NULL,
  resolution text NOT NULL CHECK (resolution IN ('FALSE_POSITIVE', 'TRUE_POSITIVE')),
  process_result_id text,
  resolved_by text,
  resolved_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, entity_id, source, source_id)
);

-- New hits found by re-screening monitored entities against the added and changed entries of a new version.
CREATE TABLE screening_monitoring_alerts (
  id text PRIMARY KEY,
  tenant_id text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  entity_id text NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  version_id text NOT NULL REFERENCES screening_list_versions (id),
  source text NOT NULL,
  source_id text NOT NULL,
  content_hash text NOT NULL,
  change text NOT NULL CHECK (change IN ('added', 'changed')),
  matched_name text NOT NULL,
  score real NOT NULL,
  -- URGENT for a strong hit, REVIEW otherwise (workflow status vocabulary).
  outcome text NOT NULL CHECK (outcome IN ('URGENT', 'REVIEW')),
  status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'RESOLVED')),
  details jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, entity_id, version_id, source_id)
);
CREATE INDEX screening_monitoring_alerts_open ON screening_monitoring_alerts (tenant_id, status, created_at);
