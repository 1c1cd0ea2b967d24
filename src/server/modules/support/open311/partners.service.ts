import { createHash, randomBytes } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit';
import type { Db, Executor } from '../../../platform/db';
import { AppError, errors } from '../../../platform/errors';
import type { RequestMeta } from '../../../platform/http';
import { supportPartners } from '../support.tables';

export type Partner = { id: string; name: string };

export const hashApiKey = (apiKey: string) => createHash('sha256').update(apiKey, 'utf8').digest('hex');

/**
 * Registers an organisation that files appeals through Open311. The key is
 * returned here once; only its hash is kept.
 */
export async function createPartner(db: Db, meta: RequestMeta, name: string): Promise<Partner & { apiKey: string }> {
  const trimmed = name.trim();
  if (trimmed.length < 2 || trimmed.length > 200) throw errors.validation([{ path: 'name', code: trimmed.length < 2 ? 'required' : 'custom', message: '' }]);
  const apiKey = `o311_${randomBytes(24).toString('base64url')}`;
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(supportPartners).values({ name: trimmed, apiKeyHash: hashApiKey(apiKey) }).returning({ id: supportPartners.id });
    await recordAudit(tx, meta, { action: 'support_partner.create', entityType: 'support_partner', entityId: row!.id, details: { name: trimmed } });
    return { id: row!.id, name: trimmed, apiKey };
  });
}

export type PartnerRecord = Partner & { active: boolean; createdAt: string; lastUsedAt: string | null };

/** Every registered partner, without keys (only their hashes are kept). */
export async function listPartners(db: Executor): Promise<PartnerRecord[]> {
  const rows = await db.select().from(supportPartners).orderBy(asc(supportPartners.createdAt));
  return rows.map((r) => ({ id: r.id, name: r.name, active: r.active, createdAt: r.createdAt.toISOString(), lastUsedAt: r.lastUsedAt?.toISOString() ?? null }));
}

/** Stops (or restores) a partner's key at once: its next call gets 403. */
export async function setPartnerActive(db: Db, meta: RequestMeta, id: string, active: boolean): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx.update(supportPartners).set({ active }).where(eq(supportPartners.id, id)).returning({ id: supportPartners.id });
    if (!row) throw errors.notFound('partner');
    await recordAudit(tx, meta, { action: active ? 'support_partner.enable' : 'support_partner.disable', entityType: 'support_partner', entityId: id });
  });
}

/** The active partner holding `apiKey`, or a 403. The key is looked up by its hash, so its bytes are never compared. */
export async function partnerForKey(db: Executor, apiKey: unknown): Promise<Partner> {
  if (typeof apiKey !== 'string' || !apiKey) throw new AppError('api_key_required', 403);
  if (apiKey.length > 200) throw new AppError('api_key_invalid', 403);
  const [row] = await db.select().from(supportPartners).where(eq(supportPartners.apiKeyHash, hashApiKey(apiKey)));
  if (!row || !row.active) throw new AppError('api_key_invalid', 403);
  // A minute's precision is enough to see which partners are live, without a write per call.
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await db.update(supportPartners).set({ lastUsedAt: new Date() }).where(eq(supportPartners.id, row.id));
  }
  return { id: row.id, name: row.name };
}
