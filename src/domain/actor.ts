import type { Role } from './role.js';

/** Who is acting: the signed-in user, or the system itself (CLI, start-up). */
export interface Actor {
  userId: string | null;
  displayName: string;
  agencyId: string | null;
  /** Materialised path of the actor's agency: the root of everything they may see. */
  agencyPath: string;
  roles: readonly Role[];
  officerId: string | null;
  certificateNumber: string | null;
}

export const systemActor: Actor = {
  userId: null,
  displayName: '系统',
  agencyId: null,
  agencyPath: '/',
  roles: ['systemAdmin'],
  officerId: null,
  certificateNumber: null,
};
