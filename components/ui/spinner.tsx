import { cn } from "@/lib/cn";
import { StrokeIcon } from "./stroke-icon";

const SIZES = { sm: "size-4", md: "size-5", lg: "size-8" } as const;

export type SpinnerProps = {
  size?: keyof typeof SIZES;
  /** When set, the spinner is announced (role="status"); without it, it is decorative. */
  label?: string;
  className?: string;
};

/**
 * A spinning circle. Decorative by default: pass `label` when nothing else says that work is in progress.
 * Its own three-quarter arc rather than lucide's LoaderCircle: every button with a loading state carries it, and
 * it was the one icon keeping lucide's runtime (~1.5 KB) in the client code of most pages.
 */
export function Spinner({ size = "md", label, className }: SpinnerProps) {
  const icon = (
    <StrokeIcon className={cn("shrink-0 animate-spin", SIZES[size], className)}>
      <path d="M21 12a9 9 0 1 1-9-9" />
    </StrokeIcon>
  );
  if (!label) return icon;
  return (
    <span role="status" className="inline-flex items-center">
      {icon}
      <span className="sr-only">{label}</span>
    </span>
  );
}
