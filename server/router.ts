// The root router only composes feature routers.
import { authRouter } from './routers/auth.router.ts';
import { networkRouter } from './routers/network.router.ts';
import { router } from './trpc.ts';

export const appRouter = router({
  auth: authRouter,
  network: networkRouter,
});

export type AppRouter = typeof appRouter;
