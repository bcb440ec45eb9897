// Tick the zones someone works in (the people screen) or who works in a zone (the zones screen).
import { useId } from 'react';

export function Checklist({
  legend,
  options,
  value,
  onChange,
  empty,
}: {
  legend: string;
  options: { id: string; label: string }[];
  value: readonly string[];
  onChange(next: string[]): void;
  empty: string;
}) {
  const id = useId();
  return (
    <fieldset className="admin-checklist">
      <legend>{legend}</legend>
      {options.length === 0 && <p className="coord-muted">{empty}</p>}
      {options.map((o) => (
        <label key={o.id} className="admin-check" htmlFor={`${id}-${o.id}`}>
          <input
            id={`${id}-${o.id}`}
            type="checkbox"
            checked={value.includes(o.id)}
            onChange={(e) => onChange(e.target.checked ? [...value, o.id] : value.filter((v) => v !== o.id))}
          />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
