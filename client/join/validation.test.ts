import { describe, expect, it } from 'vitest';
import { initialFlow, type ChosenPlace } from './flow.ts';
import {
  addressOf,
  contactErrors,
  errorList,
  homeErrors,
  interestInput,
  parseWhole,
  subscriptionInput,
  togglePublic,
} from './validation.ts';

const place: ChosenPlace = {
  position: { lat: 47.721797, lon: 3.585616 },
  label: "2 Place de l'Église 89290 Jussy",
  approximate: false,
  source: 'search',
};
const contact = { name: 'Camille Martin', email: 'Camille.Martin@Exemple.fr', phone: '' };

describe('contact step', () => {
  it('asks for at least one way to reach the person, and a valid one', () => {
    expect(contactErrors({ name: 'A', email: '', phone: '' }, true)).toEqual({ email: 'join.error.contact' });
    expect(contactErrors({ name: '', email: 'x@', phone: '12' }, true)).toEqual({
      name: 'join.error.name',
      email: 'join.error.email',
      phone: 'join.error.phone',
    });
    expect(contactErrors({ name: '', email: '', phone: '06 12 34 56 78' }, false)).toEqual({});
  });
});

describe('subscription request', () => {
  it('builds the API input with the normalised contact and the chosen option', () => {
    const checked = subscriptionInput(
      place,
      { ...initialFlow.subscription, ...contact, technology: 'fibre', consent: true, comment: '  ' },
      { buildingId: 'IMB/89212/X/BKY3' },
    );
    expect(checked).toEqual({
      ok: true,
      input: {
        requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        position: place.position,
        address: place.label,
        technology: 'fibre',
        buildingId: 'IMB/89212/X/BKY3',
        name: 'Camille Martin',
        email: 'camille.martin@exemple.fr',
        consent: true,
      },
    });
  });

  it('refuses without consent, naming the consent and nothing else', () => {
    const checked = subscriptionInput(
      place,
      { ...initialFlow.subscription, ...contact, technology: 'fibre', consent: false },
      {},
    );
    expect(checked).toEqual({ ok: false, errors: { consent: 'join.error.consent' } });
  });

  it('reports a missing place and contact', () => {
    const checked = subscriptionInput(
      null,
      { ...initialFlow.subscription, name: 'A', technology: 'radio', consent: true },
      {},
    );
    expect(checked.ok).toBe(false);
    if (!checked.ok)
      expect(errorList(checked.errors, [])).toEqual(['join.error.place', 'join.error.contact']);
  });
});

describe('interest registration', () => {
  it('parses floors, keeps only answered fields, and sends the public choices', () => {
    const draft = {
      ...initialFlow.interest,
      kind: 'share' as const,
      phone: '06 12 34 56 78',
      floor: '2',
      totalFloors: '3',
      roofAccess: true,
      orientations: ['S' as const, 'SW' as const],
      publicFields: togglePublic([], ['orientations'], true),
      consent: true,
    };
    const checked = interestInput({ ...place, source: 'map', approximate: true }, draft);
    expect(checked).toEqual({
      ok: true,
      input: {
        position: place.position,
        kind: 'share',
        phone: '+33612345678',
        consent: true,
        address: `≈ ${place.label}`,
        floor: 2,
        totalFloors: 3,
        roofAccess: true,
        orientations: ['S', 'SW'],
        publicFields: ['orientations'],
        notify: true,
      },
    });
  });

  it('refuses a floor above the building and words that are not numbers', () => {
    expect(homeErrors({ floor: '4', totalFloors: '2' })).toEqual({ floor: 'join.error.floors' });
    expect(homeErrors({ floor: 'deux', totalFloors: '' })).toEqual({ floor: 'join.error.floor' });
    expect(homeErrors({ floor: '', totalFloors: '' })).toEqual({});
    expect(parseWhole(' 0 ')).toBe(0);
    expect(parseWhole('1.5')).toBeNaN();
  });

  it('refuses without consent', () => {
    const checked = interestInput(place, { ...initialFlow.interest, email: 'a@b.fr' });
    expect(checked).toEqual({ ok: false, errors: { consent: 'join.error.consent' } });
  });
});

describe('helpers', () => {
  it('marks any address that is not a chosen house number as approximate', () => {
    expect(addressOf(place)).toBe(place.label);
    expect(addressOf({ ...place, approximate: true })).toBe(`≈ ${place.label}`);
    expect(addressOf({ ...place, label: null })).toBeUndefined();
  });

  it('switches a group of public fields together', () => {
    expect(togglePublic(['comment'], ['floor', 'totalFloors'], true)).toEqual([
      'comment',
      'floor',
      'totalFloors',
    ]);
    expect(togglePublic(['comment', 'floor', 'totalFloors'], ['floor', 'totalFloors'], false)).toEqual([
      'comment',
    ]);
  });
});
