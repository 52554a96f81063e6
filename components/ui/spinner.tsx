import { LoaderCircle } from "lucide-react";
import { cn } from "@/lib/cn";

const SIZES = { sm: "size-4", md: "size-5", lg: "size-8" } as const;

export type SpinnerProps = {
  size?: keyof typeof SIZES;
  /** When set, the spinner is announced (role="status"); without it, it is decorative. */
  label?: string;
  className?: string;
};

/** A spinning circle. Decorative by default: pass `label` when nothing else says that work is in progress. */
export function Spinner({ size = "md", label, className }: SpinnerProps) {
  const icon = (
    <LoaderCircle aria-hidden="true" className={cn("shrink-0 animate-spin", SIZES[size], className)} />
  );
  if (!label) return icon;
  return (
    <span role="status" className="inline-flex items-center">
      {icon}
      <span className="sr-only">{label}</span>
    </span>
  );
}
