import { z } from 'zod';
import { DOB_TOLERANCES } from '../../kyc/match-settings.js';
import { kycRuleSchema, ruleProblem } from '../../kyc/rules.js';

/** A source consulted over HTTP (see docs/kyc-provider.md): idflow POSTs the applicant to `url`. */
export const httpSourceSchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    url: z.string().url('give the provider endpoint as an absolute http(s) URL'),
    provider: z.string().trim().min(1).max(100).optional(),
    /** Environment variable holding the HMAC secret the requests are signed with. */
    secretEnv: z.string().regex(/^[A-Z_][A-Z0-9_]*$/, 'name an environment variable such as KYC_VENDOR_SECRET').optional(),
    timeoutMs: z.number().int().min(100).max(60_000).optional(),
    retries: z.number().int().min(0).max(5).optional(),
    creditBureau: z.enum(['Equifax', 'Experian']).optional(),
  })
  .strict();
export type HttpSourceConfig = z.infer<typeof httpSourceSchema>;

/** The step's configuration fields (kycConfigSchema adds the checks across fields). */
export const kycConfigFields = z
  .object({
    /** Data sources to verify against: imported source names, or HTTP providers. */
    sources: z.array(z.union([z.string().trim().min(1).max(100), httpSourceSchema])).min(1, 'name at least one data source, e.g. "sources": ["au-elec-roll"]'),
    /** The KYC rules; the built-in `default` (name and date of birth or address in one source) when left out. */
    rules: z
      .array(kycRuleSchema)
      .max(20)
      .superRefine((rules, ctx) => {
        for (const r of rules) {
          const problem = ruleProblem(r);
          if (problem) ctx.addIssue({ code: 'custom', message: problem });
        }
        const names = rules.map((r) => r.ruleName);
        const twice = names.find((n, i) => names.indexOf(n) !== i);
        if (twice) ctx.addIssue({ code: 'custom', message: `rule "${twice}" is given twice: give each rule its own ruleName` });
      })
      .optional(),
    /** 0 (exact after normalisation) to 100 (most forgiving); 50 when left out. */
    fuzziness: z.number().int().min(0).max(100).optional(),
    /** Date-of-birth differences accepted besides an exact date. */
    dobTolerance: z.array(z.enum(DOB_TOLERANCES)).max(3).optional(),
  })
  .strict();

export const kycConfigSchema = kycConfigFields.superRefine((config, ctx) => {
  const names = config.sources.map((s) => (typeof s === 'string' ? s : s.name));
  for (const rule of config.rules ?? []) {
    for (const required of rule.requiredSources ?? []) {
      if (!names.includes(required)) ctx.addIssue({ code: 'custom', path: ['rules'], message: `rule "${rule.ruleName}" requires source "${required}", which the step does not consult: add it to "sources" (${names.join(', ')})` });
    }
  }
});
export type KycConfig = z.infer<typeof kycConfigSchema>;
