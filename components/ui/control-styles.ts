/**
 * Shared look of text-like form controls. Borders are slate-500 so that the control's edge has 3:1 contrast
 * against white (WCAG 1.4.11); `aria-invalid` (set by FormField) turns them red.
 */
export const controlClasses = [
  "block w-full rounded-md border border-slate-500 bg-white px-3 text-base text-slate-900 shadow-sm sm:text-sm",
  "placeholder:text-slate-500 hover:border-slate-600",
  "focus-visible:border-brand-600 focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-brand-600",
  "disabled:cursor-not-allowed disabled:bg-slate-100 disabled:text-slate-600",
  "aria-invalid:border-red-600 aria-invalid:focus-visible:outline-red-600",
].join(" ");
