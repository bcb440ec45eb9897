// A filterable checklist of network elements (relays, sectors, fibre points, zones): coordinators name
// them by their own words ("Jussy", "PM-89-001"), so a text filter beats a long scroll.
import { useId, useMemo, useState } from 'react';
import { useT } from '../../i18n/i18n.tsx';

export interface Choice {
  id: string;
  label: string;
}

/** The list scrolls; past this many matches the filter is the faster way. */
const SHOWN = 40;

export function ElementPicker({
  legend,
  choices,
  chosen,
  onChange,
  testId,
}: {
  legend: string;
  choices: Choice[];
  chosen: string[];
  onChange(ids: string[]): void;
  testId: string;
}) {
  const t = useT();
  const id = useId();
  const [query, setQuery] = useState('');
  const matches = useMemo(() => {
    const q = query.trim().toLocaleLowerCase('fr');
    const found = q
      ? choices.filter((c) => `${c.label} ${c.id}`.toLocaleLowerCase('fr').includes(q))
      : choices;
    // The ticked ones stay in view whatever the filter.
    return [...choices.filter((c) => chosen.includes(c.id)), ...found.filter((c) => !chosen.includes(c.id))];
  }, [choices, chosen, query]);
  const toggle = (value: string) =>
    onChange(chosen.includes(value) ? chosen.filter((c) => c !== value) : [...chosen, value]);
  const hidden = Math.max(0, matches.length - Math.max(SHOWN, chosen.length));

  return (
    <fieldset className="ops-picker" data-testid={testId}>
      <legend>
        {legend}
        {chosen.length > 0 && ` — ${chosen.length} ${t('ops.form.chosen')}`}
      </legend>
      <input
        id={id}
        className="field__input"
        type="search"
        aria-label={`${legend} : ${t('ops.form.search')}`}
        placeholder={t('ops.form.search')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <ul>
        {matches.slice(0, Math.max(SHOWN, chosen.length)).map((c) => (
          <li key={c.id}>
            <label className="check-row">
              <input type="checkbox" checked={chosen.includes(c.id)} onChange={() => toggle(c.id)} />
              <span>{c.label}</span>
            </label>
          </li>
        ))}
      </ul>
      {hidden > 0 && (
        <p className="field__hint">
          +{hidden} {t('ops.form.more')}
        </p>
      )}
    </fieldset>
  );
}
