import { z } from 'zod';

const configSchema = z.object({
  port: z.coerce.number().int().min(0).max(65535).default(8080),
  host: z.string().default('0.0.0.0'),
  dataDir: z.string().default('./data'),
  databaseUrl: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  apiKey: z.string().min(16, 'must be at least 16 characters').optional(),
  adminPassword: z.string().min(12, 'must be at least 12 characters').max(128, 'must be at most 128 characters').optional(),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  workerConcurrency: z.coerce.number().int().min(1).max(256).default(4),
  leaseSeconds: z.coerce.number().int().min(1).default(30),
  /** Behind a reverse proxy: take the client address and https from X-Forwarded-* (sign-in throttling, Secure cookie). */
  trustProxy: z.preprocess((v) => (typeof v === 'string' ? v.toLowerCase() : v), z.enum(['true', 'false'], { message: 'use true or false' })).default('false').transform((v) => v === 'true'),
});
export type Config = z.infer<typeof configSchema>;

const ENV_KEYS: Record<keyof Config, string[]> = {
  port: ['PORT', 'IDFLOW_PORT'],
  host: ['IDFLOW_HOST'],
  dataDir: ['IDFLOW_DATA_DIR'],
  databaseUrl: ['DATABASE_URL', 'IDFLOW_DATABASE_URL'],
  apiKey: ['IDFLOW_API_KEY'],
  adminPassword: ['IDFLOW_ADMIN_PASSWORD'],
  logLevel: ['IDFLOW_LOG_LEVEL'],
  workerConcurrency: ['IDFLOW_WORKER_CONCURRENCY'],
  leaseSeconds: ['IDFLOW_LEASE_SECONDS'],
  trustProxy: ['IDFLOW_TRUST_PROXY'],
};

/** Parses the configuration once: flag > IDFLOW_* env > default. A wrong value stops start-up naming the key. */
export function loadConfig(flags: Partial<Record<keyof Config, unknown>> = {}, env = process.env): Config {
  const raw: Record<string, unknown> = {};
  for (const [key, names] of Object.entries(ENV_KEYS)) {
    const fromEnv = names.map((n) => env[n]).find((v) => v !== undefined && v !== '');
    const flag = flags[key as keyof Config];
    const value = flag ?? fromEnv;
    if (value !== undefined) raw[key] = value;
  }
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const key = String(first.path[0]);
    throw new ConfigError(`configuration ${key} (${ENV_KEYS[key as keyof Config]?.join(' or ')}): ${first.message}`);
  }
  return parsed.data;
}

export class ConfigError extends Error {}
