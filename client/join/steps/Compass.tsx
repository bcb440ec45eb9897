// The eight directions as big toggle buttons laid out like a compass rose (north at the top).
import { useT } from '../../i18n/i18n.tsx';
import type { Orientation } from '../../../shared/schemas/interest.ts';

const grid: (Orientation | null)[] = ['NW', 'N', 'NE', 'W', null, 'E', 'SW', 'S', 'SE'];

export function Compass({ value, onChange }: { value: Orientation[]; onChange(next: Orientation[]): void }) {
  const t = useT();
  return (
    <div className="join-compass" role="group" aria-label={t('join.int.sky.title')}>
      {grid.map((dir) =>
        dir === null ? (
          <span key="centre" className="join-compass__centre" aria-hidden="true">
            <svg viewBox="0 0 24 24" width="28" height="28">
              <path d="M12 2 15 12 12 22 9 12Z" fill="currentColor" opacity="0.35" />
              <path d="M12 2 15 12H9Z" fill="currentColor" />
            </svg>
          </span>
        ) : (
          <button
            key={dir}
            type="button"
            className="join-toggle join-compass__dir"
            aria-pressed={value.includes(dir)}
            onClick={() => onChange(value.includes(dir) ? value.filter((d) => d !== dir) : [...value, dir])}
            data-testid={`dir-${dir}`}
          >
            {t(`join.int.dir.${dir}`)}
          </button>
        ),
      )}
    </div>
  );
}
