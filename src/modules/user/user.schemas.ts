import { z } from '@hono/zod-openapi';
import { roles } from '../../domain/role.js';

const role = z.enum(roles, '角色不正确');

export const userInputSchema = z
  .object({
    username: z
      .string()
      .trim()
      .regex(
        /^[a-zA-Z][a-zA-Z0-9_.-]{2,31}$/,
        '用户名为3–32位字母、数字、下划线、点或连字符，以字母开头',
      ),
    displayName: z.string().trim().min(2, '姓名至少2个字').max(30),
    agencyId: z.uuid('所属机构编号格式不正确'),
    officerId: z.uuid().nullish(),
    roles: z.array(role).min(1, '至少选择一个角色'),
  })
  .openapi('UserInput');
export type UserInput = z.infer<typeof userInputSchema>;

export const userPatchSchema = z
  .object({
    displayName: z.string().trim().min(2).max(30).optional(),
    roles: z.array(role).min(1, '至少选择一个角色').optional(),
  })
  .openapi('UserPatch');
export type UserPatch = z.infer<typeof userPatchSchema>;

export const userSchema = z
  .object({
    id: z.uuid(),
    username: z.string(),
    displayName: z.string(),
    agencyId: z.uuid(),
    agencyName: z.string(),
    officerId: z.uuid().nullable(),
    roles: z.array(role),
    locked: z.boolean(),
    mustChangePassword: z.boolean(),
  })
  .openapi('User');
export type UserView = z.infer<typeof userSchema>;

export const temporaryPasswordSchema = z
  .object({ temporaryPassword: z.string() })
  .openapi('TemporaryPassword');
