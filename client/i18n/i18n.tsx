// The current language for the whole app: French unless the user picked English on this device.
import { createContext, use, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en } from './en.ts';
import { fr, type MessageKey } from './fr.ts';
import { isLang, locales, translate, type Lang, type Message, type Params } from './translate.ts';

const STORAGE_KEY = 'terrain.lang';
// The public words from the start; the staff words join when a staff area's chunk runs (staff.ts).
const dictionaries: Record<Lang, Partial<Record<MessageKey, Message>>> = { fr: { ...fr }, en: { ...en } };

export function addMessages(more: Record<Lang, Partial<Record<MessageKey, Message>>>): void {
  Object.assign(dictionaries.fr, more.fr);
  Object.assign(dictionaries.en, more.en);
}

/** The key itself when its words are not loaded: visible in a test, never a crash. */
function say(lang: Lang, key: MessageKey, params?: Params): string {
  const dictionary = dictionaries[lang];
  return Object.hasOwn(dictionary, key)
    ? translate(dictionary as Record<MessageKey, Message>, lang, key, params)
    : key;
}

export type Translate = (key: MessageKey, params?: Params) => string;

export interface I18n {
  lang: Lang;
  locale: string;
  setLang(lang: Lang): void;
  t: Translate;
  /** "21 novembre 2025" / "21 November 2025". */
  formatDate(iso: string): string;
}

const I18nContext = createContext<I18n | null>(null);

function storedLang(): Lang {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLang(value) ? value : 'fr';
  } catch {
    return 'fr'; // storage disabled (private mode, policy): French, not a crash
  }
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(storedLang);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const value = useMemo<I18n>(() => {
    const locale = locales[lang];
    const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
    return {
      lang,
      locale,
      setLang(next) {
        setLangState(next);
        try {
          localStorage.setItem(STORAGE_KEY, next);
        } catch {
          // Not persisted: the choice still holds for this visit.
        }
      },
      t: (key, params) => say(lang, key, params),
      formatDate: (iso) => dates.format(new Date(iso)),
    };
  }, [lang]);

  return <I18nContext value={value}>{children}</I18nContext>;
}

export function useI18n(): I18n {
  const value = use(I18nContext);
  if (!value) throw new Error('useI18n outside <I18nProvider>');
  return value;
}

export function useT(): Translate {
  return useI18n().t;
}
