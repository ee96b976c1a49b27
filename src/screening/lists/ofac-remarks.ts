import type { ListIdentifier, ListName } from '../types.js';
import { countryCode } from './countries.js';
import { parseBirthDatePhrase } from './dates.js';
import { pushUnique } from './text.js';

/** What the Remarks field of an OFAC SDN record states about the entity. */
export interface OfacRemarks {
  birthDates: string[];
  /** Country codes of nationality, citizenship and place of birth. */
  countries: string[];
  placesOfBirth: string[];
  gender?: 'male' | 'female';
  identifiers: ListIdentifier[];
  /** Low-quality a.k.a.s OFAC writes in quotes inside the remarks ("a.k.a. 'ABU ALI'"). */
  weakAliases: ListName[];
  /** Phrases that looked like a statement idflow reads but could not be understood. */
  unread: string[];
}

/** Identifier kinds OFAC writes as "<kind> <number> (<country>)", longest first where one starts another. */
const IDENTIFIER_KINDS = [
  'Diplomatic Passport', 'Passport', 'National ID No.', 'National Foreign ID Number', 'Personal ID Card',
  'Identification Number', 'Cedula No.', 'C.U.R.P.', 'R.F.C.', 'RFC', 'D.N.I.', 'NIT #', 'RUC #', 'RIF #', 'SSN',
  "Driver's License No.", 'Electoral Registry No.', 'Birth Certificate Number', 'Residency Number',
  'Tax ID No.', 'V.A.T. Number', 'US FEIN', 'Italian Fiscal Code', 'Registration Number', 'Registration ID',
  'Business Registration Number', 'Business Registration Document #', 'Business Number', 'Company Number',
  'UK Company Number', 'Commercial Registry Number', 'Chamber of Commerce Number', 'Legal Entity Number',
  'Unified Social Credit Code (USCC)', 'Folio Mercantil No.', 'Matricula Mercantil No', 'Trade License No.',
  'Economic Register Number (CBLS)', 'Government Gazette Number', 'Public Registration Number', 'C.U.I.',
  'Enterprise Number', 'Central Registration System Number', 'D-U-N-S Number', 'C.R. No.', 'SWIFT/BIC',
  'Vessel Registration Identification', 'MMSI', 'Aircraft Tail Number', "Aircraft Manufacturer's Serial Number (MSN)",
].sort((a, b) => b.length - a.length);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const IDENTIFIER = new RegExp(`^(?:alt\\. )?(${IDENTIFIER_KINDS.map(escape).join('|')}) (.+)$`);
const WEAK_AKA = /^(?:a\.k\.a\.|f\.k\.a\.|n\.k\.a\.) '(.+)'$/;

/**
 * Splits remarks into statements at "; ", joining back a quoted weak a.k.a. whose name holds "; " itself.
 */
export function splitRemarks(remarks: string): string[] {
  const parts: string[] = [];
  for (const piece of remarks.split('; ')) {
    const last = parts[parts.length - 1];
    if (last !== undefined && /^[afn]\.k\.a\. '/.test(last) && !/'\.?$/.test(last)) parts[parts.length - 1] = `${last}; ${piece}`;
    else parts.push(piece);
  }
  return parts.map((p) => p.trim().replace(/\.$/, '').trim()).filter((p) => p !== '');
}

function identifier(kind: string, rest: string): ListIdentifier | undefined {
  const m = /^([^(]+?)\s*(?:\(([^)]+)\).*)?$/.exec(rest.trim());
  if (!m) return undefined;
  const value = m[1].replace(/[,.]$/, '').trim();
  if (!/\d/.test(value) && kind !== 'SWIFT/BIC') return undefined;
  const country = countryCode(m[2]);
  const type = kind.replace(/\s*\(.*\)$/, '').replace(/\s*(No\.|#)$/, '').trim();
  return country ? { type, value, country } : { type, value };
}

/** Reads the statements idflow understands out of an OFAC Remarks field; the rest is left as text. */
export function parseOfacRemarks(remarks: string | undefined): OfacRemarks {
  const out: OfacRemarks = { birthDates: [], countries: [], placesOfBirth: [], identifiers: [], weakAliases: [], unread: [] };
  if (!remarks) return out;
  for (const statement of splitRemarks(remarks)) {
    let m: RegExpExecArray | null;
    if ((m = /^(?:alt\. )?DOB (.+)$/.exec(statement))) {
      const dates = parseBirthDatePhrase(m[1]);
      if (dates.length === 0) out.unread.push(statement);
      for (const d of dates) pushUnique(out.birthDates, d);
    } else if ((m = /^(?:alt\. )?POB (.+)$/.exec(statement))) {
      out.placesOfBirth.push(m[1]);
      const parts = m[1].split(',');
      pushUnique(out.countries, countryCode(parts[parts.length - 1]) ?? countryCode(m[1]));
    } else if ((m = /^(?:alt\. )?(?:nationality|citizen|Nationality of Registration) (?:possibly )?(.+)$/.exec(statement))) {
      const code = countryCode(m[1]);
      if (code) pushUnique(out.countries, code);
      else out.unread.push(statement);
    } else if ((m = /^Gender (Male|Female)$/i.exec(statement))) {
      out.gender = m[1].toLowerCase() === 'male' ? 'male' : 'female';
    } else if ((m = WEAK_AKA.exec(statement))) {
      if (!out.weakAliases.some((a) => a.name === m![1])) out.weakAliases.push({ name: m[1], kind: 'weak' });
    } else if ((m = IDENTIFIER.exec(statement))) {
      const id = identifier(m[1], m[2]);
      if (id && !out.identifiers.some((x) => x.type === id.type && x.value === id.value)) out.identifiers.push(id);
    }
  }
  return out;
}
