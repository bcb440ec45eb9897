import type { ComponentType, ReactNode } from 'react';
import { Link } from 'react-router';
import { useT } from '../../i18n/i18n.tsx';
import { SavedNotice } from './SavedNotice.tsx';

/**
 * A technician's list of records from the device's database: the saved notice, the title with its
 * "new" button, then `children` (notices about the list), then the records or why there are none.
 */
export function RecordListPage<T extends { row: { id: string } }>(p: {
  testId: string;
  title: string;
  newRecord: { to: string; label: string };
  empty: string;
  items: T[] | undefined;
  listTestId?: string;
  /** Draws one record as a list item (`<li>`). */
  Card: ComponentType<{ item: T }>;
  children?: ReactNode;
}) {
  const t = useT();
  return (
    <div className="page__content tech-page" data-testid={p.testId}>
      <SavedNotice />
      <div className="page-title">
        <h1>{p.title}</h1>
        <Link className="button button--primary" to={p.newRecord.to}>
          {p.newRecord.label}
        </Link>
      </div>
      {p.children}
      {p.items === undefined ? (
        <p className="page-status">{t('app.loading')}</p>
      ) : p.items.length === 0 ? (
        <p className="empty-state">{p.empty}</p>
      ) : (
        <ul className="record-list" data-testid={p.listTestId}>
          {p.items.map((item) => (
            <p.Card key={item.row.id} item={item} />
          ))}
        </ul>
      )}
    </div>
  );
}
