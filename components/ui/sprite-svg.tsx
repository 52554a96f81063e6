import "server-only";
import { createHash } from "node:crypto";
import { type IconNode, lucideSvg, type SvgIcon, type SvgIconProps, svgAttributes } from "./lucide-svg";

/** Where the sprite is served (app/icons/sprite.svg/route.ts); outside the proxy, like the other icons. */
export const SPRITE_PATH = "/icons/sprite.svg";

const drawings = new Map<string, IconNode>();

/**
 * `inline`: drawn in full instead, for the guest's pages, which the service worker keeps for use without a
 * connection (public/sw.js keeps the page and its scripts, not the sprite).
 */
export type SpriteIconProps = SvgIconProps & { inline?: boolean };
export type SpriteIcon = ((props: SpriteIconProps) => React.JSX.Element) & Pick<SvgIcon, "iconName" | "node">;

/**
 * A lucide icon drawn by reference to one shared sprite (`<svg><use href="/icons/sprite.svg?v=…#name"/></svg>`):
 * the server's icons are in every portal page twice (the HTML and the RSC payload), a drawing ~0.5–1.2 KB each and
 * the manager's navigation alone has 33, so drawing them inline made up a third of the shell's bytes, which
 * React renders and serializes on every request (issue 19). The `<svg>` keeps lucide's attributes and classes,
 * which the `<use>`'s drawing inherits (stroke, width, line caps), so an icon looks as the inline one did.
 */
export function spriteIcon(name: string, node: IconNode): SpriteIcon {
  const known = drawings.get(name);
  if (known && known !== node) throw new Error(`two drawings for the sprite icon "${name}"`);
  drawings.set(name, node);
  const Inline = lucideSvg(name, node);
  return Object.assign(
    ({ inline, className, children, ...props }: SpriteIconProps) =>
      inline ? (
        <Inline className={className} {...props}>
          {children}
        </Inline>
      ) : (
        // biome-ignore lint/a11y/noSvgWithoutTitle: decorative (aria-hidden) unless the caller labels it
        <svg {...svgAttributes(name, className, props)} {...props}>
          <use href={`${spriteHref()}#${name}`} />
          {children}
        </svg>
      ),
    { iconName: name, node },
  );
}

const attribute = (v: string) => v.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
/** One element of a drawing as SVG markup (lucide's attributes are SVG's own names, the elements empty). */
const markup = ([tag, attrs]: IconNode[number]) =>
  `<${tag}${Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${attribute(v)}"`)
    .join("")}></${tag}>`;

let sprite: { document: string; version: string; icons: number } | undefined;

function build() {
  // rebuilt if an icon was registered after the last build (a module loaded late), so the route never lags
  if (sprite?.icons !== drawings.size) {
    const symbols = [...drawings]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(
        ([name, node]) => `<symbol id="${name}" viewBox="0 0 24 24">${node.map(markup).join("")}</symbol>`,
      );
    const document = `<svg xmlns="http://www.w3.org/2000/svg">${symbols.join("")}</svg>`;
    const version = createHash("sha256").update(document).digest("hex").slice(0, 12);
    sprite = { document, version, icons: drawings.size };
  }
  return sprite;
}

/**
 * The sprite: one `<symbol>` per icon made with spriteIcon. Every icon is registered when its module loads
 * (server-icons.tsx, the only module that makes them), before anything renders, so the page that links to the
 * sprite and the route that serves it build the same document and agree on its version.
 */
export function spriteDocument(): string {
  return build().document;
}

/** The sprite's address with its version, for client components that draw icons from it (the navigation). */
export function spriteHref(): string {
  return `${SPRITE_PATH}?v=${spriteVersion()}`;
}

/** The sprite's content hash: the link changes with the drawings, so the browser may keep it for a year. */
export function spriteVersion(): string {
  return build().version;
}
