/** Country groups the rules refer to, as ISO 3166-1 alpha-3 codes (JEY, GGY, IMN for the Crown Dependencies). */

export const EU_COUNTRIES: ReadonlySet<string> = new Set([
  'AUT', 'BEL', 'BGR', 'HRV', 'CYP', 'CZE', 'DNK', 'EST', 'FIN', 'FRA', 'DEU', 'GRC', 'HUN', 'IRL',
  'ITA', 'LVA', 'LTU', 'LUX', 'MLT', 'NLD', 'POL', 'PRT', 'ROU', 'SVK', 'SVN', 'ESP', 'SWE',
]);

/** EU + Iceland, Liechtenstein, Norway, + Switzerland. */
export const EEA_AND_SWISS_COUNTRIES: ReadonlySet<string> = new Set([...EU_COUNTRIES, 'ISL', 'LIE', 'NOR', 'CHE']);

export const CROWN_DEPENDENCIES: ReadonlySet<string> = new Set(['JEY', 'GGY', 'IMN']);

/** The UK itself. */
export const UK: ReadonlySet<string> = new Set(['GBR']);

/** The UK, the Isle of Man and the Channel Islands ("UK, IoM, CI" in the DBS guidance). */
export const UK_AND_CROWN_DEPENDENCIES: ReadonlySet<string> = new Set(['GBR', ...CROWN_DEPENDENCIES]);

/** The UK and the Channel Islands ("UK/CI"). */
export const UK_AND_CHANNEL_ISLANDS: ReadonlySet<string> = new Set(['GBR', 'JEY', 'GGY']);

/** Birth/adoption certificates of List A item 7 (and right to rent group 2). */
export const CROWN_DEPENDENCIES_AND_IRELAND: ReadonlySet<string> = new Set([...CROWN_DEPENDENCIES, 'IRL']);
