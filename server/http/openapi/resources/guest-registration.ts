import "server-only";
import { checkinResponseSchema } from "@/lib/domain/checkin-api";
import { partyInputSchema } from "@/lib/domain/party";
import { partyResponseSchema, sesExportQuerySchema } from "@/lib/domain/party-api";
import { idParamsSchema } from "@/lib/domain/reservation-api";
import { defineOperations } from "../registry";

const tag = "Guest registration";

/** Every guest of the party, for the local authority (issue 17, item 6). */
export const guestRegistrationOperations = defineOperations({
  registerParty: {
    method: "put",
    path: "/api/v1/checkin/party",
    tag,
    summary: "Check-in step: register every guest of the party",
    description:
      "Guests only, while check-in is open and where the building's country requires it (`partyRequired` in the check-in). `members[]`, lead guest first, as many as the stay's guests: name and surnames, `documentType` (NIF, NIE, PAS, OTRO), `documentNumber` (a NIF or NIE must carry its control letter) and `documentSupport` (NIF/NIE), `birthDate`, `nationality` and `address.country` (ISO 3166-1 alpha-3), `sex` (H, M, O), the address (a Spanish one with its INE `municipalityCode`), a phone or email for adults, a minor's `relationship`. Any problem is a 422 naming each field (`members.N.field`) and nothing is stored. Saving again replaces the party.",
    capability: "guestRegistration.write",
    body: partyInputSchema,
    responses: { 200: { description: "The check-in as it now stands", schema: checkinResponseSchema } },
    errors: [409],
  },
  getParty: {
    method: "get",
    path: "/api/v1/reservations/{id}/party",
    tag,
    summary: "A stay's registered party",
    description: "Staff and managers of the building, or the stay's guest.",
    capability: "guestRegistration.read",
    params: idParamsSchema,
    responses: { 200: { description: "The party", schema: partyResponseSchema } },
    errors: [404],
  },
  exportSesHospedajes: {
    method: "get",
    path: "/api/v1/guest-registrations/ses-hospedajes",
    tag,
    summary: "Spain's parte de viajeros for SES.Hospedajes (XML)",
    description:
      "Staff and managers. The building's stays arriving `from`–`to` (at most 31 days, at most 100 stays) whose party is registered, as the `altaParteHospedaje` XML of the Ministry of the Interior's SES.Hospedajes web service (spec v3.1.3): one `comunicacion` per stay, one `persona` per guest. Stays of the range without a registered party are left out and counted in the `X-Unregistered-Stays` header. 409 when the building does not register guests for Spain or has no establishment code. Audited.",
    capability: "guestRegistration.export",
    query: sesExportQuerySchema,
    responses: { 200: { description: "The XML file", contentType: "application/xml" } },
    errors: [409],
  },
});
