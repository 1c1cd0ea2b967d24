import { z } from '@hono/zod-openapi';
import { localizedText } from '../../../lib/contracts/localized';
import { contactInput } from '../people';

export const channels = ['web', 'front_office', 'call', 'back_office', 'email', 'telegram', 'partner'] as const;
export type Channel = (typeof channels)[number];
export const caseStatuses = ['new', 'assigned', 'in_progress', 'waiting_applicant', 'waiting_authority', 'answered', 'closed'] as const;
export type CaseStatus = (typeof caseStatuses)[number];
export const teams = ['front_office', 'back_office', 'contact_center'] as const;
export type Team = (typeof teams)[number];
export const languages = ['kk', 'ru', 'en'] as const;

const regionCode = z.string().regex(/^\d{9}$/);
const topicCode = z.string().regex(/^[a-z][a-z0-9_]{1,39}$/);

/** Consent must be given explicitly; false or missing gets its own translated message. */
const consentGiven = z.boolean().refine((v) => v, { params: { code: 'consent_required' } });

/** An attachment sent inline as base64; its type is sniffed from the bytes, not taken from the name. */
export const attachmentInput = z
  .object({ fileName: z.string().trim().min(1).max(200), contentBase64: z.string().min(4).max(14_000_000) })
  .strict()
  .openapi('AttachmentInput');
export type AttachmentInput = z.infer<typeof attachmentInput>;

export const maxAttachments = 5;

/** The public intake: the portal's form, and anyone else who files an appeal in the open. */
export const appealRequest = z
  .object({
    topic: topicCode,
    message: z.string().trim().min(10).max(10_000),
    consent: consentGiven,
    region: regionCode.optional(),
    language: z.enum(languages).optional(),
    person: contactInput,
    fields: z.record(z.string(), z.union([z.string().max(2000), z.number(), z.array(z.string().max(200)).max(20)])).optional(),
    attachments: z.array(attachmentInput).max(maxAttachments).optional(),
    /** Proof of work from GET /appeals/challenge. */
    proof: z.object({ challenge: z.string().max(300), nonce: z.string().max(40) }).strict().optional(),
    /** A field people never see; bots fill it. */
    website: z.string().max(200).optional(),
  })
  .strict()
  .openapi('AppealRequest');
export type AppealInput = z.infer<typeof appealRequest>;

export const appealCreated = z.object({ number: z.string(), accessCode: z.string() }).openapi('AppealCreated');

export const appealStatusQuery = z.object({ number: z.string().trim().max(20), code: z.string().trim().max(20) });

export const publicEntry = z.object({ kind: z.enum(['message', 'reply']), body: z.string(), createdAt: z.string() });
export const appealStatus = z
  .object({
    number: z.string(),
    topic: z.string(),
    status: z.enum(caseStatuses),
    createdAt: z.string(),
    dueAt: z.string(),
    answeredAt: z.string().nullable(),
    closedAt: z.string().nullable(),
    entries: z.array(publicEntry),
  })
  .openapi('AppealStatus');
export type AppealStatusDto = z.infer<typeof appealStatus>;

export const appealFollowUp = z.object({ number: z.string().trim().max(20), code: z.string().trim().max(20), message: z.string().trim().min(1).max(10_000) }).strict();

/** Staff intake: the front office, contact center and back office each add their own details. */
export const walkInDetails = z.object({ documentsSeen: z.array(z.string().max(60)).max(30).default([]) }).strict();
export const callDetails = z
  .object({
    phoneNumber: z.string().trim().max(40),
    durationSeconds: z.number().int().min(0).max(6 * 3600),
    outcome: z.enum(['answered', 'consultation', 'case_opened', 'transferred', 'dropped']),
    callbackNeeded: z.boolean().default(false),
    callbackDueAt: z.iso.datetime({ offset: true }).optional(),
  })
  .strict();
export const letterDetails = z
  .object({ registrationNumber: z.string().trim().min(1).max(60), registrationDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) })
  .strict();

export const staffCaseRequest = z
  .object({
    channel: z.enum(['front_office', 'call', 'back_office']),
    topic: topicCode,
    message: z.string().trim().min(1).max(10_000),
    consent: consentGiven,
    region: regionCode.optional(),
    language: z.enum(languages).default('kk'),
    person: contactInput,
    fields: z.record(z.string(), z.union([z.string().max(2000), z.number(), z.array(z.string().max(200)).max(20)])).optional(),
    walkIn: walkInDetails.optional(),
    call: callDetails.optional(),
    letter: letterDetails.optional(),
    attachments: z.array(attachmentInput).max(maxAttachments).optional(),
  })
  .strict()
  .openapi('StaffCaseRequest');
export type StaffCaseInput = z.infer<typeof staffCaseRequest>;

