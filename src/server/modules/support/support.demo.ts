import { randomBytes, randomUUID } from 'node:crypto';
import { and, asc, eq, getTableColumns, like, sql, type InferInsertModel } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { staffUsers } from '../../platform/auth';
import type { Db, Executor } from '../../platform/db';
import { seededRandom } from '../../../lib/random';
import { almatyDay, almatyInstant, loadWorkingCalendar } from '../calendar';
import { matchPendingPeople, personSearchText } from '../people';
// Demo people are written in bulk, with the registry's own search text and identifiers.
import { people, personIdentifiers } from '../people/people.tables';
import { generateAccessCode, hashAccessCode } from './access-codes';
import { caseSearchText, consentVersion, subjectOf } from './intake';
import type { EntryAuthor } from './support.demo.lifecycle';
import { planDemoCases, type DemoPeriod, type PlannedCase } from './support.demo.plan';
import { supportCaseEntries, supportCases } from './support.tables';
import { topicsByCode } from './topics.service';

export { demoChannelCounts, demoFrontOffices, type DemoPeriod } from './support.demo.plan';

/** Demo staff accounts are recognised by their e-mail domain. */
const demoStaffDomain = '@demo.otandas.kz';

type StaffPick = { id: string; role: string; regionCode: string | null };

/** Who holds a case: the team's demo account (of the region, for a front office), else the demo admin. */
function staffChooser(staff: StaffPick[]) {
  const admin = staff.find((s) => s.role === 'admin')?.id ?? null;
  const byRole = (role: string, region: string | null) => staff.find((s) => s.role === role && (role !== 'front_office' || s.regionCode === region))?.id;
  const forTeam = (team: string, region: string | null) => byRole(team === 'contact_center' ? 'operator' : team, region) ?? (team === 'contact_center' ? admin : byRole('operator', null) ?? admin);
  const registrar = (c: PlannedCase) =>
    c.channel === 'front_office' ? byRole('front_office', c.regionCode) ?? admin : c.channel === 'back_office' ? forTeam('back_office', null) : c.channel === 'call' ? forTeam('contact_center', null) : null;
  return { forTeam, registrar };
}

/**
 * Inserts rows a few thousand at a time, each batch as one JSON parameter
 * spread by jsonb_to_recordset: on PGlite this is several times faster than
 * a multi-row VALUES with a bind parameter per cell. Column names and types
 * come from the Drizzle table, so rows are typed as for insert().
 */
async function bulkInsert<T extends PgTable>(db: Executor, table: T, rows: Array<InferInsertModel<T>>, batch = 3000): Promise<void> {
  if (!rows.length) return;
  const columns = Object.entries(getTableColumns(table)).filter(([key]) => key in rows[0]!);
  const names = sql.raw(columns.map(([, c]) => `"${c.name}"`).join(', '));
  const shape = sql.raw(columns.map(([, c]) => `"${c.name}" ${c.getSQLType()}`).join(', '));
  for (let i = 0; i < rows.length; i += batch) {
    const json = rows.slice(i, i + batch).map((row) => Object.fromEntries(columns.map(([key, c]) => [c.name, (row as Record<string, unknown>)[key] ?? null])));
    await db.execute(sql`insert into ${table} (${names}) select ${names} from jsonb_to_recordset(${JSON.stringify(json)}::jsonb) as r(${shape})`);
  }
}

/**
 * Demo appeals for the half-year `period`, in the proportions of the
 * foundation's report: people who write in Kazakh, Russian or English, some
 * through several channels, cases in every state of the workflow with their
 * timelines. Everything is marked demo. Does nothing when demo cases exist.
 *
 * Rows are written in batches rather than through createCase one by one, so
 * the demo loads in seconds at start; every invariant intake keeps is kept
 * here with the same functions: numbers from the case sequence, the search
 * text, the person's identifiers and name index, the first message.
 */
