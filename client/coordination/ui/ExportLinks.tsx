// Links to the server's exports (GET /exports/*, CONTRACT §6) for what the current filters select: the
// browser downloads them with the session cookie, streamed, every page and not just those shown.
import { useI18n } from '../../i18n/i18n.tsx';

export function exportUrl(file: string, filters: Record<string, string | boolean | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const query = params.toString();
  return `/exports/${file}${query ? `?${query}` : ''}`;
}

export function ExportLinks({
  base,
  filters,
  extra = [],
}: {
  base: 'interventions' | 'installations';
  filters: Record<string, string | boolean | undefined>;
  extra?: { file: string; label: string }[];
}) {
  const { t } = useI18n();
  const links = [
    { file: `${base}.csv`, label: t('coordination.export.csv') },
    { file: `${base}.geojson`, label: t('coordination.export.geojson') },
    ...extra,
  ];
  return (
    <div className="coord-export" role="group" aria-label={t('coordination.export.title')}>
      {links.map((l) => (
        <a
          key={l.file}
          className="button"
          href={exportUrl(l.file, filters)}
          download
          data-testid={`export-${l.file}`}
        >
          {l.label}
        </a>
      ))}
    </div>
  );
}
