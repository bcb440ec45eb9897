export {
  createBanGeocoder,
  parseBanAnswer,
  GeocoderError,
  DEFAULT_GEOCODER_URL,
  type BanGeocoder,
  type BanGeocoderOptions,
  type SearchOptions,
} from './ban.ts';
export { debounce, debouncedSearch, type Debounced } from './debounce.ts';
