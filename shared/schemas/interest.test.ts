import { describe, expect, it } from 'vitest';
import { normalisePhone, registerInterestInput } from './interest.ts';

const base = { position: { lat: 47.72, lon: 3.58 }, kind: 'connect', consent: true } as const;

describe('contacts', () => {
  it('normalises French phone numbers to E.164', () => {
    expect(normalisePhone('06 12 34 56 78')).toBe('+33612345678');
    expect(normalisePhone('06.12.34.56.78')).toBe('+33612345678');
    expect(normalisePhone('+33 (0)6 12 34 56 78')).toBe('+33612345678');
    expect(normalisePhone('+33 06 12 34 56 78')).toBe('+33612345678');
    expect(normalisePhone('0033 3 86 00 00 00')).toBe('+33386000000');
    expect(normalisePhone('0692 12 34 56')).toBe('+262692123456');
    expect(normalisePhone('+41 22 123 45 67')).toBe('+41221234567');
    expect(normalisePhone('12')).toBeNull();
    expect(normalisePhone('pas de téléphone')).toBeNull();
  });

  it('lower-cases and trims the email', () => {
    const r = registerInterestInput.parse({ ...base, email: '  Marie.Dupont@Example.FR ' });
    expect(r.email).toBe('marie.dupont@example.fr');
  });

  it('requires an email or a phone, with a clear issue', () => {
    const r = registerInterestInput.safeParse(base);
    expect(r.success).toBe(false);
    expect(r.error?.issues).toEqual([
      expect.objectContaining({
        path: ['email'],
        message: expect.stringContaining('email or phone required'),
      }),
    ]);
  });

  it('requires consent to be literally true, and still reports a missing contact', () => {
    const r = registerInterestInput.safeParse({ ...base, consent: 'yes' });
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['consent', 'email']);
  });

  it('never accepts name or contact as public fields', () => {
    const r = registerInterestInput.safeParse({ ...base, phone: '0612345678', publicFields: ['email'] });
    expect(r.success).toBe(false);
  });
});
