import { foldText } from '../screening/normalize/fold-text.js';
import { streetTypeOf } from './address-abbreviations.js';
import type { KycAddress } from './types.js';

const UNIT_WORDS = new Set(['unit', 'u', 'apt', 'apartment', 'flat', 'suite', 'ste', 'shop', 'lot', 'level', 'lvl']);
const NUMBER = /^\d+[a-z]?$/;
const RANGE = /^\d+[a-z]?-\d+[a-z]?$/;

/**
 * Parses an unparsed street line ("3/12 Smith St", "Unit 3, 12 Smith Street", "forbes street") into unit
 * number, street number, street name and street type. The street type is the last word found in the street
 * types table; anything it cannot place stays in the street name. Components given separately win.
 */
export function parseStreetLine(line: string, given: KycAddress = {}): KycAddress {
  const raw = line.trim();
  const out: KycAddress = {};
  const slash = /^\s*(\w+)\s*\/\s*(\d+\w?)\s+(.*)$/.exec(raw);
  let rest = raw;
  if (slash && slash[1] && slash[2] && slash[3] !== undefined) {
    out.unitNumber = slash[1];
    out.streetNumber = slash[2];
    rest = slash[3];
  }
  const words = foldText(rest.replace(/(\d)-(\d)/g, '$1~$2')).text.split(' ').filter(Boolean).map((w) => w.replace(/~/g, '-'));
  let i = 0;
  if (words[i] !== undefined && UNIT_WORDS.has(words[i]!) && words[i + 1] !== undefined) {
    out.unitNumber = words[i + 1];
    i += 2;
  }
  const first = words[i];
  if (first !== undefined && (NUMBER.test(first) || RANGE.test(first)) && words.length > i + 1) {
    out.streetNumber = first;
    i++;
  }
  const street = words.slice(i);
  if (street.length >= 2) {
    const last = street[street.length - 1]!;
    const type = streetTypeOf(last);
    if (type) {
      out.streetType = type;
      street.pop();
    }
  }
  if (street.length > 0) out.streetName = street.join(' ');
  return { ...out, ...definedOnly(given) };
}

function definedOnly(a: KycAddress): KycAddress {
  const out: KycAddress = {};
  for (const [k, v] of Object.entries(a) as Array<[keyof KycAddress, string | undefined]>) if (v !== undefined && v.trim() !== '') out[k] = v.trim();
  return out;
}

/**
 * An address from components and/or unparsed lines: addressLine1 is parsed into its components where they are
 * not given; addressLine2 is kept as the district (a building or property name in Australian data) when free.
 */
export function addressFrom(fields: KycAddress & { addressLine1?: string; addressLine2?: string }): KycAddress | undefined {
  const { addressLine1, addressLine2, ...components } = fields;
  let address = definedOnly(components);
  if (addressLine1 && addressLine1.trim() !== '') address = parseStreetLine(addressLine1, address);
  if (addressLine2 && addressLine2.trim() !== '' && !address.district) address.district = addressLine2.trim();
  return Object.keys(address).length > 0 ? address : undefined;
}
