/** What a staff member may do, from least to most: agents work tickets, supervisors also steer the desk, admins also run it. */
export type StaffRole = 'agent' | 'supervisor' | 'admin';

/** Every role, least to most. */
export const STAFF_ROLES: readonly StaffRole[] = ['agent', 'supervisor', 'admin'];

/** True when `role` includes everything `needed` may do (roles are nested). */
export function roleIncludes(role: StaffRole, needed: StaffRole): boolean {
  return STAFF_ROLES.indexOf(role) >= STAFF_ROLES.indexOf(needed);
}

/** A signed-in staff member as the desk sees them. */
export interface StaffMember {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  /** null: the central desk (Direktorat Pelindungan WNI), which sees every mission's tickets. */
  missionId: string | null;
  language: 'id' | 'en';
}
