import { cn } from "@/lib/cn";
import { StrokeIcon } from "./stroke-icon";

// Its own module (field.tsx re-exports it) so that a client component showing errors beside fields drawn on the
// server (the booking form's) takes the list without FormField and Label.
export type FieldErrorsProps = { id?: string; errors?: string[]; className?: string };

/** The inline list of a field's errors; renders nothing when there are none. Usable alone (e.g. under a fieldset). */
export function FieldErrors({ id, errors, className }: FieldErrorsProps) {
  if (!errors || errors.length === 0) return null;
  return (
    <ul id={id} className={cn("space-y-1 text-red-700 text-sm", className)}>
      {errors.map((message) => (
        <li key={message} className="flex items-start gap-1.5">
          {/* lucide's circle-alert, drawn with StrokeIcon so that a form carries no icon code */}
          <StrokeIcon className="mt-0.5 size-4 shrink-0">
            <circle cx="12" cy="12" r="10" />
            <path d="M12 8v4m0 4h.01" />
          </StrokeIcon>
          <span>{message}</span>
        </li>
      ))}
    </ul>
  );
}
