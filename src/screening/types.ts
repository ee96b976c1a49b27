/** One designated entity from an official list, as every list parser emits it. */
export interface ListEntity {
  /** 'ofac-sdn' | 'un' | 'uk' | 'us-csl' | an FtM dataset name. */
  source: string;
  /** The list's own identifier: OFAC ent_num, UN reference number (QDi.001), UK Unique ID, CSL id, FtM id. */
  sourceId: string;
  type: ListEntityType;
  /** Primary name first. */
  names: ListName[];
  /** Dates of birth or incorporation as given: YYYY, YYYY-MM or YYYY-MM-DD. */
  birthDates: string[];
  /** ISO 3166-1 alpha-2 country codes (nationality, citizenship, residence, address). */
  countries: string[];
  gender?: 'male' | 'female';
  programs: string[];
  identifiers: ListIdentifier[];
  remarks?: string;
  /** Date the entity was listed or last changed, where the list states it (YYYY-MM-DD). */
  listedAt?: string;
  /** What kind of risk the entity is (SANCTION, PEP, …); a sanctions list's entities are SANCTION. Left out means SANCTION. */
  categories?: ListCategory[];
  /** FtM topics as given (`sanction`, `role.pep`, `role.rca`, …). */
  topics?: string[];
  /** FtM datasets the entity comes from. */
  datasets?: string[];
  /** Positions held (FtM `position`), for PEPs. */
  positions?: string[];
  /** False for an FtM entity that is not itself designated (a company-register record, a relative); left out means true. */
  target?: boolean;
}

/**
 * Why an entity is on a list: SANCTION (designated), PEP (a politically exposed person, their relatives and close
 * associates), WATCHLIST (debarment, wanted, crime, export control), OTHER (an entity held only for context).
 */
export const LIST_CATEGORIES = ['SANCTION', 'PEP', 'WATCHLIST', 'OTHER'] as const;
export type ListCategory = (typeof LIST_CATEGORIES)[number];

export type ListEntityType = 'person' | 'organization' | 'vessel' | 'aircraft' | 'unknown';

export interface ListName {
  name: string;
  /** 'weak' aliases (OFAC "weak AKA", UN low quality) count less when matched. */
  kind: 'primary' | 'alias' | 'weak';
}

export interface ListIdentifier {
  type: string;
  value: string;
  country?: string;
}
