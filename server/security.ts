// Security headers, with a CSP that admits exactly the tile server and the geocoder we are configured for.
import type { FastifyHelmetOptions } from '@fastify/helmet';
import type { Env } from './env.ts';

function origin(url: string): string | null {
  try {
    return new URL(url.replace(/\{[a-z]+\}/gi, '0')).origin;
  } catch {
    return null;
  }
}

export function securityHeaders(env: Env): FastifyHelmetOptions {
  const tiles = origin(env.TILE_URL);
  const geocoder = origin(env.GEOCODER_URL);
  return {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"], // Leaflet positions tiles and markers with inline styles
        imgSrc: ["'self'", 'data:', 'blob:', ...(tiles ? [tiles] : [])],
        connectSrc: ["'self'", ...(geocoder ? [geocoder] : []), ...(tiles ? [tiles] : [])],
        workerSrc: ["'self'", 'blob:'],
        manifestSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
    // Plain-HTTP local installs must keep working; HSTS belongs to the HTTPS front.
    strictTransportSecurity: false,
  };
}
