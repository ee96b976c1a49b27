/** Definitions the demo tenant starts with (JSON shorthand; the API stores their BPMN too). */
/** The risk factors every demo workflow scores (as in the FrankieOne reference example). */
const ENTITY_FACTORS = [
  { factor: 'entity_type', scores: { INDIVIDUAL: 2, ORGANIZATION: 5 } },
  { factor: 'entity_age', bands: [{ maxAge: 25, score: 20 }, { maxAge: 65, score: 10 }, { score: 15 }] },
];

export const DEMO_DEFINITIONS: Array<{ name: string; type: string; definition: Record<string, unknown> }> = [
  {
    name: 'kyc-basic',
    type: 'KYC',
    definition: {
      name: 'kyc-basic',
      steps: [
        { type: 'MATCHLIST', name: 'MATCHLIST' },
        {
          type: 'RISK',
          name: 'RISK',
          config: {
            factors: [
              ...ENTITY_FACTORS,
              { factor: 'step_result', step: 'MATCHLIST', scores: { HIT: 60, CLEAR: 0 } },
            ],
            thresholds: { MEDIUM: 30, HIGH: 60, UNACCEPTABLE: 100 },
          },
        },
        {
          type: 'DECISION',
          name: 'DECISION',
          config: {
            rules: [
              { when: 'MATCHLIST.result == "HIT"', outcome: 'FAIL', category: 'MATCHLIST', issue: 'Applicant is on a block list' },
              { when: 'risk.level in ["HIGH", "UNACCEPTABLE"]', outcome: 'REVIEW', category: 'RISK', issue: 'High risk' },
            ],
            default: 'PASS',
          },
        },
      ],
    },
  },
  {
    name: 'kyc-aml',
    type: 'KYC',
    definition: {
      name: 'kyc-aml',
      steps: [
        { type: 'MATCHLIST', name: 'MATCHLIST' },
        { type: 'AML', name: 'AML' },
        {
          type: 'RISK',
          name: 'RISK',
          config: {
            factors: [
              ...ENTITY_FACTORS,
              { factor: 'step_result', step: 'AML', scores: { HIT: 60, CLEAR: 0 } },
            ],
          },
        },
        { type: 'TOGGLE_MONITORING', name: 'TOGGLE_MONITORING' },
        { type: 'DECISION', name: 'DECISION' },
      ],
    },
  },
  {
    // The FrankieOne reference example's KYC: MARY TESTFOURTEEN verified by gov_id_only against au-govid1-pp.
    name: 'kyc-govid',
    type: 'KYC',
    definition: {
      name: 'kyc-govid',
      steps: [
        { type: 'MATCHLIST', name: 'MATCHLIST' },
        { type: 'KYC', name: 'KYC', config: { sources: ['au-govid1-pp'], rules: [{ ruleName: 'gov_id_only', ruleOrder: 1 }] } },
        { type: 'RISK', name: 'RISK', config: { factors: ENTITY_FACTORS } },
        {
          type: 'DECISION',
          name: 'DECISION',
          config: {
            rules: [
              { when: 'MATCHLIST.result == "HIT"', outcome: 'FAIL', category: 'MATCHLIST', issue: 'Applicant is on a block list' },
              { when: 'KYC.result != "MATCH"', outcome: 'REVIEW', category: 'KYC', issue: 'Identity not verified against a government ID source' },
            ],
            default: 'PASS',
          },
        },
      ],
    },
  },
  {
    name: 'document-check',
    type: 'IDV',
    definition: {
      name: 'document-check',
      steps: [
        { type: 'IDV', name: 'IDV', config: {} },
        { type: 'DECISION', name: 'DECISION' },
      ],
    },
  },
  {
    name: 'uk-right-to-work',
    type: 'RTW',
    definition: {
      name: 'uk-right-to-work',
      steps: [{ type: 'RTW', name: 'RTW', config: { checks: ['UK_RTW'] } }],
    },
  },
];
