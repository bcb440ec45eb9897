// Leaflet's default marker icons (its CSS is loaded first thing by client/main.tsx) made to work under Vite (STACK.md): Leaflet guesses the
// icons' folder from its CSS, which a bundler rewrites, so the images are imported and the guess
// disabled. Site markers use divIcons; this is for any plain <Marker> (e.g. a searched address).
import L from 'leaflet';
import iconRetinaUrl from 'leaflet/dist/images/marker-icon-2x.png';
import iconUrl from 'leaflet/dist/images/marker-icon.png';
import shadowUrl from 'leaflet/dist/images/marker-shadow.png';

L.Icon.Default.imagePath = '';
L.Icon.Default.mergeOptions({ iconRetinaUrl, iconUrl, shadowUrl });
