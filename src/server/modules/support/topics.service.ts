import { asc, eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit';
import type { Executor } from '../../platform/db';
import { errors } from '../../platform/errors';
import type { RequestMeta } from '../../platform/http';
import { supportCannedAnswers, supportTopics } from './support.tables';
import type { Team, TopicDto, TopicUpdateInput } from './support.schema';
import { cannedAnswerSeeds } from './canned-answers.seed';
import { topicSeeds } from './topics.seed';

type TopicRow = typeof supportTopics.$inferSelect;

export const toTopicDto = (row: TopicRow): TopicDto => ({
  code: row.code,
  name: row.name,
  description: row.description,
  team: row.team as Team,
  deadlineWorkingDays: row.deadlineWorkingDays,
  fields: row.fields,
  documents: row.documents,
  keywords: row.keywords,
  active: row.active,
  sortOrder: row.sortOrder,
});

export async function seedSupportReference(db: Executor): Promise<void> {
  await db
    .insert(supportTopics)
    .values(topicSeeds.map((t, i) => ({ ...t, sortOrder: i * 10 })))
    .onConflictDoNothing();
  const [existing] = await db.select({ id: supportCannedAnswers.id }).from(supportCannedAnswers).limit(1);
  if (!existing) await db.insert(supportCannedAnswers).values(cannedAnswerSeeds);
  forgetTopics();
}

/** Intake reads topics on every appeal: each process keeps them for a minute, or until an edit here. */
let cache: { topics: Map<string, TopicRow>; loadedAt: number } | null = null;
const cacheTtlMs = 60_000;

export function forgetTopics(): void {
  cache = null;
}

export async function topicsByCode(db: Executor): Promise<Map<string, TopicRow>> {
  if (cache && Date.now() - cache.loadedAt < cacheTtlMs) return cache.topics;
  const rows = await db.select().from(supportTopics).orderBy(asc(supportTopics.sortOrder), asc(supportTopics.code));
  cache = { topics: new Map(rows.map((r) => [r.code, r])), loadedAt: Date.now() };
  return cache.topics;
}

export async function listTopics(db: Executor, includeInactive: boolean): Promise<TopicDto[]> {
  const topics = [...(await topicsByCode(db)).values()];
  return topics.filter((t) => includeInactive || t.active).map(toTopicDto);
}

/** An active topic, or a 422 naming the field, for intake. */
export async function activeTopic(db: Executor, code: string, path = 'json.topic'): Promise<TopicRow> {
  const topic = (await topicsByCode(db)).get(code);
  if (!topic || !topic.active) throw errors.validation([{ path, code: 'unknown_topic', message: '' }]);
  return topic;
}

export async function updateTopic(db: Executor, meta: RequestMeta, code: string, input: TopicUpdateInput): Promise<TopicDto> {
  const values = { ...input, updatedBy: meta.actor?.id ?? null, updatedAt: new Date() };
  const [row] = await db
    .insert(supportTopics)
    .values({ code, ...values })
    .onConflictDoUpdate({ target: supportTopics.code, set: values })
    .returning();
  await recordAudit(db, meta, { action: 'support_topic.put', entityType: 'support_topic', entityId: code, details: { deadlineWorkingDays: input.deadlineWorkingDays, team: input.team, active: input.active } });
  forgetTopics();
  return toTopicDto(row!);
}

export async function getTopic(db: Executor, code: string): Promise<TopicDto> {
  const [row] = await db.select().from(supportTopics).where(eq(supportTopics.code, code));
  if (!row) throw errors.notFound('topic');
  return toTopicDto(row);
}
