import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { poppler } from './poppler.js';

/** A fontconfig that knows no font folders, so only fonts embedded in the PDF can draw text. */
export function fontlessFontconfig(folder: string): string {
  const file = path.join(folder, 'fonts.conf');
  writeFileSync(
    file,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n` +
      `<fontconfig><cachedir>${path.join(folder, 'fontconfig-cache')}</cachedir></fontconfig>\n`,
  );
  return file;
}

/** The share of pixels darker than mid-grey in a binary PGM (P5) image. */
export function darkPixelShare(pgm: Buffer): number {
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.toString('latin1', 0, 40));
  if (!header) throw new Error('pdftoppm did not write a grey PGM image');
  const pixels = pgm.subarray(header[0].length);
  let dark = 0;
  for (const value of pixels) if (value < 128) dark += 1;
  return dark / pixels.length;
}

/** The first page drawn in grey with system fonts hidden: the share of dark pixels. */
export function darkShareWithoutSystemFonts(pdfFile: string): number {
  const folder = mkdtempSync(path.join(tmpdir(), 'zhifa-fontless-'));
  const env = { ...process.env, FONTCONFIG_FILE: fontlessFontconfig(folder) };
  const greyPrefix = path.join(folder, 'grey');
  poppler('pdftoppm', ['-r', '50', '-gray', '-singlefile', pdfFile, greyPrefix], env);
  return darkPixelShare(readFileSync(`${greyPrefix}.pgm`));
}

/** Writes the bytes to a temporary file, for the poppler tools. */
export function pdfFile(bytes: Buffer, name = 'document.pdf'): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'zhifa-pdf-')), name);
  writeFileSync(file, bytes);
  return file;
}

/** The text layer with all white space removed, as Chinese wraps anywhere. */
export function pdfText(file: string): string {
  return poppler('pdftotext', [file, '-']).replace(/\s+/g, '');
}

export function pdfKeywords(file: string): string {
  return /^Keywords:\s+(.*)$/m.exec(poppler('pdfinfo', [file]))?.[1] ?? '';
}
