// Draws resources/icon.png, the app icon the packages are built with
// (electron-builder makes the .icns and .ico from it): a play button over
// the lines of a post, on a rounded square. Run: node scripts/draw-icon.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const size = 1024;
const pixels = Buffer.alloc(size * size * 4);

function inRoundedSquare(x, y) {
  const margin = 64;
  const radius = 180;
  const lo = margin + radius;
  const hi = size - margin - radius;
  const cx = Math.min(Math.max(x, lo), hi);
  const cy = Math.min(Math.max(y, lo), hi);
  return x >= margin && x < size - margin && y >= margin && y < size - margin
    ? (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2
    : false;
}

function inPlayButton(x, y) {
  // A triangle pointing right, centred a little above the middle.
  const [ax, ay, bx, by, cx, cy] = [400, 250, 400, 570, 680, 410];
  const d1 = (x - bx) * (ay - by) - (ax - bx) * (y - by);
  const d2 = (x - cx) * (by - cy) - (bx - cx) * (y - cy);
  const d3 = (x - ax) * (cy - ay) - (cx - ax) * (y - ay);
  const negative = d1 < 0 || d2 < 0 || d3 < 0;
  const positive = d1 > 0 || d2 > 0 || d3 > 0;
  return !(negative && positive);
}

function inTextLine(x, y) {
  const lines = [
    [230, 680, 794],
    [230, 760, 700],
    [230, 840, 620],
  ];
  return lines.some(([left, top, right]) => x >= left && x < right && y >= top && y < top + 36);
}

for (let y = 0; y < size; y++) {
  for (let x = 0; x < size; x++) {
    const offset = (y * size + x) * 4;
    if (!inRoundedSquare(x, y)) continue;
    // Linkerd-like blue, lighter toward the top.
    const shade = 1 - y / size / 3;
    let colour = [Math.round(32 * shade), Math.round(110 * shade), Math.round(220 * shade)];
    if (inPlayButton(x, y) || inTextLine(x, y)) colour = [255, 255, 255];
    pixels.set([...colour, 255], offset);
  }
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}

const header = Buffer.alloc(13);
header.writeUInt32BE(size, 0);
header.writeUInt32BE(size, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
const rows = Buffer.alloc(size * (size * 4 + 1));
for (let y = 0; y < size; y++)
  pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(rows, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('../resources/icon.png', import.meta.url), png);
console.log(`resources/icon.png: ${size}×${size}, ${png.length} bytes`);
