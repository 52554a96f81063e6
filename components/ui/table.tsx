import type { ComponentProps, ReactNode } from "react";
import { cn } from "@/lib/cn";

export type TableProps = ComponentProps<"table"> & {
  /**
   * Names the scrolling wrapper. With it, the wrapper becomes a focusable region, so keyboard users
   * can scroll a table wider than a phone; use the caption's text.
   */
  label?: string;
  wrapperClassName?: string;
};

/** A `<table>` inside a horizontally scrolling wrapper (phones). Give it a TableCaption. */
export function Table({ label, wrapperClassName, className, ...props }: TableProps) {
  const wrapperClasses = cn(
    "w-full overflow-x-auto rounded-lg border border-slate-200 bg-white",
    wrapperClassName,
  );
  const table = (
    <table className={cn("w-full caption-top border-collapse text-left text-sm", className)} {...props} />
  );
  if (!label) return <div className={wrapperClasses}>{table}</div>;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
    <section aria-label={label} tabIndex={0} className={wrapperClasses}>
      {table}
    </section>
  );
}

export type TableCaptionProps = ComponentProps<"caption"> & {
  /** Keep the caption for screen readers only, when a heading above already says the same. */
  srOnly?: boolean;
};

export function TableCaption({ srOnly, className, ...props }: TableCaptionProps) {
  return (
    <caption
      className={cn(srOnly ? "sr-only" : "px-4 py-3 text-left font-medium text-slate-900", className)}
      {...props}
    />
  );
}

export function TableHeader({ className, ...props }: ComponentProps<"thead">) {
  return <thead className={cn("border-slate-200 border-b bg-slate-50", className)} {...props} />;
}

export function TableBody({ className, ...props }: ComponentProps<"tbody">) {
  return <tbody className={cn("divide-y divide-slate-200", className)} {...props} />;
}

export function TableRow({ className, ...props }: ComponentProps<"tr">) {
  return <tr className={cn("hover:bg-slate-50", className)} {...props} />;
}

/** A header cell; `scope` defaults to "col" (pass "row" for a row header inside the body). */
export function TableHead({ className, scope = "col", ...props }: ComponentProps<"th">) {
  return (
    <th
      scope={scope}
      className={cn(
        "whitespace-nowrap px-4 py-3 font-semibold text-slate-700 text-xs uppercase tracking-wide",
        className,
      )}
      {...props}
    />
  );
}

export function TableCell({ className, ...props }: ComponentProps<"td">) {
  return <td className={cn("px-4 py-3 align-top text-slate-800", className)} {...props} />;
}
export type DataTableColumn<T> = {
  /** Unique among the columns. */
  key: string;
  header: ReactNode;
  cell: (row: T) => ReactNode;
  align?: "left" | "right";
  /** Render this column's cells as `<th scope="row">`: the cell that names the row (e.g. the unit number). */
  rowHeader?: boolean;
  /** Hide below the `sm` breakpoint to keep phones readable (the data must also be reachable elsewhere). */
  hideOnPhone?: boolean;
  className?: string;
};

export type DataTableProps<T> = {
  caption: string;
  /** Visually hide the caption (it stays for screen readers and names the scroll region). */
  captionHidden?: boolean;
  columns: DataTableColumn<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  /** Shown in a single full-width row when `rows` is empty. */
  empty?: ReactNode;
  className?: string;
};

/** A simple table from column definitions. Server-friendly: use it from server components with plain functions. */
export function DataTable<T>({
  caption,
  captionHidden,
  columns,
  rows,
  rowKey,
  empty = "Nothing to show yet.",
  className,
}: DataTableProps<T>) {
  const cellClass = (c: DataTableColumn<T>) =>
    cn(
      c.align === "right" && "text-right tabular-nums",
      c.hideOnPhone && "hidden sm:table-cell",
      c.className,
    );

  // a cell with no class of its own gets no className prop (an undefined one is still written into the RSC payload)
  const bodyProps = columns.map((c) => {
    const className = cellClass(c);
    return className ? { className } : {};
  });
  return (
    <Table label={caption} wrapperClassName={className} className="data-table">
      <TableCaption srOnly={captionHidden}>{caption}</TableCaption>
      <TableHeader>
        <TableRow className="hover:bg-transparent">
          {columns.map((c) => (
            <TableHead key={c.key} className={cellClass(c)}>
              {c.header}
            </TableHead>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.length === 0 ? (
          <TableRow className="hover:bg-transparent">
            <TableCell colSpan={columns.length} className="py-8 text-center text-slate-600">
              {empty}
            </TableCell>
          </TableRow>
        ) : (
          // plain elements: the table's `data-table` class styles them (app/globals.css), so a row carries only
          // what its columns add
          rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c, i) => {
                return c.rowHeader ? (
                  <th key={c.key} scope="row" {...bodyProps[i]}>
                    {c.cell(row)}
                  </th>
                ) : (
                  <td key={c.key} {...bodyProps[i]}>
                    {c.cell(row)}
                  </td>
                );
              })}
            </tr>
          ))
        )}
      </TableBody>
    </Table>
  );
}
