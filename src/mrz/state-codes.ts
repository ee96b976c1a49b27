// The state codes an MRZ may carry: ISO 3166-1 alpha-3 plus the codes ICAO Doc 9303 part 3 adds.
// Bump STATE_CODES_VERSION whenever either list changes; unknown-code warnings name it.

export const STATE_CODES_VERSION = 'iso3166-1:2024-12+icao9303-8:2021';

const ISO_3166_ALPHA3 = `
ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE
BDI BEL BEN BES BFA BGD BGR BHR BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA
CAF CAN CCK CHE CHL CHN CIV CMR COD COG COK COL COM CPV CRI CUB CUW CXR CYM CYP CZE
DEU DJI DMA DNK DOM DZA
ECU EGY ERI ESH ESP EST ETH
FIN FJI FLK FRA FRO FSM
GAB GBR GEO GGY GHA GIB GIN GLP GMB GNB GNQ GRC GRD GRL GTM GUF GUM GUY
HKG HMD HND HRV HTI HUN
IDN IMN IND IOT IRL IRN IRQ ISL ISR ITA
JAM JEY JOR JPN
KAZ KEN KGZ KHM KIR KNA KOR KWT
LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA
MAC MAF MAR MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR MTQ MUS MWI MYS MYT
NAM NCL NER NFK NGA NIC NIU NLD NOR NPL NRU NZL
OMN
PAK PAN PCN PER PHL PLW PNG POL PRI PRK PRT PRY PSE PYF
QAT
REU ROU RUS RWA
SAU SDN SEN SGP SGS SHN SJM SLB SLE SLV SMR SOM SPM SRB SSD STP SUR SVK SVN SWE SWZ SXM SYC SYR
TCA TCD TGO THA TJK TKL TKM TLS TON TTO TUN TUR TUV TWN TZA
UGA UKR UMI URY USA UZB
VAT VCT VEN VGB VIR VNM VUT
WLF WSM
YEM
ZAF ZMB ZWE`;

/** Codes Doc 9303 defines beyond ISO 3166-1, with what they stand for. */
export const ICAO_SPECIAL_CODES: Readonly<Record<string, string>> = {
  D: 'Germany (written D<<)',
  EUE: 'European Union',
  GBD: 'British Overseas Territories citizen',
  GBN: 'British National (Overseas)',
  GBO: 'British Overseas citizen',
  GBP: 'British protected person',
  GBS: 'British subject',
  UNA: 'Specialized agency of the United Nations',
  UNK: 'Resident of Kosovo (UNMIK)',
  UNO: 'United Nations organization',
  UTO: 'Utopia (ICAO specimen state)',
  XBA: 'African Development Bank',
  XCC: 'Caribbean Community',
  XCE: 'Council of Europe',
  XCO: 'Common Market for Eastern and Southern Africa',
  XDC: 'Southern African Development Community',
  XEC: 'Economic Community of West African States',
  XES: 'Organisation of Eastern Caribbean States',
  XIM: 'African Export-Import Bank',
  XMP: 'Parliamentary Assembly of the Mediterranean',
  XOM: 'Sovereign Military Order of Malta',
  XPO: 'International Criminal Police Organization',
  XXA: 'Stateless person',
  XXB: 'Refugee (1951 Convention)',
  XXC: 'Refugee (other)',
  XXX: 'Unspecified nationality',
};

/** The specimen state ICAO uses in its examples; documents issued by it are never genuine. */
export const SPECIMEN_STATE = 'UTO';

const KNOWN = new Set([...ISO_3166_ALPHA3.split(/\s+/).filter(Boolean), ...Object.keys(ICAO_SPECIAL_CODES)]);

/** True for an ISO 3166-1 alpha-3 code or an ICAO special code, given without fillers ('D' for 'D<<'). */
export function isKnownStateCode(code: string): boolean {
  return KNOWN.has(code);
}

export function knownStateCodeCount(): number {
  return KNOWN.size;
}
