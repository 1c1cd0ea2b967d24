import type { TFunction } from 'i18next';
import type { Language } from '../../../lib/i18n';
import type { Config } from '../config';
import type { Db } from '../db';
import type { Logger } from '../logger';
import type { Role } from '../rbac';

/** Who is calling: a signed-in staff member. */
export type Actor = {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  regionCode: string | null;
  mustChangePassword: boolean;
};

/** What a service needs to know about the caller, for rules and the audit log. */
export type RequestMeta = {
  actor: Actor | null;
  ip: string | null;
  requestId: string | null;
};

export type AppDeps = {
  db: Db;
  config: Config;
  logger: Logger;
};

export type AppVariables = AppDeps & {
  requestId: string;
  lang: Language;
  t: TFunction;
  ip: string | null;
  actor: Actor | null;
  sessionTokenHash: string | null;
  csrfToken: string | null;
  /** A session cookie came but was unknown or expired. */
  sessionRejected: boolean;
};

export type AppEnv = { Variables: AppVariables };

export function requestMeta(c: { var: AppVariables }): RequestMeta {
  return { actor: c.var.actor, ip: c.var.ip, requestId: c.var.requestId };
}
