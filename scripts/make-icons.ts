import { writeFile } from "node:fs/promises";
import sharp from "sharp";
import { BRAND_COLOR } from "../lib/brand";

/**
 * Writes the installable app's icons to public/icons from one SVG drawn here (a building on the brand colour).
 * Run `npx tsx scripts/make-icons.ts` after changing the drawing; the PNGs are committed so builds need nothing.
 * "any" icons have rounded corners; the maskable one fills its square and keeps the building inside the
 * central 80% safe zone, so a launcher's circle or squircle mask never cuts it.
 */
function svg({ rounded, scale }: { rounded: boolean; scale: number }) {
  const inner = `
    <g transform="translate(256 256) scale(${scale}) translate(-256 -256)" fill="#fff">
      <path d="M152 120h208v280H152z"/>
      <g fill="${BRAND_COLOR}">
        <rect x="184" y="152" width="40" height="40" rx="4"/><rect x="236" y="152" width="40" height="40" rx="4"/>
        <rect x="288" y="152" width="40" height="40" rx="4"/><rect x="184" y="212" width="40" height="40" rx="4"/>
        <rect x="236" y="212" width="40" height="40" rx="4"/><rect x="288" y="212" width="40" height="40" rx="4"/>
        <rect x="184" y="272" width="40" height="40" rx="4"/><rect x="288" y="272" width="40" height="40" rx="4"/>
        <path d="M232 332h48v68h-48z"/>
      </g>
      <path d="M120 400h272v24H120z"/>
    </g>`;
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
      <rect width="512" height="512" rx="${rounded ? 96 : 0}" fill="${BRAND_COLOR}"/>${inner}
    </svg>`,
  );
}

const ICONS = [
  { file: "icon-192.png", size: 192, rounded: true, scale: 1 },
  { file: "icon-512.png", size: 512, rounded: true, scale: 1 },
  { file: "maskable-512.png", size: 512, rounded: false, scale: 0.72 },
  // iOS draws its own rounded corners and shows transparency as black: a full square
  { file: "apple-touch-icon.png", size: 180, rounded: false, scale: 0.85 },
];

async function main() {
  for (const icon of ICONS) {
    const png = await sharp(svg(icon), { density: 144 })
      .resize(icon.size, icon.size)
      .png({ compressionLevel: 9 })
      .toBuffer();
    await writeFile(`public/icons/${icon.file}`, png);
    console.log(`public/icons/${icon.file}: ${icon.size}×${icon.size}, ${png.length} bytes`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
