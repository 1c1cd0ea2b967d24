import assert from 'node:assert/strict';
import { test } from 'node:test';
import { can, permissions, roles, seesPersonalData, visibleRegion } from './roles';

test('admin-only permissions stay admin-only', () => {
  for (const permission of ['staff.manage', 'audit.read', 'jobs.manage', 'reference.manage'] as const) {
    assert.deepEqual(roles.filter((role) => can(role, permission)), ['admin'], permission);
  }
});

test('every permission names only known roles', () => {
  for (const [permission, allowed] of Object.entries(permissions)) {
    for (const role of allowed) assert.ok(roles.includes(role), `${permission}: ${role}`);
  }
});

test('a front office sees its own region only; others see all', () => {
  assert.equal(visibleRegion({ role: 'front_office', regionCode: '110000000' }), '110000000');
  assert.equal(visibleRegion({ role: 'operator', regionCode: null }), null);
  assert.equal(visibleRegion({ role: 'admin', regionCode: null }), null);
});

test('analysts, media and outreach never see personal data', () => {
  assert.deepEqual(roles.filter((role) => !seesPersonalData(role)), ['analyst', 'media', 'outreach']);
});
