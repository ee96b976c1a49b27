import type { z } from 'zod';
import { RULESET_APPLIES_FROM } from './ruleset.js';
import type { RtwDocument } from './evidence-schema.js';

interface ParsedShape {
  checkDate: string;
  person: { dateOfBirth: string };
  documents: RtwDocument[];
  manualCheck?: unknown;
  ukRightToWork?: { route: string; onlineProfile?: unknown; idsp?: unknown; pvn?: unknown };
  rightToRent?: { route: string; onlineProfile?: unknown; idsp?: unknown; pvn?: unknown };
  dbs?: { route: string; idsp?: unknown };
}

/** Cross-field checks zod cannot express field by field; each issue names the field to fix. */
export function checkInputConsistency(input: ParsedShape, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });

  if (input.checkDate < RULESET_APPLIES_FROM) {
    issue(['checkDate'], `this ruleset covers checks made on or after ${RULESET_APPLIES_FROM}; earlier checks followed earlier document lists`);
  }
  if (input.person.dateOfBirth > input.checkDate) issue(['person', 'dateOfBirth'], 'is after checkDate');

  input.documents.forEach((doc, i) => {
    const at = (field: string) => ['documents', i, field];
    if (doc.expiryDate && doc.current !== undefined && doc.current !== doc.expiryDate >= input.checkDate) {
      issue(at('current'), `says ${doc.current} but expiryDate ${doc.expiryDate} makes it ${!doc.current} at checkDate ${input.checkDate}: drop current or correct it`);
    }
    if (doc.issueDate && doc.issueDate > input.checkDate) issue(at('issueDate'), 'is after checkDate');
    if (doc.endorsement === 'LIMITED_LEAVE' && !doc.permissionExpiry) issue(at('permissionExpiry'), 'is required with endorsement LIMITED_LEAVE');
    if (doc.type === 'IRP_CARD') {
      if (!doc.irpStamp) issue(at('irpStamp'), 'is required for an IRP_CARD');
      if (!doc.expiryDate) issue(at('expiryDate'), 'is required for an IRP_CARD');
    }
    if ((doc.type === 'EUSS_APPLICATION_DOCUMENT' || doc.type === 'EUSS_CERTIFICATE_OF_APPLICATION') && !doc.applicationDate) {
      issue(at('applicationDate'), `is required for ${doc.type}`);
    }
  });

  const requireFor = (section: 'ukRightToWork' | 'rightToRent', route: string, field: 'onlineProfile' | 'idsp' | 'pvn') => {
    const s = input[section];
    if (s && s.route === route && s[field] === undefined) issue([section, field], `is required when route is ${route}`);
  };
  requireFor('ukRightToWork', 'ONLINE', 'onlineProfile');
  requireFor('ukRightToWork', 'IDVT', 'idsp');
  requireFor('ukRightToWork', 'ECS', 'pvn');
  requireFor('rightToRent', 'ONLINE', 'onlineProfile');
  requireFor('rightToRent', 'IDVT', 'idsp');
  requireFor('rightToRent', 'LCS', 'pvn');
  for (const section of ['ukRightToWork', 'rightToRent'] as const) {
    if (input[section]?.route === 'MANUAL' && !input.manualCheck) issue(['manualCheck'], `is required when ${section}.route is MANUAL`);
  }
  for (const section of ['ukRightToWork', 'rightToRent'] as const) {
    const profile = input[section]?.onlineProfile as { status: string; permissionExpiry?: string } | undefined;
    if (profile?.status === 'TIME_LIMITED' && !profile.permissionExpiry) {
      issue([section, 'onlineProfile', 'permissionExpiry'], 'is required when status is TIME_LIMITED');
    }
  }
  if (input.dbs?.route === 'DIGITAL' && !input.dbs.idsp) issue(['dbs', 'idsp'], 'is required when route is DIGITAL');

  for (const section of ['ukRightToWork', 'rightToRent', 'dbs'] as const) {
    const idsp = input[section]?.idsp as { documentIndex?: number } | undefined;
    if (idsp?.documentIndex !== undefined && idsp.documentIndex >= input.documents.length) {
      issue([section, 'idsp', 'documentIndex'], `points past the end of documents (${input.documents.length} given)`);
    }
  }
}
