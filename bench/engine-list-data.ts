/**
 * Generated instances for the list benchmark, made inside the database with INSERT … SELECT generate_series:
 * 20 tenants (tenant lt00 holds half of all rows, the other 19 share the rest), 5 definitions each, a year of
 * created_dtm, statuses in realistic proportions, given names from 100 and family names from 2,000 (the first
 * of each pool much more common than the last).
 */
import type { Db } from '../src/store/db.js';
import { seededRandom } from './engine-seed.js';

export const BIG_TENANT = 'lt00';
export const TENANTS = Array.from({ length: 20 }, (_, i) => `lt${String(i).padStart(2, '0')}`);
export const DEFINITION_NAMES = ['kyc-basic', 'kyc-full', 'aml-only', 'onboarding', 'rtw-check'];

const rand = seededRandom(11);
const SYLLABLES = ['an', 'bel', 'cor', 'da', 'el', 'fin', 'gar', 'ha', 'is', 'jo', 'ka', 'lin', 'mar', 'no', 'or', 'pe', 'ri', 'sa', 'tor', 'vi'];
const word = (parts: number) => {
  const w = Array.from({ length: parts }, () => SYLLABLES[rand(SYLLABLES.length)]).join('');
  return w[0].toUpperCase() + w.slice(1);
};
const unique = (count: number, parts: number) => {
  const names = new Set<string>();
  while (names.size < count) names.add(word(parts));
  return [...names];
};
export const GIVEN_NAMES = unique(100, 2);
export const FAMILY_NAMES = unique(2000, 3);

/** Status cut-offs on one uniform draw: 75 % success, 12 % terminated, 8 % review, the rest rarer. */
const STATUS_SQL = `CASE WHEN r < 0.75 THEN 'COMPLETED_ENDED_SUCCESS' WHEN r < 0.87 THEN 'COMPLETED_TERMINATED'
  WHEN r < 0.95 THEN 'REVIEW' WHEN r < 0.97 THEN 'COMPLETED_ENDED_ERROR' WHEN r < 0.978 THEN 'COMPLETED_PROCESS_ERROR'
  WHEN r < 0.988 THEN 'ACTIVE' WHEN r < 0.998 THEN 'PENDING' ELSE 'PAUSED' END`;

export async function createListTenants(db: Db): Promise<void> {
  await db.query(`INSERT INTO tenants (id, name) SELECT t, t FROM unnest($1::text[]) t`, [TENANTS]);
  await db.query(
    `INSERT INTO definitions (id, tenant_id, name, version, type, source_format, bpmn_xml, graph, used)
     SELECT t || '-' || d, t, d, 1, 'KYC', 'json', '', '{}'::jsonb, true FROM unnest($1::text[]) t, unnest($2::text[]) d`,
    [TENANTS, DEFINITION_NAMES],
  );
}

/** Inserts instances `from`..`to` (inclusive) in one statement. */
export async function generateInstances(db: Db, from: number, to: number): Promise<void> {
  await db.query(
    `INSERT INTO instances (id, tenant_id, definition_id, process_defn_name, process_defn_version, process_definition_type,
                            status, execution_state, wf_status, wf_result, created_dtm, last_updated_dtm, completed_dtm,
                            first_name, last_name, date_of_birth, request_id)
     SELECT 'in' || lpad(g::text, 9, '0'), t, t || '-' || d, d, 1, 'KYC',
            s, CASE WHEN s LIKE 'COMPLETED_%' THEN 'COMPLETED' ELSE 'IN_PROGRESS' END,
            CASE WHEN s = 'COMPLETED_ENDED_SUCCESS' THEN 'PASS' WHEN s = 'REVIEW' THEN 'REFER' ELSE 'UNCHECKED' END,
            CASE WHEN s = 'COMPLETED_ENDED_SUCCESS' THEN 'PASS' WHEN s = 'REVIEW' THEN 'REFER' ELSE 'UNCHECKED' END,
            c, c, CASE WHEN s LIKE 'COMPLETED_%' THEN c + interval '2 seconds' END,
            ($3::text[])[1 + floor(power(rf, 3) * 100)::int], ($4::text[])[1 + floor(power(rl, 2) * 2000)::int],
            (1940 + g % 60)::text || '-0' || (1 + g % 9)::text || '-1' || (g % 10)::text, 'rq' || g
       FROM (SELECT g,
                    CASE WHEN g % 2 = 0 THEN '${BIG_TENANT}' ELSE 'lt' || lpad((1 + g % 19)::text, 2, '0') END AS t,
                    ($5::text[])[1 + floor(random() * 5)::int] AS d,
                    date_trunc('milliseconds', now() - random() * interval '365 days') AS c,
                    random() AS r, random() AS rf, random() AS rl
               FROM generate_series($1::int, $2::int) g) x,
            LATERAL (SELECT ${STATUS_SQL} AS s) st`,
    [from, to, GIVEN_NAMES, FAMILY_NAMES, DEFINITION_NAMES],
  );
}
