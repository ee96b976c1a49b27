import { imageSize } from 'image-size';

export const IMAGE_KINDS = ['FRONT.Cropped', 'FRONT.Uncropped', 'portrait'] as const;
export type ImageKind = (typeof IMAGE_KINDS)[number];

export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

export interface CheckedImage {
  kind: ImageKind;
  contentType: 'image/jpeg' | 'image/png';
  width: number;
  height: number;
  data: Uint8Array;
}

/** A submitted image that is not usable; `code` is stable, the message names the fix. */
export class ImageRejected extends Error {
  constructor(
    readonly code: 'IMAGE_TOO_LARGE' | 'IMAGE_TYPE_NOT_ALLOWED' | 'IMAGE_UNREADABLE' | 'IMAGE_EMPTY',
    message: string,
  ) {
    super(message);
  }
}

function contentTypeOf(data: Uint8Array): CheckedImage['contentType'] | null {
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg';
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (data.length >= 8 && png.every((b, i) => data[i] === b)) return 'image/png';
  return null;
}

/** Checks an image by its content: JPEG or PNG magic bytes, at most 10 MB, dimensions readable. */
export function checkImage(kind: ImageKind, data: Uint8Array): CheckedImage {
  if (data.length === 0) throw new ImageRejected('IMAGE_EMPTY', `${kind}: the image is empty: send the JPEG or PNG bytes`);
  if (data.length > MAX_IMAGE_BYTES) {
    throw new ImageRejected('IMAGE_TOO_LARGE', `${kind}: ${data.length} bytes is over the 10 MB limit: send a smaller or more compressed image`);
  }
  const contentType = contentTypeOf(data);
  if (contentType === null) throw new ImageRejected('IMAGE_TYPE_NOT_ALLOWED', `${kind}: only JPEG and PNG images are accepted (checked by content, not by name)`);
  let size: { width?: number; height?: number };
  try {
    size = imageSize(data);
  } catch {
    size = {};
  }
  if (!size.width || !size.height) throw new ImageRejected('IMAGE_UNREADABLE', `${kind}: the ${contentType} image is truncated or corrupt: its dimensions cannot be read`);
  return { kind, contentType, width: size.width, height: size.height, data };
}
