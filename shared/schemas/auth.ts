import { z } from 'zod';

export const roles = ['technician', 'coordinator', 'admin'] as const;
export const role = z.enum(roles);
export type Role = z.infer<typeof role>;

/** Rank of each role: a procedure for a role admits every role ranked at or above it. */
export const roleRank: Record<Role, number> = { technician: 1, coordinator: 2, admin: 3 };

export const email = z.string().trim().toLowerCase().pipe(z.email()).pipe(z.string().max(254));

export const loginInput = z.object({ email, password: z.string().min(1).max(512) });

export const sessionUser = z.object({ id: z.uuid(), email: z.string(), name: z.string(), role });
export type SessionUser = z.infer<typeof sessionUser>;

export const createUserArgs = z.object({
  email,
  name: z.string().trim().min(1).max(120),
  role,
  password: z.string().min(10, 'at least 10 characters').max(512),
});
export type CreateUserArgs = z.infer<typeof createUserArgs>;
