import { z } from '@hono/zod-openapi';
import { checkIin, normalizeEmail, normalizePhone } from '../../../lib/identity';

/**
 * Contact details as people type them. Each field is checked and normalised
 * here, at the edge, with its own translated error code, so a form can show
 * the message beside the field.
 */
export const iinField = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const result = checkIin(value);
    if (!result.ok) {
      ctx.addIssue({ code: 'custom', message: `iin_${result.problem}`, params: { code: `iin_${result.problem}` } });
      return z.NEVER;
    }
    return result.value;
  });

export const phoneField = z
  .string()
  .trim()
  .max(40)
  .transform((value, ctx) => {
    const phone = normalizePhone(value);
    if (!phone) {
      ctx.addIssue({ code: 'custom', message: 'phone_invalid', params: { code: 'phone_invalid' } });
      return z.NEVER;
    }
    return phone;
  });

export const emailField = z
  .string()
  .trim()
  .max(254)
  .transform((value, ctx) => {
    const email = normalizeEmail(value);
    if (!email) {
      ctx.addIssue({ code: 'custom', message: 'email_invalid', params: { code: 'email_invalid' } });
      return z.NEVER;
    }
    return email;
  });

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((v) => {
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v) && d.getTime() <= Date.now() && v >= '1900-01-01';
  }, { message: 'birth_date_invalid', params: { code: 'birth_date_invalid' } });

export const contactInput = z
  .object({
    name: z.string().trim().min(2).max(200),
    iin: iinField.optional(),
    phone: phoneField.optional(),
    email: emailField.optional(),
    /** Telegram user id (digits) or @username. */
    telegram: z.string().trim().regex(/^(@[A-Za-z0-9_]{5,32}|\d{3,20})$/).optional(),
    birthDate: isoDate.optional(),
    passportNumber: z.string().trim().regex(/^[A-Za-z0-9]{5,20}$/).optional(),
    country: z.string().trim().regex(/^[A-Z]{2}$/).optional(),
    address: z.string().trim().max(500).optional(),
  })
  .strict()
  .openapi('ContactInput');
export type ContactInput = z.infer<typeof contactInput>;

export const identifierKinds = ['iin', 'phone', 'email', 'telegram', 'passport'] as const;
export type IdentifierKind = (typeof identifierKinds)[number];

export const personDto = z
  .object({
    id: z.string(),
    fullName: z.string(),
    nameLatin: z.string().nullable(),
    birthDate: z.string().nullable(),
    /** Masked (••••••••1234) for roles that do not see personal data. */
    iin: z.string().nullable(),
    passportNumber: z.string().nullable(),
    country: z.string().nullable(),
    regionCode: z.string().nullable(),
    address: z.string().nullable(),
    language: z.string().nullable(),
    identifiers: z.array(z.object({ kind: z.enum(identifierKinds), value: z.string(), channel: z.string().nullable(), firstSeenAt: z.string() })),
    /** Other records merged into this one. */
    mergedIds: z.array(z.string()),
    mergedInto: z.string().nullable(),
    masked: z.boolean(),
    anonymized: z.boolean(),
    /** Generated demo data, not a real person. */
    demo: z.boolean(),
    createdAt: z.string(),
  })
  .openapi('Person');
export type PersonDto = z.infer<typeof personDto>;

export const personSummary = z
  .object({ id: z.string(), fullName: z.string(), birthDate: z.string().nullable(), iin: z.string().nullable(), regionCode: z.string().nullable() })
  .openapi('PersonSummary');
export type PersonSummaryDto = z.infer<typeof personSummary>;

export const matchProposalDto = z
  .object({
    id: z.string(),
    person: personSummary,
    candidate: personSummary,
    score: z.number(),
    reasons: z.array(z.object({ kind: z.string(), score: z.number().optional() })),
    status: z.enum(['open', 'merged', 'dismissed']),
    createdAt: z.string(),
  })
  .openapi('PersonMatchProposal');
export type MatchProposalDto = z.infer<typeof matchProposalDto>;

export const mergeRequest = z.object({ survivorId: z.uuid(), mergedId: z.uuid() }).strict().openapi('MergePeopleRequest');
export const personSearchQuery = z.object({ q: z.string().trim().min(2).max(200), limit: z.coerce.number().int().min(1).max(50).default(20) });
export const idParams = z.object({ id: z.uuid() });
