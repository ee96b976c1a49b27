/**
 * Street types and locality words with their abbreviations (Australia Post, USPS and Royal Mail usage): the
 * canonical form first, then the spellings that stand for it. Address comparison folds every spelling to its
 * canonical form through these tables, never through ad-hoc code.
 */
const STREET_TYPES: Record<string, string[]> = {
  street: ['st', 'str', 'strt'],
  road: ['rd'],
  avenue: ['ave', 'av', 'avn', 'avenu'],
  boulevard: ['blvd', 'bvd', 'boulv'],
  drive: ['dr', 'drv', 'drve'],
  court: ['ct', 'crt'],
  crescent: ['cres', 'cr', 'crs', 'cresc'],
  place: ['pl', 'plc'],
  lane: ['ln', 'la'],
  terrace: ['tce', 'ter', 'terr'],
  parade: ['pde', 'prd'],
  highway: ['hwy', 'hway'],
  circuit: ['cct', 'cir', 'crct'],
  close: ['cl'],
  grove: ['gr', 'grv', 'gv'],
  square: ['sq'],
  way: ['wy'],
  esplanade: ['esp', 'espl'],
  circle: ['circ'],
  cove: ['cv'],
  parkway: ['pkwy', 'pwy'],
  promenade: ['prom'],
  rise: ['rse'],
  view: ['vw'],
  walk: ['wlk', 'wk'],
  gardens: ['gdns', 'gdn'],
  heights: ['hts', 'hgts'],
  mews: [],
  row: [],
  alley: ['aly', 'ally'],
  arcade: ['arc'],
  track: ['trk'],
  trail: ['trl'],
  loop: ['lp'],
  mall: [],
  green: ['grn'],
  glade: ['gld'],
  grange: ['gra'],
  ridge: ['rdge', 'rdg'],
  vista: ['vst'],
  link: ['lnk'],
  quay: ['qy'],
  wharf: ['whf'],
  expressway: ['expy', 'exp'],
  freeway: ['fwy'],
  junction: ['jnc', 'jct'],
  plaza: ['plz'],
  point: ['pt'],
  entrance: ['ent'],
  approach: ['app'],
  concourse: ['con'],
};

const LOCALITY_WORDS: Record<string, string[]> = {
  mount: ['mt', 'mnt'],
  saint: ['st'],
  north: ['nth', 'n'],
  south: ['sth', 's'],
  east: ['e'],
  west: ['w', 'wst'],
  upper: ['upr'],
  lower: ['lwr'],
  port: ['pt'],
  point: ['pnt'],
  fort: ['ft'],
  lake: ['lk'],
  heights: ['hts'],
  park: ['pk'],
  valley: ['vly'],
  beach: ['bch'],
  island: ['is', 'isl'],
  creek: ['ck', 'crk'],
  junction: ['jct'],
  central: ['ctrl'],
};

/** Australian states and territories, and their names. */
const SUBDIVISIONS: Record<string, string[]> = {
  nsw: ['new south wales'],
  vic: ['victoria'],
  qld: ['queensland'],
  sa: ['south australia'],
  wa: ['western australia'],
  tas: ['tasmania'],
  nt: ['northern territory'],
  act: ['australian capital territory'],
};

function inverse(table: Record<string, string[]>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [canonical, spellings] of Object.entries(table)) {
    out.set(canonical, canonical);
    for (const s of spellings) out.set(s, canonical);
  }
  return out;
}

const STREET_TYPE_OF = inverse(STREET_TYPES);
const LOCALITY_WORD_OF = inverse(LOCALITY_WORDS);
const SUBDIVISION_OF = inverse(SUBDIVISIONS);

/** The canonical street type of a word (st → street), or undefined when it is none. */
export function streetTypeOf(word: string): string | undefined {
  return STREET_TYPE_OF.get(word);
}

/** A locality word in its canonical form (mt → mount, nth → north), other words unchanged. */
export function localityWord(word: string): string {
  return LOCALITY_WORD_OF.get(word) ?? word;
}

/** A state or territory in its canonical form (victoria → vic), other text unchanged. */
export function subdivisionOf(text: string): string {
  return SUBDIVISION_OF.get(text) ?? text;
}
