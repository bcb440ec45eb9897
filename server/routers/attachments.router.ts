// Which photos the server already holds: a device asks before uploading, and resumes partial ones.
// The bytes themselves travel over plain HTTP (server/attachments-http.ts).
import { z } from 'zod';
import { attachmentStatus, attachmentStatusInput } from '../../shared/schemas/attachments.ts';
import { attachmentStatuses } from '../services/sync/attachments.ts';
import { router, technicianProcedure } from '../trpc.ts';

export const attachmentsRouter = router({
  status: technicianProcedure
    .input(attachmentStatusInput)
    .output(z.array(attachmentStatus))
    .query(({ ctx, input }) => attachmentStatuses(ctx.db, ctx.user, input.sha256)),
});
