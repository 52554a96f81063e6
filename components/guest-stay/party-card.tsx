import { useFormatter, useTranslations } from "next-intl";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { ADULT_AGE, ageOn, type PartyMember } from "@/lib/domain/party";

export type PartyCardData = { members: PartyMember[]; registeredAt: string } | null;

/**
 * The stay's registered party for the front desk (issue 17): each guest's name, document, birth date and
 * nationality; a minor with their relationship. Shown where the building's country requires registration.
 */
export function PartyCard({ party, checkIn }: { party: PartyCardData; checkIn: string }) {
  const t = useTranslations("guestRegistration.staff");
  const rel = useTranslations("guestRegistration.form.relationships");
  const format = useFormatter();
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
      </CardHeader>
      <CardContent>
        {!party ? (
          <p className="text-slate-600 text-sm">{t("none")}</p>
        ) : (
          <>
            <div className="overflow-x-auto">
              <table className="w-full text-left text-sm">
                <caption className="sr-only">{t("title")}</caption>
                <thead>
                  <tr className="border-slate-200 border-b text-slate-600">
                    <th scope="col" className="py-1 pr-3 font-medium">
                      {t("name")}
                    </th>
                    <th scope="col" className="py-1 pr-3 font-medium">
                      {t("document")}
                    </th>
                    <th scope="col" className="py-1 pr-3 font-medium">
                      {t("born")}
                    </th>
                    <th scope="col" className="py-1 font-medium">
                      {t("nationality")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {party.members.map((m, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: a party's members have no id; the order is the guest's
                    <tr key={i} className="border-slate-100 border-b align-top">
                      <th scope="row" className="py-1 pr-3 font-normal text-slate-900">
                        {[m.firstName, m.surname1, m.surname2].filter(Boolean).join(" ")}
                        {ageOn(m.birthDate, checkIn) < ADULT_AGE && m.relationship ? (
                          <span className="block text-slate-600 text-xs">
                            {t("minor", { relationship: rel(m.relationship) })}
                          </span>
                        ) : null}
                      </th>
                      <td className="py-1 pr-3">
                        {m.documentType && m.documentNumber ? `${m.documentType} ${m.documentNumber}` : "—"}
                      </td>
                      <td className="py-1 pr-3">{m.birthDate}</td>
                      <td className="py-1">{m.nationality}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p className="mt-2 text-slate-600 text-xs">
              {t("registeredAt", {
                at: format.dateTime(new Date(party.registeredAt), {
                  dateStyle: "medium",
                  timeStyle: "short",
                }),
              })}
            </p>
          </>
        )}
      </CardContent>
    </Card>
  );
}
