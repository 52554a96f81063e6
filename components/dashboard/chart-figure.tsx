import type { ReactNode } from "react";

/**
 * A chart with its title and a text alternative: the drawing is hidden from assistive technology and the same
 * figures are given as a table screen readers read (and anyone can open), so nothing is only in the picture.
 */
export function ChartFigure({
  id,
  title,
  summary,
  headers,
  rows,
  showTable,
  children,
}: {
  id: string;
  title: string;
  summary: string;
  headers: string[];
  rows: (string | number)[][];
  showTable: string;
  children: ReactNode;
}) {
  return (
    <figure
      aria-labelledby={`${id}-title`}
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <figcaption className="space-y-1">
        <h3 id={`${id}-title`} className="font-semibold text-slate-900">
          {title}
        </h3>
        <p className="text-slate-600 text-sm" data-testid={`${id}-summary`}>
          {summary}
        </p>
      </figcaption>
      {/* inert: the drawing is neither announced nor focusable (recharts makes its svg focusable); the table says it all */}
      <div aria-hidden="true" inert className="mt-3 h-56 w-full" data-testid={`${id}-chart`}>
        {children}
      </div>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-brand-700 underline underline-offset-4">{showTable}</summary>
        <div className="mt-2 max-h-64 overflow-auto">
          <table className="w-full text-left text-xs">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr>
                {headers.map((h) => (
                  <th key={h} scope="col" className="px-2 py-1 font-semibold text-slate-700">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={String(r[0])}>
                  {r.map((c, i) => (
                    <td key={`${r[0]}-${headers[i]}`} className="px-2 py-1 text-slate-800 tabular-nums">
                      {c}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
