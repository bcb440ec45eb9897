// The whole i18n machinery: a typed dictionary per language, `{name}` placeholders, plural forms
// chosen by Intl.PluralRules from the `count` parameter. Pure, so it is unit-tested without a DOM.

export type Lang = 'fr' | 'en';

export const locales: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

/** Plural forms as Intl.PluralRules names them; `other` is always required. */
type PluralMessage = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;
export type Message = string | PluralMessage;
export type Params = Record<string, string | number>;

export function isLang(value: unknown): value is Lang {
  return value === 'fr' || value === 'en';
}

// Intl objects are costly to build and cheap to use: one per locale.
const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function cached<T>(map: Map<string, T>, locale: string, make: () => T): T {
  let value = map.get(locale);
  if (!value) {
    value = make();
    map.set(locale, value);
  }
  return value;
}

/** Replaces `{name}` by params.name (numbers in the locale's format); unknown placeholders stay visible. */
export function interpolate(template: string, params: Params | undefined, locale: string): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (typeof value === 'number') {
      return cached(numberFormats, locale, () => new Intl.NumberFormat(locale)).format(value);
    }
    return value;
  });
}

/** Picks the plural form for `count` (the `other` form when no count or no such form). */
export function selectForm(message: Message, count: number | undefined, locale: string): string {
  if (typeof message === 'string') return message;
  if (count === undefined) return message.other;
  const rule = cached(pluralRules, locale, () => new Intl.PluralRules(locale)).select(count);
  return message[rule] ?? message.other;
}

export function translate<K extends string>(
  dictionary: Record<K, Message>,
  lang: Lang,
  key: K,
  params?: Params,
): string {
  const locale = locales[lang];
  const count = typeof params?.count === 'number' ? params.count : undefined;
  return interpolate(selectForm(dictionary[key], count, locale), params, locale);
}
