import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { staffUsers } from '../../platform/auth';
import type { Actor } from '../../platform/http';
import { createTestApp, type TestApp } from '../../platform/testing';
import { seededRandom } from '../../../lib/random';
import { isValidIin } from '../../../lib/identity';
import { seedDemo } from '../../seed';
import { loadWorkingCalendar, almatyDay } from '../calendar';
import { demoPeriod } from '../correspondence';
import { letterCases, letters } from '../correspondence/correspondence.tables';
import { people, personIdentifiers, personMatchProposals } from '../people/people.tables';
import { listCases } from './inbox';
import { demoChannelCounts, demoFrontOffices } from './support.demo';
import { planDemoCases } from './support.demo.plan';
import { supportCaseEntries, supportCases } from './support.tables';
import { topicsByCode } from './topics.service';

/** Mid-June: the period runs from late December, and the latest appeals are still being worked. */
const now = new Date('2026-06-19T09:00:00Z');
const period = demoPeriod('2026-06-19');
const openStatuses = ['new', 'assigned', 'in_progress', 'waiting_applicant', 'waiting_authority'];
const groupBy = <T>(items: T[], key: (item: T) => string) => {
  const groups: Record<string, T[]> = {};
  for (const item of items) (groups[key(item)] ??= []).push(item);
  return groups;
};

