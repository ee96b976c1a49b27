import { describe, expect, it } from 'vitest';
import { checkImage, ImageRejected, MAX_IMAGE_BYTES } from './images.js';

/** A PNG signature and IHDR chunk of the given size (enough for its dimensions to be read). */
function pngHeader(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const view = new DataView(bytes.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  bytes.set([8, 2, 0, 0, 0], 24);
  return bytes;
}

/** A JPEG start-of-image, a JFIF segment and a baseline start-of-frame segment of the given size. */
function jpegHeader(width: number, height: number): Uint8Array {
  const app0 = [0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 1, 1, 0, 0, 1, 0, 1, 0, 0];
  return new Uint8Array([0xff, 0xd8, ...app0, 0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1, 0xff, 0xd9]);
}

const rejection = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return err instanceof ImageRejected ? err.code : 'other';
  }
  return 'accepted';
};

describe('checkImage', () => {
  it('reads PNG and JPEG by their content and dimensions', () => {
    expect(checkImage('FRONT.Cropped', pngHeader(640, 400))).toMatchObject({ contentType: 'image/png', width: 640, height: 400 });
    expect(checkImage('portrait', jpegHeader(300, 400))).toMatchObject({ contentType: 'image/jpeg', width: 300, height: 400 });
  });

  it('rejects other content, empty, oversized and truncated images with stable codes', () => {
    expect(rejection(() => checkImage('portrait', new TextEncoder().encode('GIF89a......')))).toBe('IMAGE_TYPE_NOT_ALLOWED');
    expect(rejection(() => checkImage('portrait', new Uint8Array()))).toBe('IMAGE_EMPTY');
    const big = new Uint8Array(MAX_IMAGE_BYTES + 1);
    big.set(jpegHeader(10, 10));
    expect(rejection(() => checkImage('portrait', big))).toBe('IMAGE_TOO_LARGE');
    expect(rejection(() => checkImage('portrait', new Uint8Array([0xff, 0xd8, 0xff, 0xe0])))).toBe('IMAGE_UNREADABLE');
  });
});
