import { addressSearchInput, addressSearchOutput } from '../../shared/schemas/addresses.ts';
import { searchAddresses } from '../repositories/addresses.repository.ts';
import { rateLimitedProcedure, router } from '../trpc.ts';

export const addressesRouter = router({
  /** Public: the local BAN index, for when the online geocoder is out of reach. BAN-like results. */
  search: rateLimitedProcedure
    .input(addressSearchInput)
    .output(addressSearchOutput)
    .query(({ ctx, input }) => searchAddresses(ctx.db, input)),
});
