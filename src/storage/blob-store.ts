import type { Readable } from 'node:stream';
import { AppError } from '../domain/app-error.js';

/** An evidence file as stored: named by the sha256 of its bytes, never altered afterwards. */
export interface StoredBlob {
  /** 64 lowercase hex digits; the blob's only name. */
  sha256: string;
  size: number;
  /** As declared at upload, e.g. `image/jpeg`, `audio/mpeg`, `application/pdf`. */
  mediaType: string;
}

export interface BlobMeta {
  mediaType: string;
}

/**
 * Content-addressed storage for evidence (证据) files. Bytes go in and come out as streams and
 * callers never see a path, so a local folder and an S3-compatible bucket fit alike.
 */
export interface BlobStore {
  /** Stores the bytes once; putting the same bytes again returns the blob already stored. */
  put(content: Readable | Buffer, meta: BlobMeta): Promise<StoredBlob>;
  /**
   * Rejects with `NOT_FOUND` for an unknown blob. The stream is destroyed with an error at its
   * end if the bytes no longer match their hash, so a reader trusts nothing until it ends.
   */
  open(sha256: string): Promise<Readable>;
  stat(sha256: string): Promise<StoredBlob | null>;
}

export const DEFAULT_MAX_BLOB_BYTES = 2 * 1024 ** 3;

export const BLOB_TAMPERED_MESSAGE = '证据文件已被改动：哈希不一致';

const SHA256_HEX = /^[0-9a-f]{64}$/;

export function isSha256Hex(value: string): boolean {
  return SHA256_HEX.test(value);
}

/** Every store checks a name before using it as a path or an object key. */
export function assertSha256Hex(value: string): void {
  if (!isSha256Hex(value)) {
    throw new AppError(
      'VALIDATION_FAILED',
      '证据文件编号无效：应为 64 位小写十六进制的 sha256 摘要，请检查链接或重新选择文件',
    );
  }
}

export function blobTooLarge(maxBytes: number): AppError {
  return new AppError(
    'VALIDATION_FAILED',
    `证据文件超过 ${describeSize(maxBytes)} 的上限，请压缩或分段后重新上传`,
  );
}

function describeSize(bytes: number): string {
  if (bytes % 1024 ** 3 === 0) return `${bytes / 1024 ** 3} GiB`;
  if (bytes % 1024 ** 2 === 0) return `${bytes / 1024 ** 2} MiB`;
  return `${bytes} 字节`;
}
