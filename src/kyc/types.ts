/** The canonical shapes of KYC data sources and the people verified against them. */

export interface KycAddress {
  unitNumber?: string;
  streetNumber?: string;
  streetName?: string;
  streetType?: string;
  locality?: string;
  district?: string;
  subdivision?: string;
  postalCode?: string;
  country?: string;
}

export interface KycGovId {
  type: string;
  number: string;
  country?: string;
}

export type KycGender = 'M' | 'F' | 'U';

/** One person record of a data source (an unparsed addressLine1/2 is parsed into the components on import). */
export interface KycRecord {
  recordId: string;
  givenName?: string;
  middleName?: string;
  familyName?: string;
  otherNames: string[];
  /** YYYY-MM-DD (or YYYY-MM, YYYY where the source knows no more). */
  dateOfBirth?: string;
  gender?: KycGender;
  address?: KycAddress;
  govIds: KycGovId[];
}

/** The person to verify: what the applicant gave. */
export interface KycApplicant {
  givenName?: string;
  middleName?: string;
  familyName?: string;
  otherNames: string[];
  dateOfBirth?: string;
  gender?: KycGender;
  addresses: KycAddress[];
  govIds: KycGovId[];
}

/** The attributes a rule counts sources for (the reference's matchTypes keys), plus govId. */
export const KYC_ATTRIBUTES = ['name', 'dateOfBirth', 'address', 'gender', 'govId'] as const;
export type KycAttribute = (typeof KYC_ATTRIBUTES)[number];

export interface KycProblem {
  line: number;
  message: string;
}
