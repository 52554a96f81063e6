import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";
import { controlClasses } from "./control-styles";

export type TextareaProps = ComponentProps<"textarea">;

/** A multi-line text control; grows with its content where the browser supports `field-sizing`. */
export function Textarea({ className, rows = 4, ...props }: TextareaProps) {
  return (
    <textarea
      rows={rows}
      className={cn(controlClasses, "min-h-20 py-2 [field-sizing:content]", className)}
      {...props}
    />
  );
}
