// What became of an inventory save, under its form: "Enregistré…" or why it was refused (the
// catalogue's sentence, or "no network"). One wording for relays, sectors and buildings.
import { errorCatalogue } from '../../../shared/errors.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { refusalOf } from '../../lib/refusal.ts';

export function SaveOutcome({ save }: { save: { isSuccess: boolean; isError: boolean; error: unknown } }) {
  const { t, lang } = useI18n();
  if (save.isSuccess) return <p role="status">{t('network.saved')}</p>;
  if (!save.isError) return null;
  const refusal = refusalOf(save.error);
  return (
    <p className="form__error" role="alert">
      {t('network.saveFailed', {
        reason: refusal?.domainCode ? errorCatalogue[refusal.domainCode][lang] : t('network.import.offline'),
      })}
    </p>
  );
}
