import { z } from '@hono/zod-openapi';
import { createRouter, defineRoute, jsonBody, jsonContent, requestMeta } from '../../platform/http';
import { idParams, matchProposalDto, mergeRequest, personDto, personSearchQuery, personSummary } from './people.schema';
import { dismissMatchProposal, getPerson, listMatchProposals, mergePeople, searchPeople, unmergePerson, type PeopleServedInRegion } from './people.service';

const tags = ['People'];

const search = defineRoute({
  method: 'get',
  path: '/people',
  access: 'people.read',
  tags,
  summary: 'Find people by IIN, phone, e-mail or name in any script',
  request: { query: personSearchQuery },
  responses: { 200: jsonContent(z.object({ items: z.array(personSummary) })) },
});

const one = defineRoute({
  method: 'get',
  path: '/people/{id}',
  access: 'people.read',
  tags,
  summary: 'One person with every contact across channels (the read is audited)',
  request: { params: idParams },
  responses: { 200: jsonContent(personDto), 404: jsonContent(z.unknown(), 'No such person') },
});

const proposals = defineRoute({
  method: 'get',
  path: '/people/match-proposals',
  access: 'people.merge',
  tags,
  summary: 'Likely duplicates waiting for a decision',
  request: { query: z.object({ status: z.enum(['open', 'merged', 'dismissed']).default('open'), limit: z.coerce.number().int().min(1).max(200).default(50) }) },
  responses: { 200: jsonContent(z.object({ items: z.array(matchProposalDto) })) },
});

const dismiss = defineRoute({
  method: 'post',
  path: '/people/match-proposals/{id}/dismiss',
  access: 'people.merge',
  tags,
  summary: 'Two records are different people',
  request: { params: idParams },
  responses: { 204: { description: 'Dismissed' }, 404: jsonContent(z.unknown(), 'No open proposal') },
});

const merge = defineRoute({
  method: 'post',
  path: '/people/merge',
  access: 'people.merge',
  tags,
  summary: 'Merge one person into another (undone with unmerge)',
  request: { body: jsonBody(mergeRequest) },
  responses: { 200: jsonContent(z.object({ mergeId: z.string() })), 404: jsonContent(z.unknown(), 'No such person'), 409: jsonContent(z.unknown(), 'Cannot merge') },
});

const unmerge = defineRoute({
  method: 'post',
  path: '/people/{id}/unmerge',
  access: 'people.merge',
  tags,
  summary: 'Split a merged record off again',
  request: { params: idParams },
  responses: { 204: { description: 'Unmerged' }, 404: jsonContent(z.unknown(), 'No such person'), 409: jsonContent(z.unknown(), 'Not merged') },
});

/** `servedInRegion` comes from the support center, which knows where each person's appeals are handled. */
export function peopleRoutes(options: { servedInRegion?: PeopleServedInRegion } = {}) {
  const { servedInRegion } = options;
  return createRouter()
    .openapi(search, async (c) => {
      const { q, limit } = c.req.valid('query');
      return c.json({ items: await searchPeople(c.var.db, requestMeta(c), q, limit, servedInRegion) }, 200);
    })
    .openapi(proposals, async (c) => {
      const { status, limit } = c.req.valid('query');
      return c.json({ items: await listMatchProposals(c.var.db, requestMeta(c), status, limit) }, 200);
    })
    .openapi(one, async (c) => c.json(await c.var.db.transaction((tx) => getPerson(tx, requestMeta(c), c.req.valid('param').id, servedInRegion)), 200))
    .openapi(dismiss, async (c) => {
      await c.var.db.transaction((tx) => dismissMatchProposal(tx, requestMeta(c), c.req.valid('param').id));
      return c.body(null, 204);
    })
    .openapi(merge, async (c) => {
      const { survivorId, mergedId } = c.req.valid('json');
      return c.json(await c.var.db.transaction((tx) => mergePeople(tx, requestMeta(c), survivorId, mergedId)), 200);
    })
    .openapi(unmerge, async (c) => {
      await c.var.db.transaction((tx) => unmergePerson(tx, requestMeta(c), c.req.valid('param').id));
      return c.body(null, 204);
    });
}
