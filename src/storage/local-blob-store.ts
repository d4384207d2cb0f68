import { once } from 'node:events';
import { randomUUID, createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import {
  access,
  chmod,
  mkdir,
  open,
  readFile,
  rename,
  rm,
  writeFile,
  type FileHandle,
} from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../domain/app-error.js';
import {
  assertSha256Hex,
  BLOB_TAMPERED_MESSAGE,
  blobTooLarge,
  DEFAULT_MAX_BLOB_BYTES,
  type BlobMeta,
  type BlobStore,
  type StoredBlob,
} from './blob-store.js';

export interface LocalBlobStoreOptions {
  maxBytes?: number;
}

interface Sidecar {
  mediaType: string;
  size: number;
}

const READ_ONLY = 0o444;

/**
 * Evidence files in a folder, named by hash: `root/ab/cd/<sha256>` beside `<sha256>.json`
 * (media type and size). Uploads are written under `root/tmp/` first so that a blob appears
 * whole or not at all; the blob's rename is the commit point, so its sidecar goes first.
 */
export async function createLocalBlobStore(
  root: string,
  options: LocalBlobStoreOptions = {},
): Promise<BlobStore> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BLOB_BYTES;
  const tempDir = path.join(root, 'tmp');
  // Made now rather than per upload: `put` must start reading its stream before any await,
  // or an upload that fails in the meantime raises an error nobody listens to.
  await mkdir(tempDir, { recursive: true });

  function blobPath(sha256: string): string {
    assertSha256Hex(sha256);
    return path.join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async function statBlob(sha256: string): Promise<StoredBlob | null> {
    const file = blobPath(sha256);
    if (!(await exists(file))) return null;
    const sidecar = parseSidecar(await readFile(`${file}.json`, 'utf8'));
    return { sha256, ...sidecar };
  }

  async function putBlob(content: Readable | Buffer, meta: BlobMeta): Promise<StoredBlob> {
    const tempFile = path.join(tempDir, `${randomUUID()}.part`);
    try {
      const source = Buffer.isBuffer(content) ? Readable.from([content]) : content;
      const { sha256, size } = await writeHashed(source, tempFile, maxBytes);
      const existing = await statBlob(sha256);
      if (existing) return existing;
      const file = blobPath(sha256);
      await mkdir(path.dirname(file), { recursive: true });
      await commitSidecar(`${file}.json`, { mediaType: meta.mediaType, size }, tempDir);
      await commitFile(tempFile, file);
      await syncDirectory(path.dirname(file));
      return { sha256, size, mediaType: meta.mediaType };
    } finally {
      await rm(tempFile, { force: true });
    }
  }

  async function openBlob(sha256: string): Promise<Readable> {
    const handle = await openExisting(blobPath(sha256));
    return Readable.from(verifyWhileReading(handle.createReadStream(), sha256), {
      objectMode: false,
    });
  }

  return { put: putBlob, open: openBlob, stat: statBlob };
}

async function writeHashed(
  source: Readable,
  tempFile: string,
  maxBytes: number,
): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  const sink = createWriteStream(tempFile, { flags: 'wx', mode: 0o600, flush: true });
  // On a refusal, wait until the sink has opened and closed its file, or the caller's clean-up
  // could run before the file exists and leave it behind.
  await pipeline(
    source,
    async function* (chunks: AsyncIterable<Buffer>) {
      for await (const chunk of chunks) {
        size += chunk.length;
        if (size > maxBytes) throw blobTooLarge(maxBytes);
        hash.update(chunk);
        yield chunk;
      }
    },
    sink,
  ).catch(async (error: unknown) => {
    if (!sink.closed) await once(sink, 'close');
    throw error;
  });
  return { sha256: hash.digest('hex'), size };
}

/** Made read-only before the rename, so the blob is never visible as writable. */
async function commitFile(tempFile: string, file: string): Promise<void> {
  await chmod(tempFile, READ_ONLY);
  await rename(tempFile, file);
}

async function commitSidecar(file: string, sidecar: Sidecar, tempDir: string): Promise<void> {
  const tempFile = path.join(tempDir, `${randomUUID()}.part`);
  try {
    await writeFile(tempFile, JSON.stringify(sidecar), { flag: 'wx', mode: 0o600, flush: true });
    await commitFile(tempFile, file);
  } finally {
    await rm(tempFile, { force: true });
  }
}

/** Makes the renames durable: without it a power cut can lose a blob already acknowledged. */
async function syncDirectory(directory: string): Promise<void> {
  // Windows cannot open a directory to sync it; NTFS journals the rename itself.
  if (process.platform === 'win32') return;
  const handle = await open(directory, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function* verifyWhileReading(
  chunks: AsyncIterable<Buffer>,
  sha256: string,
): AsyncGenerator<Buffer> {
  const hash = createHash('sha256');
  for await (const chunk of chunks) {
    hash.update(chunk);
    yield chunk;
  }
  if (hash.digest('hex') !== sha256) throw new Error(BLOB_TAMPERED_MESSAGE);
}

async function openExisting(file: string): Promise<FileHandle> {
  try {
    return await open(file, 'r');
  } catch (error) {
    if (isMissing(error))
      throw new AppError('NOT_FOUND', '找不到该证据文件，请确认文件编号是否正确');
    throw error;
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

function parseSidecar(text: string): Sidecar {
  const value: unknown = JSON.parse(text);
  if (
    typeof value === 'object' &&
    value !== null &&
    'mediaType' in value &&
    typeof value.mediaType === 'string' &&
    'size' in value &&
    typeof value.size === 'number'
  ) {
    return { mediaType: value.mediaType, size: value.size };
  }
  throw new Error(`证据文件的说明文件已损坏，请联系系统管理员从备份恢复：${text.slice(0, 200)}`);
}
