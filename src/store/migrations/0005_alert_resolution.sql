-- A reviewer resolves a monitoring alert as a true or false positive; a false positive is also recorded in
-- screening_resolutions, so the entry is not raised again for the entity while it is unchanged.
ALTER TABLE screening_monitoring_alerts
  ADD COLUMN resolution text CHECK (resolution IN ('TRUE_POSITIVE', 'FALSE_POSITIVE')),
  ADD COLUMN resolved_by text,
  ADD COLUMN resolved_at timestamptz,
  ADD COLUMN comment text;
