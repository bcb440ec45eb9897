// The dry run of an import: per kind, how many elements the file holds and (IPE buildings) how many are
// new, changed or unchanged; then the first rejected lines with their reason.
import type { ImportJob } from '../../../shared/schemas/imports.ts';
import { useI18n } from '../../i18n/i18n.tsx';

const kinds = [
  'buildings',
  'pm',
  'pbo',
  'sites',
  'sectors',
  'addresses',
  'fibre-zones',
  'zones',
  'terrain',
] as const;
type Kind = (typeof kinds)[number];
const isKind = (k: string): k is Kind => (kinds as readonly string[]).includes(k);

export function ImportPreviewView({ job }: { job: ImportJob }) {
  const { t, locale } = useI18n();
  const n = (v: number | null) => (v === null ? '—' : v.toLocaleString(locale));
  const p = job.preview;
  return (
    <section data-testid="import-preview">
      <h2>{t('network.import.dryRun', { file: job.fileName })}</h2>
      <p className="coord-note">
        {t('network.import.detected', { format: p.label, size: (job.sizeBytes / 2 ** 20).toFixed(1) })}
      </p>
      <table className="ops-table net-table">
        <thead>
          <tr>
            <th>{t('network.import.kind')}</th>
            <th>{t('network.import.inFile')}</th>
            <th>{t('network.import.new')}</th>
            <th>{t('network.import.changed')}</th>
            <th>{t('network.import.unchanged')}</th>
          </tr>
        </thead>
        <tbody>
          {p.counts.map((c) => (
            <tr key={c.kind}>
              <td>{isKind(c.kind) ? t(`network.kind.${c.kind}`) : c.kind}</td>
              <td>{n(c.total)}</td>
              <td>{n(c.new)}</td>
              <td>{n(c.changed)}</td>
              <td>{n(c.unchanged)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('network.import.rejected', { count: p.rejectedCount })}</h3>
      {p.rejected.length > 0 && (
        <table className="ops-table net-table" data-testid="import-rejections">
          <thead>
            <tr>
              <th>{t('network.import.where')}</th>
              <th>{t('network.import.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {p.rejected.map((r, i) => (
              <tr key={i}>
                <td>
                  {r.line !== undefined
                    ? t('network.import.line', { line: r.line })
                    : t('network.import.feature', { index: r.index ?? 0 })}
                </td>
                <td className="net-table__reason">{r.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {p.rejectedCount > p.rejected.length && (
        <p className="coord-note">
          {t('network.import.moreInReport', { count: p.rejectedCount - p.rejected.length })}
        </p>
      )}
    </section>
  );
}
