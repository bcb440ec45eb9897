import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { staffEn } from './staff.en.ts';
import { staffFr } from './staff.fr.ts';
import { interpolate, isLang, selectForm, translate, type Message } from './translate.ts';

describe('interpolate', () => {
  it('replaces named placeholders and formats numbers for the locale', () => {
    expect(interpolate('{n} à {place}', { n: 12345.5, place: 'Jussy' }, 'fr-FR')).toBe(
      '12\u202f345,5 à Jussy',
    );
    expect(interpolate('{n} in {place}', { n: 12345.5, place: 'Jussy' }, 'en-GB')).toBe('12,345.5 in Jussy');
  });

  it('leaves unknown placeholders visible rather than printing "undefined"', () => {
    expect(interpolate('Bonjour {name}', {}, 'fr-FR')).toBe('Bonjour {name}');
    expect(interpolate('Bonjour {name}', undefined, 'fr-FR')).toBe('Bonjour {name}');
  });
});

describe('selectForm', () => {
  const message = { one: 'un', other: 'plusieurs' };

  it('follows each language’s plural rules (French 0 and 1 are singular, English 0 is plural)', () => {
    expect(selectForm(message, 0, 'fr-FR')).toBe('un');
    expect(selectForm(message, 1, 'fr-FR')).toBe('un');
    expect(selectForm(message, 2, 'fr-FR')).toBe('plusieurs');
    expect(selectForm(message, 0, 'en-GB')).toBe('plusieurs');
    expect(selectForm(message, 1, 'en-GB')).toBe('un');
  });

  it('falls back to `other` without a count or a matching form', () => {
    expect(selectForm(message, undefined, 'fr-FR')).toBe('plusieurs');
    expect(selectForm({ other: 'x' }, 1, 'en-GB')).toBe('x');
    expect(selectForm('plain', 3, 'fr-FR')).toBe('plain');
  });
});

describe('translate', () => {
  it('combines plural choice and interpolation', () => {
    expect(translate(fr, 'fr', 'map.count.buildings', { count: 1 })).toBe('1 bâtiment fibré');
    expect(translate(fr, 'fr', 'map.count.buildings', { count: 367 })).toBe('367 bâtiments fibrés');
    expect(translate(en, 'en', 'map.count.sites', { count: 11 })).toBe('11 relays');
    expect(translate(en, 'en', 'map.dataAsOf', { date: '1 May 2025' })).toBe('Data as of 1 May 2025');
  });

  it('has the same keys in every language and no empty message', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
    expect(Object.keys(staffEn).sort()).toEqual(Object.keys(staffFr).sort());
    for (const dict of [fr, en, staffFr, staffEn]) {
      for (const message of Object.values(dict)) {
        const forms: string[] = typeof message === 'string' ? [message] : Object.values(message);
        for (const form of forms) expect(form.trim()).not.toBe('');
      }
    }
  });

  it('uses the same placeholders in both languages', () => {
    const placeholders = (dict: Record<string, Message>) =>
      Object.fromEntries(
        Object.entries(dict).map(([key, m]) => [
          key,
          [...new Set(JSON.stringify(m).match(/\{\w+\}/g))].sort(),
        ]),
      );
    expect(placeholders(en)).toEqual(placeholders(fr));
    expect(placeholders(staffEn)).toEqual(placeholders(staffFr));
  });

  it('keeps the public and staff words apart (a key in both would depend on which chunk ran last)', () => {
    expect(Object.keys(fr).filter((key) => Object.hasOwn(staffFr, key))).toEqual([]);
  });

  it('recognises the supported languages only', () => {
    expect(isLang('fr')).toBe(true);
    expect(isLang('en')).toBe(true);
    expect(isLang('de')).toBe(false);
    expect(isLang(null)).toBe(false);
  });
});
