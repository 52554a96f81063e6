/**
 * The design tokens' colours as hex, for places that cannot read CSS variables (the web app manifest, the
 * browser's theme colour, the generated icons): brand-700 and slate-50 of app/globals.css, converted from OKLCH.
 */
export const BRAND_COLOR = "#06489c";
export const BACKGROUND_COLOR = "#f8fafc";
