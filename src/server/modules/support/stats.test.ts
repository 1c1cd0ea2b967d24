import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp, type TestClient } from '../../platform/testing';
import { supportCases } from './support.tables';
import { appealBody, fileAppeal } from './support.test-helper';

/**
 * Cases come in through the real intake and workflow; then their clocks are
 * set back, since a test cannot wait days. Expected figures are worked out
 * here from the rows, not taken from the service.
 */
const hour = 3_600_000;
const day = 24 * hour;
const almatyMonth = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty', year: 'numeric', month: '2-digit' }).format(at).slice(0, 7);

/** PostgreSQL's percentile_cont: linear interpolation between the closest ranks. */
function percentileCont(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const position = fraction * (sorted.length - 1);
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}

type Planned = {
  key: string;
  channel: 'web' | 'front_office' | 'call' | 'back_office';
  region: string;
  topic: string;
  /** Fixed instants for answered cases; open ones are aged relative to now. */
  createdAt: Date;
  /** Hours to the first reply and the answer; absent: still open. */
  replyHours?: number;
  dueHours: number;
  close?: boolean;
  demo?: boolean;
};

const now = Date.now();
const plan: Planned[] = [
  { key: 'portal-akmola', channel: 'web', region: '110000000', topic: 'kandas_status', createdAt: new Date('2026-01-10T05:00:00Z'), replyHours: 2, dueHours: 72 },
  // 20:00 UTC on 31 January is 1 February in Almaty.
  { key: 'portal-almaty', channel: 'web', region: '750000000', topic: 'housing', createdAt: new Date('2026-01-31T20:00:00Z'), dueHours: 24 * 30 },
  // Tuesday 3 February, answered on Thursday: two working days.
  { key: 'walk-in-status', channel: 'front_office', region: '110000000', topic: 'kandas_status', createdAt: new Date('2026-02-03T04:00:00Z'), replyHours: 49, dueHours: 72 },
  { key: 'walk-in-job', channel: 'front_office', region: '110000000', topic: 'employment', createdAt: new Date(now - 4 * day), dueHours: 24 },
  { key: 'call', channel: 'call', region: '750000000', topic: 'kandas_status', createdAt: new Date('2026-03-02T04:00:00Z'), replyHours: 50, dueHours: 24 },
  { key: 'letter', channel: 'back_office', region: '110000000', topic: 'housing', createdAt: new Date('2026-03-04T04:00:00Z'), replyHours: 5, dueHours: 120, close: true },
  { key: 'demo-walk-in', channel: 'front_office', region: '750000000', topic: 'housing', createdAt: new Date(now - 30 * day), dueHours: 1, demo: true },
];

const overdue = (p: Planned) => p.createdAt.getTime() + p.dueHours * hour < Date.now();

const staffBody = (p: Planned, index: number) => ({
  channel: p.channel,
  topic: p.topic,
  message: `Өтініш ${p.key}: құжаттар туралы сұрақ.`,
  consent: true,
  region: p.region,
  person: { name: `Статистика Тексеру ${index}`, phone: `+7 701 300 00 ${String(10 + index)}` },
  ...(p.channel === 'call' ? { call: { phoneNumber: '+7 701 300 00 99', durationSeconds: 180, outcome: 'case_opened' } } : {}),
  ...(p.channel === 'back_office' ? { letter: { registrationNumber: `ВХ-${index}`, registrationDate: '2026-03-04' } } : {}),
});

