/**
 * What a staff member may do. The desk's roles, from least to most: agents work tickets, supervisors also
 * steer the desk, admins also run it. `partner`: a partner agency's staff, outside that ladder — they see
 * only what was referred to their agency.
 */
export type StaffRole = 'agent' | 'supervisor' | 'admin' | 'partner';

/** The desk's own roles, least to most (partner staff are not on this ladder). */
export const STAFF_ROLES: readonly StaffRole[] = ['agent', 'supervisor', 'admin'];

/** True when `role` includes everything `needed` may do (desk roles are nested; partner includes only itself). */
export function roleIncludes(role: StaffRole, needed: StaffRole): boolean {
  // Why apart: a partner is never "at least an agent", and no desk role acts as a partner agency.
  if (role === 'partner' || needed === 'partner') return role === needed;
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
  /** The partner agency a partner-role account belongs to (null for desk staff). */
  partnerId: string | null;
  language: 'id' | 'en';
}
