// "Relief": the terrain of the technician's zones to the phone, its size shown before the download,
// only the blocks the phone lacks fetched (contract §4.3).
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { TerrainManifest } from '../../../shared/schemas/terrain.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { useDevice } from '../../sync/SyncProvider.tsx';
import { formatBytes } from '../format.ts';
import { downloadTerrain, fetchTerrainBlock, planTerrain, type TerrainPlan } from './terrain-store.ts';

type Step =
  | { kind: 'idle' }
  | { kind: 'downloading'; done: number; total: number }
  | { kind: 'done' }
  | { kind: 'failed' };

export function TerrainPanel({ onClose }: { onClose(): void }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const { db } = useDevice();
  const manifest = useQuery({ ...trpc.terrain.manifest.queryOptions(), staleTime: 0, retry: false });
  const plan = useQuery({
    queryKey: [
      'terrain-plan',
      manifest.data?.modelHash,
      manifest.data?.blocks.length,
      manifest.dataUpdatedAt,
    ],
    queryFn: () => (manifest.data ? planTerrain(db, manifest.data) : null),
    enabled: !!manifest.data,
  });
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const size = (b: number) => formatBytes(b, locale);

  async function start(m: TerrainManifest) {
    setStep({ kind: 'downloading', done: 0, total: plan.data?.missingBytes ?? 0 });
    try {
      await downloadTerrain(db, m, fetchTerrainBlock, (done, total) =>
        setStep({ kind: 'downloading', done, total }),
      );
      setStep({ kind: 'done' });
      void plan.refetch();
    } catch {
      setStep({ kind: 'failed' });
    }
  }

  return (
    <section className="tech-map__panel card" aria-labelledby="terrain-title" data-testid="terrain-panel">
      <h2 id="terrain-title">{t('terrain.title')}</h2>
      {manifest.isError || (manifest.isPending && manifest.fetchStatus === 'paused') ? (
        <p>{t('terrain.offline')}</p>
      ) : manifest.data && !manifest.data.modelHash ? (
        <p>{t('terrain.none')}</p>
      ) : (
        manifest.data &&
        plan.data && <PlanLine plan={plan.data} total={manifest.data.totalBytes} size={size} />
      )}
      {step.kind === 'downloading' && (
        <>
          <progress className="offline-map__bar" max={step.total || 1} value={step.done} />
          <p role="status">{t('terrain.downloading', { done: size(step.done), total: size(step.total) })}</p>
        </>
      )}
      {step.kind === 'done' && (
        <p role="status" data-testid="terrain-done">
          {t('terrain.done')}
        </p>
      )}
      {step.kind === 'failed' && <p role="alert">{t('terrain.failed')}</p>}
      <div className="offline-map__actions">
        {manifest.data?.modelHash && plan.data && !plan.data.upToDate && step.kind !== 'downloading' && (
          <button
            type="button"
            className="button button--primary"
            onClick={() => manifest.data && void start(manifest.data)}
          >
            {t('terrain.download')}
          </button>
        )}
        <button type="button" className="button" onClick={onClose}>
          {t('check.close')}
        </button>
      </div>
    </section>
  );
}

function PlanLine({ plan, total, size }: { plan: TerrainPlan; total: number; size: (b: number) => string }) {
  const { t } = useI18n();
  return plan.upToDate ? (
    <p data-testid="terrain-size">{t('terrain.upToDate', { size: size(total) })}</p>
  ) : (
    <p data-testid="terrain-size">
      {t('terrain.size', { size: size(plan.missingBytes), count: plan.missing.length })}
    </p>
  );
}
