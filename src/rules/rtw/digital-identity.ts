import type { Validation } from '../../domain/index.js';
import type { IdspResult, RtwDocument } from './evidence-schema.js';

/** GPG45 levels of confidence, lowest first. */
export const GPG45_LEVELS = ['LOW', 'MEDIUM', 'HIGH', 'VERY_HIGH'] as const;
export type Gpg45Level = (typeof GPG45_LEVELS)[number];

const LEVEL_BY_LETTER: Record<string, Gpg45Level> = { L: 'LOW', M: 'MEDIUM', H: 'HIGH', V: 'VERY_HIGH' };

/** The level of confidence a GPG45 identity profile code (e.g. `M1B`) reaches: its first letter. */
export function profileLevel(code: string | undefined): Gpg45Level | undefined {
  return code ? LEVEL_BY_LETTER[code[0]] : undefined;
}

export const meetsLevel = (level: Gpg45Level | undefined, required: Gpg45Level): boolean =>
  level !== undefined && GPG45_LEVELS.indexOf(level) >= GPG45_LEVELS.indexOf(required);

/** TrustID's digital identification schemes: the container validation and field each one fills. */
export const DIGITAL_SCHEMES = {
  RightToWork: {
    check: 'RightToWorkDigitalIdentityVerificationCheck',
    subCheckPrefix: 'RightToWorkDigitalIdentity',
    profileField: 'RightToWorkIdentityProfile',
  },
  RightToRent: {
    check: 'RightToRentDigitalIdentityVerificationCheck',
    subCheckPrefix: 'RightToRentDigitalIdentity',
    profileField: 'RightToRentIdentityProfile',
  },
  DBSBasic: {
    check: 'DBSBasicIdentityVerificationCheck',
    subCheckPrefix: 'DBSBasicDigitalIdentity',
    profileField: 'DBSBasicIdentityProfile',
  },
  DBSStandardOrEnhanced: {
    check: 'DBSStandardOrEnhancedDigitalIdentityVerificationCheck',
    subCheckPrefix: 'DBSStandardOrEnhancedDigitalIdentity',
    profileField: 'DBSStandardOrDBSEnhancedProfile',
  },
} as const;
export type DigitalScheme = keyof typeof DIGITAL_SCHEMES;

/** "DBSBasicIdentityVerificationCheck" → "DBS Basic Identity Verification Check". */
export function displayName(name: string): string {
  return name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2');
}

export function validation(name: string, outcome: Validation['ValidationOutcome'], detailedResult: string): Validation {
  return { Name: name, DisplayName: displayName(name), DetailedResult: detailedResult, ValidationOutcome: outcome };
}

export interface DigitalIdentityResult {
  passed: boolean;
  level?: Gpg45Level;
  /** The document the IDSP verified, with its index in `documents`. */
  document?: { index: number; doc: RtwDocument };
  validations: Validation[];
  profileFields: Record<string, string>;
  /** Why the check did not pass, one sentence each. */
  reasons: string[];
}

export interface DigitalIdentityRequest {
  scheme: DigitalScheme;
  idsp: IdspResult;
  documents: RtwDocument[];
  requiredLevel: Gpg45Level;
  /** Why the document may not be used for this scheme, or undefined when it may. */
  whyNotPermitted: (doc: RtwDocument) => string | undefined;
}

