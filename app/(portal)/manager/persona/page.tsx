import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import type { FieldSpec } from "@/components/manager/field-spec";
import { toFlat } from "@/components/manager/field-spec";
import { PersonaForm } from "@/components/manager/persona-form";
import { PageHeader } from "@/components/ui/page-header";
import { PERSONA_TONES } from "@/lib/domain/building";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n";
import { getBuilding } from "@/server/services/building/get-building";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("persona"))("title") };
}

/** The concierge's name, tone, languages, greeting, refusals and hand-over rules. */
export default rolePage(["manager"], async function PersonaPage(actor) {
  const [building, t] = await Promise.all([getBuilding(actor), getTranslations("persona")]);
  const fields: FieldSpec[] = [
    { name: "persona.name", kind: "text", max: 60 },
    {
      name: "persona.tone",
      kind: "select",
      options: PERSONA_TONES.map((v) => ({ value: v, label: t(`tones.${v}`) })),
    },
    {
      name: "persona.languages",
      kind: "checkboxes",
      options: LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l] })),
    },
    { name: "persona.greeting", kind: "textarea", max: 500 },
    { name: "persona.refuseTopics", kind: "lines", maxItems: 50 },
    { name: "persona.escalation.triggers", kind: "lines", maxItems: 50 },
    { name: "persona.escalation.contact", kind: "text", max: 200 },
    { name: "persona.escalation.message", kind: "textarea", max: 500 },
  ];
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
      <PersonaForm fields={fields} initial={toFlat(fields, building.config)} />
    </div>
  );
});
