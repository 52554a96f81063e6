"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Select } from "@/components/ui/select";
import { toast } from "@/components/ui/toast";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { PERSON_ROLES, type PersonRole } from "@/lib/domain/people-constants";
import type { UserDTO } from "@/lib/domain/user";
import type { Result } from "@/lib/errors";
import { resendInvitationAction } from "@/server/actions/resend-invitation";
import { updatePersonAction } from "@/server/actions/update-person";

/** Role and unit in one form; disable/enable and resend as their own buttons (each a separate, audited change). */
export function PersonAccessForm({
  person,
  units,
  isSelf,
}: {
  person: Pick<UserDTO, "id" | "role" | "status" | "unitIds">;
  units: { id: string; number: string }[];
  isSelf: boolean;
}) {
  const t = useTranslations("people.detail");
  const roles = useTranslations("roles");
  // the last active manager comes as details.reason, worded by the hook
  const errorText = useErrorMessage("person");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [role, setRole] = useState<PersonRole>(person.role === "guest" ? "resident" : person.role);
  const [unitId, setUnitId] = useState(person.unitIds[0] ?? "");
  const [error, setError] = useState<string | null>(null);

  const run = (work: () => Promise<Result<unknown>>, done: string) =>
    start(async () => {
      const r = await work();
      if (r.ok) {
        setError(null);
        toast.success(done);
        router.refresh();
      } else {
        setError(errorText(r));
      }
    });

  return (
    <div className="space-y-6">
      <FormError id="person-error" title={t("errorTitle")} message={error} />
      <form
        className="grid gap-4 sm:grid-cols-3 sm:items-end"
        onSubmit={(e) => {
          e.preventDefault();
          run(
            () =>
              updatePersonAction({
                userId: person.id,
                role,
                unitIds: role === "resident" && unitId ? [unitId] : [],
              }),
            t("saved"),
          );
        }}
      >
        <FormField label={t("role")} name="role">
          <Select
            value={role}
            onChange={(e) => setRole(e.target.value as PersonRole)}
            options={PERSON_ROLES.map((r) => ({ value: r, label: roles(r) }))}
          />
        </FormField>
        <FormField label={t("unit")} name="unitId" hint={t("unitHint")}>
          <Select
            value={unitId}
            onChange={(e) => setUnitId(e.target.value)}
            disabled={role !== "resident"}
            placeholder={t("noUnit")}
            options={units.map((u) => ({ value: u.id, label: t("unitOption", { number: u.number }) }))}
          />
        </FormField>
        <Button type="submit" loading={pending}>
          {t("save")}
        </Button>
      </form>
      <div className="flex flex-wrap gap-3 border-slate-200 border-t pt-4">
        {person.status === "active" && !isSelf ? (
          <Button
            variant="danger"
            loading={pending}
            onClick={() =>
              run(() => updatePersonAction({ userId: person.id, status: "disabled" }), t("disabledDone"))
            }
          >
            {t("disable")}
          </Button>
        ) : null}
        {person.status === "disabled" ? (
          <Button
            variant="secondary"
            loading={pending}
            onClick={() =>
              run(() => updatePersonAction({ userId: person.id, status: "active" }), t("enabledDone"))
            }
          >
            {t("enable")}
          </Button>
        ) : null}
        {person.status === "invited" ? (
          <Button
            variant="secondary"
            loading={pending}
            onClick={() => run(() => resendInvitationAction({ userId: person.id }), t("resent"))}
          >
            {t("resend")}
          </Button>
        ) : null}
      </div>
    </div>
  );
}
