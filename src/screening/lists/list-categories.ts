import type { ListCategory, ListEntity } from '../types.js';

/** FtM topics that make a person politically exposed: the PEP, their relatives and close associates, oligarchs, diplomats, judges. */
const PEP_TOPICS = new Set(['role.pep', 'role.rca', 'role.oligarch', 'role.diplo', 'role.judge']);
/** FtM topics of other watch lists: linked to a sanctioned party, counter-sanctions, debarment, crime, wanted, export control. */
const WATCHLIST_TOPIC = /^(sanction\.linked|sanction\.counter|debarment|crime(\..+)?|wanted|export\.(control|risk)|reg\.(action|warn))$/;
/** Dataset names that are sanctions lists (OpenSanctions names them by issuer: us_ofac_sdn, gb_hmt_sanctions, eu_fsf, un_sc_sanctions…). */
const SANCTIONS_DATASET = /sanction|ofac|_sdn|hmt|ofsi|eu_fsf|un_sc|seco|dfat|_sema|mfat|_fsf/i;

/** Categories in the order a hit names them: the first that applies is the hit's category. */
const ORDER: readonly ListCategory[] = ['SANCTION', 'PEP', 'WATCHLIST', 'OTHER'];

/**
 * The categories of an FtM entity from its topics and datasets: `sanction` (or a sanctions dataset, for a target)
 * makes SANCTION, PEP topics make PEP, debarment/crime/wanted/export topics WATCHLIST; a target with none of these
 * is WATCHLIST (it is on the list for a reason the file does not say), a non-target OTHER.
 */
export function ftmCategories(topics: readonly string[], datasets: readonly string[], target: boolean): ListCategory[] {
  const out = new Set<ListCategory>();
  if (topics.includes('sanction') || (target && datasets.some((d) => SANCTIONS_DATASET.test(d)))) out.add('SANCTION');
  if (topics.some((t) => PEP_TOPICS.has(t))) out.add('PEP');
  if (topics.some((t) => WATCHLIST_TOPIC.test(t))) out.add('WATCHLIST');
  if (out.size === 0) out.add(target ? 'WATCHLIST' : 'OTHER');
  return ORDER.filter((c) => out.has(c));
}

/** An entity's categories; entities of the official sanctions lists carry none and are SANCTION. */
export function categoriesOf(entity: Pick<ListEntity, 'categories'>): readonly ListCategory[] {
  return entity.categories && entity.categories.length > 0 ? entity.categories : DEFAULT_CATEGORIES;
}
const DEFAULT_CATEGORIES: readonly ListCategory[] = ['SANCTION'];

/** The first of `categories` (in SANCTION, PEP, WATCHLIST, OTHER order) that `wanted` holds; undefined when none. */
export function firstWanted(categories: readonly ListCategory[], wanted: ReadonlySet<ListCategory> | undefined): ListCategory | undefined {
  for (const c of ORDER) if (categories.includes(c) && (!wanted || wanted.has(c))) return c;
  return undefined;
}
