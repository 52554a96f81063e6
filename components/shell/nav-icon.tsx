import { svgAttributes } from "@/components/ui/lucide-svg";
import type { NavIcon as NavSymbol } from "@/lib/navigation";

/**
 * A navigation link's icon, by reference to its symbol in the sprite (`sprite`: the sprite's versioned address,
 * from the server's spriteHref()); always decorative (the link text names the link).
 */
export function NavIcon({ name, sprite }: { name: NavSymbol; sprite: string }) {
  return (
    // biome-ignore lint/a11y/noSvgWithoutTitle: decorative (aria-hidden)
    <svg {...svgAttributes(name, undefined, {})}>
      <use href={`${sprite}#${name}`} />
    </svg>
  );
}
