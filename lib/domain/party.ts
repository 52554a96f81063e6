import { alpha3ToAlpha2 } from "i18n-iso-countries";
import { z } from "zod";
import type { FieldErrors } from "../errors";
import { idSchema, isoDateSchema, timestampSchema } from "./common";
import { ADULT_AGE, PARTY_DOCUMENT_TYPES, PARTY_RELATIONSHIPS, PARTY_SEXES } from "./party-constants";

// values without schemas live in party-constants.ts (client components import them from there)
export * from "./party-constants";

const alpha3 = z
  .string()
  .trim()
  .toUpperCase()
  .refine((c) => /^[A-Z]{3}$/.test(c) && alpha3ToAlpha2(c) !== undefined, "Use a country code like ESP");
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : undefined));

export const partyAddressSchema = z.object({
  line: z.string().trim().min(1).max(100),
  /** INE municipality code (5 digits): required when the country is Spain */
  municipalityCode: optionalText(5),
  /** the town's name: required outside Spain */
  municipalityName: optionalText(100),
  postalCode: z.string().trim().min(1).max(20),
  country: alpha3,
});

export const partyMemberSchema = z.object({
  firstName: z.string().trim().min(1).max(50),
  surname1: z.string().trim().min(1).max(50),
  /** required with a Spanish NIF */
  surname2: optionalText(50),
  documentType: z.enum(PARTY_DOCUMENT_TYPES).optional(),
  documentNumber: z
    .string()
    .trim()
    .toUpperCase()
    .max(15)
    .optional()
    .transform((v) => (v ? v.replace(/[\s-]/g, "") : undefined)),
  /** the document's support number (the card's own number): required with NIF and NIE */
  documentSupport: z
    .string()
    .trim()
    .toUpperCase()
    .max(9)
    .optional()
    .transform((v) => (v ? v : undefined)),
  birthDate: isoDateSchema,
  nationality: alpha3,
  sex: z.enum(PARTY_SEXES),
  address: partyAddressSchema,
  phone: optionalText(20),
  email: z
    .email("Enter a valid email address")
    .trim()
    .toLowerCase()
    .max(250)
    .optional()
    .or(z.literal("").transform(() => undefined)),
  relationship: z.enum(PARTY_RELATIONSHIPS).optional(),
});
export type PartyMember = z.infer<typeof partyMemberSchema>;
export type PartyMemberInput = z.input<typeof partyMemberSchema>;

/** `PUT` of the party (check-in step, or the API): everyone staying, the lead guest first. */
export const partyInputSchema = z.object({ members: z.array(partyMemberSchema).min(1).max(50) });
export type PartyInput = z.infer<typeof partyInputSchema>;

export const partyRegistrationSchema = z.object({
  buildingId: idSchema,
  reservationId: idSchema,
  members: z.array(partyMemberSchema),
  registeredAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type PartyRegistration = z.infer<typeof partyRegistrationSchema>;

const CONTROL = "TRWAGMYFPDXBNJZSQVHLCKE";
/** A Spanish DNI/NIF: 8 digits and the control letter of their remainder by 23. */
export function validNif(n: string): boolean {
  const m = /^(\d{8})([A-Z])$/.exec(n);
  return m ? CONTROL[Number(m[1]) % 23] === m[2] : false;
}
/** A Spanish NIE: X, Y or Z (0, 1, 2), 7 digits and the same control letter. */
export function validNie(n: string): boolean {
  const m = /^([XYZ])(\d{7})([A-Z])$/.exec(n);
  return m ? CONTROL[Number(`${"XYZ".indexOf(m[1] ?? "")}${m[2]}`) % 23] === m[3] : false;
}

/** Whole years between a birth date and a day (both YYYY-MM-DD). */
export function ageOn(birthDate: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/**
 * The rules the authority applies beyond each field's shape, as field errors keyed `members.N.field` (empty when
 * the party is good): the party size is the stay's; adults give a document (a NIF or NIE with its control
 * letter and support number; a NIF with both surnames) and a phone or email; a minor gives their relationship;
 * a Spanish address gives its INE municipality code, any other its town; nobody is born after the check-in.
 */
export function partyIssues(
  members: PartyMember[],
  stay: { checkIn: string; guestCount: number },
): FieldErrors {
  const fields: FieldErrors = {};
  const add = (key: string, message: string) => {
    fields[key] = [...(fields[key] ?? []), message];
  };
  if (members.length !== stay.guestCount)
    add("members", `Register all ${stay.guestCount} guest(s) of the stay (${members.length} given).`);
  members.forEach((m, i) => {
    const at = (f: string) => `members.${i}.${f}`;
    if (m.birthDate > stay.checkIn) add(at("birthDate"), "The birth date is after the check-in.");
    const adult = ageOn(m.birthDate, stay.checkIn) >= ADULT_AGE;
    if (adult && (!m.documentType || !m.documentNumber))
      add(at("documentNumber"), "Adults must give an identity document.");
    if (m.documentNumber && !m.documentType) add(at("documentType"), "Choose the document's type.");
    if (m.documentType === "NIF" && m.documentNumber && !validNif(m.documentNumber))
      add(at("documentNumber"), "This is not a valid DNI/NIF (8 digits and the right control letter).");
    if (m.documentType === "NIE" && m.documentNumber && !validNie(m.documentNumber))
      add(
        at("documentNumber"),
        "This is not a valid NIE (X, Y or Z, 7 digits and the right control letter).",
      );
    if ((m.documentType === "NIF" || m.documentType === "NIE") && m.documentNumber && !m.documentSupport)
      add(at("documentSupport"), "A DNI or NIE needs its support number.");
    if (m.documentType === "NIF" && !m.surname2) add(at("surname2"), "A DNI holder gives both surnames.");
    if (adult && !m.phone && !m.email) add(at("phone"), "Give a phone number or an email address.");
    if (!adult && !m.relationship) add(at("relationship"), "Say how this minor is related to an adult.");
    if (m.address.country === "ESP") {
      if (!m.address.municipalityCode || !/^\d{5}$/.test(m.address.municipalityCode))
        add(at("address.municipalityCode"), "A Spanish address needs its 5-digit INE municipality code.");
    } else if (!m.address.municipalityName) add(at("address.municipalityName"), "Give the town.");
  });
  return fields;
}
