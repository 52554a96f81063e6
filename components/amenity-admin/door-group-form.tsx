"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useId, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { useErrorMessage } from "@/components/ui/use-error-message";
import type { DoorGroup } from "@/lib/domain/door-group";
import type { FieldErrors } from "@/lib/errors";
import { saveDoorGroupAction } from "@/server/actions/save-door-group";
import { ChoiceList } from "./choice-list";

/** Define or edit a door group: its name, its locks, and whether stay codes open it. */
export function DoorGroupForm({
  group,
  locks,
}: {
  group?: DoorGroup;
  locks: { id: string; name: string }[];
}) {
  const t = useTranslations("amenityAdmin.groupForm");
  const errorText = useErrorMessage();
  const router = useRouter();
  const staysId = useId();
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<FieldErrors>({});
  const [done, setDone] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    startTransition(async () => {
      const r = await saveDoorGroupAction({
        id: group?.id,
        group: {
          name: String(data.get("name") ?? "").trim(),
          deviceIds: data.getAll("deviceIds").map(String),
          forStays: data.get("forStays") === "on",
        },
      });
      if (!r.ok) {
        setError(errorText(r));
        setFields(r.fields ?? {});
        setDone(null);
        return;
      }
      setError(null);
      setFields({});
      setDone(
        group ? t("saved", { name: r.data.doorGroup.name }) : t("created", { name: r.data.doorGroup.name }),
      );
      if (!group) form.reset();
      router.refresh();
    });
  };

  return (
    <form
      onSubmit={submit}
      className="space-y-4"
      noValidate
      aria-label={group ? t("editTitle", { name: group.name }) : t("newTitle")}
    >
      <FormError message={error} />
      <FormField label={t("name")} name="name" required error={fields.name}>
        <Input maxLength={60} defaultValue={group?.name} autoComplete="off" />
      </FormField>
      <ChoiceList
        legend={t("doors")}
        name="deviceIds"
        options={locks.map((l) => ({ id: l.id, label: l.name }))}
        checked={group?.deviceIds ?? []}
        empty={t("noLocks")}
        errors={fields.deviceIds}
      />
      <div className="flex items-start gap-2">
        <input
          id={staysId}
          type="checkbox"
          name="forStays"
          defaultChecked={group?.forStays === true}
          aria-describedby={`${staysId}-hint`}
          className="mt-1 size-4"
        />
        <div>
          <label htmlFor={staysId} className="font-medium text-slate-900 text-sm">
            {t("forStays")}
          </label>
          <p id={`${staysId}-hint`} className="text-slate-600 text-sm">
            {t("forStaysHint")}
          </p>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" loading={pending}>
          {group ? t("save") : t("create")}
        </Button>
        <p role="status" className="text-emerald-800 text-sm">
          {done}
        </p>
      </div>
    </form>
  );
}