/** Turns an IDSP result into the scheme's validations (overall check + five sub-checks) and identity profile field. */
export function evaluateDigitalIdentity(req: DigitalIdentityRequest): DigitalIdentityResult {
  const { idsp, documents } = req;
  const names = DIGITAL_SCHEMES[req.scheme];
  const sub = (part: string) => `${names.subCheckPrefix}${part}Verification`;
  const reasons: string[] = [];

  const index =
    idsp.documentIndex ?? Math.max(documents.findIndex((d) => req.whyNotPermitted(d) === undefined), documents.length > 0 ? 0 : -1);
  const document = index >= 0 ? { index, doc: documents[index] } : undefined;
  const notPermitted = document ? req.whyNotPermitted(document.doc) : 'no document verified by the IDSP was given';

  const permitted = notPermitted
    ? validation(sub('PermittedDocument'), 'Failed', notPermitted)
    : validation(sub('PermittedDocument'), 'Passed', `${document!.doc.type} is a permitted document`);
  if (notPermitted) reasons.push(`Permitted document: ${notPermitted}`);

  let docValidation: Validation;
  if (notPermitted) docValidation = validation(sub('DocumentValidation'), 'NotPerformed', 'Not performed: the document is not permitted');
  else if (idsp.documentPresent === 'FAIL') docValidation = validation(sub('DocumentValidation'), 'Failed', 'Document not present: a screen, photo or photocopy was shown');
  else if (idsp.documentVerification === 'PASS') docValidation = validation(sub('DocumentValidation'), 'Passed', 'Document validated');
  else if (idsp.documentVerification === 'NO_VALIDATION') docValidation = validation(sub('DocumentValidation'), 'Referred', 'No validation: check the document in person');
  else if (idsp.documentVerification === 'REJECTED') docValidation = validation(sub('DocumentValidation'), 'Failed', 'Rejected: the images were not usable; send a new link');
  else docValidation = validation(sub('DocumentValidation'), 'Failed', 'Failed: the document appears suspicious');
  if (docValidation.ValidationOutcome !== 'Passed' && !notPermitted) reasons.push(`Document validation: ${docValidation.DetailedResult}`);

  const documentOk = docValidation.ValidationOutcome === 'Passed';
  const dependent = (part: string, value: 'PASS' | 'FAIL' | 'UNSURE', what: string): Validation => {
    if (!documentOk) return validation(sub(part), 'NotPerformed', 'Not performed: the document did not pass');
    if (value === 'PASS') return validation(sub(part), 'Passed', `${what} passed`);
    reasons.push(`${what}: ${value === 'UNSURE' ? 'unsure' : 'failed'}`);
    return validation(sub(part), value === 'UNSURE' ? 'Referred' : 'Failed', `${what} ${value === 'UNSURE' ? 'unsure' : 'failed'}`);
  };
  const fraud = dependent('IdentityFraud', idsp.identityFraud, 'Identity fraud check');
  const face = dependent('FaceMatch', idsp.faceMatch, 'Face match');
  const liveness =
    idsp.liveness === 'PASS'
      ? validation(sub('Liveness'), 'Passed', 'Liveness passed')
      : validation(sub('Liveness'), 'Failed', 'Liveness failed');
  if (idsp.liveness !== 'PASS') reasons.push('Liveness: failed');

  const level = profileLevel(idsp.identityProfile);
  const levelOk = meetsLevel(level, req.requiredLevel);
  if (!idsp.certified) reasons.push('The identity service provider is not certified against the UK digital identity trust framework');
  if (!levelOk) {
    reasons.push(
      idsp.identityProfile
        ? `GPG45 profile ${idsp.identityProfile} (${level}) is below the required ${req.requiredLevel} level of confidence`
        : `No GPG45 identity profile was reached (${req.requiredLevel} required)`,
    );
  }
  const subChecks = [permitted, docValidation, fraud, face, liveness];
  const passed = reasons.length === 0 && subChecks.every((v) => v.ValidationOutcome === 'Passed');
  const overall = validation(
    names.check,
    passed ? 'Passed' : subChecks.some((v) => v.ValidationOutcome === 'Failed') || !idsp.certified || !levelOk ? 'Failed' : 'Referred',
    passed ? `GPG45 profile ${idsp.identityProfile} (${level}) meets the required ${req.requiredLevel} level` : reasons.join('; '),
  );
  return {
    passed,
    level,
    document,
    validations: [overall, ...subChecks],
    profileFields: { [names.profileField]: passed ? idsp.identityProfile! : 'Fail' },
    reasons,
  };
}
