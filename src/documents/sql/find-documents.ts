import type { Db } from '../../store/db.js';
import type { DocumentRow } from './rows.js';

export async function listDocuments(db: Db, tenantId: string, instanceId: string): Promise<DocumentRow[]> {
  const { rows } = await db.query<DocumentRow>(
    `SELECT * FROM documents WHERE tenant_id = $1 AND instance_id = $2 ORDER BY created_at DESC, id DESC`,
    [tenantId, instanceId],
  );
  return rows;
}

/** The instance's most recent document (the one the IDV step evaluates). */
export async function latestDocument(db: Db, tenantId: string, instanceId: string): Promise<DocumentRow | undefined> {
  const { rows } = await db.query<DocumentRow>(
    `SELECT * FROM documents WHERE tenant_id = $1 AND instance_id = $2 ORDER BY created_at DESC, id DESC LIMIT 1`,
    [tenantId, instanceId],
  );
  return rows[0];
}

export async function getDocument(db: Db, tenantId: string, instanceId: string, documentId: string): Promise<DocumentRow | undefined> {
  const { rows } = await db.query<DocumentRow>(`SELECT * FROM documents WHERE tenant_id = $1 AND instance_id = $2 AND id = $3`, [tenantId, instanceId, documentId]);
  return rows[0];
}

export interface ImageInfo {
  id: string;
  kind: string;
  contentType: string;
  width: number;
  height: number;
  byteSize: number;
}

export async function listImages(db: Db, tenantId: string, documentId: string): Promise<ImageInfo[]> {
  const { rows } = await db.query<{ id: string; kind: string; content_type: string; width: number; height: number; byte_size: number }>(
    `SELECT id, kind, content_type, width, height, byte_size FROM document_images WHERE tenant_id = $1 AND document_id = $2 ORDER BY kind`,
    [tenantId, documentId],
  );
  return rows.map((r) => ({ id: r.id, kind: r.kind, contentType: r.content_type, width: r.width, height: r.height, byteSize: r.byte_size }));
}

/** An image's bytes (for the single-instance export: idDocs/<kind>.jpeg). */
export async function loadImage(db: Db, tenantId: string, documentId: string, kind: string): Promise<{ contentType: string; data: Uint8Array } | undefined> {
  const { rows } = await db.query<{ content_type: string; data: Uint8Array }>(
    `SELECT content_type, data FROM document_images WHERE tenant_id = $1 AND document_id = $2 AND kind = $3`,
    [tenantId, documentId, kind],
  );
  return rows[0] ? { contentType: rows[0].content_type, data: new Uint8Array(rows[0].data) } : undefined;
}
