import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createI18n } from '../../../lib/i18n';
import type { StaffNotificationDto } from './notifications.api';
import { notificationText } from './notificationText';

const now = Date.parse('2026-03-02T06:00:00Z');
const notice = (kind: string, dueInHours: number | null): StaffNotificationDto => ({
  id: 1,
  kind,
  caseId: '00000000-0000-4000-8000-000000000001',
  caseNumber: '2026-000123',
  caseSubject: null,
  caseDueAt: dueInHours === null ? null : new Date(now + dueInHours * 3_600_000).toISOString(),
  createdAt: new Date(now).toISOString(),
  readAt: null,
});

test('a deadline warning says how many hours are left, with the plural of each language', () => {
  const ru = createI18n('ru').t;
  assert.equal(notificationText(notice('deadline_warning', 1), ru, now), 'Обращение 2026-000123: срок истекает через 1 час');
  assert.equal(notificationText(notice('deadline_warning', 3), ru, now), 'Обращение 2026-000123: срок истекает через 3 часа');
  assert.equal(notificationText(notice('deadline_warning', 21), ru, now), 'Обращение 2026-000123: срок истекает через 21 час');
  assert.equal(notificationText(notice('deadline_warning', 11), ru, now), 'Обращение 2026-000123: срок истекает через 11 часов');
  const en = createI18n('en').t;
  assert.equal(notificationText(notice('deadline_warning', 0.3), en, now), 'Appeal 2026-000123: deadline in 1 hour', 'part of an hour rounds up');
  assert.equal(notificationText(notice('deadline_warning', 5), en, now), 'Appeal 2026-000123: deadline in 5 hours');
  assert.equal(notificationText(notice('deadline_warning', -2), en, now), 'Appeal 2026-000123: the deadline has passed');
});

test('assignment, reopening and unknown kinds read as sentences', () => {
  const en = createI18n('en').t;
  assert.equal(notificationText(notice('case_assigned', null), en, now), 'Appeal 2026-000123 assigned to you');
  assert.match(notificationText(notice('case_reopened', null), en, now), /^Appeal 2026-000123 reopened/);
  assert.equal(notificationText(notice('something_new', null), en, now), 'New notice about appeal 2026-000123');
  assert.match(notificationText(notice('case_assigned', null), createI18n('kk').t, now), /^2026-000123 өтініші сізге тағайындалды$/);
});
