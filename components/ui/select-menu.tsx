"use client";

import { Check, ChevronDown } from "lucide-react";
import { Select as SelectPrimitive } from "radix-ui";
import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";
import { controlClasses } from "./control-styles";
import type { SelectOption } from "./select";

export type SelectMenuProps = Omit<ComponentProps<typeof SelectPrimitive.Root>, "children"> & {
  options: SelectOption[];
  placeholder?: string;
  /** Trigger props: pass the id and aria-* that FormField hands out (use FormField's function child). */
  id?: string;
  className?: string;
  "aria-describedby"?: string;
  "aria-invalid"?: boolean;
  "aria-label"?: string;
};

/**
 * A Radix listbox for when the native Select is not enough. It still posts with its form (`name`),
 * but needs JavaScript. Wire it with `<FormField>{(control) => <SelectMenu {...control} … />}</FormField>`.
 */
export function SelectMenu({
  options,
  placeholder,
  id,
  className,
  "aria-describedby": describedBy,
  "aria-invalid": invalid,
  "aria-label": ariaLabel,
  ...props
}: SelectMenuProps) {
  return (
    <SelectPrimitive.Root {...props}>
      <SelectPrimitive.Trigger
        id={id}
        aria-describedby={describedBy}
        aria-invalid={invalid}
        aria-label={ariaLabel}
        className={cn(controlClasses, "flex h-10 items-center justify-between gap-2 text-left", className)}
      >
        <SelectPrimitive.Value placeholder={<span className="text-slate-500">{placeholder}</span>} />
        <SelectPrimitive.Icon>
          <ChevronDown aria-hidden="true" className="size-4 text-slate-600" />
        </SelectPrimitive.Icon>
      </SelectPrimitive.Trigger>
      <SelectPrimitive.Portal>
        <SelectPrimitive.Content
          position="popper"
          sideOffset={4}
          className="z-50 max-h-(--radix-select-content-available-height) min-w-(--radix-select-trigger-width) overflow-hidden rounded-md border border-slate-200 bg-white shadow-lg"
        >
          <SelectPrimitive.Viewport className="p-1">
            {options.map((o) => (
              <SelectPrimitive.Item
                key={o.value}
                value={o.value}
                disabled={o.disabled}
                className="relative flex min-h-9 cursor-default select-none items-center rounded py-1.5 pr-2 pl-8 text-slate-900 text-sm outline-none data-disabled:text-slate-500 data-highlighted:bg-brand-600 data-highlighted:text-white"
              >
                <SelectPrimitive.ItemIndicator className="absolute left-2 inline-flex">
                  <Check aria-hidden="true" className="size-4" />
                </SelectPrimitive.ItemIndicator>
                <SelectPrimitive.ItemText>{o.label}</SelectPrimitive.ItemText>
              </SelectPrimitive.Item>
            ))}
          </SelectPrimitive.Viewport>
        </SelectPrimitive.Content>
      </SelectPrimitive.Portal>
    </SelectPrimitive.Root>
  );
}
