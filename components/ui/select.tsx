import type { ComponentProps, ComponentType } from "react";
import { cn } from "@/lib/cn";
import { controlClasses } from "./control-styles";
import { StrokeIcon } from "./stroke-icon";

export type SelectOption = { value: string; label: string; disabled?: boolean };

export type SelectProps = ComponentProps<"select"> & {
  /** Options as data; `<option>` children work too. */
  options?: SelectOption[];
  /** A first, empty choice such as "Choose a unit…" (selected when there is no value). */
  placeholder?: string;
  /** Renders this component in place of the `<select>`, with the same props (see Input's `as`). */
  as?: ComponentType<ComponentProps<"select">>;
};

/**
 * A styled native `<select>`: works without JavaScript, posts with its form and uses the phone's own picker.
 * Prefer it to `SelectMenu` (select-menu.tsx) unless options need rich content.
 */
export function Select({ className, options, placeholder, children, as, ...props }: SelectProps) {
  const Control = as ?? "select";
  return (
    <div className="relative">
      <Control className={cn(controlClasses, "h-10 appearance-none pr-10", className)} {...props}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options?.map((o) => (
          <option key={o.value} value={o.value} disabled={o.disabled}>
            {o.label}
          </option>
        ))}
        {children}
      </Control>
      {/* lucide's chevron-down, drawn with StrokeIcon so that a form carries no icon code */}
      <StrokeIcon className="pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2 text-slate-600">
        <path d="m6 9 6 6 6-6" />
      </StrokeIcon>
    </div>
  );
}
