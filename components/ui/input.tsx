import type { ComponentProps, ComponentType } from "react";
import { cn } from "@/lib/cn";
import { controlClasses } from "./control-styles";

export type InputProps = ComponentProps<"input"> & {
  /**
   * Renders this component in place of the `<input>`, with the same props: e.g. a client component that binds
   * the control to a form's state while the field around it (and this Input) is drawn on the server.
   */
  as?: ComponentType<ComponentProps<"input">>;
};

/** A text-like `<input>`. Wrap it in `FormField` to get its label, hint and errors wired up. */
export function Input({ className, type = "text", as, ...props }: InputProps) {
  const Control = as ?? "input";
  return (
    <Control
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
