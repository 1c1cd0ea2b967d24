import { and, eq, inArray, isNotNull, isNull, lt } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit';
import type { Executor } from '../../platform/db';
import { errors } from '../../platform/errors';
import type { RequestMeta } from '../../platform/http';
import { anonymizePersonRecords, personClusterIds, personRecordForExport } from '../people';
import { supportAttachments, supportCaseEntries, supportCases, supportTasks } from './support.tables';

/**
 * What anonymisation keeps: topic, channel, region, team, status and the
 * dates, so statistics stay whole. Names, messages, files, contact details
 * and the applicant's link to the registry go.
 */
async function anonymizeCases(db: Executor, caseIds: string[], now: Date): Promise<void> {
  if (!caseIds.length) return;
  await db.delete(supportAttachments).where(inArray(supportAttachments.caseId, caseIds));
  await db.update(supportCaseEntries).set({ body: '', meta: {}, externalId: null }).where(inArray(supportCaseEntries.caseId, caseIds));
  await db.update(supportTasks).set({ note: '' }).where(inArray(supportTasks.caseId, caseIds));
  await db
    .update(supportCases)
    .set({ applicantName: '—', subject: '—', fields: {}, channelDetails: {}, searchText: null, accessCodeSealed: null, idempotencyKey: null, anonymizedAt: now, updatedAt: now })
    .where(inArray(supportCases.id, caseIds));
}

/** The retention rule: closed cases older than the configured years are anonymised, a batch at a time. */
export async function anonymizeExpiredCases(db: Executor, retentionYears: number, now = new Date(), batch = 500): Promise<number> {
  const cutoff = new Date(now);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - retentionYears);
  const expired = await db
    .select({ id: supportCases.id })
    .from(supportCases)
    .where(and(eq(supportCases.status, 'closed'), isNotNull(supportCases.closedAt), lt(supportCases.closedAt, cutoff), isNull(supportCases.anonymizedAt)))
    .limit(batch);
  await anonymizeCases(db, expired.map((r) => r.id), now);
  if (expired.length) {
    await recordAudit(db, { actor: null, ip: null, requestId: 'retention' }, { action: 'case.retention_anonymize', entityType: 'case', details: { count: expired.length, retentionYears } });
  }
  return expired.length;
}

/** Subject access: everything held on one person, across all their records and cases. Audited. */
export async function exportPersonData(db: Executor, meta: RequestMeta, personId: string) {
  const person = await personRecordForExport(db, personId);
  const cases = await db.select().from(supportCases).where(inArray(supportCases.personId, person.clusterIds));
  const caseIds = cases.map((c) => c.id);
  const entries = caseIds.length ? await db.select().from(supportCaseEntries).where(inArray(supportCaseEntries.caseId, caseIds)) : [];
  const files = caseIds.length
    ? await db
        .select({ id: supportAttachments.id, caseId: supportAttachments.caseId, fileName: supportAttachments.fileName, mediaType: supportAttachments.mediaType, sizeBytes: supportAttachments.sizeBytes, sha256: supportAttachments.sha256 })
        .from(supportAttachments)
        .where(inArray(supportAttachments.caseId, caseIds))
    : [];
  await recordAudit(db, meta, { action: 'person.export', entityType: 'person', entityId: personId, details: { cases: cases.length } });
  return {
    exportedAt: new Date().toISOString(),
    person: { records: person.records, identifiers: person.identifiers, merges: person.merges },
    cases: cases.map(({ accessCodeHash: _h, accessCodeSealed: _s, searchText: _t, searchVector: _v, idempotencyFingerprint: _f, ...rest }) => ({
      ...rest,
      entries: entries.filter((e) => e.caseId === rest.id),
      attachments: files.filter((f) => f.caseId === rest.id),
    })),
  };
}

/** Anonymises a person on request: every record of theirs and every case they filed. Audited. */
export async function anonymizePerson(db: Executor, meta: RequestMeta, personId: string): Promise<{ cases: number }> {
  const clusterIds = await personClusterIds(db, personId);
  if (!clusterIds.length) throw errors.notFound('person');
  const cases = await db.select({ id: supportCases.id }).from(supportCases).where(inArray(supportCases.personId, clusterIds));
  const now = new Date();
  await anonymizeCases(db, cases.map((c) => c.id), now);
  await anonymizePersonRecords(db, clusterIds);
  await recordAudit(db, meta, { action: 'person.anonymize', entityType: 'person', entityId: personId, details: { cases: cases.length, records: clusterIds.length } });
  return { cases: cases.length };
}

/** Retried-request codes are kept for a day only. */
export async function clearSealedAccessCodes(db: Executor, now = new Date()): Promise<number> {
  const rows = await db
    .update(supportCases)
    .set({ accessCodeSealed: null })
    .where(and(isNotNull(supportCases.accessCodeSealed), lt(supportCases.createdAt, new Date(now.getTime() - 24 * 3_600_000))))
    .returning({ id: supportCases.id });
  return rows.length;
}
