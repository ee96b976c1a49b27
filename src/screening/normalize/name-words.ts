/**
 * Word lists that normalisation treats specially. All entries are in folded form (ASCII, lowercase,
 * punctuation removed), as `foldText` produces them.
 */

/** Titles and honorifics: kept as optional words that weigh little (some, like hafiz, are also given names). */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend',
  'fr', 'father', 'sister', 'brother', 'hon', 'honorable', 'honourable', 'gen', 'col', 'colonel',
  'maj', 'capt', 'captain', 'lt', 'lieutenant', 'sgt', 'sergeant', 'adm', 'admiral', 'cmdr', 'commander',
  'sheikh', 'shaikh', 'sheik', 'shaykh', 'haji', 'hajji', 'hadji', 'mullah', 'mulla', 'maulana', 'mawlana',
  'maulvi', 'mawlawi', 'mawlavi', 'moulavi', 'qari', 'hafiz', 'sayed', 'sayyid', 'syed', 'emir',
  'prince', 'princess', 'president', 'minister', 'senator', 'ayatollah', 'general', 'marshal', 'brigadier', 'governor', 'chairman', 'imam', 'amir',
  'herr', 'frau', 'monsieur', 'madame', 'mme', 'mlle', 'senor', 'senora', 'sra', 'dona', 'gospodin',
]);

/** Generational suffixes: kept as optional words that weigh little. */
export const GENERATIONAL: ReadonlySet<string> = new Set(['jr', 'jnr', 'sr', 'snr', 'ii', 'iii', 'iv', 'junior', 'senior']);

/** Company legal forms: dropped from non-person names (they say nothing about which company it is). */
export const LEGAL_FORMS: ReadonlySet<string> = new Set([
  'ltd', 'limited', 'llc', 'llp', 'lp', 'plc', 'inc', 'incorporated', 'corp', 'corporation', 'co', 'cie', 'gmbh',
  'mbh', 'ag', 'kg', 'ohg', 'ug', 'se', 'sa', 'sas', 'sarl', 'sl', 'srl', 'spa', 'sapa', 'nv', 'bv', 'oy', 'oyj',
  'ab', 'as', 'asa', 'aps', 'pte', 'pty', 'bhd', 'sdn', 'kk', 'jsc', 'ojsc', 'cjsc', 'pjsc', 'oao', 'zao', 'pao',
  'ooo', 'ao', 'tov', 'pat', 'fze', 'fzco', 'fzc', 'fzllc', 'wll', 'saog', 'saoc', 'psc', 'pvt', 'ltda', 'cv',
  'sac', 'sae', 'doo', 'dd', 'ad', 'eood', 'ood', 'kft', 'zrt', 'sro', 'spzoo', 'sp', 'zoo', 'company',
]);

/** Words common in organisation names: kept but weigh little. */
export const GENERIC_ORG_WORDS: ReadonlySet<string> = new Set([
  'the', 'and', 'of', 'for', 'group', 'holding', 'holdings', 'international', 'intl', 'trading', 'trade', 'general',
  'industries', 'industry', 'industrial', 'enterprise', 'enterprises', 'services', 'service', 'global', 'bank',
  'investment', 'investments', 'import', 'export', 'shipping', 'petroleum', 'oil', 'gas', 'energy', 'technology',
  'technologies', 'commercial', 'development', 'national', 'state', 'foundation', 'organization', 'organisation',
  'association', 'agency', 'ministry', 'center', 'centre', 'institute', 'partners', 'management', 'consulting',
  'resources', 'systems', 'solutions', 'logistics', 'airlines', 'airline', 'air', 'marine', 'maritime', 'line',
  'lines', 'transport', 'construction', 'engineering', 'factory', 'plant', 'firm', 'joint', 'stock', 'public',
  'private', 'open', 'closed', 'society', 'establishment', 'est', 'office', 'branch',
]);

/** Name particles (Arabic, Romance, Germanic, Dutch): optional, weigh little, matched exactly. */
export const PARTICLES: ReadonlySet<string> = new Set([
  'al', 'el', 'ul', 'ad', 'ar', 'as', 'at', 'az', 'bin', 'bn', 'ibn', 'bint', 'ben', 'bent', 'ould', 'wuld',
  'de', 'del', 'della', 'dello', 'der', 'den', 'di', 'da', 'das', 'dos', 'do', 'du', 'des', 'la', 'le', 'lo',
  'van', 'von', 'ter', 'ten', 'zu', 'st',
]);
