import { configure, TextReader, Uint8ArrayReader, Uint8ArrayWriter, ZipWriter } from '@zip.js/zip.js';

configure({ useWebWorkers: false });

export interface ZipEntry {
  name: string;
  data: string | Uint8Array;
}

/** A ZIP whose every entry is encrypted with WinZip AES-256 (never the broken ZipCrypto) under the password. */
export async function encryptedZip(entries: ZipEntry[], password: string): Promise<Uint8Array> {
  const writer = new ZipWriter(new Uint8ArrayWriter(), { password, encryptionStrength: 3, zipCrypto: false, level: 6 });
  for (const entry of entries) {
    await writer.add(entry.name, typeof entry.data === 'string' ? new TextReader(entry.data) : new Uint8ArrayReader(entry.data));
  }
  return writer.close();
}
