// The header's sync slot. For now the connection state; the sync feature replaces this component's
// body with the outbox count, the last successful sync and rejected entries to fix.
import { OnlineStatus } from '../shell/OnlineStatus.tsx';

export function SyncStatus() {
  return (
    <div className="sync-status" data-testid="sync-status">
      <OnlineStatus />
    </div>
  );
}