describe('appeal statistics', () => {
  let t: TestApp;
  let admin: TestClient;
  const ids = new Map<string, string>();

  before(async () => {
    t = await createTestApp();
    admin = (await t.signedIn('admin')).client;
    for (const [index, p] of plan.entries()) {
      let id: string;
      if (p.channel === 'web') {
        const filed = await fileAppeal(await t.client().start(), appealBody({ topic: p.topic, region: p.region, person: { name: `Портал Өтініш ${index}`, phone: `+7 702 300 00 ${10 + index}` } }));
        assert.equal(filed.status, 201, filed.text);
        const [row] = await t.database.db.select({ id: supportCases.id }).from(supportCases).where(eq(supportCases.number, filed.body.number));
        id = row!.id;
      } else {
        const registered = await admin.post('/api/v1/cases', staffBody(p, index));
        assert.equal(registered.status, 201, registered.text);
        id = registered.body.id;
      }
      ids.set(p.key, id);
      if (p.replyHours !== undefined) assert.equal((await admin.post(`/api/v1/cases/${id}/reply`, { body: 'Жауап: құжаттар тізімі жіберілді.' })).status, 201);
      if (p.close) assert.equal((await admin.post(`/api/v1/cases/${id}/status`, { status: 'closed' })).status, 200);
      const reply = p.replyHours === undefined ? null : new Date(p.createdAt.getTime() + p.replyHours * hour);
      await t.database.db
        .update(supportCases)
        .set({
          createdAt: p.createdAt,
          firstResponseAt: reply,
          answeredAt: reply,
          closedAt: p.close ? new Date(reply!.getTime() + hour) : null,
          dueAt: new Date(p.createdAt.getTime() + p.dueHours * hour),
          demo: p.demo ?? false,
        })
        .where(eq(supportCases.id, id));
    }
  });
  after(async () => t.close());

  it('counts appeals by channel × region × topic × month in Almaty time, as worked out from the rows', async () => {
    const res = await admin.get('/api/v1/support/stats');
    assert.equal(res.status, 200, res.text);
    const rows = await t.database.db.select().from(supportCases);
    const expected = new Map<string, number>();
    for (const r of rows) {
      const key = [r.channel, r.regionCode, r.topicCode, almatyMonth(r.createdAt)].join('|');
      expected.set(key, (expected.get(key) ?? 0) + 1);
    }
    const actual = new Map<string, number>(res.body.cells.map((c: { channel: string; region: string; topic: string; month: string; count: number }) => [[c.channel, c.region, c.topic, c.month].join('|'), c.count]));
    assert.deepEqual(actual, expected);
    assert.equal(res.body.total, plan.length);
    assert.equal(res.body.demo, 1, 'the answer says how many demo appeals it holds');
    assert.ok(res.body.cells.some((c: { channel: string; month: string }) => c.channel === 'web' && c.month === '2026-02'), 'late evening of 31 January UTC is February in Almaty');

    const byChannel = Object.fromEntries(res.body.byChannel.map((c: { key: string; count: number }) => [c.key, c.count]));
    for (const channel of ['web', 'front_office', 'call', 'back_office']) assert.equal(byChannel[channel], plan.filter((p) => p.channel === channel).length, channel);
    // The activity report's table: front offices, contact center, back office, written online channels.
    const lines = Object.fromEntries(res.body.byReportLine.map((c: { key: string; count: number }) => [c.key, c.count]));
    assert.deepEqual(lines, { front_office: 3, contact_center: 1, back_office: 1, online: 2 });
    const months = res.body.byMonth.map((m: { month: string }) => m.month);
    assert.equal(months[0], '2026-01');
    assert.ok(months.includes('2026-04'), 'empty months inside the period are listed too');
    assert.equal(res.body.byMonth.reduce((sum: number, m: { count: number }) => sum + m.count, 0), plan.length);
  });

  it('reports response and resolution times, deadline compliance and the backlog', async () => {
    const res = await admin.get('/api/v1/support/stats');
    const answered = plan.filter((p) => p.replyHours !== undefined);
    const hours = answered.map((p) => p.replyHours!);
    const { firstResponse, resolution } = res.body.times;
    assert.equal(firstResponse.cases, answered.length);
    assert.equal(firstResponse.medianHours, percentileCont(hours, 0.5));
    assert.equal(firstResponse.p90Hours, Math.round(percentileCont(hours, 0.9) * 100) / 100);
    assert.equal(resolution.medianHours, percentileCont(hours, 0.5), 'a closed case counts from its answer');

    const onTime = answered.filter((p) => p.replyHours! <= p.dueHours).length;
    const open = plan.filter((p) => p.replyHours === undefined);
    const openOverdue = open.filter(overdue).length;
    assert.deepEqual(res.body.deadlines, { answered: answered.length, onTime, compliance: onTime / answered.length, openOverdue });

    assert.equal(res.body.open, open.length);
    const byAge = Object.fromEntries(res.body.backlog.byAge.map((b: { key: string; count: number }) => [b.key, b.count]));
    const ageDays = (p: Planned) => Math.floor((now - p.createdAt.getTime()) / day);
    const inBucket = (min: number, max: number) => open.filter((p) => ageDays(p) >= min && ageDays(p) <= max).length;
    assert.deepEqual(byAge, { '0_2': inBucket(0, 2), '3_5': inBucket(3, 5), '6_10': inBucket(6, 10), '11_20': inBucket(11, 20), over_20: inBucket(21, 1e6) });
    assert.equal(res.body.backlog.open, open.length);

    // Only the walk-in answered on Thursday for Tuesday's appeal: two working days.
    const walkIns = await admin.get('/api/v1/support/stats?channel=front_office&topic=kandas_status');
    assert.equal(walkIns.body.times.resolution.medianWorkingDays, 2);
    assert.equal(walkIns.body.times.firstResponse.medianHours, 49);
  });

  it('filters by period, region, topic and channel, and can leave demo cases out', async () => {
    const february = await admin.get('/api/v1/support/stats?from=2026-02-01&to=2026-02-28');
    assert.equal(february.body.total, plan.filter((p) => almatyMonth(p.createdAt) === '2026-02').length);
    assert.deepEqual(february.body.byMonth.map((m: { month: string }) => m.month), ['2026-02']);

    const almaty = await admin.get('/api/v1/support/stats?region=750000000&includeDemo=false');
    assert.equal(almaty.body.total, plan.filter((p) => p.region === '750000000' && !p.demo).length);
    assert.equal(almaty.body.demo, 0);
    const almatyOverdue = plan.filter((p) => p.region === '750000000' && p.replyHours === undefined && overdue(p));
    assert.ok(almatyOverdue.some((p) => p.demo), 'the plan has an overdue demo case');
    assert.equal(almaty.body.deadlines.openOverdue, almatyOverdue.filter((p) => !p.demo).length, 'the overdue demo case is left out');

    const housing = await admin.get('/api/v1/support/stats?topic=housing&channel=front_office');
    assert.equal(housing.body.total, 1);
    assert.equal(housing.body.demo, 1);

    const reversed = await admin.get('/api/v1/support/stats?from=2026-03-01&to=2026-02-01');
    assert.equal(reversed.status, 422);
    assert.equal(reversed.body.error.details[0].path, 'query.to');
  });

  it('shows a front office its own region only, whatever it asks for', async () => {
    const frontOffice = (await t.signedIn('front_office', { regionCode: '110000000' })).client;
    const res = await frontOffice.get('/api/v1/support/stats?region=750000000');
    assert.equal(res.status, 200, res.text);
    assert.equal(res.body.regionRestricted, true);
    assert.equal(res.body.filter.region, '110000000');
    assert.deepEqual(res.body.byRegion.map((r: { key: string }) => r.key), ['110000000']);
    assert.equal(res.body.total, plan.filter((p) => p.region === '110000000').length);
    const analyst = (await t.signedIn('analyst')).client;
    const all = await analyst.get('/api/v1/support/stats');
    assert.equal(all.body.regionRestricted, false);
    assert.equal(all.body.total, plan.length);
  });

  it('exports the cube as CSV and the views as a workbook with headers in the asked language', async () => {
    const csv = await admin.get('/api/v1/support/stats.csv?channel=front_office');
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('content-type') ?? '', /^text\/csv/);
    assert.match(csv.headers.get('content-disposition') ?? '', /attachment; filename="otandas-appeals-counts-\d{4}-\d{2}-\d{2}\.csv"/);
    const lines = csv.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    assert.equal(lines[0], 'channel,region,topic,month,count,demo');
    assert.ok(lines.includes('front_office,110000000,kandas_status,2026-02,1,0'), lines.join('\n'));
    assert.equal(lines.length, 1 + plan.filter((p) => p.channel === 'front_office').length);
    const times = await admin.get('/api/v1/support/stats.csv?table=times');
    assert.equal(times.text.replace(/^\uFEFF/, '').split('\r\n')[0], 'measure,cases,median_hours,p90_hours,median_working_days,p90_working_days');

    const response = await t.app.request('/api/v1/support/stats.xlsx?lang=ru', { headers: { cookie: `otandas_session=${admin.cookie('otandas_session')}` } });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    assert.match(response.headers.get('content-disposition') ?? '', /filename="otandas-appeals-\d{4}-\d{2}-\d{2}\.xlsx"/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    assert.deepEqual(workbook.worksheets.map((s) => s.name), ['По каналам', 'По регионам', 'По темам', 'По месяцам', 'Сроки ответа', 'Открытые обращения']);
    const byChannel = workbook.getWorksheet('По каналам')!;
    assert.equal(byChannel.getCell('A1').value, 'Канал');
    const rows = byChannel.getSheetValues().filter(Boolean) as unknown[][];
    const frontOffices = rows.find((r) => r[1] === 'Фронт-офис');
    assert.equal(frontOffices?.[2], plan.filter((p) => p.channel === 'front_office').length);
    const regions = workbook.getWorksheet('По регионам')!.getSheetValues().filter(Boolean) as unknown[][];
    assert.ok(regions.some((r) => r[1] === 'Акмолинская область' && r[2] === plan.filter((p) => p.region === '110000000').length));
  });
});
