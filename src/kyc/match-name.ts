import { editSimilarity } from '../screening/score/string-similarity.js';
import { joinNames, nameSimilarity, type PreparedName } from './compare-names.js';
import { isExact, minimumStrength, type MatchSettings } from './match-settings.js';

/** A person's name parts, prepared for comparison. */
export interface PreparedPerson {
  given: PreparedName;
  family: PreparedName;
  /** Middle names and other names. */
  other: PreparedName;
  full: PreparedName;
}

export interface NameOutcome {
  /** The applicant gave a name part to check. */
  checked: boolean;
  verified: boolean;
  /** Enough of the name agrees to take the record's other attributes as this person's. */
  strongEnough: boolean;
  strength: number;
  matchStrengths: { fullName: number; familyName: number; givenName: number; otherNames?: number; firstInitialFamilyName: number };
}

export function preparePerson(given: PreparedName, family: PreparedName, other: PreparedName): PreparedPerson {
  return { given, family, other, full: joinNames(given, other, family) };
}

const pct = (x: number) => Math.round(x * 100);

/**
 * A name part's similarity: the screening scorer's, or, for a part split or joined by a stray space
 * ("joshu a" for joshua), that of the part written without spaces.
 */
function partSimilarity(a: PreparedName, b: PreparedName, exact: boolean): number {
  const s = nameSimilarity(a, b, exact);
  if (s === 1 || a.tokens.length + b.tokens.length <= 2 || a.tokens.length === 0 || b.tokens.length === 0) return s;
  const joined = (n: PreparedName) => n.text.replace(/ /g, '');
  const x = joined(a);
  const y = joined(b);
  if (x === y) return Math.max(s, SPACE_ONLY_SIMILARITY);
  return exact ? s : Math.max(s, editSimilarity(x, y) * SPACE_ONLY_SIMILARITY);
}

/** Two parts that differ only in spaces are near-certainly one name. */
const SPACE_ONLY_SIMILARITY = 0.98;

/**
 * Compares the applicant's name with a record's, part by part (given and family names swapped when that
 * agrees better, as data entry does). Verified when both the given and the family name reach the minimum
 * strength; strong enough (for the record's address and date of birth to count) when the family name does,
 * or the given name where the applicant gave no family name.
 */
export function matchName(applicant: PreparedPerson, record: PreparedPerson, settings: MatchSettings): NameOutcome {
  const exact = isExact(settings);
  const sim = (a: PreparedName, b: PreparedName) => pct(partSimilarity(a, b, exact));
  const hasGiven = applicant.given.tokens.length > 0;
  const hasFamily = applicant.family.tokens.length > 0;
  let given = sim(applicant.given, record.given);
  let family = sim(applicant.family, record.family);
  let recordGiven = record.given;
  if (hasGiven && hasFamily && given + family < 200) {
    const swappedGiven = sim(applicant.given, record.family);
    const swappedFamily = sim(applicant.family, record.given);
    if (swappedGiven + swappedFamily > given + family) {
      given = swappedGiven;
      family = swappedFamily;
      recordGiven = record.family;
    }
  }
  const fullName = sim(applicant.full, record.full);
  const min = minimumStrength(settings);
  const initialsAgree = hasGiven && recordGiven.text !== '' && applicant.given.text[0] === recordGiven.text[0];
  const matchStrengths: NameOutcome['matchStrengths'] = {
    fullName,
    familyName: family,
    givenName: given,
    firstInitialFamilyName: initialsAgree ? family : 0,
  };
  if (applicant.other.tokens.length > 0 && record.other.tokens.length > 0) matchStrengths.otherNames = sim(applicant.other, record.other);
  const verified = hasGiven && hasFamily && given >= min && family >= min;
  const strongEnough = verified || (hasFamily ? family >= min : hasGiven && given >= min);
  return { checked: hasGiven || hasFamily, verified, strongEnough, strength: verified ? Math.max(fullName, Math.round((given + family) / 2)) : fullName, matchStrengths };
}
