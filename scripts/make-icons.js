#!/usr/bin/env node
/**
 * Draws the add-in's ribbon and store icons as PNG files in assets/, with nothing but zlib.
 * Run it again after changing a motif: `node scripts/make-icons.js`. The PNGs are committed, so the build
 * never needs this script.
 *
 * Each motif is drawn in a 0…1 unit square and rasterised with 4×4 supersampling, so the 16 px icons stay
 * legible and the 80 px ones are smooth. Motifs share one idea (the POA matrix: a grid whose months are
 * shaded like a timeline) and differ by a badge: + for "Generar matriz", ✓ for "Validar plan", a side pane
 * for "Panel".
 */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const ASSETS = path.resolve(__dirname, "..", "assets");

/** The PNG file of an RGBA image (colour type 6, 8 bits). */
function encodePng(width, height, rgba) {
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  header[10] = 0; // deflate
  header[11] = 0; // adaptive filtering
  header[12] = 0; // no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length, 0);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body), 0);
  return Buffer.concat([length, body, crc]);
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

// --- drawing -------------------------------------------------------------------------------------------

const GREEN = [33, 115, 70]; // Excel's green: the icons read as "of Excel"
const LIGHT = [223, 240, 229];
const SHADE = [76, 175, 120];
const WHITE = [255, 255, 255];
const BLUE = [15, 108, 189];
const ORANGE = [202, 80, 16];

/** A shape is a predicate on unit coordinates plus its colour; later shapes paint over earlier ones. */
const rect = (x0, y0, x1, y1, color) => ({ color, inside: (x, y) => x >= x0 && x < x1 && y >= y0 && y < y1 });
const disc = (cx, cy, r, color) => ({ color, inside: (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r });
/** A thick segment (a capsule), for the + and ✓ strokes. */
const stroke = (ax, ay, bx, by, w, color) => ({
  color,
  inside: (x, y) => {
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= (w / 2) ** 2;
  },
});

/**
 * The matrix: a green header band, a light body, a 4×3 grid of cells with some months shaded in a
 * staircase (a timeline). `cols`/`rows` keep the grid coarse enough for 16 px.
 */
function matrix(x0, y0, x1, y1) {
  const shapes = [rect(x0, y0, x1, y1, GREEN)];
  const cols = 4;
  const rows = 3;
  const pad = (x1 - x0) * 0.08;
  const top = y0 + (y1 - y0) * 0.26; // the header band stays solid green
  const cw = (x1 - x0 - pad * (cols + 1)) / cols;
  const ch = (y1 - top - pad * rows) / rows;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const cx = x0 + pad + c * (cw + pad);
      const cy = top + r * (ch + pad);
      const scheduled = c === r || c === r + 1; // a staircase of marked months
      shapes.push(rect(cx, cy, cx + cw, cy + ch, scheduled ? SHADE : LIGHT));
    }
  }
  return shapes;
}

const MOTIFS = {
  // The add-in itself: the matrix alone, full size.
  icon: () => matrix(0.06, 0.1, 0.94, 0.9),
  // Generar matriz: the matrix with a + badge.
  generate: () => [
    ...matrix(0.04, 0.06, 0.8, 0.78),
    disc(0.72, 0.72, 0.27, WHITE),
    disc(0.72, 0.72, 0.23, BLUE),
    stroke(0.72, 0.6, 0.72, 0.84, 0.08, WHITE),
    stroke(0.6, 0.72, 0.84, 0.72, 0.08, WHITE),
  ],
  // Validar plan: the matrix with a ✓ badge.
  validate: () => [
    ...matrix(0.04, 0.06, 0.8, 0.78),
    disc(0.72, 0.72, 0.27, WHITE),
    disc(0.72, 0.72, 0.23, ORANGE),
    stroke(0.61, 0.73, 0.69, 0.81, 0.075, WHITE),
    stroke(0.69, 0.81, 0.84, 0.63, 0.075, WHITE),
  ],
  // Panel: a window whose right third is a side pane holding a small matrix.
  panel: () => [
    rect(0.04, 0.1, 0.96, 0.9, GREEN),
    rect(0.1, 0.2, 0.55, 0.84, WHITE),
    rect(0.6, 0.2, 0.9, 0.84, LIGHT),
    rect(0.64, 0.26, 0.86, 0.34, SHADE),
    rect(0.64, 0.42, 0.86, 0.5, SHADE),
    rect(0.64, 0.58, 0.86, 0.66, SHADE),
    rect(0.14, 0.28, 0.51, 0.36, LIGHT),
    rect(0.14, 0.46, 0.51, 0.54, LIGHT),
    rect(0.14, 0.64, 0.51, 0.72, LIGHT),
  ],
};

function render(shapes, size) {
  const ss = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = (px + (sx + 0.5) / ss) / size;
          const y = (py + (sy + 0.5) / ss) / size;
          let color = null;
          for (const shape of shapes) if (shape.inside(x, y)) color = shape.color;
          if (color) {
            r += color[0];
            g += color[1];
            b += color[2];
            a += 1;
          }
        }
      }
      const o = (py * size + px) * 4;
      // Premultiplied sums back to straight alpha: the colour of the covered samples, their coverage as alpha.
      rgba[o] = a ? Math.round(r / a) : 0;
      rgba[o + 1] = a ? Math.round(g / a) : 0;
      rgba[o + 2] = a ? Math.round(b / a) : 0;
      rgba[o + 3] = Math.round((a / (ss * ss)) * 255);
    }
  }
  return rgba;
}

/** File name → [motif, size]. Buttons get 16/32/80 (ribbon scales); the add-in also 64 and 128 (store, dialogs). */
const FILES = {};
for (const size of [16, 32, 64, 80, 128]) FILES[`icon-${size}.png`] = ["icon", size];
for (const motif of ["generate", "validate", "panel"]) {
  for (const size of [16, 32, 80]) FILES[`${motif}-${size}.png`] = [motif, size];
}

function main() {
  fs.mkdirSync(ASSETS, { recursive: true });
  for (const [name, [motif, size]] of Object.entries(FILES)) {
    fs.writeFileSync(path.join(ASSETS, name), encodePng(size, size, render(MOTIFS[motif](), size)));
  }
  console.log(`Wrote ${Object.keys(FILES).length} icons to assets/`);
}

if (require.main === module) main();

module.exports = { encodePng, FILES };
