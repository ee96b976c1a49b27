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
}

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
