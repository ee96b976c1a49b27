import { z } from 'zod';
import { DOCUMENT_TYPES } from '../types.js';

const stateCode = z.string().regex(/^[A-Z]{1,3}$/, 'an ISO 3166-1 alpha-3 code such as GBR (D for Germany is read as DEU)');

/** The IDV step's configuration (and what the document checks read). */
export const idvConfigSchema = z
  .object({
    /** Document types accepted; all when absent. */
    allowedDocumentTypes: z.array(z.enum(DOCUMENT_TYPES)).min(1).optional(),
    /** Issuing states accepted; all when absent. */
    allowedIssuingStates: z.array(stateCode).min(1).optional(),
    /** Issuing states whose documents are referred to a person. */
    highRiskIssuingStates: z.array(stateCode).default([]),
    minimumAge: z.number().int().min(0).max(130).default(18),
    /** Without an MRZ the document cannot be validated: FAIL when true, NoValidation (referred) when false. */
    requireMrz: z.boolean().default(true),
    /** Specimen documents pass only when true (demo and test set-ups). */
    allowSpecimens: z.boolean().default(false),
    /** Names of the tenant's block lists to search for the document number; all block lists when absent. */
    blockLists: z.array(z.string().min(1)).optional(),
    /** Name similarity (0–1) at or above which MRZ and visual-zone names agree. */
    nameThreshold: z.number().min(0).max(1).default(0.85),
  })
  .strict();
export type IdvConfig = z.infer<typeof idvConfigSchema>;
