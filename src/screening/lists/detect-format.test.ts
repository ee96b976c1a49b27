import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect-format.js';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('detectFormat', () => {
  it('tells the format from the file name', () => {
    expect(detectFormat('/x/sdn.csv', bytes(''))).toBe('ofac-sdn');
    expect(detectFormat('UK_Sanctions_List.ods', bytes(''))).toBe('uk');
    expect(detectFormat('entities.ftm.json', bytes(''))).toBe('ftm');
    expect(detectFormat('consolidated.xml', bytes('<?xml version="1.0"?><CONSOLIDATED_LIST>'))).toBe('un');
  });
  it('tells the format from the content when the name does not', () => {
    expect(detectFormat('list.txt', bytes('<CONSOLIDATED_LIST dateGenerated="x">'))).toBe('un');
    expect(detectFormat('list', bytes('{"id":"x","schema":"Person"}\n'))).toBe('ftm');
    expect(detectFormat('list.csv', bytes('_id,source,entity_number,type,programs,name,alt_names\n'))).toBe('us-csl');
    expect(detectFormat('list.csv', bytes('Report Date: 1 Jan 2025\nUnique ID,Name\n'))).toBe('uk');
    expect(detectFormat('list.csv', bytes('36,"AEROCARIBBEAN AIRLINES",-0- ,"CUBA",-0- \n'))).toBe('ofac-sdn');
    expect(detectFormat('x.bin', bytes('PK\u0003\u0004'))).toBe('uk');
    expect(detectFormat('x.bin', bytes('hello'))).toBeUndefined();
    expect(detectFormat('other.xml', bytes('<?xml version="1.0"?><feed>'))).toBeUndefined();
  });
});
