import { createHash } from 'node:crypto';
import { z } from '@hono/zod-openapi';
import { errors } from '../../platform/errors';
import { createRouter, defineRoute, jsonBody, jsonContent, RateLimiter, type AppEnv } from '../../platform/http';
import type { Context } from 'hono';
import { decodeAttachments } from './attachments';
import { createCaseOnce, filedCaseForKey } from './intake';
import { issueChallenge, verifyProof } from './proof-of-work';
import { appealStatusFor, caseByAccessCode, caseById } from './public-status';
import { appealCreated, appealFollowUp, appealRequest, appealStatus, appealStatusQuery, topicDto } from './support.schema';
import { listTopics } from './topics.service';
import { addApplicantMessage } from './workflow';

const tags = ['Appeals (public)'];

const topics = defineRoute({
  method: 'get',
  path: '/appeals/topics',
  access: 'public',
  tags,
  summary: 'Topics an appeal may be filed under, with their fields and required documents',
  responses: { 200: jsonContent(z.object({ items: z.array(topicDto) })) },
});

const challenge = defineRoute({
  method: 'get',
  path: '/appeals/challenge',
  access: 'public',
  tags,
  summary: 'A proof-of-work challenge for the appeal form (bits = 0 means none is needed)',
  responses: { 200: jsonContent(z.object({ challenge: z.string(), bits: z.number(), expiresAt: z.string() })) },
});

const file = defineRoute({
  method: 'post',
  path: '/appeals',
  access: 'public',
  tags,
  summary: 'File an appeal (public intake). Send an Idempotency-Key header to make retries safe.',
  request: { body: jsonBody(appealRequest), headers: z.object({ 'idempotency-key': z.string().min(8).max(128).regex(/^[\x21-\x7e]+$/).optional() }) },
  responses: { 201: jsonContent(appealCreated, 'Filed (or, for a repeated Idempotency-Key, the case filed first)'), 429: jsonContent(z.unknown(), 'Too many appeals from this address') },
});

const status = defineRoute({
  method: 'get',
  path: '/appeals/status',
  access: 'public',
  tags,
  summary: "An appeal's status and the replies to it, by number and access code",
  request: { query: appealStatusQuery },
  responses: { 200: jsonContent(appealStatus), 404: jsonContent(z.unknown(), 'No appeal with this number and code') },
});

const followUp = defineRoute({
  method: 'post',
  path: '/appeals/messages',
  access: 'public',
  tags,
  summary: 'Add a message to an appeal, by number and access code (reopens an answered appeal)',
  request: { body: jsonBody(appealFollowUp) },
  responses: { 200: jsonContent(appealStatus), 404: jsonContent(z.unknown(), 'No appeal with this number and code') },
});

let limiters: { config: unknown; intake: RateLimiter; lookups: RateLimiter } | null = null;
function limitersFor(c: Context<AppEnv>) {
  if (!limiters || limiters.config !== c.var.config) {
    limiters = {
      config: c.var.config,
      intake: new RateLimiter(c.var.config.support.appealsPerMinute, 60_000),
      // Number + code lookups: generous for people, far too slow to guess a code.
      lookups: new RateLimiter(30, 60_000),
    };
  }
  return limiters;
}

const fingerprint = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

export function supportPublicRoutes() {
  return createRouter()
    .openapi(topics, async (c) => c.json({ items: await listTopics(c.var.db, false) }, 200))
    .openapi(challenge, (c) => c.json(issueChallenge(c.var.config.secret, c.var.config.support.appealProofBits), 200))
    .openapi(file, async (c) => {
      const body = c.req.valid('json');
      const key = c.req.valid('header')['idempotency-key'];
      const { config } = c.var;
      const { proof: _proof, website: _website, ...stable } = body;
      const idempotency = key ? { key: `web:${key}`, fingerprint: fingerprint(stable) } : undefined;
      // Only a retry of an appeal already filed skips the limit and the proof
      // of work: the first request paid for both. A new key pays like any request.
      const filed = idempotency ? await filedCaseForKey(c.var.db, config.secret, idempotency) : null;
      if (filed) return c.json({ number: filed.number, accessCode: filed.accessCode! }, 201);
      limitersFor(c).intake.hit(c.var.ip ?? 'unknown');
      if (body.website) throw errors.unprocessable('submission_rejected');
      const problem = verifyProof(config.secret, config.support.appealProofBits, body.proof, idempotency?.key);
      if (problem) throw errors.validation([{ path: 'json.proof', code: problem, message: '' }]);
      const attachments = await decodeAttachments(body.attachments);
      const created = await createCaseOnce(c.var.db, config.secret, {
        channel: 'web',
        topicCode: body.topic,
        message: body.message,
        language: body.language,
        regionCode: body.region ?? null,
        person: body.person,
        fields: body.fields,
        consentGiven: true,
        attachments,
        idempotency,
      }, { keyChecked: true });
      return c.json({ number: created.number, accessCode: created.accessCode! }, 201);
    })
    .openapi(status, async (c) => {
      limitersFor(c).lookups.hit(c.var.ip ?? 'unknown');
      const { number, code } = c.req.valid('query');
      const row = await caseByAccessCode(c.var.db, c.var.config.secret, number, code);
      return c.json(await appealStatusFor(c.var.db, row), 200);
    })
    .openapi(followUp, async (c) => {
      limitersFor(c).lookups.hit(c.var.ip ?? 'unknown');
      const { number, code, message } = c.req.valid('json');
      const result = await c.var.db.transaction(async (tx) => {
        const row = await caseByAccessCode(tx, c.var.config.secret, number, code);
        await addApplicantMessage(tx, row.id, { body: message, channel: 'web' });
        return appealStatusFor(tx, (await caseById(tx, row.id))!);
      });
      return c.json(result, 200);
    });
}
