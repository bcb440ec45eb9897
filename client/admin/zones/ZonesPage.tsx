// `/administration/zones`: the working zones with what they hold and who works there; one at a time
// is opened in the editor (drawn or imported outline, technicians).
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { ZoneSummary } from '../../../shared/schemas/inventory.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useInventory, usePeople, useRefreshAdmin } from '../queries.ts';
import { ZoneEditor } from './ZoneEditor.tsx';

export function ZonesPage() {
  const { t, lang } = useI18n();
  const trpc = useTRPC();
  const inventory = useInventory();
  const people = usePeople();
  const refresh = useRefreshAdmin();
  // null: no editor; 'new': a new zone; else the zone being changed.
  const [editing, setEditing] = useState<ZoneSummary | 'new' | null>(null);
  const [notice, setNotice] = useState('');
  const remove = useMutation(trpc.inventory.deleteZone.mutationOptions({ onSuccess: () => void refresh() }));
  const zones = inventory.data?.zones ?? [];
  const staff = people.data ?? [];
  const techniciansIn = (id: string) =>
    staff.filter((p) => p.role === 'technician' && p.zoneIds.includes(id));

  return (
    <div className="coord-page admin-page" data-testid="admin-zones">
      <div className="coord-page__head">
        <h1>{t('admin.zones.title')}</h1>
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            setNotice('');
            setEditing('new');
          }}
        >
          {t('admin.zones.new')}
        </button>
      </div>
      <p className="coord-muted">{t('admin.zones.intro')}</p>
      {notice && (
        <p className="coord-callout coord-callout--info" role="status">
          {notice}
        </p>
      )}
      {remove.isError && (
        <p className="coord-field-error" role="alert">
          {errorMessage(remove.error, lang, t)}
        </p>
      )}
      <div className="admin-columns admin-columns--zones">
        <section aria-labelledby="zone-list">
          <h2 id="zone-list">{t('admin.zones.list')}</h2>
          {inventory.isPending && <p className="coord-status">{t('admin.loading')}</p>}
          {inventory.isError && <p className="coord-status coord-status--error">{t('admin.loadFailed')}</p>}
          {inventory.data && zones.length === 0 && <p className="coord-muted">{t('admin.zones.none')}</p>}
          <ul className="admin-list">
            {zones.map((z) => {
              const techs = techniciansIn(z.id);
              return (
                <li
                  key={z.id}
                  className="admin-card admin-zone"
                  data-testid="zone"
                  aria-current={editing !== 'new' && editing?.id === z.id ? 'true' : undefined}
                >
                  <div className="admin-person__head">
                    <h3>{z.name}</h3>
                    {!z.geometry && <span className="admin-pill">{t('admin.zones.noOutline')}</span>}
                  </div>
                  <p className="coord-muted">
                    {t('admin.zones.counts', {
                      sites: z.sites,
                      points: z.fibrePoints,
                      buildings: z.buildings,
                    })}
                  </p>
                  <p>
                    {t('admin.zones.people', { count: techs.length })}
                    {techs.length > 0 && ` : ${techs.map((p) => p.name).join(', ')}`}
                  </p>
                  <div className="admin-row">
                    <button
                      type="button"
                      className="button"
                      onClick={() => {
                        setNotice('');
                        setEditing(z);
                      }}
                    >
                      {t('admin.zones.edit')}
                    </button>
                    <button
                      type="button"
                      className="button button--danger"
                      onClick={() => {
                        if (window.confirm(t('admin.zones.confirmDelete', { name: z.name })))
                          remove.mutate({ id: z.id });
                      }}
                    >
                      {t('admin.zones.delete')}
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
        {editing && inventory.data && (
          <ZoneEditor
            key={editing === 'new' ? 'new' : editing.id}
            zone={editing === 'new' ? null : editing}
            inventory={inventory.data}
            people={staff}
            onDone={(message) => {
              setNotice(message);
              setEditing(null);
            }}
          />
        )}
      </div>
    </div>
  );
}
