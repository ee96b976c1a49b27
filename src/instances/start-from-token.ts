import { IdflowError, individualOf, notFound, type ApplicantFields, type Individual } from '../domain/index.js';
import { newId } from '../domain/ids.js';
import { getDefinition } from '../store/sql/definitions.js';
import { upsertEntity } from '../store/sql/entities.js';
import { getToken, useToken, type TokenRow } from '../store/sql/process-tokens.js';
import type { Caller, InstanceDeps } from './caller.js';
import { instanceHeader, type InstanceHeader } from './instance-record.js';
import { insertExecution, runExecution } from './start-execution.js';

/** The TrustX token parameters idflow reads; any others travel with the instance as they are. */
export interface TokenParameters {
  firstName?: string;
  lastName?: string;
  email?: string;
  phoneNumber?: string;
  referenceID?: string;
  dateOfBirth?: string;
  nationality?: string;
  [name: string]: unknown;
}

/**
 * Starts a process instance from a process token: the token's use is counted (processTokenCounter), and the
 * applicant, made from the token's parameters, and the instance are written in the same transaction.
 */
export async function startFromToken(
  deps: InstanceDeps,
  caller: Caller,
  tokenId: string,
  options: { expiringDtm?: string; input?: Record<string, unknown> } = {},
): Promise<InstanceHeader> {
  const row = await deps.db.transaction(async (tx) => {
    const token = await getToken(tx, caller.tenantId, tokenId);
    if (!token) throw notFound('process token', tokenId);
    const counter = await useToken(tx, caller.tenantId, token.id);
    if (counter === undefined) throw new IdflowError('conflict', 'TOKEN_NOT_USABLE', tokenUnusableReason(token));
    const definition = await getDefinition(tx, caller.tenantId, token.definition_id);
    if (!definition) throw notFound('definition', token.definition_id);
    const p = token.parameters as TokenParameters;
    const entity = individualFromParameters(p);
    await upsertEntity(tx, caller.tenantId, entity);
    return insertExecution(tx, deps.worker, {
      tenantId: caller.tenantId,
      definition,
      entity,
      applicant: applicantFromParameters(p, token),
      input: { ...(options.input ?? {}), parameters: token.parameters },
      requestId: caller.requestId,
      processTokenId: token.id,
      processTokenCounter: counter,
      expiringDtm: options.expiringDtm ?? (token.not_after_dtm ? new Date(token.not_after_dtm).toISOString() : undefined),
      mode: 'async',
    });
  });
  await runExecution(deps, row, 'async');
  return instanceHeader(row);
}

function individualFromParameters(p: TokenParameters): Individual {
  return individualOf(newId(), {
    name: { givenName: p.firstName, familyName: p.lastName },
    ...(p.dateOfBirth ? { dateOfBirth: p.dateOfBirth } : {}),
    ...(p.email ? { email: p.email } : {}),
    ...(p.phoneNumber ? { phoneNumber: p.phoneNumber } : {}),
    ...(p.nationality ? { nationality: p.nationality } : {}),
  });
}

function applicantFromParameters(p: TokenParameters, token: TokenRow): ApplicantFields {
  return {
    firstName: p.firstName,
    lastName: p.lastName,
    email: p.email,
    phoneNumber: p.phoneNumber,
    dateOfBirth: p.dateOfBirth,
    nationality: p.nationality,
    extId: p.referenceID ?? token.ext_id ?? undefined,
  };
}

function tokenUnusableReason(t: TokenRow): string {
  const now = Date.now();
  if (t.status === 'CONSUMED' || (t.max_count !== null && t.counter >= t.max_count)) {
    return `token ${t.id} has been used its maxCount of ${t.max_count} times: create a new token`;
  }
  if (t.status !== 'ACTIVE') return `token ${t.id} is ${t.status}: activate it (PATCH status ACTIVE) or create a new one`;
  if (t.not_before_dtm && now < new Date(t.not_before_dtm).getTime()) return `token ${t.id} is not valid before ${new Date(t.not_before_dtm).toISOString()}`;
  if (t.not_after_dtm && now > new Date(t.not_after_dtm).getTime()) return `token ${t.id} expired at ${new Date(t.not_after_dtm).toISOString()}: create a new token`;
  return `token ${t.id} has been used its maxCount of ${t.max_count} times: create a new token`;
}
