"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { toast } from "@/components/ui/toast";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { updateUnitAction } from "@/server/actions/update-unit";
import { SavedIndicator, type SaveState } from "./saved-indicator";

type Resident = { id: string; name: string; email: string };

/** Who lives in the unit, picked from the building's residents; they see the unit as soon as this is saved. */
export function UnitResidentsForm({
  unitId,
  residents,
  chosen,
}: {
  unitId: string;
  residents: Resident[];
  chosen: string[];
}) {
  const t = useTranslations("units.residents");
  const errorText = useErrorMessage();
  const router = useRouter();
  const [ids, setIds] = useState(chosen);
  const [error, setError] = useState<string | null>(null);
  const [state, setState] = useState<SaveState>({ kind: "clean" });
  const [pending, startTransition] = useTransition();

  const save = (e: React.FormEvent) => {
    e.preventDefault();
    startTransition(async () => {
      const result = await updateUnitAction({ unitId, residentIds: ids });
      if (!result.ok) {
        setError(errorText(result));
        return;
      }
      setError(null);
      setState({ kind: "saved", at: new Date() });
      toast.success(t("saved"));
      router.refresh();
    });
  };

  if (residents.length === 0) return <p className="text-slate-600 text-sm">{t("none")}</p>;
  return (
    <form onSubmit={save} className="space-y-4">
      <FormError message={error} title={t("errorTitle")} />
      <fieldset className="space-y-2">
        <legend className="sr-only">{t("legend")}</legend>
        {residents.map((r) => (
          <label
            key={r.id}
            className="flex items-center gap-3 rounded-md border border-slate-200 p-3 text-sm"
          >
            <input
              type="checkbox"
              checked={ids.includes(r.id)}
              onChange={(e) => {
                setState({ kind: "dirty" });
                setIds(e.currentTarget.checked ? [...ids, r.id] : ids.filter((x) => x !== r.id));
              }}
              className="size-5 shrink-0 accent-brand-600"
            />
            <span>
              <span className="font-medium text-slate-900">{r.name}</span>{" "}
              <span className="text-slate-600">{r.email}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="flex items-center justify-between gap-3">
        <SavedIndicator state={state} />
        <Button type="submit" loading={pending}>
          {t("save")}
        </Button>
      </div>
    </form>
  );
}
