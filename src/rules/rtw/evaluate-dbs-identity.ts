import { addMonths } from './dates.js';
import { classifyDbsDocument, type Classified } from './dbs-document-groups.js';
import { evaluateDigitalIdentity, validation, DIGITAL_SCHEMES, type DigitalScheme } from './digital-identity.js';
import type { RtwDocument } from './evidence-schema.js';
import { isCurrent } from './evidence.js';
import type { DbsInput, DbsLevel, RtwInput } from './input-schema.js';
import type { DbsIdentityOutcome } from './outcomes.js';
import { RtwInputError } from './parse-input.js';
import { RULESET_VERSION } from './ruleset.js';
import { RuleTrace } from './trace.js';

/** Documents a DBS digital identity check may be built on: current photo documents of Group 1, or an Irish passport card. */
const DIGITAL_PERMITTED: readonly RtwDocument['type'][] = ['BRITISH_PASSPORT', 'IRISH_PASSPORT', 'PASSPORT', 'IRISH_PASSPORT_CARD', 'PHOTOCARD_DRIVING_LICENCE'];

/**
 * DBS identity checking (rules file §4): document Routes 1–3 or a digital identity check at the
 * GPG45 level the DBS level requires. `level` (from the step configuration) wins over `input.dbs.level`.
 */
export function evaluateDbsIdentity(input: RtwInput, level?: DbsLevel): DbsIdentityOutcome {
  const dbs = input.dbs;
  if (!dbs) throw new RangeError('evaluateDbsIdentity needs input.dbs');
  const dbsLevel = level ?? dbs.level;
  if (!dbsLevel) throw new RtwInputError([{ path: 'dbs.level', message: 'is required (or set dbsLevel in the RTW step configuration)' }]);
  const scheme: DigitalScheme = dbsLevel === 'BASIC' ? 'DBSBasic' : 'DBSStandardOrEnhanced';
  const trace = new RuleTrace();
  const base = { level: dbsLevel };

  if (dbs.route === 'DIGITAL') {
    const basic = dbsLevel === 'BASIC';
    trace.apply('DBS-GPG45-PROFILE');
    trace.apply(basic ? 'DBS-DIGITAL-BASIC' : 'DBS-DIGITAL-STANDARD-ENHANCED', `${basic ? 'Basic' : 'Standard and Enhanced'} DBS checks need a certified IDSP at GPG45 ${basic ? 'medium' : 'high'} confidence`);
    const result = evaluateDigitalIdentity({
      scheme,
      idsp: dbs.idsp!,
      documents: input.documents,
      requiredLevel: basic ? 'MEDIUM' : 'HIGH',
      whyNotPermitted: (doc) =>
        !DIGITAL_PERMITTED.includes(doc.type) ? `${doc.type} is not a permitted photo identity document` : !isCurrent(doc, input.checkDate) ? `${doc.type} is not current` : undefined,
    });
    result.reasons.forEach((r) => trace.note(r));
    const retainUntil = addMonths(input.checkDate, 6);
    trace.apply('DBS-RETENTION', `Keep the digital identity report until ${retainUntil} (6 months)`);
    return {
      ...base,
      route: 'DIGITAL',
      result: result.passed ? 'Passed' : 'Failed',
      validations: result.validations,
      identityProfileFields: result.profileFields,
      documents: [],
      retainUntil,
      notes: trace.notesText(),
      appliedRules: trace.rules,
      rulesetVersion: RULESET_VERSION,
    };
  }

  const classified = input.documents.map((doc, i) => classifyDbsDocument(doc, i, input, dbs));
  classified.forEach((c) => trace.apply(c.rule, c.excludedBecause ? `documents[${c.index}] (${c.type}) does not count: ${c.excludedBecause}` : undefined));
  const route = chooseRoute(classified, dbsLevel, dbs, input, trace);
  const check = DIGITAL_SCHEMES[scheme].check;
  const detail = route === 'NONE' ? trace.notes.at(-1) ?? 'No route satisfied' : `${route.replace('_', ' ').replace('ROUTE', 'Route')} satisfied by the documents seen`;
  return {
    ...base,
    route,
    result: route === 'NONE' ? 'Failed' : 'Passed',
    validations: [validation(check, route === 'NONE' ? 'Failed' : 'Passed', detail)],
    identityProfileFields: {},
    documents: classified.map(({ index, type, group, excludedBecause }) => ({ index, type, group, excludedBecause })),
    notes: trace.notesText(),
    appliedRules: trace.rules,
    rulesetVersion: RULESET_VERSION,
  };
}

function chooseRoute(docs: Classified[], level: DbsLevel, dbs: DbsInput, input: RtwInput, trace: RuleTrace): DbsIdentityOutcome['route'] {
  const counted = docs.filter((d) => d.group);
  const inGroup = (...groups: string[]) => counted.filter((d) => groups.includes(d.group!));
  const address = counted.some((d) => input.documents[d.index].showsCurrentAddress);
  const addressNote = 'At least one document must show the current address';

  const g1 = inGroup('1');
  if (g1.length > 0) {
    if (counted.length >= 3 && address) {
      trace.apply('DBS-ROUTE-1', `Route 1: ${g1.length} Group 1 document(s) and ${counted.length} documents in all, one showing the current address`);
      return 'ROUTE_1';
    }
    trace.apply('DBS-ROUTE-1', counted.length < 3 ? `Route 1 needs 3 documents (1 from Group 1 + 2 more); ${counted.length} count` : addressNote);
  }
  const nonUkPaidWork = dbs.paidWorkInUk && input.person.nationality !== undefined && input.person.nationality !== 'GBR';
  if (nonUkPaidWork) {
    trace.apply('DBS-NON-UK-ROUTE-1', 'Non-UK nationals applying for paid work in the UK must use Route 1');
    return 'NONE';
  }
  if (g1.length === 0) {
    trace.apply('DBS-ROUTE-2');
    const g2 = inGroup('2a', '2b');
    const route2 = inGroup('2a').length >= 1 && g2.length >= 3 && address;
    if (route2 && dbs.externalIdValidation === 'PASS') {
      trace.apply('DBS-ROUTE-2', `Route 2: ${g2.length} Group 2a/2b documents, one showing the current address, and a passed external ID validation`);
      return 'ROUTE_2';
    }
    trace.apply(
      'DBS-ROUTE-2',
      !route2
        ? `Route 2 needs 3 documents (1 from Group 2a + 2 more from 2a/2b) and one showing the current address; ${g2.length} count`
        : 'Route 2 also needs a passed external ID validation check (dbs.externalIdValidation)',
    );
  }
  if (level === 'BASIC') {
    trace.apply('DBS-BASIC-ROUTES', 'Basic DBS checks may use Routes 1 and 2 only');
    return 'NONE';
  }
  trace.apply('DBS-ROUTE-3');
  const birth = inGroup('2a').find((d) => d.laterBirthCertificate);
  const other2a = inGroup('2a').filter((d) => d !== birth);
  const total = birth ? inGroup('2a', '2b').length : 0;
  if (birth && other2a.length >= 1 && total >= 5 && address) {
    trace.apply('DBS-ROUTE-3', `Route 3: a birth certificate issued after the time of birth and ${total - 1} further Group 2a/2b documents`);
    return 'ROUTE_3';
  }
  trace.apply(
    'DBS-ROUTE-3',
    'Route 3 needs a birth certificate issued after the time of birth + 1 Group 2a document + 3 more from 2a/2b, one showing the current address; otherwise fingerprints may be required',
  );
  return 'NONE';
}
