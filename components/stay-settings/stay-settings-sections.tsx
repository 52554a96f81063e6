"use client";

import { useTranslations } from "next-intl";
import { type FieldSpec, toFlat } from "@/components/manager/field-spec";
import { SectionForm } from "@/components/manager/section-form";
import type { BuildingConfig } from "@/lib/domain/building-config";
import {
  GUEST_REGISTRATION_COUNTRIES,
  SES_PAYMENT_TYPES,
  TURNOVER_TIMINGS,
} from "@/lib/domain/building-config-constants";

type Words = (key: string) => string;

/** The fields of each section; bounds and choices come from the config's schema (the server checks them again). */
function sections(t: Words): { section: string; fields: FieldSpec[] }[] {
  const choices = (name: string, values: readonly string[]) =>
    values.map((value) => ({ value, label: t(`options.${name}.${value}`) }));
  return [
    {
      section: "guests",
      fields: [
        { name: "turnoverTiming", kind: "select", options: choices("turnoverTiming", TURNOVER_TIMINGS) },
        { name: "doorCode.guestAppUnlock", kind: "switch" },
      ],
    },
    {
      section: "registration",
      fields: [
        {
          name: "guestRegistration.country",
          kind: "select",
          options: choices("guestRegistration.country", GUEST_REGISTRATION_COUNTRIES),
        },
        { name: "guestRegistration.establishmentCode", kind: "text", max: 10 },
        {
          name: "guestRegistration.paymentType",
          kind: "select",
          options: choices("guestRegistration.paymentType", SES_PAYMENT_TYPES),
        },
        { name: "guestRegistration.internet", kind: "switch" },
      ],
    },
  ];
}

/**
 * The settings page's guest-and-stay sections (issue 17): when the unit is cleaned, whether guests may unlock from
 * their stay page, and registering each party for the local authority (Spain's SES.Hospedajes). Each section is
 * its own form, saved through `saveStaySettingsAction`; a wrong field is named under the field.
 */
export function StaySettingsSections(
  config: Pick<BuildingConfig, "turnoverTiming" | "doorCode" | "guestRegistration">,
) {
  const t = useTranslations("staySettings") as unknown as Words;
  return (
    <>
      {sections(t).map(({ section, fields }) => (
        <SectionForm
          key={section}
          section={section}
          namespace="staySettings"
          target="staySettings"
          fields={fields}
          initial={toFlat(fields, config)}
        />
      ))}
    </>
  );
}
