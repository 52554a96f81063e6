import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { type FieldSpec, toFlat } from "@/components/manager/field-spec";
import { SectionForm } from "@/components/manager/section-form";
import { ADDRESS_FIELDS, CONFIG_SECTIONS, detailsFields } from "@/components/manager/settings-sections";
import { StayExtrasSettings } from "@/components/manager/stay-extras-settings";
import { StaySettingsSections } from "@/components/stay-settings/stay-settings-sections";
import { PageHeader } from "@/components/ui/page-header";
import { getBuilding } from "@/server/services/building/get-building";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings"))("title") };
}

/** The building's settings, one form per section, each saved on its own. */
export default rolePage(["manager"], async function SettingsPage(actor) {
  const [building, t, locale] = await Promise.all([
    getBuilding(actor),
    getTranslations("settings"),
    getLocale(),
  ]);
  const details = detailsFields(building, locale);
  // a choice's words come from the catalog: `options.<field>.<value>`
  const labelled = (f: FieldSpec): FieldSpec =>
    f.kind === "select"
      ? {
          ...f,
          options: f.options.map((o) => ({
            ...o,
            label: (t as unknown as (k: string) => string)(`options.${f.name}.${o.value}`),
          })),
        }
      : f;
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
      <SectionForm
        section="details"
        namespace="settings"
        target="details"
        fields={details}
        initial={toFlat(details, building)}
      />
      <SectionForm
        section="address"
        namespace="settings"
        target="details"
        fields={ADDRESS_FIELDS}
        initial={toFlat(ADDRESS_FIELDS, building)}
      />
      {CONFIG_SECTIONS.map(({ section, fields: raw }) => ({ section, fields: raw.map(labelled) })).map(
        ({ section, fields }) => (
          <SectionForm
            key={section}
            section={section}
            namespace="settings"
            target="config"
            fields={fields}
            initial={toFlat(fields, building.config)}
          />
        ),
      )}
      <StaySettingsSections
        turnoverTiming={building.config.turnoverTiming}
        doorCode={building.config.doorCode}
        guestRegistration={building.config.guestRegistration}
      />
      <StayExtrasSettings config={building.config} />
    </div>
  );
});
