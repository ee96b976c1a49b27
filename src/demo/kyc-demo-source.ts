import { readSourceFile } from '../kyc/read-source-file.js';
import { importSourceVersion } from '../kyc/sql/import-source-version.js';
import type { Db } from '../store/db.js';

/**
 * The demo tenant's government ID register: the FrankieOne reference's passport source `au-govid1-pp` of
 * provider `con_testbed-docs`, holding the reference's applicant MARY TESTFOURTEEN (an invented test identity).
 */
export const DEMO_GOVID_SOURCE = 'au-govid1-pp';
export const DEMO_GOVID_PROVIDER = 'con_testbed-docs';
const DEMO_GOVID_CSV = `recordId,givenName,familyName,dateOfBirth,gender,govIdType,govIdNumber,govIdCountry
PP-0014,MARY,TESTFOURTEEN,1963-04-02,F,PASSPORT,PA1234567,AU
PP-0015,OLIVER,TESTFIFTEEN,1990-11-23,M,PASSPORT,PB7654321,AU
`;

export async function seedDemoKycSource(db: Db, tenantId: string): Promise<void> {
  const parsed = await readSourceFile(DEMO_GOVID_CSV, { format: 'csv' });
  await importSourceVersion(db, {
    tenantId, source: DEMO_GOVID_SOURCE, provider: DEMO_GOVID_PROVIDER, format: 'csv', sha256: parsed.sha256, fileName: 'demo-au-govid1-pp.csv', records: parsed.records, problems: parsed.problems,
  });
}
