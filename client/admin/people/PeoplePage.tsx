// `/administration/personnes`: everyone who can log in, and a form to add someone.
import { useState } from 'react';
import { useSession } from '../../auth/session.ts';
import { fold } from '../../technician/places.ts';
import { useT } from '../../i18n/i18n.tsx';
import { useInventory, usePeople } from '../queries.ts';
import { CreateUserForm } from './CreateUserForm.tsx';
import { UserCard } from './UserCard.tsx';

export function PeoplePage() {
  const t = useT();
  const session = useSession();
  const me = session.status === 'ready' ? session.user?.id : undefined;
  const people = usePeople();
  const inventory = useInventory();
  const [query, setQuery] = useState('');
  const zones = (inventory.data?.zones ?? []).map((z) => ({ id: z.id, label: z.name }));
  const shown = (people.data ?? []).filter((u) => fold(`${u.name} ${u.email}`).includes(fold(query.trim())));

  return (
    <div className="coord-page admin-page" data-testid="admin-people">
      <div className="coord-page__head">
        <h1>{t('admin.people.title')}</h1>
      </div>
      <p className="coord-muted">{t('admin.people.intro')}</p>
      <div className="admin-columns">
        <section aria-label={t('admin.people.title')}>
          <label className="admin-field">
            <span>{t('admin.people.search')}</span>
            <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
          </label>
          {people.isPending && <p className="coord-status">{t('admin.loading')}</p>}
          {people.isError && <p className="coord-status coord-status--error">{t('admin.loadFailed')}</p>}
          <ul className="admin-list">
            {shown.map((u) => (
              <UserCard key={u.id} user={u} self={u.id === me} zones={zones} />
            ))}
          </ul>
        </section>
        <CreateUserForm zones={zones} />
      </div>
    </div>
  );
}
