import type { SeededRandom } from '../../../lib/random';
import { almatyDay, almatyInstant, shiftDay, type WorkingCalendar } from '../calendar';
import { pick } from './support.demo.people';
import { applicantFollowUps, authorityRequests, documentRequests, notes, replies, type DemoLanguage } from './support.demo.texts';
import type { CaseStatus, Channel } from './support.schema';

/** Who wrote an entry: the staff member who registered the appeal, the one who holds the case, or nobody (the system). */
export type EntryAuthor = 'registrar' | 'assignee' | null;
export type PlannedEntry = { kind: 'message' | 'reply' | 'note' | 'event'; channel: string | null; author: EntryAuthor; body: string; meta: Record<string, unknown>; at: Date };

export type Lifecycle = {
  status: CaseStatus;
  dueAt: Date;
  pausedAt: Date | null;
  assignedAt: Date | null;
  firstResponseAt: Date | null;
  answeredAt: Date | null;
  closedAt: Date | null;
  lastApplicantAt: Date;
  updatedAt: Date;
  /** The case waited, or waits, for a government body: letters may concern it. */
  waitedForAuthority: boolean;
  entries: PlannedEntry[];
};

const hour = 3_600_000;
const day = 24 * hour;
const staffChannels: readonly Channel[] = ['front_office', 'call', 'back_office'];

/** Holding replies sent when a question goes to a government body. */
const holdingReplies: Record<DemoLanguage, string> = {
  kk: 'Сұрағыңыз бойынша уәкілетті мемлекеттік органға сұрау жіберілді. Жауап келген соң хабарлаймыз.',
  ru: 'По вашему вопросу направлен запрос в уполномоченный государственный орган. Сообщим, как только получим ответ.',
  en: 'We have asked the competent government body about your question and will write to you when it answers.',
};
const duplicateNotes = ['Қайталанған өтініш: алдыңғы өтініш бойынша жауап берілді.', 'Повторное обращение, ответ дан по предыдущему.'];

/** The next moment staff are at work (09:00–18:00 on working days) at or after an instant. */
function atWork(calendar: WorkingCalendar, at: Date, next: SeededRandom): Date {
  let today = almatyDay(at);
  const opens = almatyInstant(today, 9);
  const closes = almatyInstant(today, 18);
  if (calendar.isWorkingDay(today) && at >= opens && at < closes) return at;
  if (!calendar.isWorkingDay(today) || at >= closes) {
    do today = shiftDay(today, 1);
    while (!calendar.isWorkingDay(today));
  }
  return new Date(almatyInstant(today, 9).getTime() + next() * 2 * hour);
}

const later = (a: Date, ms: number) => new Date(a.getTime() + ms);
const between = (next: SeededRandom, min: number, max: number) => min + next() * (max - min);

/**
 * One case's history, as staff would have worked it: consultations answered
 * on the spot, others answered within or past the deadline, some put on hold
 * for the applicant or a government body with the deadline clock stopped as
 * the workflow stops it. Whatever would happen after `asOf` has not happened:
 * those cases are still open.
 */
