import type { Issue } from '../../domain/index.js';
import { DOCUMENT_STATUSES } from '../../domain/vocabulary.js';
import { idvConfigSchema, type IdvConfig } from '../../documents/checks/config.js';
import { latestDocument, listImages } from '../../documents/sql/find-documents.js';
import { overallStatus, type DocumentRow } from '../../documents/sql/rows.js';
import { reassessDocument } from '../../documents/submit-document.js';
import type { DocumentIssue } from '../../documents/types.js';
import type { StepOutput, StepType } from '../../engine/step-type.js';

export const IDV_PROVIDER = 'idflow-mrz';

/** A person has decided on the document: their status stands and the software does not reassess it. */
const decidedByPerson = (row: DocumentRow) => row.audited || row.operator_message !== null;

function toIssue(issue: DocumentIssue, stepName: string, processResultId: string): Issue {
  return { category: 'IDV', issue: `${issue.code}: ${issue.message}`, severity: issue.severity === 'FAIL' ? 'ERROR' : 'WARNING', stepName, processResultId };
}

/**
 * IDV: checks the instance's latest identity document (MRZ, expiry, age, MRZ vs visual zone, allowed
 * types and states, specimens, block lists). Waits while no document has been submitted. PASS when the
 * document's overall status is Accepted, Referred or NoValidation (the last two with REVIEW-worthy issues),
 * FAIL when it is Failed or Rejected.
 */
export const idvStep: StepType<IdvConfig> = {
  type: 'IDV',
  kind: 'user',
  configSchema: idvConfigSchema,
  async run(ctx): Promise<StepOutput> {
    const startedAt = new Date().toISOString();
    const latest = await latestDocument(ctx.db, ctx.tenantId, ctx.instanceId);
    if (!latest) return { result: 'MISSING_DATA', waiting: true };

    let row = latest;
    let documentIssues: DocumentIssue[] = latest.issues;
    if (!decidedByPerson(latest)) {
      const images = await listImages(ctx.db, ctx.tenantId, latest.id);
      const reassessed = await reassessDocument(ctx.db, latest, images.map((i) => i.kind), ctx.config, ctx.now);
      row = reassessed.row;
      documentIssues = reassessed.assessment.issues;
    }
    const overall = DOCUMENT_STATUSES[overallStatus(row.operator_status, row.auditor_status)];
    const result = overall === 'Failed' || overall === 'Rejected' ? 'FAIL' : 'PASS';
    const processResultId = `idv-${row.id}`;
    const extracted = row.extracted_fields;
    return {
      result,
      objectType: 'DOCUMENT',
      objectId: row.id,
      processResults: [
        {
          processResultId,
          class: 'IDV',
          objectType: 'DOCUMENT',
          objectId: row.id,
          result,
          providerResult: { name: IDV_PROVIDER, source: row.mrz_result?.format ?? 'NO_MRZ', reference: row.id },
          supplementaryData: {
            type: 'IDV_DOCUMENT',
            documentType: row.document_type,
            operatorStatus: DOCUMENT_STATUSES[row.operator_status],
            auditorStatus: DOCUMENT_STATUSES[row.auditor_status],
            overallStatus: overall,
            documentFraudSoftware: row.document_validations.DocumentFraudSoftware?.Result,
            mrzValid: row.mrz_result?.valid ?? null,
            issues: documentIssues,
          },
        },
      ],
      serviceProviders: [{ provider: IDV_PROVIDER, result, startedAt, endedAt: new Date().toISOString() }],
      summary: { documentId: row.id, overallStatus: overall, failed: documentIssues.filter((i) => i.severity === 'FAIL').length, referred: documentIssues.filter((i) => i.severity === 'REVIEW').length },
      stepData: { documentId: row.id, documentType: row.document_type, overallStatus: overall, decidedByPerson: decidedByPerson(latest) },
      issues: overall === 'Accepted' ? [] : documentIssues.map((i) => toIssue(i, ctx.stepName, processResultId)),
      applicantFields: {
        firstName: extracted.firstName,
        lastName: extracted.lastName,
        dateOfBirth: extracted.dateOfBirth,
        nationality: extracted.nationality,
        docNum: extracted.documentNumber,
      },
    };
  },
};
