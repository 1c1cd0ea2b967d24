import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { checkIin, iinCheckDigit, maskIin, normalizeEmail, normalizePhone } from './index';

/** Builds a valid IIN from its parts, computing the check digit the way the issuer does. */
function makeIin(date: string, marker: string, serial: string): string | null {
  const first11 = `${date}${marker}${serial}`;
  const check = iinCheckDigit(first11);
  return check === null ? null : `${first11}${check}`;
}

describe('IIN', () => {
  it('accepts numbers whose check digit agrees and reads the birth date and sex', () => {
    const iin = makeIin('880315', '3', '0071')!;
    const result = checkIin(iin);
    assert.ok(result.ok);
    assert.deepEqual(result.info, { birthDate: '1988-03-15', sex: 'male' });
    const woman = checkIin(makeIin('010229', '6', '1234') ?? '');
    // 2001 is not a leap year: the date part is wrong whatever the check digit.
    assert.deepEqual(woman, { ok: false, problem: 'date' });
    const leap = checkIin(makeIin('000229', '6', '1234')!);
    assert.ok(leap.ok && leap.info.birthDate === '2000-02-29' && leap.info.sex === 'female');
  });

  it('rejects a wrong check digit, a wrong date and a wrong length', () => {
    const iin = makeIin('920101', '4', '5678')!;
    const wrong = iin.slice(0, 11) + String((Number(iin[11]) + 1) % 10);
    assert.deepEqual(checkIin(wrong), { ok: false, problem: 'checksum' });
    assert.deepEqual(checkIin('921301400001'), { ok: false, problem: 'date' });
    assert.deepEqual(checkIin('92010140000'), { ok: false, problem: 'format' });
    assert.deepEqual(checkIin('9201014000ab'), { ok: false, problem: 'format' });
  });

  // The eleventh digit has weight 11 ≡ 0 (mod 11) in the first row, so the
  // algorithm itself cannot see a typo there; and when a first-row sum is 10
  // the second row decides, which can collide. Everything else is caught.
  it('the check digit catches a single-digit typo in any other position', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.constantFrom(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11), fc.integer({ min: 1, max: 9 }), (serial, position, delta) => {
        const iin = makeIin('750607', '3', String(serial).padStart(4, '0'));
        if (!iin) return;
        const digits = [...iin];
        digits[position] = String((Number(digits[position]) + delta) % 10);
        const typo = digits.join('');
        const firstRow = (v: string) => [...v.slice(0, 11)].reduce((sum, d, i) => sum + (i + 1) * Number(d), 0) % 11;
        if (firstRow(iin) === 10 || firstRow(typo) === 10) return;
        const result = checkIin(typo);
        // A typo in the date part may give another real date, but never passes the check digit too.
        assert.equal(result.ok, false);
      }),
    );
  });

  it('masks all but the last four digits', () => {
    assert.equal(maskIin('880315300712'), '••••••••0712');
  });
});

describe('phone numbers', () => {
  it('writes the local forms of one Kazakhstan number as one E.164 number', () => {
    for (const raw of ['8 701 123 45 67', '+7 (701) 123-45-67', '87011234567', '77011234567', '7011234567']) {
      assert.equal(normalizePhone(raw), '+77011234567', raw);
    }
  });
  it('keeps foreign numbers with their country code and refuses what is not a number', () => {
    assert.equal(normalizePhone('+86 138 0013 8000'), '+8613800138000');
    assert.equal(normalizePhone('0090 532 123 45 67'), '+905321234567');
    assert.equal(normalizePhone('12345'), null);
    assert.equal(normalizePhone('call me'), null);
    assert.equal(normalizePhone('+7 701 123'), null);
  });
});

describe('e-mail', () => {
  it('lower-cases and checks the shape', () => {
    assert.equal(normalizeEmail(' Aigerim.N@Mail.KZ '), 'aigerim.n@mail.kz');
    assert.equal(normalizeEmail('no-at-sign.kz'), null);
    assert.equal(normalizeEmail('a@b'), null);
  });
});
