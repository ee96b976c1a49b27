-- Identity documents submitted to an instance (TrustID document fields) and their images; deleted with the instance.

CREATE TABLE documents (
  id text PRIMARY KEY,
  tenant_id text NOT NULL,
  instance_id text NOT NULL REFERENCES instances(id) ON DELETE CASCADE,
  document_type text NOT NULL,
  document_name text NOT NULL,
  issuing_country text,
  mrz text,
  mrz_character_count integer,
  mrz_line_count integer,
  mrz_same_length boolean,
  mrz_result jsonb,
  mrz_validation_properties jsonb NOT NULL DEFAULT '[]',
  document_results_summary jsonb NOT NULL DEFAULT '[]',
  general_document_properties jsonb NOT NULL DEFAULT '[]',
  feedback_features jsonb NOT NULL DEFAULT '[]',
  missing_fields_properties jsonb NOT NULL DEFAULT '[]',
  operator_status smallint NOT NULL DEFAULT 0 CHECK (operator_status BETWEEN 0 AND 5),
  operator_message text,
  notes text,
  audited boolean NOT NULL DEFAULT false,
  audited_by_user text,
  auditor_status smallint NOT NULL DEFAULT 0 CHECK (auditor_status BETWEEN 0 AND 5),
  auditor_message text,
  -- {DocumentFraudSoftware: {Name, Result}, DocumentFraudAuditor: {Name, Result} | null}
  document_validations jsonb NOT NULL DEFAULT '{}',
  visual_fields jsonb NOT NULL DEFAULT '{}',
  -- "More Data": the fields extracted from the document
  extracted_fields jsonb NOT NULL DEFAULT '{}',
  issues jsonb NOT NULL DEFAULT '[]',
  created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX documents_instance ON documents (instance_id, created_at DESC, id DESC);

CREATE TABLE document_images (
  id text PRIMARY KEY,
  tenant_id text NOT NULL,
  instance_id text NOT NULL REFERENCES instances(id) ON DELETE CASCADE,
  document_id text NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('FRONT.Cropped', 'FRONT.Uncropped', 'portrait')),
  content_type text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png')),
  width integer NOT NULL,
  height integer NOT NULL,
  byte_size integer NOT NULL,
  data bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (document_id, kind)
);
CREATE INDEX document_images_instance ON document_images (instance_id);
