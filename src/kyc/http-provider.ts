import { createHmac } from 'node:crypto';
import { z } from 'zod';
import { type CanonicalColumn, FieldError, personFromFields } from './canonical-fields.js';
import { type CircuitBreakers, kycProviderBreakers } from './circuit-breaker.js';
import type { KycApplicant, KycRecord } from './types.js';

/** What a failed provider call reports: `state` becomes the PROs' state, `retryable` whether a retry could help. */
export class KycProviderError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly state: 'ERROR' | 'TIMEOUT',
    readonly retryable: boolean,
    readonly raw?: unknown,
  ) {
    super(message);
  }
}

export interface HttpProviderOptions {
  url: string;
  source: string;
  secret?: string;
  timeoutMs?: number;
  retries?: number;
  /** Base of the exponential backoff between attempts (doubled each time, with jitter). */
  backoffMs?: number;
  requestId?: string;
  signal?: AbortSignal;
  breakers?: CircuitBreakers;
}

export const SIGNATURE_HEADER = 'x-idflow-signature';
export const TIMESTAMP_HEADER = 'x-idflow-timestamp';

/** The request signature: hex HMAC-SHA256 of `${timestamp}.${body}` with the shared secret, sent as `v1=<hex>`. */
export function signRequest(secret: string, timestamp: string, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

const recordSchema = z.looseObject({ recordId: z.union([z.string().min(1), z.number()]) });
const responseSchema = z.object({ records: z.array(recordSchema).max(100) }).loose();

function toRecord(raw: z.infer<typeof recordSchema>): KycRecord {
  const flat: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (k === 'address' && v && typeof v === 'object') for (const [ak, av] of Object.entries(v)) flat[ak] = String(av);
    else if (k === 'govIds' && Array.isArray(v) && v[0] && typeof v[0] === 'object') {
      const g = v[0] as Record<string, unknown>;
      flat.govIdType = String(g.type ?? '');
      flat.govIdNumber = String(g.number ?? '');
      if (g.country) flat.govIdCountry = String(g.country);
    } else if (k === 'otherNames' && Array.isArray(v)) flat.otherNames = v.join(';');
    else if (typeof v === 'string' || typeof v === 'number') flat[k] = String(v);
  }
  const person = personFromFields(flat as Partial<Record<CanonicalColumn, string>>);
  const { address, ...rest } = person;
  return { recordId: String(raw.recordId), ...rest, ...(address ? { address } : {}) };
}

const wait = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(t);
      reject(new KycProviderError('PROVIDER_ABORTED', 'the step was aborted', 'TIMEOUT', false));
    }, { once: true });
  });

async function attempt(o: HttpProviderOptions, body: string): Promise<{ records: KycRecord[]; raw: unknown }> {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const headers: Record<string, string> = { 'content-type': 'application/json', [TIMESTAMP_HEADER]: timestamp };
  if (o.secret) headers[SIGNATURE_HEADER] = signRequest(o.secret, timestamp, body);
  if (o.requestId) headers['x-request-id'] = o.requestId;
  const timeout = AbortSignal.timeout(o.timeoutMs ?? 5000);
  const signal = o.signal ? AbortSignal.any([timeout, o.signal]) : timeout;
  let res: Response;
  try {
    res = await fetch(o.url, { method: 'POST', headers, body, signal, redirect: 'error' });
  } catch (err) {
    if (timeout.aborted) throw new KycProviderError('PROVIDER_TIMEOUT', `source ${o.source}: no answer within ${o.timeoutMs ?? 5000} ms`, 'TIMEOUT', true);
    throw new KycProviderError('PROVIDER_UNREACHABLE', `source ${o.source}: ${err instanceof Error ? err.message : String(err)}`, 'ERROR', true);
  }
  let text: string;
  try {
    text = await res.text();
  } catch {
    if (timeout.aborted) throw new KycProviderError('PROVIDER_TIMEOUT', `source ${o.source}: the answer did not finish within ${o.timeoutMs ?? 5000} ms`, 'TIMEOUT', true);
    throw new KycProviderError('PROVIDER_UNREACHABLE', `source ${o.source}: the answer was cut off`, 'ERROR', true);
  }
  let raw: unknown = text;
  try {
    raw = JSON.parse(text);
  } catch {
    // kept as text
  }
  if (res.status >= 500) throw new KycProviderError('PROVIDER_ERROR', `source ${o.source}: the provider answered ${res.status}`, 'ERROR', true, raw);
  if (res.status !== 200) throw new KycProviderError('PROVIDER_REJECTED', `source ${o.source}: the provider answered ${res.status} (see docs/kyc-provider.md for the contract)`, 'ERROR', false, raw);
  const parsed = responseSchema.safeParse(raw);
  if (!parsed.success) throw new KycProviderError('PROVIDER_BAD_RESPONSE', `source ${o.source}: the answer is not {"records": [...]} as docs/kyc-provider.md describes`, 'ERROR', false, raw);
  try {
    return { records: parsed.data.records.map(toRecord), raw };
  } catch (err) {
    if (err instanceof FieldError) throw new KycProviderError('PROVIDER_BAD_RESPONSE', `source ${o.source}: a record is not valid: ${err.message}`, 'ERROR', false, raw);
    throw err;
  }
}

/**
 * Asks an HTTP provider for the applicant's candidate records (contract: docs/kyc-provider.md), signing the
 * request with HMAC-SHA256. Retries 5xx answers, timeouts and network failures with exponential backoff;
 * after repeated failures the endpoint's circuit opens and calls fail at once until it has had time to recover.
 */
export async function queryHttpProvider(o: HttpProviderOptions, applicant: KycApplicant): Promise<{ records: KycRecord[]; raw: unknown }> {
  const breakers = o.breakers ?? kycProviderBreakers;
  if (!breakers.allow(o.url)) throw new KycProviderError('PROVIDER_CIRCUIT_OPEN', `source ${o.source}: the provider failed repeatedly; calls pause for a while before it is tried again`, 'ERROR', true);
  const body = JSON.stringify({ requestId: o.requestId ?? null, source: o.source, applicant });
  const retries = o.retries ?? 2;
  let last: KycProviderError | undefined;
  for (let i = 0; i <= retries; i++) {
    if (i > 0) await wait((o.backoffMs ?? 200) * 2 ** (i - 1) * (0.75 + Math.random() / 2), o.signal);
    try {
      const out = await attempt(o, body);
      breakers.success(o.url);
      return out;
    } catch (err) {
      if (!(err instanceof KycProviderError)) throw err;
      last = err;
      if (!err.retryable) break;
    }
  }
  // Only failures of the provider count against its circuit, not answers refusing a bad request.
  if (last?.retryable !== false) breakers.failure(o.url);
  throw last ?? new KycProviderError('PROVIDER_ERROR', `source ${o.source}: failed`, 'ERROR', true);
}
