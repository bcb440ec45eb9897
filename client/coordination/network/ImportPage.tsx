// `/coordination/reseau/import` (admins): choose a file, read its dry run (what would change, the first
// rejected lines and why), apply it and follow the progress bar, download the full report.
import { useQuery } from '@tanstack/react-query';
import { useState, type ChangeEvent } from 'react';
import { Link } from 'react-router';
import { errorCatalogue } from '../../../shared/errors.ts';
import { IMPORT_MAX_BYTES, type ImportJob } from '../../../shared/schemas/imports.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { applyImport, readImport, reportUrl, uploadImport, type ImportAnswer } from './imports.ts';
import { ImportPreviewView } from './ImportPreview.tsx';

export function ImportPage() {
  const { t, locale } = useI18n();
  const [busy, setBusy] = useState(false);
  const [job, setJob] = useState<ImportJob | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const running = job?.state === 'running';
  // Polled while running: the job's progress is the server's count of written lines.
  useQuery({
    queryKey: ['import', job?.id],
    enabled: running,
    refetchInterval: 700,
    queryFn: async () => {
      const a = job ? await readImport(job.id) : null;
      if (a) show(a);
      return a?.ok ? a.job.progress.done : null;
    },
  });

  function show(a: ImportAnswer) {
    if (a.ok) {
      setJob(a.job);
      setProblem(null);
      return;
    }
    const code = a.refusal?.domainCode;
    const text = code ? errorCatalogue[code][locale === 'en' ? 'en' : 'fr'] : t('network.import.failed');
    setProblem(a.reason ? `${text} (${a.reason})` : text);
  }

  async function choose(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setJob(null);
    if (file.size > IMPORT_MAX_BYTES)
      return setProblem(errorCatalogue.IMPORT_TOO_LARGE[locale === 'en' ? 'en' : 'fr']);
    setBusy(true);
    try {
      show(await uploadImport(file));
    } catch {
      setProblem(t('network.import.offline'));
    } finally {
      setBusy(false);
    }
  }

  async function apply() {
    if (!job) return;
    setBusy(true);
    try {
      show(await applyImport(job.id));
    } catch {
      setProblem(t('network.import.offline'));
    } finally {
      setBusy(false);
    }
  }

  const percent =
    job && job.progress.total > 0 ? Math.round((100 * job.progress.done) / job.progress.total) : 0;
  return (
    <div className="coord-page net-import" data-testid="import-page">
      <p>
        <Link to="/coordination/reseau">{t('network.import.back')}</Link>
      </p>
      <h1>{t('network.import.title')}</h1>
      <p className="coord-note">{t('network.import.formats')}</p>
      <label className="button button--primary net-import__pick">
        {busy && !job ? t('network.import.reading') : t('network.import.choose')}
        <input
          type="file"
          accept=".csv,.txt,.geojson,.json,.asc"
          onChange={(e) => void choose(e)}
          disabled={busy || running}
          hidden
        />
      </label>
      {problem && (
        <p className="form__error" role="alert" data-testid="import-problem">
          {problem}
        </p>
      )}
      {job && <ImportPreviewView job={job} />}
      {job?.state === 'checked' && (
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={() => void apply()}
          data-testid="import-apply"
        >
          {t('network.import.apply')}
        </button>
      )}
      {job && job.state !== 'checked' && (
        <section aria-live="polite">
          <h2>{t(`network.import.state.${job.state}`)}</h2>
          <progress
            className="net-import__bar"
            max={100}
            value={job.state === 'done' ? 100 : percent}
            data-testid="import-progress"
          />
          <p>
            {job.progress.total > 0
              ? t('network.import.progress', {
                  done: job.progress.done.toLocaleString(locale),
                  total: job.progress.total.toLocaleString(locale),
                  percent,
                })
              : t('network.import.starting')}
          </p>
          {job.result && (
            <p data-testid="import-result">
              {t('network.import.result', {
                imported: job.result.imported.toLocaleString(locale),
                updated: job.result.updated.toLocaleString(locale),
                unchanged: job.result.unchanged.toLocaleString(locale),
                rejected: job.result.rejectedCount.toLocaleString(locale),
                seconds: job.result.seconds.toLocaleString(locale),
              })}
            </p>
          )}
          {job.failure && (
            <p className="form__error">{t('network.import.failedWith', { reason: job.failure })}</p>
          )}
        </section>
      )}
      {job && (
        <p>
          <a className="button" href={reportUrl(job.id)} download>
            {t('network.import.report')}
          </a>
        </p>
      )}
    </div>
  );
}
