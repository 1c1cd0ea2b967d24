import { and, asc, desc, eq, gte, inArray, lte, notInArray, type SQL } from 'drizzle-orm';
import type { Language } from '../../../../lib/i18n';
import type { Db, Executor } from '../../../platform/db';
import { AppError, isAppError, type FieldIssue } from '../../../platform/errors';
import type { ContactInput } from '../../people';
import { checkTopicFields, createCaseOnce } from '../intake';
import { supportCaseEntries, supportCases, type TopicField } from '../support.tables';
import { topicsByCode } from '../topics.service';
import { badParameters } from './open311.errors';
import { open311Texts } from './open311.messages';
import type { ServiceDefinitionDto, ServiceDto, ServiceRequestCreated, ServiceRequestDto, ServiceRequestInput, ServiceRequestsQuery } from './open311.schema';
import type { Partner } from './partners.service';

/** Open311 knows open and closed; an answered case counts as closed until the applicant writes again. */
const closedStatuses = ['answered', 'closed'];
export const open311Status = (status: string): 'open' | 'closed' => (closedStatuses.includes(status) ? 'closed' : 'open');

const maxRequests = 1000;
const defaultWindowMs = 90 * 24 * 3600 * 1000;

async function activeService(db: Executor, code: string) {
  const topic = (await topicsByCode(db)).get(code);
  if (!topic || !topic.active) throw new AppError('service_not_found', 404, { service_code: code });
  return topic;
}

export async function listServices(db: Executor, lang: Language): Promise<ServiceDto[]> {
  return [...(await topicsByCode(db)).values()]
    .filter((topic) => topic.active)
    .map((topic) => ({
      service_code: topic.code,
      service_name: topic.name[lang],
      description: topic.description[lang],
      metadata: topic.fields.length > 0,
      type: 'realtime' as const,
      keywords: topic.keywords.split(/[\s,]+/).filter(Boolean).join(', '),
      group: topic.team,
    }));
}

export async function serviceDefinition(db: Executor, code: string, lang: Language): Promise<ServiceDefinitionDto> {
  const topic = await activeService(db, code);
  return {
    service_code: topic.code,
    attributes: topic.fields.map((field, index) => ({
      variable: true as const,
      code: field.code,
      datatype: field.datatype,
      required: field.required,
      datatype_description: open311Texts[lang].datatypes[field.datatype] ?? null,
      order: index + 1,
      description: field.label[lang],
      values: (field.values ?? []).map((value) => ({ key: value.key, name: value.name[lang] })),
    })),
  };
}

/** Form posts give one value where a list is due, and numbers as text; the topic's definitions say which is which. */
function attributeValues(definitions: TopicField[], given: ServiceRequestInput['attribute']): Record<string, unknown> {
  const lists = new Set(definitions.filter((d) => d.datatype === 'multivaluelist').map((d) => d.code));
  return Object.fromEntries(Object.entries(given).map(([code, value]) => [code, lists.has(code) && !Array.isArray(value) ? [String(value)] : value]));
}

/** Drops what a partner did not send, so channel details hold only real values. */
const present = (values: Record<string, unknown>) => Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));

/**
 * POST requests.json: a partner files an appeal for one of its users. The
 * applicant's consent counts only when the partner says it collected it.
 */
export async function submitServiceRequest(
  db: Db,
  secret: string,
  partner: Partner,
  input: ServiceRequestInput,
  lang: Language,
  idempotency?: { key: string; fingerprint: string },
): Promise<ServiceRequestCreated> {
  const topic = await activeService(db, input.service_code);
  const fields = checkTopicFields(topic.fields, attributeValues(topic.fields, input.attribute), 'param.attribute');
  const name = [input.first_name, input.last_name].filter(Boolean).join(' ').trim();
  const issues: FieldIssue[] = name.length < 2 ? [{ path: 'param.first_name', code: 'applicant_name_required', message: '' }] : [];
  if (issues.length) throw badParameters(issues);
  const person: ContactInput = { name: name.slice(0, 200) };
  if (input.email) person.email = input.email;
  if (input.phone) person.phone = input.phone;
  if (input.kz_iin) person.iin = input.kz_iin;
  let created;
  try {
    created = await createCaseOnce(db, secret, {
      channel: 'partner',
      topicCode: topic.code,
      message: input.description,
      person,
      fields,
      channelDetails: present({
        partnerName: partner.name,
        lat: input.lat,
        long: input.long,
        address_string: input.address_string,
        address_id: input.address_id,
        device_id: input.device_id,
        account_id: input.account_id,
        jurisdiction_id: input.jurisdiction_id,
        media_url: input.media_url,
      }),
      consentGiven: input.consent === true,
      partnerId: partner.id,
      idempotency: idempotency ? { key: `open311:${partner.id}:${idempotency.key}`, fingerprint: idempotency.fingerprint } : undefined,
    });
  } catch (error) {
    // Intake names fields as the portal does; partners know them by their Open311 names.
    if (isAppError(error) && error.code === 'validation_failed' && Array.isArray(error.details)) {
      throw new AppError('validation_failed', 422, (error.details as FieldIssue[]).map((i) => ({ ...i, path: i.path.replace(/^body\.fields\./, 'param.attribute.').replace(/^body\./, 'param.') })));
    }
    throw error;
  }
  return { service_request_id: created.number, service_notice: open311Texts[lang].notice(topic.deadlineWorkingDays), account_id: null, kz_access_code: created.accessCode };
}

