import { isoTimestamp } from '../../domain/timestamps.js';
import type { Db } from '../db.js';
import type { ProcessResult, StepResult } from '../../domain/index.js';


interface StepResultRow {
  id: string;
  instance_id: string;
  element_id: string;
  step_name: string;
  step_type: string;
  result: StepResult['result'];
  started_at: Date;
  ended_at: Date;
  request_id: string | null;
  object_type: string;
  object_id: string | null;
  service_providers: StepResult['serviceProviders'];
  summary: StepResult['summary'];
  step_data: StepResult['stepData'];
  errors: StepResult['errors'];
}

/** The step results of an instance in the order they ran, each with its process result objects. */
export async function loadStepResults(db: Db, instanceId: string): Promise<StepResult[]> {
  const [steps, pros] = await Promise.all([
    db.query<StepResultRow>(`SELECT * FROM step_results WHERE instance_id = $1 ORDER BY seq`, [instanceId]),
    db.query<{ step_result_id: string; data: ProcessResult; manual_status: string | null; system_status: string; updated_at: Date; updated_by: string | null }>(
      `SELECT step_result_id, data, manual_status, system_status, updated_at, updated_by
         FROM process_results WHERE instance_id = $1 ORDER BY created_at, id`,
      [instanceId],
    ),
  ]);
  const byStep = new Map<string, ProcessResult[]>();
  for (const row of pros.rows) {
    const pro: ProcessResult = {
      ...row.data,
      systemStatus: row.system_status as ProcessResult['systemStatus'],
      updatedAt: isoTimestamp(row.updated_at),
      ...(row.manual_status ? { manualStatus: row.manual_status as ProcessResult['manualStatus'] } : {}),
      ...(row.updated_by ? { updatedBy: row.updated_by } : {}),
    };
    const list = byStep.get(row.step_result_id) ?? [];
    list.push(pro);
    byStep.set(row.step_result_id, list);
  }
  return steps.rows.map((r) => ({
    stepName: r.step_name,
    stepType: r.step_type,
    stepResultId: r.id,
    workflowExecutionId: r.instance_id,
    elementId: r.element_id,
    result: r.result,
    startedAt: isoTimestamp(r.started_at),
    endedAt: isoTimestamp(r.ended_at),
    ...(r.request_id ? { requestId: r.request_id } : {}),
    objectType: r.object_type,
    ...(r.object_id ? { objectId: r.object_id } : {}),
    serviceProviders: r.service_providers,
    processResults: byStep.get(r.id) ?? [],
    summary: r.summary,
    stepData: r.step_data,
    errors: r.errors,
  }));
}
