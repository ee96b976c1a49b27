import { crc32, deflateSync } from 'node:zlib';
import { importListVersion } from '../../../src/screening/store/import-list-version.js';
import { PASSPORT } from '../../helpers/api-fixtures.js';
import { KYC_BASIC, waitFor } from '../../helpers/test-app.js';
import type { E2eServer } from './server.js';

/** A real (decodable) PNG of one colour, so the browser draws it. */
export function solidPng(width: number, height: number, rgb: [number, number, number]): string {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.alloc(1 + width * 3);
  for (let x = 0; x < width; x++) row.set(rgb, 1 + x * 3);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]).toString('base64');
}

/** Screening, with a branch (RECHECK) that a single hit never takes: it stays grey in the playback. */
export const AML_FLOW = {
  format: 'json',
  name: 'kyc-aml-review',
  definition: {
    name: 'kyc-aml-review',
    steps: [
      { type: 'MATCHLIST' },
      { type: 'AML', config: { threshold: 0.85 } },
      { type: 'MATCHLIST', id: 'Task_RECHECK', name: 'RECHECK', when: 'AML.hits > 5' },
      { type: 'RISK' },
      { type: 'DECISION', config: { rules: [{ when: 'AML.result == "HIT"', outcome: 'REVIEW', category: 'AML', issue: 'Possible sanctions match' }] } },
    ],
  },
};

const IDV_FLOW = { format: 'json', name: 'document-check', definition: { name: 'document-check', steps: [{ type: 'IDV' }, { type: 'DECISION' }] } };

export interface Seeded {
  basicId: string;
  amlId: string;
  /** Instances by a short name. */
  ids: Record<'ann' | 'annLower' | 'oliver' | 'ivan' | 'maria', string>;
  tokenAnn: string;
}

const must = (res: { status: number; body: any }, what: string) => {
  if (res.status >= 300) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
};

/** A small tenant, through the API: token instances with parameters, plain runs, an AML review case, a document. */
export async function seedInstances(server: E2eServer): Promise<Seeded> {
  const { api } = server;
  const basicId = must(await api('POST', '/api/v1/definitions', KYC_BASIC), 'kyc-basic').id;
  const amlId = must(await api('POST', '/api/v1/definitions', AML_FLOW), 'kyc-aml-review').id;
  must(await api('POST', '/api/v1/definitions', IDV_FLOW), 'document-check');
  await importListVersion(server.testDb.db, {
    source: 'ofac-sdn',
    format: 'ofac-sdn',
    sha256: 'e'.repeat(64),
    entities: [{ source: 'ofac-sdn', sourceId: '7001', type: 'person', names: [{ name: 'PETROV, Ivan', kind: 'primary' }], birthDates: ['1970-01-02'], countries: ['RU'], programs: ['TEST'], identifiers: [] }],
    problems: [],
  });

  const startWithToken = async (parameters: Record<string, string>) => {
    const token = must(await api('POST', '/api/v1/process-tokens', { processDefnId: basicId, parameters }), 'token');
    const started = must(await api('POST', `/api/v1/process-tokens/${token.id}/instances`, {}), 'token instance');
    return { tokenId: token.id as string, id: (started.id ?? started.processInstance?.id ?? started.workflowResult?.workflowExecutionId) as string };
  };
  const execute = async (workflow: string, individual: unknown) =>
    must(await api('POST', `/api/v1/workflows/${workflow}/execute`, { individual }), workflow).workflowResult.workflowExecutionId as string;

  const oliver = await execute('kyc-basic', { name: { givenName: 'Oliver', familyName: 'Smith' }, dateOfBirth: '1990-11-23' });
  const ann = await startWithToken({ firstName: 'Ann', lastName: 'Lee', email: 'ann@example.com', phoneNumber: '+447700900123', customerTier: 'Gold' });
  const annLower = await startWithToken({ firstName: 'ann', lastName: 'Lower', customerTier: 'gold' });
  const ivan = await execute('kyc-aml-review', { name: { givenName: 'Ivan', familyName: 'Petrov' }, dateOfBirth: '1970-01-02' });
  const maria = await execute('document-check', { name: { givenName: 'Maria', familyName: 'Garcia Lopez' } });
  must(
    await api('POST', `/api/v1/process-instances/${maria}/documents`, {
      documentType: 'Passport',
      issuingCountry: 'ESP',
      mrz: PASSPORT,
      images: { 'FRONT.Cropped': solidPng(320, 220, [70, 110, 180]), portrait: solidPng(120, 160, [200, 160, 120]) },
    }),
    'document',
  );
  // Token instances run on the worker: wait until they finished.
  await waitFor(async () => {
    const list = await api('GET', '/api/v1/process-instances?limit=50');
    const rows = list.body.processInstances as Array<{ id: string; status: string }>;
    return [ann.id, annLower.id, maria].every((id) => rows.some((r) => r.id === id && r.status.startsWith('COMPLETED')));
  });
  return { basicId, amlId, ids: { ann: ann.id, annLower: annLower.id, oliver, ivan, maria }, tokenAnn: ann.tokenId };
}
