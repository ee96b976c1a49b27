import { isoTimestampOrNull } from '../domain/timestamps.js';
import type { Db } from '../store/db.js';
import type { InstanceRow } from '../store/sql/instance-row.js';
import { loadActivities, loadInstance, loadRisk } from '../store/sql/load-instance.js';
import { loadStepResults } from '../store/sql/load-step-results.js';
import { applicationOf, instanceHeader, timelineOf, workflowResultOf } from './instance-record.js';
import { loadEntity } from '../store/sql/load-entity.js';
import { notFound } from '../domain/errors.js';

/** The workflowResult of an instance as stored now. */
export async function loadWorkflowResult(db: Db, row: InstanceRow) {
  const [steps, risk] = await Promise.all([loadStepResults(db, row.id), loadRisk(db, row.id)]);
  return workflowResultOf(row, steps, risk);
}

/** The whole record of one instance: header, workflowResult, application results, timeline, review. */
export async function loadInstanceRecord(db: Db, tenantId: string, id: string) {
  const row = await loadInstance(db, tenantId, id);
  if (!row) throw notFound('process instance', id);
  const [workflowResult, activities, entity] = await Promise.all([
    loadWorkflowResult(db, row),
    loadActivities(db, row.id),
    row.entity_id ? loadEntity(db, tenantId, row.entity_id) : Promise.resolve(undefined),
  ]);
  return {
    ...instanceHeader(row),
    individual: entity ?? null,
    tokenParameters: row.input.parameters ?? {},
    workflowResult,
    application: applicationOf(row),
    timeline: timelineOf(activities),
    review: {
      reviewedBy: row.reviewed_by,
      statusOverrideAt: isoTimestampOrNull(row.status_override_at),
      statusOverrideBy: row.status_override_by,
      comment: row.status_override_comment,
    },
  };
}
