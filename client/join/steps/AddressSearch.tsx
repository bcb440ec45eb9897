// Address autocomplete: type, then pick one of the suggestions (big buttons, so a thumb hits the
// right one). Approximate answers say so; when no search service answers, the map is the way.
import { useState } from 'react';
import type { AddressResult } from '../../../shared/schemas/addresses.ts';
import type { Position } from '../../../shared/schemas/common.ts';
import { useT } from '../../i18n/i18n.tsx';
import { useAddressSearch } from '../useAddressSearch.ts';

export function AddressSearch({ near, onPick }: { near: Position | null; onPick(r: AddressResult): void }) {
  const t = useT();
  const [query, setQuery] = useState('');
  const { state, search } = useAddressSearch(near);
  const results = state.status === 'done' ? state.results : [];

  return (
    <div className="join-search">
      <label className="field__label" htmlFor="join-address">
        {t('join.place.search')}
      </label>
      <input
        id="join-address"
        className="field__input"
        type="search"
        enterKeyHint="search"
        autoComplete="street-address"
        placeholder={t('join.place.searchHint')}
        aria-describedby="join-address-status"
        value={query}
        onChange={(e) => {
          setQuery(e.currentTarget.value);
          search(e.currentTarget.value);
        }}
        data-testid="address-input"
      />
      <p id="join-address-status" className="join-search__status" role="status">
        {state.status === 'loading' && t('join.place.searching')}
        {state.status === 'failed' && t('join.place.searchUnavailable')}
        {state.status === 'done' && state.source === 'local' && `${t('join.place.localIndex')} `}
        {state.status === 'done' &&
          (results.length ? t('join.place.results', { count: results.length }) : t('join.place.noResult'))}
      </p>
      {results.length > 0 && (
        <ul className="join-suggestions" data-testid="address-suggestions">
          {results.map((r) => (
            <li key={`${r.id}-${r.type}`}>
              <button type="button" className="join-suggestion" onClick={() => onPick(r)}>
                <span className="join-suggestion__label">{r.label}</span>
                {r.approximate && (
                  <span className="join-suggestion__approx" data-testid="approximate">
                    {t('join.place.approximate')}
                  </span>
                )}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
