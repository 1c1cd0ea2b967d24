import { recordAudit } from '../../platform/audit';
import type { Executor } from '../../platform/db';
import { errors } from '../../platform/errors';
import type { RequestMeta } from '../../platform/http';
import { visibleRegion } from '../../platform/rbac';
import type { StoredAttachment } from './attachments';
import { createCase } from './intake';
import type { StaffCaseInput } from './support.schema';

/**
 * A front office registers a walk-in for its own region; the contact center
 * records the call (and a callback as a due task); the back office records
 * the letter's incoming registration number and date.
 */
export async function registerStaffCase(db: Executor, meta: RequestMeta, secret: string, input: StaffCaseInput, attachments: StoredAttachment[]) {
  const actor = meta.actor!;
  const ownRegion = visibleRegion(actor);
  if (ownRegion && input.region && input.region !== ownRegion) throw errors.forbidden();
  const regionCode = ownRegion ?? input.region ?? null;
  let channelDetails: Record<string, unknown> = {};
  let callback: { dueAt: Date; assigneeId: string | null } | undefined;
  if (input.channel === 'call') {
    if (!input.call) throw errors.validation([{ path: 'json.call', code: 'required', message: '' }]);
    const { callbackDueAt, ...call } = input.call;
    channelDetails = call;
    if (call.callbackNeeded) callback = { dueAt: callbackDueAt ? new Date(callbackDueAt) : new Date(Date.now() + 4 * 3_600_000), assigneeId: actor.id };
  } else if (input.channel === 'back_office') {
    if (!input.letter) throw errors.validation([{ path: 'json.letter', code: 'required', message: '' }]);
    channelDetails = input.letter;
  }
  const created = await createCase(db, secret, {
    channel: input.channel,
    topicCode: input.topic,
    message: input.message,
    language: input.language,
    regionCode,
    person: input.person,
    fields: input.fields,
    documentsSeen: input.walkIn?.documentsSeen ?? [],
    channelDetails,
    consentGiven: true,
    attachments,
    registeredBy: actor.id,
    callback,
  });
  await recordAudit(db, meta, { action: 'case.register', entityType: 'case', entityId: created.id, details: { channel: input.channel } });
  return { id: created.id, number: created.number, accessCode: created.accessCode! };
}
