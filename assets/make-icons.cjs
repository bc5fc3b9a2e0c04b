// @ts-check
/**
 * Draws the add-in's icons (a table on a blue tile) as real PNGs at 16, 32, 64 and 80 px, with
 * Node's zlib only: `node assets/make-icons.cjs`. Shapes are sampled 4×4 per pixel for smooth
 * edges, so every size is drawn, not scaled.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
/** @param {Buffer} buf */
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
/** @param {string} type @param {Buffer} data */
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
/** @param {number} size @param {Uint8Array} rgba */
function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const BLUE = [15, 108, 189];
const WHITE = [255, 255, 255];
const HEADER = [199, 224, 244];
const LINE = [15, 108, 189];
const GREEN = [16, 124, 65];

/** Colour at (x, y) in a unit square, or null for transparent. @param {number} x @param {number} y */
function shade(x, y) {
  const r = 0.18; // rounded tile corners
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return null;
  const inTable = x > 0.17 && x < 0.83 && y > 0.2 && y < 0.8;
  if (!inTable) return BLUE;
  const t = 0.045; // grid line half-width
  const onLine =
    [0.2, 0.4, 0.6, 0.8].some((v) => Math.abs(y - v) < t) || [0.17, 0.39, 0.61, 0.83].some((v) => Math.abs(x - v) < t);
  if (onLine) return LINE;
  if (y < 0.4) return HEADER;
  if (x > 0.61 && y > 0.6) return GREEN; // the computed total
  return WHITE;
}

/** @param {number} size */
function draw(size) {
  const out = new Uint8Array(size * size * 4);
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let rr = 0,
        gg = 0,
        bb = 0,
        aa = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = shade((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          if (!c) continue;
          rr += c[0];
          gg += c[1];
          bb += c[2];
          aa += 1;
        }
      }
      const i = (py * size + px) * 4;
      if (aa) {
        out[i] = Math.round(rr / aa);
        out[i + 1] = Math.round(gg / aa);
        out[i + 2] = Math.round(bb / aa);
      }
      out[i + 3] = Math.round((255 * aa) / (n * n));
    }
  }
  return png(size, out);
}

for (const size of [16, 32, 64, 80]) {
  fs.writeFileSync(path.join(__dirname, `icon-${size}.png`), draw(size));
}
