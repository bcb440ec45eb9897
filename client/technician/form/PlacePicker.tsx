// Where the work was done, from the device's own reference data (works offline): type a few letters
// of a relay, a street or a PM/PBO/PTO reference; nearest first once a GPS position is known.
import { useId, useMemo, useState } from 'react';
import type { Position } from '../../../shared/schemas/common.ts';
import type { MessageKey } from '../../i18n/fr.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDistance } from '../../../shared/eligibility/index.ts';
import { placeKeyOf, searchPlaces, type PlaceRef, type PlaceType } from '../places.ts';
import { usePlaces } from '../queries.ts';

const typeLabels: Record<PlaceType, MessageKey> = {
  site: 'technician.place.site',
  sector: 'technician.place.sector',
  building: 'technician.place.building',
  fibreNode: 'technician.place.fibreNode',
};

export function PlacePicker({
  value,
  onChange,
  near,
  types,
  label = 'technician.place.label',
}: {
  value: PlaceRef | null;
  onChange(ref: PlaceRef | null): void;
  near: Position | null;
  types?: PlaceType[];
  label?: MessageKey;
}) {
  const { t, lang } = useI18n();
  const id = useId();
  const places = usePlaces();
  const [query, setQuery] = useState('');
  const selectedKey = value ? placeKeyOf(value) : null;
  const selected = useMemo(() => places?.find((p) => p.key === selectedKey), [places, selectedKey]);
  // Nothing to suggest before a search or a GPS position: a list of arbitrary addresses is noise.
  const searching = query.trim().length >= 2 || near !== null;
  const results = useMemo(
    () => (places && searching ? searchPlaces(places, query, { near, types, limit: 6 }) : []),
    [places, query, near, types, searching],
  );

  if (selectedKey) {
    return (
      <div className="field">
        <span className="field__label">{t(label)}</span>
        <div className="place-chosen" data-testid="place-chosen">
          <span>
            <span className="place__type">{selected ? t(typeLabels[selected.type]) : ''}</span>
            <strong>{selected?.label ?? selectedKey.split(':')[1]}</strong>
          </span>
          <button type="button" className="button" onClick={() => onChange(null)}>
            {t('technician.place.change')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {t(label)}
      </label>
      <input
        id={id}
        className="field__input"
        type="search"
        placeholder={t('technician.place.search')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        autoComplete="off"
      />
      {places && places.length === 0 && <p className="field__hint">{t('technician.place.noData')}</p>}
      {searching && places && places.length > 0 && results.length === 0 && (
        <p className="field__hint">{t('technician.place.none')}</p>
      )}
      <ul className="place-results" aria-label={t('technician.place.results')}>
        {results.map(({ place, distanceM }) => (
          <li key={place.key}>
            <button type="button" className="place-option" onClick={() => onChange(place.ref)}>
              <span className="place__type">{t(typeLabels[place.type])}</span>
              <span className="place-option__label">{place.label}</span>
              {place.detail && <span className="place-option__detail">{place.detail}</span>}
              {distanceM !== null && (
                <span className="place-option__distance">{formatDistance(distanceM, lang)}</span>
              )}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
