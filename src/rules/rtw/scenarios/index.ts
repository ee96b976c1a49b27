import { DBS_SCENARIOS } from './dbs.js';
import { IRELAND_SCENARIOS } from './ireland.js';
import { RIGHT_TO_RENT_SCENARIOS } from './right-to-rent.js';
import { UK_LIST_SCENARIOS } from './uk-lists.js';
import { UK_ROUTE_SCENARIOS } from './uk-routes.js';

export type { Scenario } from './types.js';

/** Every scenario of the ruleset: the scenario tests run them all, and the docs draw their examples from them. */
export const ALL_SCENARIOS = [...UK_ROUTE_SCENARIOS, ...UK_LIST_SCENARIOS, ...IRELAND_SCENARIOS, ...RIGHT_TO_RENT_SCENARIOS, ...DBS_SCENARIOS];
