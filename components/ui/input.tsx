import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";
import { controlClasses } from "./control-styles";

export type InputProps = ComponentProps<"input">;

/** A text-like `<input>`. Wrap it in `FormField` to get its label, hint and errors wired up. */
export function Input({ className, type = "text", ...props }: InputProps) {
  return (
    <input
      type={type}
      className={cn(
        controlClasses,
        "h-10",
        "file:mr-3 file:border-0 file:bg-transparent file:font-medium file:text-slate-900",
        className,
      )}
      {...props}
    />
  );
}
