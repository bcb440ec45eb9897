import { useI18n } from '../i18n/i18n.tsx';

/** A single button to the other language, named in that language ("English", "Français"). */
export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  const other = lang === 'fr' ? 'en' : 'fr';
  return (
    <button
      type="button"
      className="button button--ghost button--square"
      lang={t('lang.otherTag')}
      aria-label={t('lang.other')}
      title={t('lang.other')}
      onClick={() => setLang(other)}
      data-testid="language-switch"
    >
      {t('lang.otherCode')}
    </button>
  );
}
