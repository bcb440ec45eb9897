// One line under the legend's counts: save the map for checks without a connection (its size shown
// before a large download), the progress, or that it is saved.
import { useI18n } from '../i18n/i18n.tsx';
import { useOfflinePackage } from './useOfflinePackage.ts';

function formatSize(bytes: number, locale: string): string {
  const mb = bytes >= 1e6;
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: mb ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: 1,
  }).format(mb ? bytes / 1e6 : Math.max(bytes / 1e3, 0.1));
}

export function OfflinePackage() {
  const { t, locale } = useI18n();
  const { status, download } = useOfflinePackage();
  switch (status.kind) {
    case 'unknown':
      return null;
    case 'ready':
      return (
        <p className="map-offline" data-testid="offline-ready" role="status">
          {t('map.offline.ready')}
        </p>
      );
    case 'downloading':
      return (
        <p className="map-offline" data-testid="offline-progress" role="status">
          {t('map.offline.downloading', {
            done: formatSize(status.done, locale),
            total: formatSize(status.total, locale),
          })}
        </p>
      );
    case 'offer':
    case 'failed':
      return (
        <button
          type="button"
          className="button button--ghost map-offline map-offline--button"
          data-testid="offline-download"
          onClick={download}
        >
          {t(status.kind === 'offer' ? 'map.offline.offer' : 'map.offline.failed', {
            size: formatSize(status.bytes, locale),
          })}
        </button>
      );
  }
}