export const caseSummary = z
  .object({
    id: z.string(),
    number: z.string(),
    topicCode: z.string(),
    channel: z.enum(channels),
    status: z.enum(caseStatuses),
    regionCode: z.string().nullable(),
    team: z.enum(teams),
    applicantName: z.string(),
    subject: z.string(),
    language: z.string(),
    assigneeId: z.string().nullable(),
    assigneeName: z.string().nullable(),
    dueAt: z.string(),
    overdue: z.boolean(),
    paused: z.boolean(),
    /** Generated demo data, not a real appeal. */
    demo: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('CaseSummary');
export type CaseSummaryDto = z.infer<typeof caseSummary>;

export const caseListQuery = z.object({
  q: z.string().trim().max(200).optional(),
  channel: z.enum(channels).optional(),
  topic: topicCode.optional(),
  status: z.union([z.enum(caseStatuses), z.enum(['open'])]).optional(),
  region: regionCode.optional(),
  assignee: z.union([z.uuid(), z.enum(['me', 'none'])]).optional(),
  due: z.enum(['overdue', 'today', 'week']).optional(),
  personId: z.uuid().optional(),
  sort: z.enum(['newest', 'due']).default('newest'),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type CaseListQuery = z.infer<typeof caseListQuery>;

export const caseEntry = z
  .object({
    id: z.number(),
    kind: z.enum(['message', 'reply', 'note', 'event']),
    channel: z.string().nullable(),
    authorId: z.string().nullable(),
    authorName: z.string().nullable(),
    body: z.string(),
    meta: z.record(z.string(), z.unknown()),
    attachments: z.array(z.object({ id: z.string(), fileName: z.string(), mediaType: z.string(), sizeBytes: z.number() })),
    createdAt: z.string(),
  })
  .openapi('CaseEntry');
export type CaseEntryDto = z.infer<typeof caseEntry>;

export const caseDetail = caseSummary
  .extend({
    personId: z.string(),
    fields: z.record(z.string(), z.unknown()),
    documentsSeen: z.array(z.string()),
    channelDetails: z.record(z.string(), z.unknown()),
    consentAt: z.string().nullable(),
    consentVersion: z.string().nullable(),
    firstResponseAt: z.string().nullable(),
    answeredAt: z.string().nullable(),
    closedAt: z.string().nullable(),
    anonymized: z.boolean(),
    entries: z.array(caseEntry),
    tasks: z.array(z.object({ id: z.string(), kind: z.string(), dueAt: z.string(), note: z.string(), doneAt: z.string().nullable() })),
  })
  .openapi('CaseDetail');
export type CaseDetailDto = z.infer<typeof caseDetail>;

export const replyRequest = z
  .object({
    body: z.string().trim().min(1).max(10_000),
    /** The status after the reply: answered (default), or waiting for the applicant. */
    status: z.enum(['answered', 'waiting_applicant', 'in_progress']).default('answered'),
    attachments: z.array(attachmentInput).max(maxAttachments).optional(),
  })
  .strict()
  .openapi('ReplyRequest');
export const noteRequest = z.object({ body: z.string().trim().min(1).max(10_000) }).strict().openapi('NoteRequest');
export const statusRequest = z
  .object({ status: z.enum(['in_progress', 'waiting_applicant', 'waiting_authority', 'answered', 'closed']), note: z.string().trim().max(2000).optional() })
  .strict()
  .openapi('StatusRequest');
export const assignRequest = z.object({ assigneeId: z.uuid().nullable() }).strict().openapi('AssignRequest');
export const transferRequest = z
  .object({ team: z.enum(teams), region: regionCode.nullable().optional(), reason: z.string().trim().min(1).max(2000), referral: z.boolean().default(false) })
  .strict()
  .openapi('TransferRequest');
export const bulkRequest = z
  .object({ caseIds: z.array(z.uuid()).min(1).max(200), action: z.enum(['assign', 'close']), assigneeId: z.uuid().optional() })
  .strict()
  .openapi('BulkCaseRequest');
export const taskDoneRequest = z.object({ note: z.string().trim().max(2000).optional() }).strict();
export const caseIdParams = z.object({ id: z.uuid() });

export const topicDto = z
  .object({
    code: z.string(),
    name: localizedText,
    description: localizedText,
    team: z.enum(teams),
    deadlineWorkingDays: z.number(),
    fields: z.array(z.record(z.string(), z.unknown())),
    documents: z.array(z.object({ code: z.string(), name: localizedText, required: z.boolean() })),
    keywords: z.string(),
    active: z.boolean(),
    sortOrder: z.number(),
  })
  .openapi('Topic');
export type TopicDto = z.infer<typeof topicDto>;

const topicFieldInput = z
  .object({
    code: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/),
    datatype: z.enum(['string', 'text', 'number', 'datetime', 'singlevaluelist', 'multivaluelist']),
    required: z.boolean(),
    label: localizedText,
    values: z.array(z.object({ key: z.string().min(1).max(60), name: localizedText })).max(50).optional(),
  })
  .strict();
export const topicUpdateRequest = z
  .object({
    name: localizedText,
    description: localizedText,
    team: z.enum(teams),
    deadlineWorkingDays: z.number().int().min(1).max(90),
    fields: z.array(topicFieldInput).max(30),
    documents: z.array(z.object({ code: z.string().regex(/^[a-z][a-z0-9_]{0,59}$/), name: localizedText, required: z.boolean() }).strict()).max(30),
    keywords: z.string().max(500).default(''),
    active: z.boolean(),
    sortOrder: z.number().int().min(0).max(1000).default(0),
  })
  .strict()
  .openapi('TopicUpdateRequest');
export type TopicUpdateInput = z.infer<typeof topicUpdateRequest>;

export const cannedAnswerDto = z
  .object({ id: z.string(), title: localizedText, body: localizedText, topicCode: z.string().nullable(), active: z.boolean() })
  .openapi('CannedAnswer');
export const cannedAnswerRequest = z
  .object({ title: localizedText, body: localizedText, topicCode: topicCode.nullable(), active: z.boolean().default(true) })
  .strict()
  .openapi('CannedAnswerRequest');
