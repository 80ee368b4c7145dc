// Reading QR codes the way a phone or a laptop camera does: from pixels, with a real
// decoder (jsQR), never from the page's markup; and a camera's video made of a picture.
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(new URL('../../scripts/package.json', import.meta.url));
const jsQR = require('jsqr');
const { PNG } = require('pngjs');

/** The text of the QR code in a PNG screenshot, or null when none can be read. */
export function decodeQr(png) {
  const image = PNG.sync.read(png);
  const found = jsQR(new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length), image.width, image.height);
  return found ? found.data : null;
}

/**
 * Writes a Y4M video (what Chromium's fake camera plays, looping) of `png` centred on a
 * grey frame of `width`×`height`, as a phone held up to a laptop camera; resolves to the path.
 */
export async function qrVideo(png, path, { width = 640, height = 480 } = {}) {
  const image = PNG.sync.read(png);
  const luma = Buffer.alloc(width * height, 200);
  const scale = Math.min(1, (height * 0.8) / image.height, (width * 0.8) / image.width);
  const w = Math.floor(image.width * scale);
  const h = Math.floor(image.height * scale);
  const left = Math.floor((width - w) / 2);
  const top = Math.floor((height - h) / 2);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const sx = Math.min(image.width - 1, Math.floor(x / scale));
      const sy = Math.min(image.height - 1, Math.floor(y / scale));
      const i = (sy * image.width + sx) * 4;
      luma[(top + y) * width + left + x] = Math.round(0.299 * image.data[i] + 0.587 * image.data[i + 1] + 0.114 * image.data[i + 2]);
    }
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  await writeFile(path, Buffer.concat([header, frame, frame]));
  return path;
}
