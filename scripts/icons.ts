/**
 * Draws the web app's icons (public/icons/, app/apple-icon.png) without any image library or network: the brand square
 * with "EKS" in block letters, as app/icon.svg shows it. PNGs are encoded here (zlib + CRC-32), each
 * pixel supersampled 4×4 for smooth edges. Run: npx tsx scripts/icons.ts
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { deflateSync } from "node:zlib";

const BRAND = [0xc2, 0x41, 0x0c] as const;
const WHITE = [0xff, 0xff, 0xff] as const;

// 5×7 block glyphs.
const GLYPHS: Record<string, string[]> = {
  E: ["#####", "#....", "#....", "####.", "#....", "#....", "#####"],
  K: ["#...#", "#..#.", "#.#..", "##...", "#.#..", "#..#.", "#...#"],
  S: [".####", "#....", "#....", ".###.", "....#", "....#", "####."],
};

type Shape = { size: number; radius: number; textWidth: number };

/** Coverage of pixel (x, y) by the icon's layers: 0 = transparent, 1 = background, 2 = letter. */
function layerAt(x: number, y: number, { size, radius, textWidth }: Shape): 0 | 1 | 2 {
  const r = radius * size;
  const cx = Math.min(Math.max(x, r), size - r);
  const cy = Math.min(Math.max(y, r), size - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return 0;
  const cell = (textWidth * size) / 17; // three 5-wide glyphs and two 1-wide gaps
  const left = (size - cell * 17) / 2;
  const top = (size - cell * 7) / 2;
  const col = Math.floor((x - left) / cell);
  const row = Math.floor((y - top) / cell);
  if (row < 0 || row > 6 || col < 0 || col > 16 || col % 6 === 5) return 1;
  const glyph = GLYPHS["EKS"[Math.floor(col / 6)]!]!;
  return glyph[row]![col % 6] === "#" ? 2 : 1;
}

function draw(shape: Shape): Buffer {
  const { size } = shape;
  const S = 4;
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0, then RGBA
    for (let x = 0; x < size; x++) {
      let bg = 0;
      let fg = 0;
      for (let sy = 0; sy < S; sy++)
        for (let sx = 0; sx < S; sx++) {
          const layer = layerAt(x + (sx + 0.5) / S, y + (sy + 0.5) / S, shape);
          if (layer === 1) bg++;
          if (layer === 2) fg++;
        }
      const alpha = (bg + fg) / (S * S);
      const mix = bg + fg ? fg / (bg + fg) : 0;
      for (let c = 0; c < 3; c++) row[1 + x * 4 + c] = Math.round(BRAND[c]! * (1 - mix) + WHITE[c]! * mix);
      row[1 + x * 4 + 3] = Math.round(alpha * 255);
    }
    rows.push(row);
  }
  return encodePng(size, Buffer.concat(rows));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
function encodePng(size: number, raw: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(6, 9); // RGBA
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", header), chunk("IDAT", deflateSync(raw, { level: 9 })), chunk("IEND", Buffer.alloc(0))]);
}

const out = path.join(import.meta.dirname, "..", "public", "icons");
mkdirSync(out, { recursive: true });
const icons: [string, Shape][] = [
  ["icon-192.png", { size: 192, radius: 0.1875, textWidth: 0.72 }],
  ["icon-512.png", { size: 512, radius: 0.1875, textWidth: 0.72 }],
  // Maskable: full bleed, letters inside the central safe circle (80% of the width).
  ["maskable-512.png", { size: 512, radius: 0, textWidth: 0.56 }],
];
for (const [name, shape] of icons) writeFileSync(path.join(out, name), draw(shape));
// Next.js links app/apple-icon.png from every page (iOS home screens take no manifest icons).
writeFileSync(path.join(import.meta.dirname, "..", "app", "apple-icon.png"), draw({ size: 180, radius: 0, textWidth: 0.64 }));
writeFileSync(
  path.join(out, "icon.svg"),
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#c2410c"/><text x="16" y="21" font-family="Arial, sans-serif" font-size="11" font-weight="700" fill="#fff" text-anchor="middle">EKS</text></svg>\n`,
);
console.log(`icons written to ${path.relative(process.cwd(), out)}/`);
