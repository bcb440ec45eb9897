// Picking a point without a pointer: once the map has keyboard focus, a crosshair marks its centre;
// the arrow keys move the map under it (Leaflet's own keyboard handler) and Enter checks that point.
import { useEffect, useState, type Dispatch } from 'react';
import { createPortal } from 'react-dom';
import { useMap } from 'react-leaflet';
import { useT } from '../i18n/i18n.tsx';
import type { FlowAction } from './flow.ts';

const round6 = (v: number) => Math.round(v * 1e6) / 1e6;

export function KeyboardPick({ active, dispatch }: { active: boolean; dispatch: Dispatch<FlowAction> }) {
  const t = useT();
  const map = useMap();
  const container = map.getContainer();
  const [focused, setFocused] = useState(false);

  useEffect(() => {
    container.setAttribute('aria-keyshortcuts', 'ArrowUp ArrowDown ArrowLeft ArrowRight Enter');
    const onFocus = () => setFocused(container.matches(':focus-visible'));
    const onBlur = () => setFocused(false);
    const onKey = (e: KeyboardEvent) => {
      // Only on the map itself: Enter on a marker or a control inside it keeps its own meaning.
      if (e.key !== 'Enter' || e.target !== container || !active) return;
      e.preventDefault();
      const c = map.getCenter();
      const position = { lat: round6(c.lat), lon: round6(c.lng) };
      dispatch({ type: 'place', place: { position, label: null, approximate: false, source: 'map' } });
    };
    container.addEventListener('focus', onFocus);
    container.addEventListener('blur', onBlur);
    container.addEventListener('keydown', onKey);
    return () => {
      container.removeEventListener('focus', onFocus);
      container.removeEventListener('blur', onBlur);
      container.removeEventListener('keydown', onKey);
    };
  }, [container, map, active, dispatch]);

  if (!focused || !active) return null;
  return createPortal(
    <div className="map-crosshair" data-testid="map-crosshair" aria-hidden="true">
      <svg viewBox="0 0 44 44" width="44" height="44">
        <path d="M22 2v14M22 28v14M2 22h14M28 22h14" stroke="#fff" strokeWidth="6" />
        <path d="M22 2v14M22 28v14M2 22h14M28 22h14" stroke="#172019" strokeWidth="2.5" />
      </svg>
      <span className="map-crosshair__hint">{t('map.keyboardPick')}</span>
    </div>,
    container,
  );
}
