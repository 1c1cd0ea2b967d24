import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../platform/testing';
import { people } from './people.tables';

describe('merged people', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(async () => t.close());

  it('shows the details only a merged record had, and an unmerge takes them away again', async () => {
    const db = t.database.db;
    const [survivor] = await db.insert(people).values({ fullName: 'Оспанов Марат', regionCode: '750000000', createdAt: new Date('2026-01-10T00:00:00Z') }).returning();
    const [older] = await db
      .insert(people)
      .values({ fullName: 'Ospanov Marat', iin: '870312300425', address: 'Ескі мекенжай', country: 'MN', createdAt: new Date('2026-02-01T00:00:00Z') })
      .returning();
    const [newer] = await db
      .insert(people)
      .values({ fullName: 'Оспанов Марат', birthDate: '1987-03-12', passportNumber: 'E1234567', nameLatin: 'OSPANOV MARAT', address: 'Жаңа мекенжай', regionCode: '110000000', createdAt: new Date('2026-03-01T00:00:00Z') })
      .returning();
    const operator = (await t.signedIn('operator')).client;
    for (const merged of [older!, newer!]) {
      const response = await operator.post('/api/v1/people/merge', { survivorId: survivor!.id, mergedId: merged.id });
      assert.equal(response.status, 200, response.text);
    }

    const shown = (await operator.get(`/api/v1/people/${survivor!.id}`)).body;
    assert.equal(shown.iin, '870312300425');
    assert.equal(shown.birthDate, '1987-03-12');
    assert.equal(shown.passportNumber, 'E1234567');
    assert.equal(shown.nameLatin, 'OSPANOV MARAT');
    assert.equal(shown.country, 'MN');
    assert.equal(shown.address, 'Жаңа мекенжай', 'the newest merged record wins');
    assert.equal(shown.regionCode, '750000000', 'what the survivor has is kept');
    assert.equal(shown.fullName, 'Оспанов Марат');

    const [stored] = await db.select().from(people).where(eq(people.id, survivor!.id));
    assert.equal(stored!.iin, null, 'the stored survivor is not changed');
    assert.equal(stored!.address, null);

    assert.equal((await operator.post(`/api/v1/people/${older!.id}/unmerge`)).status, 204);
    const afterUnmerge = (await operator.get(`/api/v1/people/${survivor!.id}`)).body;
    assert.equal(afterUnmerge.iin, null, 'the IIN left with its record');
    assert.equal(afterUnmerge.country, null);
    assert.equal(afterUnmerge.birthDate, '1987-03-12', 'the other merged record still fills in');
    const alone = (await operator.get(`/api/v1/people/${older!.id}`)).body;
    assert.equal(alone.iin, '870312300425');
    assert.equal(alone.address, 'Ескі мекенжай');
  });
});
