import { z } from 'zod';
import { DOCUMENT_TYPES } from './types.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'an ISO date, YYYY-MM-DD');

export const visualFieldsSchema = z
  .object({
    firstName: z.string().max(200).optional(),
    lastName: z.string().max(200).optional(),
    dateOfBirth: isoDate.optional(),
    documentNumber: z.string().max(60).optional(),
    expiryDate: isoDate.optional(),
    nationality: z.string().max(3).optional(),
    sex: z.string().max(1).optional(),
  })
  .strict();

/** POST /api/v1/process-instances/{id}/documents (JSON form; images base64). */
export const documentSubmissionSchema = z
  .object({
    documentType: z.enum(DOCUMENT_TYPES),
    issuingCountry: z.string().regex(/^[A-Z]{1,3}$/, 'an ISO 3166-1 alpha-3 code such as GBR').optional(),
    mrz: z.union([z.array(z.string().max(100)).min(1).max(3), z.string().max(300)]).optional(),
    visualFields: visualFieldsSchema.default({}),
    images: z
      .object({
        'FRONT.Cropped': z.string().optional(),
        'FRONT.Uncropped': z.string().optional(),
        portrait: z.string().optional(),
      })
      .strict()
      .default({}),
  })
  .strict();
export type DocumentSubmission = z.infer<typeof documentSubmissionSchema>;
