import type { FormEvent, ReactNode } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { FormError } from './FormError.tsx';

/** The frame of a technician form (see useDraftForm): its fields, what went wrong, the save button. */
export function DraftForm({
  testId,
  form,
  submitLabel,
  children,
}: {
  testId: string;
  form: { errors: object; failure: string | null; saving: boolean; submit(event: FormEvent): Promise<void> };
  submitLabel: string;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <form className="form tech-form" onSubmit={(e) => void form.submit(e)} noValidate data-testid={testId}>
      {children}
      {Object.keys(form.errors).length > 0 && <FormError message={t('technician.form.fixErrors')} />}
      {form.failure && <FormError message={form.failure} />}
      <button
        type="submit"
        className="button button--primary button--block button--large"
        disabled={form.saving}
        data-testid="save"
      >
        {form.saving ? t('technician.form.saving') : submitLabel}
      </button>
    </form>
  );
}
