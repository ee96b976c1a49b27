import type { Individual } from './schemas.js';
import { NOT_AVAILABLE } from './vocabulary.js';

/** What an instance knows about its applicant (TrustX instance header fields). */
export interface ApplicantFields {
  firstName?: string;
  lastName?: string;
  dateOfBirth?: string;
  email?: string;
  phoneNumber?: string;
  nationality?: string;
  docNum?: string;
  extId?: string;
}

/** The display name of a name: as given, else its parts joined; undefined when there is nothing. */
export function displayNameOf(name: { givenName?: string; middleName?: string; familyName?: string; displayName?: string }): string | undefined {
  return name.displayName ?? ([name.givenName, name.middleName, name.familyName].filter(Boolean).join(' ') || undefined);
}

/** An individual as a caller gives it: the display name may be left to idflow. */
export type IndividualDraft = Omit<Individual, 'entityId' | 'entityType' | 'name'> & {
  name: { givenName?: string; middleName?: string; familyName?: string; displayName?: string };
};

/** An individual (entity) from what a caller gave, with its display name filled in. */
export function individualOf(entityId: string, input: IndividualDraft): Individual {
  return { entityId, entityType: 'INDIVIDUAL', ...input, name: { ...input.name, displayName: displayNameOf(input.name) ?? NOT_AVAILABLE } };
}

/** The applicant fields of an individual; `extra` fills what the individual lacks. */
export function applicantOf(entity: Individual, extra: ApplicantFields = {}): ApplicantFields {
  return {
    firstName: entity.name.givenName ?? extra.firstName,
    lastName: entity.name.familyName ?? extra.lastName,
    dateOfBirth: entity.dateOfBirth ?? extra.dateOfBirth,
    email: entity.email ?? extra.email,
    phoneNumber: entity.phoneNumber ?? extra.phoneNumber,
    nationality: entity.nationality ?? extra.nationality,
    docNum: entity.documents?.[0]?.number ?? extra.docNum,
    extId: extra.extId,
  };
}
