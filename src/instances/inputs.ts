import { z } from 'zod';
import { addressSchema } from '../domain/schemas.js';

/** Request shapes shared by the API's routes and the CLI. */
export const individualInput = z.object({
  name: z.object({
    givenName: z.string().trim().min(1).max(200).optional(),
    middleName: z.string().trim().max(200).optional(),
    familyName: z.string().trim().min(1).max(200).optional(),
    displayName: z.string().trim().min(1).max(400).optional(),
  }),
  dateOfBirth: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'use YYYY, YYYY-MM or YYYY-MM-DD')
    .optional(),
  nationality: z.string().regex(/^[A-Z]{2,3}$/, 'use an ISO 3166 country code such as GB or GBR').optional(),
  gender: z.enum(['M', 'F', 'U']).optional(),
  email: z.string().email().optional(),
  phoneNumber: z.string().min(3).max(40).optional(),
  addresses: z.array(addressSchema).max(20).optional(),
  documents: z.array(z.object({ type: z.string().min(1), number: z.string().min(1), country: z.string().optional() })).max(20).optional(),
});
export type IndividualInput = z.infer<typeof individualInput>;

export const idParam = z.object({ id: z.string().min(1).max(100) });

export const isoDateTime = z.string().datetime({ offset: true, message: 'use an ISO 8601 date-time such as 2026-01-31T12:00:00Z' });
