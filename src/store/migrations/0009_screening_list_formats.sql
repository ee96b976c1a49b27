-- Screening, second round: a generic CSV list format (a company's own watch lists) besides the official formats.
ALTER TABLE screening_list_versions DROP CONSTRAINT IF EXISTS screening_list_versions_format_check;
ALTER TABLE screening_list_versions ADD CONSTRAINT screening_list_versions_format_check
  CHECK (format IN ('ofac-sdn', 'un', 'uk', 'us-csl', 'ftm', 'csv'));
