import { z } from 'zod';
import { ROLES } from '../domain/index.js';
import { PASSWORD_MAX, PASSWORD_MIN } from './password.js';

export const usernameSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._@-]*$/, 'letters, digits and . _ @ - (starting with a letter or digit)');
export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN, `at least ${PASSWORD_MIN} characters`)
  .max(PASSWORD_MAX, `at most ${PASSWORD_MAX} characters`);
export const roleSchema = z.enum(ROLES);

export const newUserSchema = z.object({ username: usernameSchema, password: passwordSchema, role: roleSchema }).strict();
export type NewUser = z.infer<typeof newUserSchema>;

export const userChangeSchema = z
  .object({ role: roleSchema.optional(), disabled: z.boolean().optional(), password: passwordSchema.optional() })
  .strict()
  .refine((c) => c.role !== undefined || c.disabled !== undefined || c.password !== undefined, 'give role, disabled or password');
export type UserChange = z.infer<typeof userChangeSchema>;