type CaseRow = typeof supportCases.$inferSelect;

/** The first message (what the applicant asked) and the latest public reply, for a page of cases. */
async function timelineEnds(db: Executor, caseIds: string[]) {
  if (!caseIds.length) return { first: new Map<string, string>(), latestReply: new Map<string, string>() };
  const first = await db
    .selectDistinctOn([supportCaseEntries.caseId], { caseId: supportCaseEntries.caseId, body: supportCaseEntries.body })
    .from(supportCaseEntries)
    .where(and(inArray(supportCaseEntries.caseId, caseIds), eq(supportCaseEntries.kind, 'message')))
    .orderBy(supportCaseEntries.caseId, asc(supportCaseEntries.id));
  const replies = await db
    .selectDistinctOn([supportCaseEntries.caseId], { caseId: supportCaseEntries.caseId, body: supportCaseEntries.body })
    .from(supportCaseEntries)
    .where(and(inArray(supportCaseEntries.caseId, caseIds), eq(supportCaseEntries.kind, 'reply')))
    .orderBy(supportCaseEntries.caseId, desc(supportCaseEntries.id));
  return { first: new Map(first.map((e) => [e.caseId, e.body])), latestReply: new Map(replies.map((e) => [e.caseId, e.body])) };
}

const textOr = (value: unknown) => (typeof value === 'string' ? value : null);
const numberOr = (value: unknown) => (typeof value === 'number' ? value : null);

async function toDtos(db: Executor, rows: CaseRow[], lang: Language): Promise<ServiceRequestDto[]> {
  const topics = await topicsByCode(db);
  const { first, latestReply } = await timelineEnds(db, rows.map((r) => r.id));
  return rows.map((row) => {
    // An anonymised case keeps its dates and status, nothing the applicant wrote.
    const kept = !row.anonymizedAt;
    const details = kept ? row.channelDetails : {};
    const address = textOr(details.address_string);
    return {
      service_request_id: row.number,
      status: open311Status(row.status),
      status_notes: kept ? (latestReply.get(row.id) ?? null) : null,
      service_name: topics.get(row.topicCode)?.name[lang] ?? row.topicCode,
      service_code: row.topicCode,
      description: kept ? (first.get(row.id) ?? null) : null,
      agency_responsible: null,
      service_notice: null,
      requested_datetime: row.createdAt.toISOString(),
      updated_datetime: row.updatedAt.toISOString(),
      expected_datetime: row.dueAt.toISOString(),
      address,
      address_string: address,
      address_id: textOr(details.address_id),
      zipcode: null,
      lat: numberOr(details.lat),
      long: numberOr(details.long),
      media_url: textOr(details.media_url),
    };
  });
}

/** GET requests.json: the partner's own requests only, newest first, at most 1000. */
export async function findServiceRequests(db: Executor, partner: Partner, query: ServiceRequestsQuery, lang: Language): Promise<ServiceRequestDto[]> {
  const conditions: SQL[] = [eq(supportCases.partnerId, partner.id), eq(supportCases.channel, 'partner')];
  if (query.service_request_id?.length) {
    // As the specification says, a list of ids overrides every other filter.
    conditions.push(inArray(supportCases.number, query.service_request_id));
  } else {
    if (query.service_code?.length) conditions.push(inArray(supportCases.topicCode, query.service_code));
    if (query.start_date) conditions.push(gte(supportCases.createdAt, query.start_date));
    if (query.end_date) conditions.push(lte(supportCases.createdAt, query.end_date));
    if (!query.start_date && !query.end_date) conditions.push(gte(supportCases.createdAt, new Date(Date.now() - defaultWindowMs)));
    const statuses = new Set(query.status ?? []);
    if (statuses.size === 1) conditions.push(statuses.has('closed') ? inArray(supportCases.status, closedStatuses) : notInArray(supportCases.status, closedStatuses));
  }
  const rows = await db
    .select()
    .from(supportCases)
    .where(and(...conditions))
    .orderBy(desc(supportCases.createdAt), desc(supportCases.id))
    .limit(maxRequests);
  return toDtos(db, rows, lang);
}

/** GET requests/{id}.json. Another partner's request is as unknown as a missing one. */
export async function getServiceRequest(db: Executor, partner: Partner, number: string, lang: Language): Promise<ServiceRequestDto[]> {
  const rows = await db
    .select()
    .from(supportCases)
    .where(and(eq(supportCases.number, number), eq(supportCases.partnerId, partner.id), eq(supportCases.channel, 'partner')));
  if (!rows.length) throw new AppError('service_request_not_found', 404);
  return toDtos(db, rows, lang);
}
