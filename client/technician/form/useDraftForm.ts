// The state and submit of a technician form: the draft, its field errors, and the local save. The
// button stays disabled from the first tap until a save fails, so a double tap saves once.
import { useState, type FormEvent } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { saveErrorMessage } from './FormError.tsx';

export type FieldErrors<D> = Partial<Record<keyof D, string>>;

/** `check` turns the draft into what `save` writes, or into field errors to show. */
export function useDraftForm<D, R extends object, E extends FieldErrors<D>>(
  initial: D,
  check: (draft: D) => R | { errors: E },
  save: (checked: R, draft: D) => Promise<void>,
) {
  const t = useT();
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors<D>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof D>(key: K, value: D[K]) => setDraft((d) => ({ ...d, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    const checked = check(draft);
    if ('errors' in checked) return setErrors(checked.errors);
    setErrors({});
    setSaving(true);
    try {
      await save(checked, draft);
    } catch (error) {
      setFailure(saveErrorMessage(error, t));
      setSaving(false);
    }
  }

  return { draft, setDraft, set, errors, failure, saving, submit };
}
