// Leaflet set up once for every map. Its default marker icons made to work under Vite (STACK.md; its
// CSS is loaded first thing by client/main.tsx): Leaflet guesses the icons' folder from its CSS, which
// a bundler rewrites, so the images are imported and the guess disabled. Site markers use divIcons;
// this is for any plain <Marker> (e.g. a searched address).
import L from 'leaflet';
import iconRetinaUrl from 'leaflet/dist/images/marker-icon-2x.png';
import iconUrl from 'leaflet/dist/images/marker-icon.png';
import shadowUrl from 'leaflet/dist/images/marker-shadow.png';

L.Icon.Default.imagePath = '';
L.Icon.Default.mergeOptions({ iconRetinaUrl, iconUrl, shadowUrl });

// A click on a marker must not move the marker before the button is released, or the mouseup lands
// elsewhere and the browser sends the click to a common ancestor (the marker pane), not the marker:
// a real mouse click on a pin then did nothing, while a scripted element.click() (no mousedown) worked.

// Leaflet's keyboard handler focuses the map on mousedown and then undoes the scroll that focus() may
// cause, but only the window's. The app scrolls inside its own areas (main.page__area), so on a map
// partly out of view that area scrolled between mousedown and mouseup. preventScroll keeps every
// scroller still; the `_focused` check is Leaflet's own (the map already has the focus).
const MapKeyboard = (L.Map as unknown as { Keyboard: typeof L.Class }).Keyboard;
MapKeyboard.include({
  _onMouseDown(this: { _focused: boolean; _map: L.Map }) {
    if (this._focused) return;
    this._map.getContainer().focus({ preventScroll: true });
  },
});

// A focused marker pans the map to show itself whole (autoPanOnFocus), which helps keyboard users;
// focus given by a mouse press on a pin at the map's edge would pan it away from under the pointer.
// Only keyboard focus (:focus-visible) pans.
type FocusPanning = { _icon?: HTMLElement; _panOnFocus(): void };
const panOnFocus = (L.Marker.prototype as unknown as FocusPanning)._panOnFocus;
L.Marker.include({
  _panOnFocus(this: FocusPanning) {
    if (this._icon?.matches(':focus-visible')) panOnFocus.call(this);
  },
});
