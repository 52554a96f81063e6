import { createElement, type SVGProps } from "react";

/** An icon's drawing as lucide-react describes it (`__iconData.node`): [tag, attributes] in a 24×24 box. */
export type IconNode = readonly (readonly [string, Readonly<Record<string, string>>])[];
export type SvgIconProps = SVGProps<SVGSVGElement>;
export type SvgIcon = ((props: SvgIconProps) => React.JSX.Element) & { iconName: string; node: IconNode };

/**
 * A lucide icon as a plain `<svg>`, with lucide-react's attributes and classes. lucide-react draws every icon
 * through its `Icon`, a client component (it reads a context): a page that draws any of its icons, even from a
 * server component, loads lucide's runtime (~1.5 KB gzipped). This one has no hooks and no "use client": drawn
 * on the server it sends no JavaScript, and in a client component it costs only its drawing. Decorative unless
 * given a label (aria-*, role or title), as lucide's are.
 */
export function lucideSvg(name: string, node: IconNode): SvgIcon {
  return Object.assign((props: SvgIconProps) => <LucideSvg {...props} name={name} node={node} />, {
    iconName: name,
    node,
  });
}

/** The `<svg>` attributes and classes lucide-react gives an icon; decorative unless `props` label it. */
export function svgAttributes(name: string, className: string | undefined, props: SvgIconProps) {
  const labelled = Object.keys(props).some((k) => k.startsWith("aria-") || k === "role" || k === "title");
  return {
    xmlns: "http://www.w3.org/2000/svg",
    width: 24,
    height: 24,
    viewBox: "0 0 24 24",
    fill: "none",
    stroke: "currentColor",
    strokeWidth: 2,
    strokeLinecap: "round",
    strokeLinejoin: "round",
    className: className ? `lucide lucide-${name} ${className}` : `lucide lucide-${name}`,
    "aria-hidden": labelled ? undefined : "true",
  } as const;
}

function LucideSvg({
  name,
  node,
  className,
  children,
  ...props
}: SvgIconProps & { name: string; node: IconNode }) {
  return (
    // biome-ignore lint/a11y/noSvgWithoutTitle: decorative (aria-hidden) unless the caller labels it
    <svg {...svgAttributes(name, className, props)} {...props}>
      {node.map(([tag, attrs]) => createElement(tag, { key: JSON.stringify(attrs), ...attrs }))}
      {children}
    </svg>
  );
}