describe('demo appeals', () => {
  let t: TestApp;
  let cases: Array<typeof supportCases.$inferSelect>;
  let admin: Actor;
  let seededMs = 0;
  before(async () => {
    t = await createTestApp();
    const started = performance.now();
    const result = await seedDemo(t.database.db, undefined, now);
    seededMs = performance.now() - started;
    assert.ok(result.staff > 0 && result.cases > 0 && result.letters > 0, JSON.stringify(result));
    cases = await t.database.db.select().from(supportCases);
    const [row] = await t.database.db.select().from(staffUsers).where(eq(staffUsers.role, 'admin'));
    admin = { id: row!.id, email: row!.email, displayName: row!.displayName, role: 'admin', regionCode: null, mustChangePassword: false };
  });
  after(async () => t.close());

  it('follows the report: 2,375 appeals in its channel proportions, all marked demo, within the period', (ctx) => {
    ctx.diagnostic(`seeded in ${Math.round(seededMs)} ms`);
    assert.equal(cases.length, 2375);
    const byChannel = Object.fromEntries(Object.keys(demoChannelCounts).map((c) => [c, cases.filter((x) => x.channel === c).length]));
    assert.deepEqual(byChannel, demoChannelCounts);
    assert.equal(byChannel.front_office, 1227);
    assert.equal(byChannel.email! + byChannel.telegram! + byChannel.web!, 531);
    assert.ok(cases.every((c) => c.demo));
    const days = cases.map((c) => almatyDay(c.createdAt)).sort();
    assert.ok(days[0]! >= period.from && days.at(-1)! <= period.to, `${days[0]} … ${days.at(-1)}`);
    const months = new Set(days.map((d) => d.slice(0, 7)));
    assert.ok(months.size >= 6, [...months].join());
  });

  it('puts walk-ins in the nine front offices and weights topics and languages plausibly', async () => {
    const walkInRegions = new Set(cases.filter((c) => c.channel === 'front_office').map((c) => c.regionCode));
    assert.deepEqual([...walkInRegions].sort(), demoFrontOffices.map((f) => f.code).sort());
    const count = (f: (c: (typeof cases)[number]) => boolean) => cases.filter(f).length;
    const topicCounts = Object.entries(groupBy(cases, (c) => c.topicCode)).map(([code, list]) => [code, list!.length] as const).sort((a, b) => b[1] - a[1]);
    const top5 = topicCounts.slice(0, 5).map(([code]) => code);
    for (const code of ['iin', 'kandas_status', 'regional_quota']) assert.ok(top5.includes(code), `${code} among the most frequent: ${top5}`);
    const [kk, ru, en] = ['kk', 'ru', 'en'].map((l) => count((c) => c.language === l));
    assert.ok(kk! > ru! && ru! > en! && en! > 0, `kk ${kk}, ru ${ru}, en ${en}`);
    assert.ok(kk! / cases.length > 0.5);
    // Offices and the phone line work on working days and in office hours.
    const calendar = await loadWorkingCalendar(t.database.db);
    const office = cases.filter((c) => c.channel === 'front_office' || c.channel === 'call' || c.channel === 'back_office');
    assert.ok(office.every((c) => calendar.isWorkingDay(almatyDay(c.createdAt))));
    const hourOf = (d: Date) => Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Almaty', hour: '2-digit', hourCycle: 'h23' }).format(d));
    assert.ok(office.every((c) => hourOf(c.createdAt) >= 9 && hourOf(c.createdAt) < 18));
    const messages = cases.filter((c) => !office.includes(c));
    const offHours = messages.filter((c) => hourOf(c.createdAt) < 9 || hourOf(c.createdAt) >= 19 || !calendar.isWorkingDay(almatyDay(c.createdAt))).length;
    assert.ok(offHours > 0 && offHours < messages.length / 2, `${offHours} of ${messages.length} messages out of hours`);
  });

  it('has people who come back through other channels, linked by a shared phone or IIN', async () => {
    const db = t.database.db;
    const channelsByPerson = new Map<string, Set<string>>();
    for (const c of cases) channelsByPerson.set(c.personId, (channelsByPerson.get(c.personId) ?? new Set()).add(c.channel));
    const crossChannel = cases.filter((c) => channelsByPerson.get(c.personId)!.size > 1).length / cases.length;
    assert.ok(crossChannel >= 0.15 && crossChannel <= 0.2, `share of appeals from people seen in another channel: ${crossChannel}`);
    const recurring = [...channelsByPerson].filter(([, channels]) => channels.size > 1).map(([id]) => id);
    const ids = await db.select().from(personIdentifiers).where(inArray(personIdentifiers.personId, recurring));
    for (const personId of recurring) {
      const kinds = new Set(ids.filter((i) => i.personId === personId).map((i) => i.kind));
      assert.ok(kinds.has('phone'), 'a person who comes back is known by phone');
    }
    const persons = await db.select().from(people).where(inArray(people.id, [...channelsByPerson.keys()]));
    assert.equal(persons.length, channelsByPerson.size);
    assert.ok(persons.every((p) => p.demo && p.searchText));
    assert.ok(persons.filter((p) => p.iin).every((p) => isValidIin(p.iin!)));
    assert.ok(persons.filter((p) => p.iin).length > persons.length / 3);
    const phones = ids.filter((i) => i.kind === 'phone').map((i) => i.value);
    for (const prefix of ['+77', '+976', '+86', '+998', '+90', '+79']) assert.ok(phones.some((p) => p.startsWith(prefix)), prefix);
    const emails = (await db.select({ value: personIdentifiers.value }).from(personIdentifiers).where(eq(personIdentifiers.kind, 'email'))).map((r) => r.value);
    assert.ok(emails.length > 0 && emails.every((e) => /@example\.(org|com|net)$/.test(e)));
    // Names in Latin and in töte come with the messages.
    assert.ok(cases.some((c) => /^[A-Za-z]/.test(c.applicantName)));
    assert.ok(cases.some((c) => /[\u0600-\u06ff]/.test(c.applicantName)));
  });

  it('fills the match-review queue with differently spelled records of the same person', async () => {
    const proposals = await t.database.db.select().from(personMatchProposals).where(eq(personMatchProposals.status, 'open'));
    assert.ok(proposals.length >= 5, `${proposals.length} proposals`);
    const pairs = await t.database.db.select().from(people).where(inArray(people.id, proposals.flatMap((p) => [p.personId, p.candidateId])));
    for (const proposal of proposals) {
      const [a, b] = [pairs.find((p) => p.id === proposal.personId)!, pairs.find((p) => p.id === proposal.candidateId)!];
      assert.equal(a.birthDate, b.birthDate);
      assert.notEqual(a.fullName, b.fullName);
    }
  });

  it('keeps the workflow invariants on every case', async () => {
    const entries = await t.database.db.select().from(supportCaseEntries).orderBy(supportCaseEntries.id);
    const byCase = groupBy(entries, (e) => e.caseId);
    for (const c of cases) {
      const label = `${c.number} ${c.status}`;
      if (c.firstResponseAt) assert.ok(c.firstResponseAt >= c.createdAt, label);
      if (c.answeredAt) assert.ok(c.firstResponseAt && c.answeredAt >= c.firstResponseAt, label);
      if (c.closedAt) assert.ok(c.closedAt >= (c.answeredAt ?? c.createdAt), label);
      assert.equal(c.answeredAt !== null, ['answered', 'closed'].includes(c.status) && (c.status === 'answered' || c.answeredAt !== null), label);
      assert.equal(c.closedAt !== null, c.status === 'closed', label);
      assert.equal(c.pausedAt !== null, c.status.startsWith('waiting_'), label);
      assert.ok(c.dueAt > c.createdAt && c.searchText, label);
      assert.equal(c.assigneeId === null, c.status === 'new', label);
      const timeline = byCase[c.id]!;
      assert.equal(timeline[0]!.kind, 'message', label);
      assert.ok(timeline.every((e, i) => i === 0 || e.createdAt >= timeline[i - 1]!.createdAt), `${label}: timeline in order`);
      assert.equal(timeline.some((e) => e.kind === 'reply'), c.firstResponseAt !== null, label);
    }
    const numbers = [...cases].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()).map((c) => Number(c.number.slice(5)));
    assert.ok(numbers.every((n, i) => i === 0 || n > numbers[i - 1]!), 'numbers follow the order of arrival');
    assert.ok(entries.some((e) => e.kind === 'note') && entries.some((e) => e.kind === 'reply' && e.authorId));
  });

  it('has mostly closed cases, some late, some on hold, and open ones among the latest', () => {
    const closed = cases.filter((c) => c.status === 'closed').length / cases.length;
    assert.ok(closed > 0.7, `closed ${closed}`);
    const answered = cases.filter((c) => c.answeredAt);
    const late = answered.filter((c) => c.answeredAt! > c.dueAt).length / answered.length;
    assert.ok(late > 0.03 && late < 0.2, `answered late ${late}`);
    for (const status of ['waiting_applicant', 'waiting_authority', 'in_progress', 'answered']) assert.ok(cases.some((c) => c.status === status), status);
    const open = cases.filter((c) => openStatuses.includes(c.status));
    const lastMonth = open.filter((c) => now.getTime() - c.createdAt.getTime() < 31 * 86_400_000).length;
    assert.ok(open.length > 30 && lastMonth / open.length > 0.8, `${lastMonth} of ${open.length} open cases from the last month`);
    // A consultation at the desk is answered within the hour.
    const quick = cases.filter((c) => c.channel === 'front_office' && c.firstResponseAt && c.firstResponseAt.getTime() - c.createdAt.getTime() < 3_600_000);
    assert.ok(quick.length > 400);
  });

  it('is found in the inbox by name, by IIN and by phone', async () => {
    const db = t.database.db;
    const [withIin] = await db
      .select({ personId: people.id, iin: people.iin, name: people.fullName })
      .from(people)
      .where(and(eq(people.demo, true), sql`${people.iin} is not null`, sql`${people.fullName} ~ '^[А-ЯӘҒҚҢӨҰҮҺІа-яәғқңөұүһі ]+$'`))
      .limit(1);
    const own = cases.filter((c) => c.personId === withIin!.personId).map((c) => c.id).sort();
    const byIin = await listCases(db, admin, { q: withIin!.iin!, sort: 'newest', limit: 50 });
    assert.deepEqual(byIin.items.map((c) => c.id).sort(), own);
    assert.ok(byIin.items.every((c) => c.demo));
    const byName = await listCases(db, admin, { q: withIin!.name, sort: 'newest', limit: 200 });
    assert.ok(own.every((id) => byName.items.some((c) => c.id === id)), `name search for ${withIin!.name}`);

    const channelsByPerson = groupBy(cases, (c) => c.personId);
    const [personId, theirCases] = Object.entries(channelsByPerson).find(([, list]) => new Set(list!.map((c) => c.channel)).size > 1)!;
    const [phone] = await db.select().from(personIdentifiers).where(and(eq(personIdentifiers.personId, personId), eq(personIdentifiers.kind, 'phone')));
    const byPhone = await listCases(db, admin, { q: phone!.value, sort: 'newest', limit: 50 });
    assert.deepEqual(byPhone.items.map((c) => c.id).sort(), theirCases!.map((c) => c.id).sort());
  });

  it('links demo letters to cases that waited for a government body', async () => {
    const links = await t.database.db.select({ caseId: letterCases.caseId }).from(letterCases).innerJoin(letters, eq(letters.id, letterCases.letterId));
    assert.ok(links.length >= 15, `${links.length} links`);
    const waited = await t.database.db
      .select({ caseId: supportCaseEntries.caseId })
      .from(supportCaseEntries)
      .where(and(inArray(supportCaseEntries.caseId, links.map((l) => l.caseId)), sql`${supportCaseEntries.meta}->>'to' = 'waiting_authority'`));
    assert.equal(new Set(waited.map((w) => w.caseId)).size, new Set(links.map((l) => l.caseId)).size);
  });

  it('does nothing the second time', async () => {
    const again = await seedDemo(t.database.db, undefined, now);
    assert.deepEqual(again, { staff: 0, cases: 0, letters: 0 });
    const [row] = await t.database.db.select({ n: sql<number>`count(*)::int` }).from(supportCases);
    assert.equal(row!.n, cases.length);
  });

  it('plans the same appeals from the same seed', async () => {
    const calendar = await loadWorkingCalendar(t.database.db);
    const topics = new Map([...(await topicsByCode(t.database.db))].map(([code, topic]) => [code, { deadlineWorkingDays: topic.deadlineWorkingDays, team: topic.team, documents: [] }]));
    const plan = () => planDemoCases(seededRandom(7), { calendar, period, topics, asOf: now }).cases.map((c) => [c.applicantName, c.createdAt.toISOString(), c.status, c.message]);
    assert.deepEqual(plan(), plan());
  });
});
