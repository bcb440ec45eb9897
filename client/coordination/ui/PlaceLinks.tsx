// Every building or fibre point a screen names links to its page, in words where the data has them:
// an address rather than `IMB/89382/X/2VBR`, a PBO's name rather than its id.
import { Link } from 'react-router';

export function BuildingLink({ id, address }: { id: string; address?: string | null }) {
  return (
    <Link to={`/coordination/batiments/${encodeURIComponent(id)}`} data-testid="building-link">
      {address ?? id}
    </Link>
  );
}

export function FibrePointLink({ id, name }: { id: string; name?: string | null }) {
  return (
    <Link to={`/coordination/points-fibre/${encodeURIComponent(id)}`} data-testid="fibre-point-link">
      {name ?? id}
    </Link>
  );
}
