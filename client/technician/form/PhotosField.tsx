// Photos: the camera opens directly (capture=environment); each picture is shrunk and hashed on the
// device (client/sync/photo-capture.ts) before it is shown, then saved with the record.
import { useEffect, useId, useMemo, useState } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import type { PhotoRecord } from '../../sync/db.ts';
import { PhotoError, preparePhoto } from '../../sync/photo-capture.ts';
import { usePhotoStates } from '../queries.ts';

function useObjectUrls(records: PhotoRecord[]): Map<string, string> {
  const urls = useMemo(() => new Map(records.map((r) => [r.sha256, URL.createObjectURL(r.blob)])), [records]);
  useEffect(() => () => urls.forEach((u) => URL.revokeObjectURL(u)), [urls]);
  return urls;
}

export function PhotosField({
  hashes,
  added,
  onAdd,
  onRemove,
}: {
  hashes: string[];
  /** Photos taken in this form, not yet on the device's database. */
  added: PhotoRecord[];
  onAdd(photo: PhotoRecord): void;
  onRemove(sha256: string): void;
}) {
  const t = useT();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const stored = usePhotoStates(hashes);
  const records = useMemo(() => {
    const byHash = new Map((stored ?? []).map((p) => [p.sha256, p]));
    for (const p of added) byHash.set(p.sha256, p);
    return hashes.map((h) => byHash.get(h)).filter((p): p is PhotoRecord => !!p);
  }, [stored, added, hashes]);
  const urls = useObjectUrls(records);

  async function pick(files: FileList | null) {
    setError(null);
    setBusy(true);
    try {
      for (const file of Array.from(files ?? [])) onAdd(await preparePhoto(file));
    } catch (e) {
      setError(
        e instanceof PhotoError && e.reason === 'too_big'
          ? t('technician.photos.tooBig')
          : t('technician.photos.unreadable'),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="field">
      <span className="field__label">{t('technician.photos.label')}</span>
      {hashes.length > 0 && (
        <ul className="thumbs" data-testid="photo-thumbs">
          {hashes.map((h) => {
            const record = records.find((r) => r.sha256 === h);
            const url = urls.get(h);
            return (
              <li key={h} className="thumb">
                {url ? (
                  <img src={url} alt={t('technician.photos.alt')} />
                ) : (
                  <span className="thumb__missing">{t('technician.photos.elsewhere')}</span>
                )}
                {record?.state === 'pending' && (
                  <span className="thumb__state">{t('technician.photos.waiting')}</span>
                )}
                <button
                  type="button"
                  className="thumb__remove"
                  onClick={() => onRemove(h)}
                  aria-label={t('technician.photos.remove')}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <label className="button button--block file-button" htmlFor={id} aria-disabled={busy}>
        {busy ? t('technician.photos.processing') : t('technician.photos.take')}
      </label>
      <input
        id={id}
        className="visually-hidden"
        type="file"
        accept="image/*"
        capture="environment"
        data-testid="photo-input"
        disabled={busy}
        onChange={(e) => {
          void pick(e.target.files);
          e.target.value = '';
        }}
      />
      {error && <p className="field__error">{error}</p>}
    </div>
  );
}
