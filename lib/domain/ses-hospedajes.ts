import type { PartyMember } from "./party";

/**
 * Spain's parte de viajeros for SES.Hospedajes (Real Decreto 933/2021), built to the Ministry of the Interior's
 * web-service specification "MIR-HOSPE-DSI-WS · Servicio de Hospedajes · Comunicaciones" v3.1.3: the XML of an
 * `altaParteHospedaje` request (namespace below), one `comunicacion` per stay with its `contrato` and one
 * `persona` (rol `VI`, viajero) per guest. Element names and their order follow the schema's `xsd:sequence`s
 * (`contratoHospedajeType`, `pagoType`, `personaHospedajeType`, `direccionType`); optional elements without a
 * value are left out. The file is what the service's `comunicacion` operation carries (zipped and Base64-encoded
 * by the sender, `tipoOperacion` A, `tipoComunicacion` PV) and what the SES.Hospedajes web form uploads.
 */
export const SES_ALTA_PARTE_NS = "http://www.neg.hospedajes.mir.es/altaParteHospedaje";
export const SES_SPEC_VERSION = "3.1.3";
/** The service takes at most this many `comunicacion` per request. */
export const SES_MAX_COMMUNICATIONS = 100;

export type SesStay = {
  /** `referencia`: the stay's id */
  reference: string;
  /** `fechaContrato`: the day it was booked (YYYY-MM-DD) */
  contractDate: string;
  /** `fechaEntrada`/`fechaSalida`: local date and time, `YYYY-MM-DDTHH:mm:ss` */
  arrival: string;
  departure: string;
  /** `numHabitaciones`: the rooms let (a unit is let whole: 1) */
  rooms: number;
  internet: boolean;
  /** `tipoPago`: EFECT, TARJT, PLATF, TRANS, MOVIL, TREG, DESTI or OTRO */
  paymentType: string;
  members: PartyMember[];
};

const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const el = (name: string, value: string | number | boolean) => `<${name}>${esc(String(value))}</${name}>`;
const opt = (name: string, value: string | undefined) => (value ? el(name, value) : "");

function persona(m: PartyMember): string {
  const hasDocument = Boolean(m.documentType && m.documentNumber);
  const a = m.address;
  return [
    "<persona>",
    el("rol", "VI"),
    el("nombre", m.firstName),
    el("apellido1", m.surname1),
    opt("apellido2", m.surname2),
    hasDocument ? opt("tipoDocumento", m.documentType) : "",
    hasDocument ? opt("numeroDocumento", m.documentNumber) : "",
    hasDocument ? opt("soporteDocumento", m.documentSupport) : "",
    el("fechaNacimiento", m.birthDate),
    el("nacionalidad", m.nationality),
    el("sexo", m.sex),
    "<direccion>",
    el("direccion", a.line),
    // Spain: the INE municipality code; elsewhere the town's name
    a.country === "ESP"
      ? opt("codigoMunicipio", a.municipalityCode)
      : opt("nombreMunicipio", a.municipalityName),
    el("codigoPostal", a.postalCode),
    el("pais", a.country),
    "</direccion>",
    opt("telefono", m.phone),
    opt("correo", m.email),
    opt("parentesco", m.relationship),
    "</persona>",
  ].join("");
}

function comunicacion(s: SesStay): string {
  return [
    "<comunicacion>",
    "<contrato>",
    el("referencia", s.reference.slice(0, 50)),
    el("fechaContrato", s.contractDate),
    el("fechaEntrada", s.arrival),
    el("fechaSalida", s.departure),
    el("numPersonas", s.members.length),
    el("numHabitaciones", s.rooms),
    el("internet", s.internet),
    "<pago>",
    el("tipoPago", s.paymentType),
    "</pago>",
    "</contrato>",
    ...s.members.map(persona),
    "</comunicacion>",
  ].join("");
}

/** The `altaParteHospedaje` request for the establishment's stays (at most `SES_MAX_COMMUNICATIONS`). */
export function sesParteViajerosXml(establishmentCode: string, stays: SesStay[]): string {
  if (stays.length > SES_MAX_COMMUNICATIONS)
    throw new Error(`SES.Hospedajes takes at most ${SES_MAX_COMMUNICATIONS} stays per file`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<alt:peticion xmlns:alt="${SES_ALTA_PARTE_NS}">`,
    "<solicitud>",
    el("codigoEstablecimiento", establishmentCode),
    ...stays.map(comunicacion),
    "</solicitud>",
    "</alt:peticion>",
  ].join("\n");
}
