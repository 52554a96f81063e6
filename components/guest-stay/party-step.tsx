"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { Select, type SelectOption } from "@/components/ui/select";
import { sendForm } from "@/components/ui/send-form";
import { useErrorMessage } from "@/components/ui/use-error-message";
import type { PartyMemberInput } from "@/lib/domain/party";
import { PARTY_DOCUMENT_TYPES, PARTY_RELATIONSHIPS, PARTY_SEXES } from "@/lib/domain/party-constants";
import type { Guest } from "@/lib/domain/reservation";
import { registerPartyAction } from "@/server/actions/register-party";

const TEXT = [
  "firstName",
  "surname1",
  "surname2",
  "documentNumber",
  "documentSupport",
  "phone",
  "email",
] as const;

/**
 * Check-in's party step (issue 17), where the building's country asks for it: one group of fields per guest of
 * the stay (the lead guest's name filled in). The server checks the whole party (documents with their control
 * letters, contacts, minors' relationships, a Spanish address's municipality code) and stores nothing unless all
 * of it is right; each problem shows under its field, in the reader's language.
 */
export function PartyStep({
  guest,
  guestCount,
  countries,
}: {
  guest: Guest;
  guestCount: number;
  /** every country, named in the reader's language (countryOptions, on the server) */
  countries: SelectOption[];
}) {
  const t = useTranslations("guestRegistration.form");
  const errorText = useErrorMessage("stay");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [bad, setBad] = useState<Set<string>>(new Set());
  const [formError, setFormError] = useState<string | null>(null);
  const [countryOf, setCountryOf] = useState<Record<number, string>>({});
  const form = useRef<HTMLFormElement>(null);
  const [first, ...rest] = guest.name.split(" ");

  // the fields are read from the form as sent (sendForm): one sent before the step's script has run is not lost,
  // nor submitted by the browser itself (a GET, the party's documents in the URL)
  const send = (data: FormData) => {
    const v = (i: number, f: string) => String(data.get(`m${i}.${f}`) ?? "").trim();
    const members: PartyMemberInput[] = Array.from({ length: guestCount }, (_, i) => {
      const m: Record<string, unknown> = {
        birthDate: v(i, "birthDate"),
        nationality: v(i, "nationality"),
        sex: v(i, "sex"),
        address: {
          line: v(i, "line"),
          municipalityCode: v(i, "municipalityCode"),
          municipalityName: v(i, "municipalityName"),
          postalCode: v(i, "postalCode"),
          country: v(i, "country"),
        },
      };
      for (const f of TEXT) m[f] = v(i, f);
      if (v(i, "documentType")) m.documentType = v(i, "documentType");
      if (v(i, "relationship")) m.relationship = v(i, "relationship");
      return m as PartyMemberInput;
    });
    startTransition(async () => {
      const result = await registerPartyAction({ members });
      if (result.ok) {
        setBad(new Set());
        setFormError(null);
        router.refresh();
        return;
      }
      const fields = result.fields ? Object.keys(result.fields) : [];
      setBad(new Set(fields));
      // the party's size is not one field: said above the form, as are other failures
      setFormError(
        fields.includes("members")
          ? t("errors.count", { count: guestCount })
          : fields.length
            ? null
            : errorText(result),
      );
      requestAnimationFrame(() => form.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus());
    });
  };

  // `f` is a field of the party schema; its message is `errors.<f>` (address fields nested: `errors.address.line`)
  const err = (i: number, f: string) =>
    bad.has(`members.${i}.${f}`) ? [t(`errors.${f}` as "errors.firstName")] : undefined;
  const field = (i: number, f: string) => `m${i}.${f}`;
  return (
    <form ref={form} {...sendForm(send)} noValidate className="space-y-6">
      <p className="text-slate-700 text-sm">{t("intro", { count: guestCount })}</p>
      <FormError title={t("errorTitle")} message={formError} />
      {Array.from({ length: guestCount }, (_, i) => {
        const country = countryOf[i] ?? "";
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: the party's places are fixed by the stay's size
          <fieldset key={i} className="space-y-4 rounded-md border border-slate-200 p-3">
            <legend className="px-1 font-semibold text-slate-900">
              {i === 0 ? t("leadGuest") : t("guestN", { n: i + 1 })}
            </legend>
            <div className="grid gap-4 sm:grid-cols-3">
              <FormField
                label={t("firstName")}
                name={field(i, "firstName")}
                required
                error={err(i, "firstName")}
              >
                <Input autoComplete={i === 0 ? "given-name" : "off"} defaultValue={i === 0 ? first : ""} />
              </FormField>
              <FormField
                label={t("surname1")}
                name={field(i, "surname1")}
                required
                error={err(i, "surname1")}
              >
                <Input autoComplete={i === 0 ? "family-name" : "off"} defaultValue={i === 0 ? rest[0] : ""} />
              </FormField>
              <FormField label={t("surname2")} name={field(i, "surname2")} error={err(i, "surname2")}>
                <Input autoComplete="off" defaultValue={i === 0 ? rest.slice(1).join(" ") : ""} />
              </FormField>
            </div>
            <div className="grid gap-4 sm:grid-cols-3">
              <FormField
                label={t("birthDate")}
                name={field(i, "birthDate")}
                required
                error={err(i, "birthDate")}
              >
                <Input type="date" autoComplete={i === 0 ? "bday" : "off"} />
              </FormField>
              <FormField
                label={t("nationality")}
                name={field(i, "nationality")}
                required
                error={err(i, "nationality")}
              >
                <Select defaultValue="" placeholder={t("choose")} options={countries} />
              </FormField>
              <FormField label={t("sex")} name={field(i, "sex")} required error={err(i, "sex")}>
                <Select
                  defaultValue=""
                  placeholder={t("choose")}
                  options={PARTY_SEXES.map((s) => ({ value: s, label: t(`sexes.${s}`) }))}
                />
              </FormField>
            </div>
            <div className="grid gap-4 sm:grid-cols-3">
              <FormField
                label={t("documentType")}
                name={field(i, "documentType")}
                hint={t("documentHint")}
                error={err(i, "documentType")}
              >
                <Select
                  defaultValue=""
                  placeholder={t("noDocument")}
                  options={PARTY_DOCUMENT_TYPES.map((d) => ({ value: d, label: t(`documents.${d}`) }))}
                />
              </FormField>
              <FormField
                label={t("documentNumber")}
                name={field(i, "documentNumber")}
                error={err(i, "documentNumber")}
              >
                <Input autoComplete="off" autoCapitalize="characters" maxLength={15} />
              </FormField>
              <FormField
                label={t("documentSupport")}
                name={field(i, "documentSupport")}
                hint={t("supportHint")}
                error={err(i, "documentSupport")}
              >
                <Input autoComplete="off" autoCapitalize="characters" maxLength={9} />
              </FormField>
            </div>
            <FormField
              label={t("addressLine")}
              name={field(i, "line")}
              required
              error={err(i, "address.line")}
            >
              <Input autoComplete={i === 0 ? "street-address" : "off"} maxLength={100} />
            </FormField>
            <div className="grid gap-4 sm:grid-cols-3">
              <FormField
                label={t("country")}
                name={field(i, "country")}
                required
                error={err(i, "address.country")}
              >
                <Select
                  defaultValue=""
                  placeholder={t("choose")}
                  options={countries}
                  onChange={(e) => setCountryOf((c) => ({ ...c, [i]: e.target.value }))}
                />
              </FormField>
              {country === "ESP" ? (
                <FormField
                  label={t("municipalityCode")}
                  name={field(i, "municipalityCode")}
                  required
                  hint={t("municipalityCodeHint")}
                  error={err(i, "address.municipalityCode")}
                >
                  <Input inputMode="numeric" maxLength={5} autoComplete="off" />
                </FormField>
              ) : (
                <FormField
                  label={t("municipalityName")}
                  name={field(i, "municipalityName")}
                  required
                  error={err(i, "address.municipalityName")}
                >
                  <Input autoComplete={i === 0 ? "address-level2" : "off"} maxLength={100} />
                </FormField>
              )}
              <FormField
                label={t("postalCode")}
                name={field(i, "postalCode")}
                required
                error={err(i, "address.postalCode")}
              >
                <Input autoComplete={i === 0 ? "postal-code" : "off"} maxLength={20} />
              </FormField>
            </div>
            <div className="grid gap-4 sm:grid-cols-3">
              <FormField label={t("phone")} name={field(i, "phone")} error={err(i, "phone")}>
                <Input
                  type="tel"
                  autoComplete={i === 0 ? "tel" : "off"}
                  defaultValue={i === 0 ? (guest.phone ?? "") : ""}
                />
              </FormField>
              <FormField label={t("email")} name={field(i, "email")} error={err(i, "email")}>
                <Input
                  type="email"
                  autoComplete={i === 0 ? "email" : "off"}
                  defaultValue={i === 0 ? guest.email : ""}
                />
              </FormField>
              <FormField
                label={t("relationship")}
                name={field(i, "relationship")}
                hint={t("relationshipHint")}
                error={err(i, "relationship")}
              >
                <Select
                  defaultValue=""
                  placeholder={t("notMinor")}
                  options={PARTY_RELATIONSHIPS.map((r) => ({ value: r, label: t(`relationships.${r}`) }))}
                />
              </FormField>
            </div>
          </fieldset>
        );
      })}
      <Button type="submit" size="lg" loading={pending} className="w-full sm:w-auto">
        {t("submit")}
      </Button>
    </form>
  );
}
