import { z } from 'zod';

/** Contracts of the correspondence API, shared by the server and the web console. */
export const letterDirections = ['outgoing', 'incoming'] as const;
export type LetterDirection = (typeof letterDirections)[number];

/** A calendar day, YYYY-MM-DD: letters are dated by day, not by instant. */
const day = z.iso.date();
const number = z.string().trim().min(1).max(60);
const counterparty = z.string().trim().min(1).max(500);
const signatory = z.string().trim().max(200);
const subject = z.string().trim().min(1).max(2000);
const caseIds = z.array(z.uuid()).max(100);

/** Another letter, as a row shows it: the reply to an outgoing letter, or the letter an incoming one answers. */
export const letterRef = z.object({ id: z.uuid(), number: z.string(), letterDate: z.string(), counterparty: z.string() });
export type LetterRefDto = z.infer<typeof letterRef>;

export const letter = z.object({
  id: z.uuid(),
  direction: z.enum(letterDirections),
  number: z.string(),
  letterDate: z.string(),
  counterparty: z.string(),
  signatory: z.string(),
  subject: z.string(),
  replyDueDate: z.string().nullable(),
  inReplyTo: letterRef.nullable(),
  /** For an outgoing letter: the latest reply received, if any. */
  reply: letterRef.nullable(),
  /** Outgoing, a reply is expected (a due date is set) and none has come. */
  awaitingReply: z.boolean(),
  /** Awaiting a reply and the due date has passed (Almaty calendar). */
  replyOverdue: z.boolean(),
  caseIds: z.array(z.uuid()),
  createdBy: z.uuid().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type LetterDto = z.infer<typeof letter>;

const flag = z.enum(['true', 'false']).optional();

export const letterFilterQuery = z.object({
  direction: z.enum(letterDirections).optional(),
  q: z.string().trim().max(200).optional(),
  from: day.optional(),
  to: day.optional(),
  awaitingReply: flag,
  overdue: flag,
  caseId: z.uuid().optional(),
});
export type LetterFilterQuery = z.infer<typeof letterFilterQuery>;

export const letterListQuery = letterFilterQuery.extend({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** Opaque: the nextCursor of the previous page. */
  cursor: z.string().max(200).optional(),
});

export const letterPage = z.object({ items: z.array(letter), nextCursor: z.string().nullable() });

export const createLetterRequest = z
  .strictObject({
    direction: z.enum(letterDirections),
    number,
    letterDate: day,
    counterparty,
    signatory: signatory.default(''),
    subject,
    replyDueDate: day.nullable().optional(),
    inReplyToId: z.uuid().nullable().optional(),
    caseIds: caseIds.default([]),
  })
  .superRefine((v, ctx) => {
    if (v.direction === 'incoming' && v.replyDueDate) {
      ctx.addIssue({ code: 'custom', path: ['replyDueDate'], params: { code: 'reply_due_outgoing_only' } });
    }
    if (v.direction === 'outgoing' && v.inReplyToId) {
      ctx.addIssue({ code: 'custom', path: ['inReplyToId'], params: { code: 'in_reply_to_incoming_only' } });
    }
    if (v.replyDueDate && v.replyDueDate < v.letterDate) {
      ctx.addIssue({ code: 'custom', path: ['replyDueDate'], params: { code: 'reply_due_before_letter' } });
    }
  });
export type CreateLetterInput = z.input<typeof createLetterRequest>;
export type CreateLetter = z.output<typeof createLetterRequest>;

/** Direction is fixed once registered; the cases have their own endpoint. */
export const updateLetterRequest = z
  .strictObject({
    number: number.optional(),
    letterDate: day.optional(),
    counterparty: counterparty.optional(),
    signatory: signatory.optional(),
    subject: subject.optional(),
    replyDueDate: day.nullable().optional(),
    inReplyToId: z.uuid().nullable().optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { params: { code: 'empty_update' } });
export type UpdateLetterInput = z.infer<typeof updateLetterRequest>;

/** The incoming reply to an outgoing letter, registered in one call. */
export const registerReplyRequest = z.strictObject({
  number,
  letterDate: day,
  /** Defaults to the addressee of the outgoing letter. */
  counterparty: counterparty.optional(),
  signatory: signatory.optional(),
  /** Defaults to the subject of the outgoing letter. */
  subject: subject.optional(),
  /** Defaults to the cases of the outgoing letter. */
  caseIds: caseIds.optional(),
});
export type RegisterReplyInput = z.infer<typeof registerReplyRequest>;

export const setLetterCasesRequest = z.strictObject({ caseIds });
export type SetLetterCasesInput = z.infer<typeof setLetterCasesRequest>;

export const letterStatsQuery = z.object({ from: day.optional(), to: day.optional() });

export const letterStats = z.object({
  from: z.string().nullable(),
  to: z.string().nullable(),
  /** Outgoing letters dated in the period. */
  sent: z.number().int(),
  /** Incoming letters dated in the period, replies included. */
  received: z.number().int(),
  /** Incoming letters in the period that answer an outgoing one. */
  repliesReceived: z.number().int(),
  /** Outgoing letters of the period still waiting for a reply today. */
  awaitingReply: z.number().int(),
  /** Of those, the ones past their due date. */
  overdue: z.number().int(),
});
export type LetterStatsDto = z.infer<typeof letterStats>;
