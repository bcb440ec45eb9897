// Installation jobs planned from subscription requests (coordinators). Technicians receive theirs
// through sync.pull.
import { cancelJobInput, createJobInput, jobListItem, listJobsInput } from '../../shared/schemas/jobs.ts';
import { z } from 'zod';
import { cancelJob, createJob, listJobs } from '../services/jobs.service.ts';
import { coordinatorProcedure, router } from '../trpc.ts';

export const jobsRouter = router({
  list: coordinatorProcedure
    .input(listJobsInput)
    .output(z.array(jobListItem))
    .query(({ ctx, input }) => listJobs(ctx.db, input)),

  create: coordinatorProcedure
    .input(createJobInput)
    .output(jobListItem)
    .mutation(({ ctx, input }) => createJob(ctx.db, ctx.user, input)),

  cancel: coordinatorProcedure
    .input(cancelJobInput)
    .output(jobListItem)
    .mutation(({ ctx, input }) => cancelJob(ctx.db, ctx.user, input.id)),
});