export function planLifecycle(
  next: SeededRandom,
  calendar: WorkingCalendar,
  input: { channel: Channel; topicCode: string; language: DemoLanguage; createdAt: Date; deadlineWorkingDays: number; callSeconds: number },
  asOf: Date,
): Lifecycle {
  const { channel, language, createdAt } = input;
  const due0 = calendar.addWorkingDays(createdAt, input.deadlineWorkingDays);
  const entries: PlannedEntry[] = [];
  const staffRegistered = staffChannels.includes(channel);
  const replyMeta = { delivery: channel === 'email' || channel === 'telegram' ? 'sent' : 'portal' };
  const event = (at: Date, meta: Record<string, unknown>, author: EntryAuthor = 'assignee', body = '') => entries.push({ kind: 'event', channel: null, author, body, meta, at });
  const answer = pick(next, (replies[input.topicCode] ?? replies.other!)[language]);
  let status: CaseStatus = 'new';
  let assignedAt: Date | null = null;
  let firstResponseAt: Date | null = null;
  let answeredAt: Date | null = null;
  let closedAt: Date | null = null;
  let pausedAt: Date | null = null;
  let dueAt = due0;
  let lastApplicantAt = createdAt;
  let waitedForAuthority = false;
  const done = (at: Date) => at <= asOf;
  const result = () => ({ status, dueAt, pausedAt, assignedAt, firstResponseAt, answeredAt, closedAt, lastApplicantAt, updatedAt: [createdAt, ...entries.map((e) => e.at)].reduce((a, b) => (b > a ? b : a)), waitedForAuthority, entries });

  const quickChance = channel === 'call' ? 0.7 : channel === 'front_office' ? 0.55 : channel === 'back_office' ? 0.03 : 0.25;
  if (next() < quickChance) {
    // A consultation: answered during the visit or the call, or within hours in a chat.
    const at = staffRegistered ? later(createdAt, channel === 'call' ? input.callSeconds * 1000 : between(next, 5, 40) * 60_000) : atWork(calendar, later(createdAt, between(next, 0.3, 5) * hour), next);
    if (!done(at)) return result();
    entries.push({ kind: 'reply', channel, author: staffRegistered ? 'registrar' : 'assignee', body: answer, meta: replyMeta, at });
    event(at, { event: 'status', from: 'new', to: 'answered' }, staffRegistered ? 'registrar' : 'assignee');
    assignedAt = firstResponseAt = answeredAt = at;
    status = 'answered';
    const close = staffRegistered ? later(at, between(next, 1, 20) * 60_000) : atWork(calendar, later(at, between(next, 1, 5) * day), next);
    if (done(close)) {
      event(close, { event: 'status', from: 'answered', to: 'closed' }, staffRegistered ? 'registrar' : 'assignee');
      closedAt = close;
      status = 'closed';
    }
    return result();
  }

  const assignAt = later(createdAt, between(next, 2, 30) * 60_000);
  if (!done(assignAt)) return result();
  event(assignAt, { event: 'assigned', from: null, to: 'assignee', automatic: true }, null);
  assignedAt = assignAt;
  status = 'assigned';

  if (channel !== 'front_office' && channel !== 'call' && next() < 0.04) {
    // A repeated message: closed with a note, never answered on its own.
    const at = atWork(calendar, later(createdAt, between(next, 1, 30) * hour), next);
    if (done(at)) {
      entries.push({ kind: 'note', channel: null, author: 'assignee', body: pick(next, duplicateNotes), meta: {}, at });
      event(at, { event: 'status', from: 'assigned', to: 'closed' });
      closedAt = at;
      status = 'closed';
    }
    return result();
  }

  let cursor = atWork(calendar, later(createdAt, (channel === 'back_office' ? between(next, 1, 5) * day : between(next, 1, 40) * hour)), next);
  if (!done(cursor)) return result();
  status = 'in_progress';
  event(cursor, { event: 'status', from: 'assigned', to: 'in_progress' });
  if (next() < 0.18) entries.push({ kind: 'note', channel: null, author: 'assignee', body: pick(next, notes), meta: {}, at: later(cursor, 10 * 60_000) });

  const wait = next();
  if (wait < 0.14) {
    // Documents are missing: the reply asks for them and the clock stops until the applicant writes.
    entries.push({ kind: 'reply', channel, author: 'assignee', body: pick(next, documentRequests[language]), meta: replyMeta, at: cursor });
    event(cursor, { event: 'status', from: 'in_progress', to: 'waiting_applicant' });
    firstResponseAt = pausedAt = cursor;
    status = 'waiting_applicant';
    const back = later(cursor, between(next, 1, 14) * day + between(next, 0, 10) * hour);
    if (!done(back)) return result();
    entries.push({ kind: 'message', channel, author: null, body: pick(next, applicantFollowUps[language]), meta: {}, at: back });
    event(back, { event: 'reopened', from: 'waiting_applicant', to: 'in_progress' }, null);
    dueAt = later(dueAt, back.getTime() - cursor.getTime());
    lastApplicantAt = back;
    pausedAt = null;
    status = 'in_progress';
    cursor = back;
  } else if (wait < 0.24) {
    // The answer depends on a government body: a holding reply, a request, and the clock stops until it answers.
    waitedForAuthority = true;
    entries.push({ kind: 'reply', channel, author: 'assignee', body: holdingReplies[language], meta: replyMeta, at: cursor });
    entries.push({ kind: 'note', channel: null, author: 'assignee', body: pick(next, authorityRequests), meta: {}, at: later(cursor, 5 * 60_000) });
    event(later(cursor, 6 * 60_000), { event: 'status', from: 'in_progress', to: 'waiting_authority' });
    firstResponseAt = cursor;
    pausedAt = later(cursor, 6 * 60_000);
    status = 'waiting_authority';
    const back = atWork(calendar, later(pausedAt, between(next, 8, 45) * day), next);
    if (!done(back)) return result();
    event(back, { event: 'status', from: 'waiting_authority', to: 'in_progress' }, 'assignee', 'Мемлекеттік органнан жауап келді.');
    dueAt = later(dueAt, back.getTime() - pausedAt.getTime());
    pausedAt = null;
    status = 'in_progress';
    cursor = back;
  }

  // Most answers come before the deadline, some after it; a few cases are forgotten.
  if (next() < 0.01) return result();
  const r = next();
  const fraction = r < 0.82 ? between(next, 0.1, 0.95) : r < 0.95 ? between(next, 1.05, 1.7) : between(next, 0.02, 0.1);
  const target = later(createdAt, (dueAt.getTime() - createdAt.getTime()) * fraction);
  const answerAt = atWork(calendar, target > cursor ? target : later(cursor, between(next, 1, 20) * hour), next);
  if (!done(answerAt)) return result();
  entries.push({ kind: 'reply', channel, author: 'assignee', body: answer, meta: replyMeta, at: answerAt });
  event(answerAt, { event: 'status', from: 'in_progress', to: 'answered' });
  firstResponseAt ??= answerAt;
  answeredAt = answerAt;
  status = 'answered';
  const closeAt = atWork(calendar, later(answerAt, between(next, 0.5, 8) * day), next);
  if (done(closeAt)) {
    event(closeAt, { event: 'status', from: 'answered', to: 'closed' });
    closedAt = closeAt;
    status = 'closed';
  }
  return result();
}
