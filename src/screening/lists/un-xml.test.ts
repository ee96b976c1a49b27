import { describe, expect, it } from 'vitest';
import { parseUnXml } from './un-xml.js';

const XML = `<?xml version="1.0" encoding="UTF-8"?>
<CONSOLIDATED_LIST dateGenerated="2026-01-02T03:04:05.000Z">
  <INDIVIDUALS>
    <INDIVIDUAL>
      <FIRST_NAME>AHMED</FIRST_NAME><SECOND_NAME>ALI</SECOND_NAME><THIRD_NAME>HASSAN</THIRD_NAME>
      <UN_LIST_TYPE>Al-Qaida</UN_LIST_TYPE>
      <REFERENCE_NUMBER>QDi.900</REFERENCE_NUMBER>
      <LISTED_ON>2005-01-31</LISTED_ON>
      <NAME_ORIGINAL_SCRIPT>أحمد علي</NAME_ORIGINAL_SCRIPT>
      <GENDER>Male</GENDER>
      <NATIONALITY><VALUE>Syrian Arab Republic</VALUE><VALUE>Iraq</VALUE></NATIONALITY>
      <INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>Abu Ahmed</ALIAS_NAME></INDIVIDUAL_ALIAS>
      <INDIVIDUAL_ALIAS><QUALITY>Low</QUALITY><ALIAS_NAME>Al Hassan</ALIAS_NAME></INDIVIDUAL_ALIAS>
      <INDIVIDUAL_ALIAS><QUALITY/><ALIAS_NAME/></INDIVIDUAL_ALIAS>
      <INDIVIDUAL_ADDRESS><COUNTRY>Türkiye</COUNTRY></INDIVIDUAL_ADDRESS>
      <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><DATE>1970-05-06</DATE></INDIVIDUAL_DATE_OF_BIRTH>
      <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>APPROXIMATELY</TYPE_OF_DATE><YEAR>1971</YEAR></INDIVIDUAL_DATE_OF_BIRTH>
      <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>BETWEEN</TYPE_OF_DATE><FROM_YEAR>1973</FROM_YEAR><TO_YEAR>1974</TO_YEAR></INDIVIDUAL_DATE_OF_BIRTH>
      <INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>Passport</TYPE_OF_DOCUMENT><NUMBER>P 123</NUMBER><ISSUING_COUNTRY>Iraq</ISSUING_COUNTRY></INDIVIDUAL_DOCUMENT>
    </INDIVIDUAL>
    <INDIVIDUAL><FIRST_NAME>NO REF</FIRST_NAME></INDIVIDUAL>
  </INDIVIDUALS>
  <ENTITIES>
    <ENTITY>
      <FIRST_NAME>GREAT LAKES CO (GLC) ; LAKES TRADING</FIRST_NAME>
      <UN_LIST_TYPE>DRC</UN_LIST_TYPE>
      <REFERENCE_NUMBER>CDe.900</REFERENCE_NUMBER>
      <ENTITY_ALIAS><QUALITY>a.k.a.</QUALITY><ALIAS_NAME>GLC</ALIAS_NAME></ENTITY_ALIAS>
      <ENTITY_ADDRESS><COUNTRY>Uganda</COUNTRY></ENTITY_ADDRESS>
    </ENTITY>
  </ENTITIES>
</CONSOLIDATED_LIST>`;

describe('parseUnXml', () => {
  const result = parseUnXml(XML);
  it('reads individuals with names, aliases by quality, dates of birth, nationality, documents and gender', () => {
    const [person] = result.entities;
    expect(person).toMatchObject({
      source: 'un',
      sourceId: 'QDi.900',
      type: 'person',
      birthDates: ['1970-05-06', '1971', '1973', '1974'],
      countries: ['SY', 'IQ', 'TR'],
      gender: 'male',
      programs: ['Al-Qaida'],
      identifiers: [{ type: 'Passport', value: 'P 123', country: 'IQ' }],
      listedAt: '2005-01-31',
    });
    expect(person.names).toEqual([
      { name: 'AHMED ALI HASSAN', kind: 'primary' },
      { name: 'أحمد علي', kind: 'alias' },
      { name: 'Abu Ahmed', kind: 'alias' },
      { name: 'Al Hassan', kind: 'weak' },
    ]);
  });
  it('reads entities, splitting two names written in one field', () => {
    const org = result.entities[1];
    expect(org.sourceId).toBe('CDe.900');
    expect(org.type).toBe('organization');
    expect(org.names.map((n) => n.name)).toEqual(['GREAT LAKES CO (GLC)', 'LAKES TRADING', 'GLC']);
    expect(org.countries).toEqual(['UG']);
  });
  it('states the publication time and reports elements it skipped', () => {
    expect(result.publishedAt).toBe('2026-01-02T03:04:05.000Z');
    expect(result.problems).toEqual([{ element: 'INDIVIDUAL', message: 'no REFERENCE_NUMBER: skipped' }]);
  });
  it('rejects what is not the consolidated list', () => {
    expect(() => parseUnXml('<other/>')).toThrow(/CONSOLIDATED_LIST/);
    expect(() => parseUnXml('<a><b></a>')).toThrow(/does not parse.*--format/);
  });
});
