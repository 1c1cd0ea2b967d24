import { and, eq, isNull, or } from 'drizzle-orm';
import type { Executor } from '../../platform/db';
import { supportCannedAnswers } from './support.tables';

/** Active ready answers: the topic's own first, then the general ones. */
export async function cannedAnswers(db: Executor, topicCode?: string) {
  const rows = await db
    .select()
    .from(supportCannedAnswers)
    .where(and(eq(supportCannedAnswers.active, true), topicCode ? or(eq(supportCannedAnswers.topicCode, topicCode), isNull(supportCannedAnswers.topicCode)) : undefined));
  return rows
    .sort((a, b) => Number(b.topicCode !== null) - Number(a.topicCode !== null))
    .map((r) => ({ id: r.id, title: r.title, body: r.body, topicCode: r.topicCode, active: r.active }));
}
