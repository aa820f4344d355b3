// Draws the add-in's icons (a green tile with three rising white bars and a base line).
// Run: node scripts/make-icons.js  → assets/icon-{16,32,64,80,128}.png
const fs = require('fs');
const path = require('path');
const { PNG } = require('pngjs');

function draw(size) {
  const png = new PNG({ width: size, height: size });
  const green = [0x10, 0x7c, 0x41];
  const radius = Math.max(2, Math.round(size * 0.18));
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      // rounded corners
      const cx = x < radius ? radius - x : x >= size - radius ? x - (size - radius - 1) : 0;
      const cy = y < radius ? radius - y : y >= size - radius ? y - (size - radius - 1) : 0;
      const inside = cx * cx + cy * cy <= radius * radius;
      png.data[i] = green[0];
      png.data[i + 1] = green[1];
      png.data[i + 2] = green[2];
      png.data[i + 3] = inside ? 255 : 0;
    }
  }
  const white = (x0, y0, x1, y1) => {
    for (let y = Math.round(y0); y < Math.round(y1); y++)
      for (let x = Math.round(x0); x < Math.round(x1); x++) {
        const i = (y * size + x) * 4;
        png.data[i] = png.data[i + 1] = png.data[i + 2] = 255;
        png.data[i + 3] = 255;
      }
  };
  const m = size * 0.2;
  const base = size - m;
  const w = (size - 2 * m) / 5;
  white(m, base - size * 0.22, m + w, base);
  white(m + 2 * w, base - size * 0.4, m + 3 * w, base);
  white(m + 4 * w, base - size * 0.58, m + 5 * w, base);
  white(m * 0.8, base, size - m * 0.8, base + Math.max(1, size * 0.06));
  return PNG.sync.write(png);
}

const out = path.join(__dirname, '..', 'assets');
fs.mkdirSync(out, { recursive: true });
for (const s of [16, 32, 64, 80, 128]) fs.writeFileSync(path.join(out, `icon-${s}.png`), draw(s));
console.log('icons written to', out);
