/**
 * Child-process entry: the ceiling. A bare node:http server on the same
 * pool size that does only the single INSERT of an appeal row (the same
 * table, indexes and number sequence as the app) or the single SELECT of
 * an inbox page. What the real server reaches is printed as a share of this.
 */
import { createServer } from 'node:http';
import { randomBytes, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

const insertAppeal = `
  insert into support_cases (id, number, access_code_hash, topic_code, channel, region_code, team, person_id, applicant_name,
    language, subject, consent_at, consent_version, due_at, last_applicant_at, search_text)
  values ($1, to_char(now() at time zone 'Asia/Almaty', 'YYYY') || '-' || lpad(nextval('support_case_number_seq')::text, 6, '0'),
    $2, $3, 'web', $4, 'contact_center', $5, $6, $7, $8, now(), 'pd-2026-01', now() + interval '15 days', now(), $9)
  returning number`;

const inboxPage = `
  select id, number, topic_code, channel, status, region_code, team, applicant_name, subject, language, assignee_id,
    due_at, paused_at, demo, created_at, updated_at
  from support_cases order by created_at desc, id desc limit 51`;

const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const answer = async () => {
      if (request.method === 'POST') {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { topic: string; message: string; region?: string; language?: string; person: { name: string } };
        const subject = body.message.split(/[.!?]\s/)[0] ?? '';
        const { rows } = await pool.query<{ number: string }>(insertAppeal, [
          randomUUID(), randomBytes(32).toString('hex'), body.topic, body.region ?? null, randomUUID(),
          body.person.name, body.language ?? 'kk', subject, `${body.person.name} ${subject}`.toLowerCase(),
        ]);
        return { status: 201, json: { number: rows[0]!.number, accessCode: randomBytes(6).toString('hex') } };
      }
      const { rows } = await pool.query(inboxPage);
      return { status: 200, json: { items: rows.slice(0, 50), nextCursor: null } };
    };
    answer().then(
      ({ status, json }) => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(json));
      },
      (error: Error) => {
        response.writeHead(500, { 'content-type': 'text/plain' });
        response.end(error.message);
      },
    );
  });
});

server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })}\n`);
});
process.once('SIGTERM', () => {
  server.close();
  void pool.end().finally(() => process.exit(0));
});
