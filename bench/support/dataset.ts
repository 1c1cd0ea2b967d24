/**
 * A million cases for the inbox benchmark, generated inside PostgreSQL
 * (generate_series) in a minute or two: 600,000 people with phones and, for
 * most, IINs; cases spread over five years, every region and topic, with a
 * realistic mix of statuses and assignees. Names and subjects come from
 * small tables computed here with the app's own text functions, so
 * search_text is exactly what intake would store and search finds them.
 */
import pg from 'pg';
import { caseSearchText, subjectOf } from '../../src/server/modules/support/intake';
import { personSearchText } from '../../src/server/modules/people';
import { toPassportLatin } from '../../src/lib/text/transliteration';
import { allNames, appealMessages } from './applicants';

export const datasetPeople = 600_000;

/** Person n's IIN, phone and name index are pure SQL functions of n, so the bench can ask for them again. */
export const personIdSql = (n: string) => `md5('bench-person-' || ${n})::uuid`;
export const phoneSql = (n: string) => `'+77' || lpad(((${n})::bigint * 7919 % 1000000000)::text, 9, '0')`;
/** 11 digits from n: YYMMDD, a century/sex digit, a serial; the check digit is added in SQL. */
const iinBodySql = (n: string) =>
  `lpad((50 + ${n} % 50)::text, 2, '0') || lpad((1 + ${n} % 12)::text, 2, '0') || lpad((1 + ${n} % 28)::text, 2, '0') || (3 + ${n} % 2)::text || lpad((${n} % 10000)::text, 4, '0')`;

/** The IIN check digit (two weight rows, as src/lib/identity), or null for a body never issued. */
const checkDigitFunction = `
  create or replace function pg_temp.iin_check(body text) returns int language sql immutable as $$
    select case when s1 < 10 then s1 when s2 < 10 then s2 end
    from (select (substr(body, 1, 1)::int * 1 + substr(body, 2, 1)::int * 2 + substr(body, 3, 1)::int * 3 + substr(body, 4, 1)::int * 4 + substr(body, 5, 1)::int * 5 + substr(body, 6, 1)::int * 6 + substr(body, 7, 1)::int * 7 + substr(body, 8, 1)::int * 8 + substr(body, 9, 1)::int * 9 + substr(body, 10, 1)::int * 10 + substr(body, 11, 1)::int * 11) % 11 as s1,
                 (substr(body, 1, 1)::int * 3 + substr(body, 2, 1)::int * 4 + substr(body, 3, 1)::int * 5 + substr(body, 4, 1)::int * 6 + substr(body, 5, 1)::int * 7 + substr(body, 6, 1)::int * 8 + substr(body, 7, 1)::int * 9 + substr(body, 8, 1)::int * 10 + substr(body, 9, 1)::int * 11 + substr(body, 10, 1)::int * 1 + substr(body, 11, 1)::int * 2) % 11 as s2) t
  $$`;

