import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * Configuration comes only from the environment and is checked once at start.
 * Every variable is documented in the README ("Configuration").
 */
const booleanFlag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no'])
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

const environmentSchema = z.object({
  // 0 asks the system for a free port (tests).
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(500).default(10),
  OTANDAS_DATA_DIR: z.string().min(1).default('./var/db'),
  OTANDAS_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  OTANDAS_DEMO_DATA: booleanFlag.default(true),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  LOGIN_RATE_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(20),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1024 * 1024),
  TRUST_PROXY: booleanFlag.default(false),
  COOKIE_SECURE: z.enum(['auto', 'always', 'never']).default('auto'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  JOBS_ENABLED: booleanFlag.default(true),
  // Support center
  APPEALS_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(10),
  APPEAL_POW_BITS: z.coerce.number().int().min(0).max(24).default(14),
  SUPPORT_AUTO_ASSIGN: booleanFlag.default(true),
  RETENTION_YEARS: z.coerce.number().int().min(1).max(75).default(5),
  INBOUND_PER_SENDER_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(10),
  SMTP_LISTEN_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  SMTP_LISTEN_HOST: z.string().min(1).default('127.0.0.1'),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://').optional(),
  MAIL_FROM: z.string().min(3).default('Otandas <support@otandas.local>'),
  TELEGRAM_BOT_TOKEN: z.string().regex(/^\d+:[A-Za-z0-9_-]{20,}$/, 'is not a bot token').optional(),
  TELEGRAM_API_BASE: z.url().default('https://api.telegram.org'),
  TELEGRAM_WEBHOOK_SECRET: z.string().regex(/^[A-Za-z0-9_-]{16,256}$/, 'must be 16–256 of A-Z a-z 0-9 _ -').optional(),
});

export type Config = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  /** Most connections the server keeps open to the database at once. */
  databasePoolMax: number;
  dataDir: string;
  secret: string;
  demoData: boolean;
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  loginMaxFailures: number;
  loginLockMs: number;
  /** Sign-in attempts one address may make per minute. */
  loginRatePerMinute: number;
  bodyLimitBytes: number;
  trustProxy: boolean;
  cookieSecure: 'auto' | 'always' | 'never';
  logLevel: z.infer<typeof environmentSchema>['LOG_LEVEL'];
  jobsEnabled: boolean;
  support: {
    /** Appeals one address may file per minute through the public form. */
    appealsPerMinute: number;
    /** Leading zero bits the form's proof of work needs; 0 turns it off. */
    appealProofBits: number;
    autoAssign: boolean;
    /** Closed cases are anonymised this many years after closing. */
    retentionYears: number;
    /** Mails or Telegram messages one sender may send per minute before being told to wait. */
    inboundPerSenderPerMinute: number;
  };
  mail: {
    /** Port of the built-in SMTP receiver; undefined means off. */
    listenPort: number | undefined;
    listenHost: string;
    /** Outgoing relay, e.g. smtp://user:pass@relay:587; undefined means replies by mail stay queued. */
    smtpUrl: string | undefined;
    from: string;
  };
  telegram: {
    botToken: string | undefined;
    apiBase: string;
    webhookSecret: string | undefined;
  };
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/**
 * Without OTANDAS_SECRET the secret is generated once and kept in the data
 * directory, so `npm start` needs no set-up and sessions survive restarts.
 */
function loadOrCreateSecret(dataDir: string): string {
  const file = path.join(dataDir, 'secret.key');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  // An empty variable counts as unset, as in most shells' `VAR= command`.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const dataDir = path.resolve(overrides.dataDir ?? e.OTANDAS_DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    databasePoolMax: e.DATABASE_POOL_MAX,
    dataDir,
    secret: overrides.secret ?? e.OTANDAS_SECRET ?? loadOrCreateSecret(dataDir),
    demoData: e.OTANDAS_DEMO_DATA,
    sessionIdleMs: e.SESSION_IDLE_MINUTES * 60_000,
    sessionAbsoluteMs: e.SESSION_ABSOLUTE_HOURS * 3_600_000,
    loginMaxFailures: e.LOGIN_MAX_FAILURES,
    loginLockMs: e.LOGIN_LOCK_MINUTES * 60_000,
    loginRatePerMinute: e.LOGIN_RATE_PER_MINUTE,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    trustProxy: e.TRUST_PROXY,
    cookieSecure: e.COOKIE_SECURE,
    logLevel: e.LOG_LEVEL,
    jobsEnabled: e.JOBS_ENABLED,
    support: {
      appealsPerMinute: e.APPEALS_PER_MINUTE,
      appealProofBits: e.APPEAL_POW_BITS,
      autoAssign: e.SUPPORT_AUTO_ASSIGN,
      retentionYears: e.RETENTION_YEARS,
      inboundPerSenderPerMinute: e.INBOUND_PER_SENDER_PER_MINUTE,
    },
    mail: { listenPort: e.SMTP_LISTEN_PORT, listenHost: e.SMTP_LISTEN_HOST, smtpUrl: e.SMTP_URL, from: e.MAIL_FROM },
    telegram: { botToken: e.TELEGRAM_BOT_TOKEN, apiBase: e.TELEGRAM_API_BASE.replace(/\/$/, ''), webhookSecret: e.TELEGRAM_WEBHOOK_SECRET },
    ...overrides,
  };
}
