import { describe, expect, it } from 'vitest';
import { HIDDEN, maskDocumentIdentifiers } from './mask-identifiers.js';

describe('masking document identifiers for viewers', () => {
  it('hides numbers and MRZs at any depth, and keeps names', () => {
    const record = {
      firstName: 'Maria',
      docNum: 'XDA123456',
      individual: { documents: [{ type: 'PASSPORT', number: 'XDA123456', country: 'ESP' }] },
      documents: [{ Mrz: 'P<ESP…', MrzResult: { fields: { documentNumber: 'XDA123456' } }, MoreData: { documentNumber: 'XDA123456', surname: 'GARCIA' } }],
      workflowResult: { steps: { order: ['IDV'] }, risk: { number: 5 } },
    };
    const masked = maskDocumentIdentifiers(record);
    expect(masked.firstName).toBe('Maria');
    expect(masked.docNum).toBe(HIDDEN);
    expect(masked.individual.documents[0]).toEqual({ type: 'PASSPORT', number: HIDDEN, country: 'ESP' });
    expect(masked.documents[0]).toEqual({ Mrz: HIDDEN, MrzResult: null, MoreData: { documentNumber: HIDDEN, surname: 'GARCIA' } });
    expect(masked.workflowResult.risk.number).toBe(5);
    expect(JSON.stringify(masked)).not.toContain('XDA123456');
    expect(record.docNum).toBe('XDA123456');
  });
});
