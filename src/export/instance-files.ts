import { latestDocument, listDocuments, loadImage } from '../documents/sql/find-documents.js';
import { toDocumentRecord } from '../documents/sql/rows.js';
import { IMAGE_KINDS } from '../documents/images.js';
import { applicationOf, instanceHeader, timelineOf, workflowResultOf } from '../engine/instance-record.js';
import type { Db } from '../store/db.js';
import type { InstanceRow } from '../store/sql/instance-row.js';
import { loadActivities, loadRisk } from '../store/sql/load-instance.js';
import { loadStepResults } from '../store/sql/load-step-results.js';
import type { ZipEntry } from './encrypted-zip.js';

/** The file extension of an image's real format: a PNG stays a PNG. */
const EXTENSION: Record<string, string> = { 'image/jpeg': 'jpeg', 'image/png': 'png', 'image/webp': 'webp', 'image/gif': 'gif', 'image/tiff': 'tiff', 'image/bmp': 'bmp' };
export const extensionOf = (contentType: string) => EXTENSION[contentType.toLowerCase()] ?? 'bin';

const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

/**
 * The files of a single-instance export (design §6), only those that apply: activity.json,
 * consent.json, summary.json, idDocs/FRONT.Cropped.<ext>, idDocs/FRONT.Uncropped.<ext>,
 * idDocs/portrait.<ext>, idDocs/processor-results.json, faces/processTokenParams.json; and
 * workflowResult.json. Images keep their real format (.jpeg or .png).
 */
export async function instanceFiles(db: Db, tenantId: string, row: InstanceRow): Promise<ZipEntry[]> {
  const [activities, steps, risk, documents, latest] = await Promise.all([
    loadActivities(db, row.id),
    loadStepResults(db, row.id),
    loadRisk(db, row.id),
    listDocuments(db, tenantId, row.id),
    latestDocument(db, tenantId, row.id),
  ]);
  const files: ZipEntry[] = [{ name: 'activity.json', data: json(timelineOf(activities)) }];
  const consent = row.input.consent;
  if (consent !== undefined && consent !== null) files.push({ name: 'consent.json', data: json(consent) });
  if (documents.length > 0) {
    const records = documents.map(toDocumentRecord);
    files.push({
      name: 'summary.json',
      data: json({
        instance: instanceHeader(row),
        application: applicationOf(row),
        documents: records.map((d) => ({
          DocumentId: d.DocumentId,
          DocumentType: d.DocumentType,
          DocumentName: d.DocumentName,
          DocumentResultsSummary: d.DocumentResultsSummary,
          OperatorStatus: d.OperatorStatus,
          AuditorStatus: d.AuditorStatus,
          FeedbackFeatures: d.FeedbackFeatures,
        })),
      }),
    });
    if (latest) {
      for (const kind of IMAGE_KINDS) {
        const image = await loadImage(db, tenantId, latest.id, kind);
        if (image) files.push({ name: `idDocs/${kind}.${extensionOf(image.contentType)}`, data: image.data });
      }
    }
    files.push({ name: 'idDocs/processor-results.json', data: json(records) });
  }
  const parameters = row.input.parameters;
  if (row.process_token_id && parameters && typeof parameters === 'object') {
    files.push({ name: 'faces/processTokenParams.json', data: json(parameters) });
  }
  files.push({ name: 'workflowResult.json', data: json(workflowResultOf(row, steps, risk)) });
  return files;
}
