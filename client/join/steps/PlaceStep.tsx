// Step 2: where. An address (autocomplete), the phone's position, or a tap on the map.
import { useState } from 'react';
import type { AddressResult } from '../../../shared/schemas/addresses.ts';
import { useT } from '../../i18n/i18n.tsx';
import { useOutline } from '../../public-map/queries.ts';
import { IMPRECISE_M } from '../format.ts';
import { LocateError, locate, locateMessage } from '../geolocate.ts';
import { StepHeading } from '../ui.tsx';
import { AddressSearch } from './AddressSearch.tsx';
import type { StepProps } from './props.ts';

type Locating = { status: 'idle' } | { status: 'busy' } | { status: 'failed'; error: LocateError };

const round6 = (v: number) => Math.round(v * 1e6) / 1e6;

export function PlaceStep({ state, dispatch, focus }: StepProps) {
  const t = useT();
  const bounds = useOutline().data?.bounds;
  // Bias suggestions towards the network (a "rue de la Mairie" exists in every village of France).
  const near = bounds
    ? { lat: (bounds.south + bounds.north) / 2, lon: (bounds.west + bounds.east) / 2 }
    : null;
  const [locating, setLocating] = useState<Locating>({ status: 'idle' });

  const pick = (r: AddressResult) =>
    dispatch({
      type: 'place',
      place: { position: r.position, label: r.label, approximate: r.approximate, source: 'search' },
    });

  const locateMe = () => {
    setLocating({ status: 'busy' });
    locate().then(
      ({ position, accuracyM }) => {
        setLocating({ status: 'idle' });
        dispatch({
          type: 'place',
          place: {
            position: { lat: round6(position.lat), lon: round6(position.lon) },
            label: null,
            approximate: accuracyM > IMPRECISE_M,
            source: 'geolocation',
            accuracyM,
          },
        });
      },
      (error: unknown) =>
        setLocating({
          status: 'failed',
          error: error instanceof LocateError ? error : new LocateError('unavailable'),
        }),
    );
  };

  const info = state.intent === 'collectivity' || state.intent === 'curious';
  return (
    <>
      <StepHeading focus={focus}>{t('join.place.title')}</StepHeading>
      <AddressSearch near={near} onPick={pick} />
      <p className="join-or" aria-hidden="true">
        {t('join.place.or')}
      </p>
      <button
        type="button"
        className="button button--block join-locate"
        onClick={locateMe}
        disabled={locating.status === 'busy'}
        data-testid="locate"
      >
        <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
          <circle cx="12" cy="12" r="4" fill="currentColor" />
          <path d="M12 2v4M12 18v4M2 12h4M18 12h4" stroke="currentColor" strokeWidth="2" />
          <circle cx="12" cy="12" r="7" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
        {locating.status === 'busy' ? t('join.place.locating') : t('join.place.locate')}
      </button>
      {locating.status === 'failed' && (
        <p className="form__error" role="alert" data-testid="locate-error">
          {t(locateMessage[locating.error.failure])}
        </p>
      )}
      <p className="join-hint">{t('join.place.tapMap')}</p>
      {info && (
        <button
          type="button"
          className="button button--ghost join-link"
          onClick={() => dispatch({ type: 'overview' })}
        >
          {t('join.place.skip')}
        </button>
      )}
    </>
  );
}
