// A PM (mutualisation point) picked from the inventory's: a PBO's PM, a building's PM.
import type { Inventory } from '../../../shared/schemas/inventory.ts';

export function PmSelect({
  label,
  pms,
  value,
  onChange,
}: {
  label: string;
  pms: readonly Inventory['fibrePoints'][number][];
  value: string | null;
  onChange(pmId: string | null): void;
}) {
  return (
    <label>
      {label}
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">—</option>
        {pms.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name ?? p.id}
          </option>
        ))}
      </select>
    </label>
  );
}
