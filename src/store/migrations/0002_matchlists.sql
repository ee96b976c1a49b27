-- Matchlists: each tenant's own block and allow lists of names (+ date of birth), emails, phones and document numbers.

CREATE TABLE matchlists (
  id text PRIMARY KEY,
  tenant_id text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('block', 'allow')),
  description text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, name),
  -- Target of the entries' (matchlist_id, tenant_id) key: an entry always has its list's tenant.
  UNIQUE (id, tenant_id)
);

CREATE TABLE matchlist_entries (
  id text PRIMARY KEY,
  tenant_id text NOT NULL,
  matchlist_id text NOT NULL,
  entry_type text NOT NULL CHECK (entry_type IN ('NAME', 'EMAIL', 'PHONE', 'DOCUMENT')),
  value text NOT NULL,
  normalized_value text NOT NULL,
  date_of_birth text,
  country text,
  reason text,
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (matchlist_id, tenant_id) REFERENCES matchlists (id, tenant_id) ON DELETE CASCADE
);
-- The MATCHLIST step's lookups: exact compared values, and NAME entries sharing a word with the applicant's name.
CREATE INDEX matchlist_entries_lookup ON matchlist_entries (tenant_id, entry_type, normalized_value);
CREATE INDEX matchlist_entries_name_words ON matchlist_entries USING gin (string_to_array(normalized_value, ' '))
  WHERE entry_type = 'NAME';
-- The same entry added to a list twice is kept once.
CREATE UNIQUE INDEX matchlist_entries_unique
  ON matchlist_entries (matchlist_id, entry_type, normalized_value, (coalesce(date_of_birth, '')), (coalesce(country, '')));
-- A list's entries page by page, in id (creation) order.
CREATE INDEX matchlist_entries_page ON matchlist_entries (matchlist_id, id);
