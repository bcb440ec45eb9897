import { describe, expect, it } from 'vitest';
import { checkPtoReference, normaliseMac, normaliseOntSerial } from './identifiers.ts';
import { checkRxPower } from './optical.ts';
import { ontSerial, sha256Hex } from '../schemas/identifiers.ts';

describe('normaliseOntSerial', () => {
  it.each([
    ['HWTC542D049B', 'HWTC542D049B', 'Huawei'],
    ['hwtc542d049b', 'HWTC542D049B', 'Huawei'],
    [' HWTC-542D 049B ', 'HWTC542D049B', 'Huawei'],
    ['48575443542D049B', 'HWTC542D049B', 'Huawei'],
    ['48:57:54:43:54:2d:04:9b', 'HWTC542D049B', 'Huawei'],
    ['414C434C00112233', 'ALCL00112233', 'Nokia'],
    ['ZTEGc0ffee00', 'ZTEGC0FFEE00', 'ZTE'],
  ])('%s → %s', (input, serial, vendor) => {
    expect(normaliseOntSerial(input)).toEqual({ ok: true, serial, vendor });
  });

  it('accepts an unknown vendor without naming it', () => {
    expect(normaliseOntSerial('ABCD00000001')).toEqual({ ok: true, serial: 'ABCD00000001' });
  });

  it.each([
    '',
    'HWTC542D049',
    'HWTC542D049BX',
    'HWTC542G049B',
    '00000000542D049B',
    '4857544354-2D-04-9',
    'ÉWTC542D049B',
  ])('refuses %j with a reason', (input) => {
    const r = normaliseOntSerial(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason.length).toBeGreaterThan(5);
  });

  it('the zod schema transforms to the stored form and names the catalogue code on failure', () => {
    expect(ontSerial.parse('48575443 542D049B')).toBe('HWTC542D049B');
    const bad = ontSerial.safeParse('nope');
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]).toMatchObject({ params: { domainCode: 'ONT_SERIAL_INVALID' } });
  });
});

describe('normaliseMac', () => {
  it.each([
    'AA:BB:CC:DD:EE:FF',
    'aa-bb-cc-dd-ee-ff',
    'aabb.ccdd.eeff',
    'AABBCCDDEEFF',
    ' aa bb cc dd ee ff ',
  ])('%s', (input) => expect(normaliseMac(input)).toEqual({ ok: true, mac: 'aa:bb:cc:dd:ee:ff' }));
  it.each(['', 'aa:bb:cc:dd:ee', 'gg:bb:cc:dd:ee:ff', 'aa:bb:cc:dd:ee:ff:00'])('refuses %j', (input) => {
    expect(normaliseMac(input).ok).toBe(false);
  });
});

describe('checkPtoReference', () => {
  it('accepts the current format, with the optional suffix, uppercased', () => {
    expect(checkPtoReference('fi-1234-abcd')).toEqual({ status: 'valid', reference: 'FI-1234-ABCD' });
    expect(checkPtoReference('FI-1234-ABCD/2')).toEqual({ status: 'valid', reference: 'FI-1234-ABCD/2' });
  });
  it('keeps an older format with a warning', () => {
    const r = checkPtoReference('PTO 89-000123');
    expect(r.status).toBe('legacy');
    if (r.status === 'legacy') expect(r.reference).toBe('PTO 89-000123');
  });
  it('refuses empty, too long or unreadable references', () => {
    expect(checkPtoReference('  ').status).toBe('invalid');
    expect(checkPtoReference('X'.repeat(51)).status).toBe('invalid');
    expect(checkPtoReference('FI\u0007').status).toBe('invalid');
  });
});

describe('checkRxPower', () => {
  it('warns outside the GPON class B+ window only', () => {
    expect(checkRxPower(-20)).toBeNull();
    expect(checkRxPower(-27)).toBeNull();
    expect(checkRxPower(-8)).toBeNull();
    expect(checkRxPower(-30.5)?.code).toBe('RX_POWER_LOW');
    expect(checkRxPower(-5)?.code).toBe('RX_POWER_HIGH');
    expect(checkRxPower(-27.5, 'xgspon')).toBeNull();
  });
});

describe('sha256Hex', () => {
  it('lowers and checks the form', () => {
    expect(sha256Hex.parse('A'.repeat(64))).toBe('a'.repeat(64));
    expect(sha256Hex.safeParse('abc').success).toBe(false);
  });
});
