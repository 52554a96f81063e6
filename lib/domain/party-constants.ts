/**
 * Guest registration (party) document types, sexes and relationships: values without schemas. Client
 * components import them from here, so zod stays out of their bundles; party.ts re-exports them for server
 * code.
 */

/**
 * Every guest in a stay's party, registered where the building's country requires it (issue 17, item 6). The
 * fields are those of Spain's parte de viajeros (Real Decreto 933/2021) as SES.Hospedajes takes them
 * (`personaHospedajeType`, spec v3.1.3): the export maps each one to its element (docs/guest-registration.md).
 */
export const PARTY_DOCUMENT_TYPES = ["NIF", "NIE", "PAS", "OTRO"] as const;
export type PartyDocumentType = (typeof PARTY_DOCUMENT_TYPES)[number];
export const PARTY_SEXES = ["H", "M", "O"] as const;
/** SES.Hospedajes `parentesco` codes: a minor's relationship to an adult of the party. */
export const PARTY_RELATIONSHIPS = [
  "AB",
  "BA",
  "BN",
  "CD",
  "CY",
  "HJ",
  "HR",
  "NI",
  "PM",
  "SB",
  "SG",
  "TI",
  "YN",
  "TU",
  "OT",
] as const;
/** Adults (18 and over on the check-in date) must give a document; a minor, their relationship. */
export const ADULT_AGE = 18;
