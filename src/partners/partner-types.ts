/** HTCDS 2.0's organisation types (org_Type): what kind of body a partner is. */
export const PARTNER_TYPES = [
  'NGO',
  'LawEnforcement',
  'HealthServiceOrganisation',
  'CentralGovernmentOrganisation',
  'LocalGovernmentOrganisation',
  'ImmigrationService',
  'LegalService',
  'CorporateBusiness',
  'SchoolOrCollege',
] as const;

/** One of HTCDS's organisation types. */
export type PartnerType = (typeof PARTNER_TYPES)[number];
