import { useI18n } from '../i18n/i18n.tsx';

/**
 * A single button to the other language. Its accessible name starts with the visible label ("EN",
 * then "English" for screen readers), so voice control users can say what they see (WCAG 2.5.3).
 */
export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  const other = lang === 'fr' ? 'en' : 'fr';
  return (
    <button
      type="button"
      className="button button--ghost button--square"
      lang={t('lang.otherTag')}
      title={t('lang.other')}
      onClick={() => setLang(other)}
      data-testid="language-switch"
    >
      {t('lang.otherCode')}
      <span className="visually-hidden"> – {t('lang.other')}</span>
    </button>
  );
}