export async function seedDemoCases(db: Db, options: { period: DemoPeriod; now?: Date; seed?: number }): Promise<{ cases: number; people: number }> {
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: supportCases.id }).from(supportCases).where(eq(supportCases.demo, true)).limit(1);
    if (existing) return { cases: 0, people: 0 };
    const now = options.now ?? new Date();
    const periodEnd = almatyInstant(options.period.to, 19);
    const asOf = periodEnd < now ? periodEnd : now;
    const topics = new Map([...(await topicsByCode(tx))].map(([code, t]) => [code, { deadlineWorkingDays: t.deadlineWorkingDays, team: t.team, documents: t.documents.map((d) => d.code) }]));
    const calendar = await loadWorkingCalendar(tx);
    const plan = planDemoCases(seededRandom(options.seed ?? 20_210_630), { calendar, period: options.period, topics, asOf });
    const staff = await tx
      .select({ id: staffUsers.id, role: staffUsers.role, regionCode: staffUsers.regionCode })
      .from(staffUsers)
      .where(and(like(staffUsers.email, `%${demoStaffDomain}`), eq(staffUsers.active, true)))
      .orderBy(asc(staffUsers.email));
    const chooser = staffChooser(staff);
    await bulkInsert(
      tx,
      people,
      plan.people.map((p) => ({
        id: p.id,
        fullName: p.fullName,
        nameLatin: p.nameLatin,
        birthDate: p.birthDate,
        iin: p.iin,
        country: p.country,
        regionCode: p.regionCode,
        language: p.language,
        searchText: personSearchText(p.fullName),
        matchCheckedAt: p.matchPending ? null : p.createdAt,
        demo: true,
        createdAt: p.createdAt,
        updatedAt: p.createdAt,
      })),
    );
    const identifiers = new Map<string, typeof personIdentifiers.$inferInsert>();
    for (const c of plan.cases) {
      for (const i of c.presented) {
        const key = `${c.personId}|${i.kind}|${i.value}`;
        if (!identifiers.has(key)) identifiers.set(key, { personId: c.personId, kind: i.kind, value: i.value, channel: c.channel, firstSeenAt: c.createdAt });
      }
    }
    await bulkInsert(tx, personIdentifiers, [...identifiers.values()]);
    const numbers = await tx.execute<{ n: string }>(sql`select nextval('support_case_number_seq')::text as n from generate_series(1, ${plan.cases.length})`);
    const serials = numbers.rows.map((r) => Number(r.n)).sort((a, b) => a - b);
    // The access code is thrown away: demo cases are not for the public status page.
    const codeSecret = randomBytes(32).toString('hex');
    const rows = plan.cases.map((c, i) => {
      const id = randomUUID();
      const assigneeId = c.assignedAt ? (c.entries.some((e) => e.author === 'registrar' && e.kind === 'reply') ? chooser.registrar(c) : chooser.forTeam(c.team, c.regionCode)) ?? null : null;
      const subject = subjectOf(c.message);
      return { plan: c, id, assigneeId, registrarId: chooser.registrar(c) ?? null, values: {
        id,
        number: `${almatyDay(c.createdAt).slice(0, 4)}-${String(serials[i]).padStart(6, '0')}`,
        accessCodeHash: hashAccessCode(codeSecret, id, generateAccessCode()),
        topicCode: c.topicCode,
        channel: c.channel,
        status: c.status,
        regionCode: c.regionCode,
        team: c.team,
        personId: c.personId,
        applicantName: c.applicantName,
        language: c.language,
        subject,
        assigneeId,
        assignedAt: assigneeId ? c.assignedAt : null,
        fields: c.fields,
        documentsSeen: c.documentsSeen,
        channelDetails: c.channelDetails,
        consentAt: c.consent ? c.createdAt : null,
        consentVersion: c.consent ? consentVersion : null,
        dueAt: c.dueAt,
        pausedAt: c.pausedAt,
        firstResponseAt: c.firstResponseAt,
        answeredAt: c.answeredAt,
        closedAt: c.closedAt,
        lastApplicantAt: c.lastApplicantAt,
        searchText: caseSearchText(c.applicantName, subject, c.language),
        demo: true,
        createdAt: c.createdAt,
        updatedAt: c.updatedAt,
      } satisfies typeof supportCases.$inferInsert };
    });
    await bulkInsert(tx, supportCases, rows.map((r) => r.values));
    const author = (who: EntryAuthor, row: (typeof rows)[number]) => (who === 'registrar' ? row.registrarId : who === 'assignee' ? row.assigneeId : null);
    const entries = rows.flatMap((row) => [
      { caseId: row.id, kind: 'message', channel: row.plan.channel, authorId: row.registrarId, body: row.plan.message, meta: {}, createdAt: row.plan.createdAt },
      ...[...row.plan.entries]
        .sort((a, b) => a.at.getTime() - b.at.getTime())
        .map((e) => ({
          caseId: row.id,
          kind: e.kind,
          channel: e.channel,
          authorId: author(e.author, row),
          body: e.body,
          meta: e.meta.event === 'assigned' ? { ...e.meta, to: row.assigneeId } : e.meta,
          createdAt: e.at,
        })),
    ]);
    await bulkInsert(tx, supportCaseEntries, entries);
    // Only the differently spelled records wait for the matcher; its proposals fill the review queue at once.
    await matchPendingPeople(tx);
    return { cases: rows.length, people: plan.people.length };
  });
}

/** Demo cases that waited, or wait, for a government body, oldest first: the demo letters concern them. */
export async function demoAuthorityCaseIds(db: Executor): Promise<string[]> {
  const rows = await db
    .selectDistinct({ id: supportCases.id, createdAt: supportCases.createdAt })
    .from(supportCases)
    .innerJoin(supportCaseEntries, eq(supportCaseEntries.caseId, supportCases.id))
    .where(and(eq(supportCases.demo, true), eq(supportCaseEntries.kind, 'event'), sql`${supportCaseEntries.meta}->>'to' = 'waiting_authority'`))
    .orderBy(asc(supportCases.createdAt));
  return rows.map((r) => r.id);
}