export async function loadDataset(url: string, cases: number, log: (line: string) => void): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const started = performance.now();
    const step = async (label: string, text: string, values: unknown[] = []) => {
      const t = performance.now();
      await client.query(text, values);
      log(`    ${label}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
    };
    await client.query('set synchronous_commit = off');
    await client.query(`set maintenance_work_mem = '512MB'`);
    // The rows are consistent by construction: skip the per-row foreign-key triggers where allowed (a superuser).
    await client.query(`set session_replication_role = replica`).catch(() => undefined);
    // Indexes are built once after the load, much faster than row by row; primary keys stay.
    const indexes = await client.query<{ name: string; definition: string }>(
      `select indexname as name, indexdef as definition from pg_indexes
       where tablename in ('people', 'person_identifiers', 'support_cases') and indexname not in (select conname from pg_constraint)`,
    );
    for (const index of indexes.rows) await client.query(`drop index ${index.name}`);
    await client.query(checkDigitFunction);
    const names = allNames();
    await client.query('create temp table bench_names (i int primary key, full_name text, name_latin text, name_keys text)');
    await client.query('insert into bench_names select i - 1, n, l, k from unnest($1::text[], $2::text[], $3::text[]) with ordinality as t(n, l, k, i)', [
      names,
      names.map((n) => toPassportLatin(n, 'kk')),
      names.map((n) => personSearchText(n)),
    ]);
    const subjects = appealMessages.map((m) => subjectOf(m));
    const languages = appealMessages.map((m) => (/[a-z]/i.test(m[0]!) ? 'en' : /[әғқңөұүһі]/i.test(m) ? 'kk' : 'ru'));
    await client.query('create temp table bench_subjects (i int primary key, subject text, language text, message text)');
    await client.query('insert into bench_subjects select i - 1, s, l, m from unnest($1::text[], $2::text[], $3::text[]) with ordinality as t(s, l, m, i)', [subjects, languages, appealMessages]);
    // Each case's search_text is its applicant's name keys and its subject's tokens, as caseSearchText makes them.
    await client.query('create temp table bench_case_text (name_i int, subject_i int, search_text text, primary key (name_i, subject_i))');
    const pairs = names.flatMap((name, ni) => subjects.map((subject, si) => [ni, si, caseSearchText(name, subject, languages[si]!)] as const));
    await client.query('insert into bench_case_text select * from unnest($1::int[], $2::int[], $3::text[])', [pairs.map((p) => p[0]), pairs.map((p) => p[1]), pairs.map((p) => p[2])]);
    const counts = await client.query<{ topics: string[]; regions: string[]; staff: string[] }>(`select
      (select array_agg(code order by code) from support_topics) as topics,
      (select array_agg(code order by code) from kato_units where level = 'oblast') as regions,
      (select array_agg(id::text order by id) from staff_users) as staff`);
    const { topics, regions, staff } = counts.rows[0]!;
    await step(
      'people',
      `insert into people (id, full_name, name_latin, birth_date, iin, region_code, language, search_text, match_checked_at, created_at, updated_at)
       select ${personIdSql('n')}, nm.full_name, nm.name_latin, null, case when n % 10 < 7 then body || pg_temp.iin_check(body) end,
         ($2::text[])[1 + n % array_length($2::text[], 1)], (array['kk','kk','ru','en'])[1 + n % 4], nm.name_keys, now(),
         now() - (n % 1825) * interval '1 day', now()
       from generate_series(0, $1::int - 1) n
       cross join lateral (select ${iinBodySql('n')} as body) b
       join bench_names nm on nm.i = (n * 7) % ${names.length}`,
      [datasetPeople, regions],
    );
    await step(
      'person identifiers',
      `insert into person_identifiers (person_id, kind, value, channel, first_seen_at)
       select id, 'phone', ${phoneSql('(n)')}, 'web', created_at from (select ${personIdSql('n')} as id, n, now() as created_at from generate_series(0, $1::int - 1) n) p
       union all
       select id, 'iin', iin, 'web', created_at from people where iin is not null`,
      [datasetPeople],
    );
    // Newest cases have the highest serials; numbers are YYYY-NNNNNN, one sequence for all years.
    await step(
      'cases',
      `insert into support_cases (id, number, access_code_hash, topic_code, channel, status, region_code, team, person_id, applicant_name,
         language, subject, assignee_id, assigned_at, due_at, closed_at, answered_at, last_applicant_at, search_text, created_at, updated_at)
       select gen_random_uuid(), to_char(created_at at time zone 'Asia/Almaty', 'YYYY') || '-' || lpad(c.i::text, greatest(6, length(c.i::text)), '0'),
         md5(c.i::text) || md5(c.i::text), topic, (array['web','web','web','front_office','call','email','telegram','back_office'])[1 + (c.i * 13) % 8],
         status, region, 'contact_center', ${personIdSql('p')}, nm.full_name, s.language, s.subject,
         case when status <> 'new' then ($4::uuid[])[1 + (c.i * 17) % array_length($4::uuid[], 1)] end,
         case when status <> 'new' then created_at + interval '2 hours' end,
         created_at + interval '15 days',
         case when status = 'closed' then created_at + interval '12 days' end,
         case when status in ('answered', 'closed') then created_at + interval '10 days' end,
         created_at, ct.search_text, created_at, created_at
       from (
         select i, (i * 31) % $5::int as p,
           now() - (($1::int - i) * (5 * 365 * 86400.0 / $1::int)) * interval '1 second' as created_at,
           ($2::text[])[1 + (i * 7) % array_length($2::text[], 1)] as topic,
           ($3::text[])[1 + (i * 11) % array_length($3::text[], 1)] as region,
           case when i > $1::int - 20000 then (array['new','assigned','in_progress','waiting_applicant','waiting_authority','answered'])[1 + (i * 3) % 6]
                else (array['closed','closed','closed','closed','closed','closed','closed','closed','closed','closed','closed','closed','closed','closed','closed','closed','answered','answered','in_progress','waiting_authority'])[1 + (i * 3) % 20] end as status
         from generate_series(1, $1::int) i
       ) c
       join bench_names nm on nm.i = (p * 7) % ${names.length}
       join bench_subjects s on s.i = (c.i * 5) % ${subjects.length}
       join bench_case_text ct on ct.name_i = nm.i and ct.subject_i = s.i`,
      [cases, topics, regions, staff, datasetPeople],
    );
    await step('indexes', indexes.rows.map((i) => i.definition).join(';\n'));
    await step('sequence', `select setval('support_case_number_seq', $1::bigint)`, [cases]);
    await step('analyze', 'analyze people; analyze person_identifiers; analyze support_cases');
    log(`    loaded in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await client.end();
  }
}
