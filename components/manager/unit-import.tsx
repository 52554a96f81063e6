"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import Papa from "papaparse";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import { toast } from "@/components/ui/toast";
import { useErrorMessage } from "@/components/ui/use-error-message";
import type { UnitCsvRow, UnitImportError } from "@/lib/domain/unit-import";
import {
  MAX_UNIT_IMPORT_ROWS,
  UNIT_CSV_COLUMNS,
  type UnitCsvColumn,
} from "@/lib/domain/unit-import-constants";
import { checkUnitImportAction } from "@/server/actions/check-unit-import";
import { importUnitsAction } from "@/server/actions/import-units";

const TEMPLATE = `${UNIT_CSV_COLUMNS.join(",")}\n501,5,studio,2,yes,95.00,active\n502,5,two_bedroom,4,no,,maintenance\n`;
/** "Nightly rate", "nightly_rate" and "nightlyRate" all name the same column. */
const columnOf = (header: string) =>
  UNIT_CSV_COLUMNS.find((c) => c.toLowerCase() === header.toLowerCase().replace(/[^a-z]/g, "")) ??
  header.trim();

type Check = { rows: UnitCsvRow[]; errors: UnitImportError[] };

/**
 * CSV import: the file is read in the browser, every row is checked by the server (nothing written), the preview
 * shows each row with its problems, and the import button works only when no row has one.
 */
export function UnitImport() {
  const t = useTranslations("units.import");
  const cols = useTranslations("units.import.columns");
  const errorText = useErrorMessage();
  const [check, setCheck] = useState<Check | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [imported, setImported] = useState<number | null>(null);
  const [pending, startTransition] = useTransition();

  const onFile = (file: File | undefined) => {
    setCheck(null);
    setImported(null);
    setError(null);
    if (!file) return;
    Papa.parse<UnitCsvRow>(file, {
      header: true,
      skipEmptyLines: "greedy",
      transformHeader: columnOf,
      complete: (parsed) => {
        const rows = parsed.data.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => k !== "")));
        if (rows.length === 0) return setError(t("empty"));
        if (rows.length > MAX_UNIT_IMPORT_ROWS) return setError(t("tooMany", { max: MAX_UNIT_IMPORT_ROWS }));
        startTransition(async () => {
          const result = await checkUnitImportAction({ rows });
          if (!result.ok) return setError(errorText(result));
          setCheck({ rows, errors: result.data.errors });
        });
      },
      error: () => setError(t("unreadable")),
    });
  };

  const runImport = () => {
    if (!check) return;
    startTransition(async () => {
      const result = await importUnitsAction({ rows: check.rows });
      if (!result.ok) return setError(errorText(result));
      if (result.data.errors.length) return setCheck({ rows: check.rows, errors: result.data.errors });
      setImported(result.data.imported);
      setCheck(null);
      toast.success(t("done", { count: result.data.imported }));
    });
  };

  const explain = (e: UnitImportError) =>
    e.code === "repeated"
      ? t("repeated", { row: e.otherRow ?? 0 })
      : e.code === "exists"
        ? t("exists")
        : t(`rules.${e.field === "row" ? "row" : e.field}`);
  const errorsOf = (row: number) => check?.errors.filter((e) => e.row === row) ?? [];

  return (
    <div className="space-y-6">
      <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <p className="text-slate-700 text-sm">{t("explain", { columns: UNIT_CSV_COLUMNS.join(", ") })}</p>
        <a
          className="text-brand-700 text-sm underline"
          download="units-template.csv"
          href={`data:text/csv;charset=utf-8,${encodeURIComponent(TEMPLATE)}`}
        >
          {t("template")}
        </a>
        <FormField label={t("file")} name="file" hint={t("fileHint", { max: MAX_UNIT_IMPORT_ROWS })}>
          <Input type="file" accept=".csv,text/csv" onChange={(e) => onFile(e.currentTarget.files?.[0])} />
        </FormField>
        {pending ? (
          <p role="status" className="text-slate-600 text-sm">
            {t("checking")}
          </p>
        ) : null}
      </div>
      <FormError message={error} title={t("errorTitle")} />
      {imported !== null ? (
        <Alert tone="success" title={t("doneTitle")}>
          {t("done", { count: imported })}{" "}
          <Link href="/manager/units" className="underline">
            {t("backToUnits")}
          </Link>
        </Alert>
      ) : null}
      {check ? (
        <section aria-labelledby="import-preview" className="space-y-4">
          <h2 id="import-preview" className="font-semibold text-lg text-slate-900">
            {t("preview")}
          </h2>
          {check.errors.length ? (
            <Alert tone="danger" title={t("hasErrors", { count: check.errors.length })} role="alert">
              <ul className="list-disc space-y-1 pl-5" data-testid="import-errors">
                {check.errors.map((e) => (
                  <li key={`${e.row}-${e.field}-${e.code}`}>
                    {t("errorLine", {
                      row: e.row,
                      column: e.field === "row" ? t("wholeRow") : cols(e.field),
                    })}{" "}
                    {explain(e)}
                  </li>
                ))}
              </ul>
              <p className="mt-2">{t("nothingImported")}</p>
            </Alert>
          ) : (
            <Alert tone="success" title={t("allValid", { count: check.rows.length })}>
              {t("readyBody")}
            </Alert>
          )}
          <Table label={t("preview")}>
            <TableCaption srOnly>{t("preview")}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHead>{t("row")}</TableHead>
                {UNIT_CSV_COLUMNS.map((c) => (
                  <TableHead key={c}>{cols(c)}</TableHead>
                ))}
                <TableHead>{t("problems")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {check.rows.map((r, i) => {
                const row = i + 1;
                const bad = errorsOf(row);
                const badCols = new Set<UnitCsvColumn | "row">(bad.map((e) => e.field));
                return (
                  <TableRow key={row} className={bad.length ? "bg-red-50" : undefined}>
                    <TableHead scope="row">{row}</TableHead>
                    {UNIT_CSV_COLUMNS.map((c) => (
                      <TableCell
                        key={c}
                        className={badCols.has(c) ? "font-semibold text-red-800" : undefined}
                      >
                        {r[c] ?? ""}
                      </TableCell>
                    ))}
                    <TableCell className="text-red-800">{bad.map(explain).join(" ")}</TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
          <Button onClick={runImport} loading={pending} disabled={check.errors.length > 0}>
            {t("importButton", { count: check.rows.length })}
          </Button>
        </section>
      ) : null}
    </div>
  );
}
