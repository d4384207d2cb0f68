import { createHash, randomBytes } from 'node:crypto';
import { chmod, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../domain/app-error.js';
import {
  BLOB_TAMPERED_MESSAGE,
  blobTooLarge,
  DEFAULT_MAX_BLOB_BYTES,
  type BlobStore,
} from './blob-store.js';
import { createLocalBlobStore } from './local-blob-store.js';

const ABC_SHA256 = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
const UNKNOWN_SHA256 = 'e'.repeat(64);

let root: string;
let store: BlobStore;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'zhifa-blobs-'));
  store = await createLocalBlobStore(root);
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

function blobFile(sha256: string): string {
  return path.join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
}

function sha256Of(content: Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

function inChunks(content: Buffer, chunkSize: number): Readable {
  const chunks: Buffer[] = [];
  for (let at = 0; at < content.length; at += chunkSize) {
    chunks.push(content.subarray(at, at + chunkSize));
  }
  return Readable.from(chunks);
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('local blob store', () => {
  it('names a blob by the sha256 of its bytes', async () => {
    const stored = await store.put(Buffer.from('abc'), { mediaType: 'text/plain' });
    expect(stored).toEqual({ sha256: ABC_SHA256, size: 3, mediaType: 'text/plain' });
  });

  it('lays blobs out in two fan-out folders, read-only, with a sidecar', async () => {
    await store.put(Buffer.from('abc'), { mediaType: 'text/plain' });
    const file = blobFile(ABC_SHA256);
    expect(await readFile(file, 'utf8')).toBe('abc');
    expect((await stat(file)).mode & 0o777).toBe(0o444);
    expect(JSON.parse(await readFile(`${file}.json`, 'utf8'))).toEqual({
      mediaType: 'text/plain',
      size: 3,
    });
    expect((await stat(`${file}.json`)).mode & 0o777).toBe(0o444);
  });

  it('stores the same bytes once, whether put as a buffer or a stream', async () => {
    const photo = randomBytes(300_000);
    const fromBuffer = await store.put(photo, { mediaType: 'image/jpeg' });
    const fromStream = await store.put(inChunks(photo, 16_384), { mediaType: 'image/png' });

    expect(fromStream).toEqual(fromBuffer);
    expect(fromStream.mediaType).toBe('image/jpeg');
    const folder = path.dirname(blobFile(fromBuffer.sha256));
    expect(await readdir(folder)).toEqual([fromBuffer.sha256, `${fromBuffer.sha256}.json`]);
    expect(await readdir(path.join(root, 'tmp'))).toEqual([]);
  });

  it('opens a blob as the identical bytes', async () => {
    const recording = randomBytes(200_000);
    const { sha256 } = await store.put(inChunks(recording, 10_000), { mediaType: 'audio/mpeg' });
    expect((await buffer(await store.open(sha256))).equals(recording)).toBe(true);
  });

  it('reports a blob whose file was changed on disk', async () => {
    const { sha256 } = await store.put(Buffer.from('现场笔录原件'), { mediaType: 'text/plain' });
    const file = blobFile(sha256);
    await chmod(file, 0o644);
    await writeFile(file, '现场笔录改件');

    await expect(buffer(await store.open(sha256))).rejects.toThrow(BLOB_TAMPERED_MESSAGE);
    expect(BLOB_TAMPERED_MESSAGE).toBe('证据文件已被改动：哈希不一致');
  });

  it('refuses a name that is not a lowercase sha256, so no path leaves the store', async () => {
    await store.put(Buffer.from('abc'), { mediaType: 'text/plain' });
    const names = ['../../etc/passwd', ABC_SHA256.toUpperCase(), `${ABC_SHA256}/..`, 'tmp', ''];
    for (const name of names) {
      expect((await refusal(store.open(name))).code).toBe('VALIDATION_FAILED');
      expect((await refusal(store.stat(name))).code).toBe('VALIDATION_FAILED');
    }
  });

  it('refuses a file over the size limit and keeps nothing of it', async () => {
    const small = await createLocalBlobStore(root, { maxBytes: 10 });
    expect((await small.put(Buffer.alloc(10), { mediaType: 'image/jpeg' })).size).toBe(10);

    const oversized = Buffer.alloc(25, 1);
    const refused = await refusal(small.put(inChunks(oversized, 4), { mediaType: 'video/mp4' }));
    expect(refused.code).toBe('VALIDATION_FAILED');
    expect(refused.userMessage).toBe('证据文件超过 10 字节 的上限，请压缩或分段后重新上传');
    expect(await small.stat(sha256Of(oversized))).toBe(null);
    expect(await readdir(path.join(root, 'tmp'))).toEqual([]);
  });

  it('limits a file to 2 GiB by default', () => {
    expect(blobTooLarge(DEFAULT_MAX_BLOB_BYTES).userMessage).toContain('超过 2 GiB 的上限');
  });

  it('keeps nothing of an upload whose stream fails', async () => {
    const upload = new Readable({ read() {} });
    const put = store.put(upload, { mediaType: 'video/mp4' });
    upload.push(Buffer.alloc(1_000));
    upload.destroy(new Error('客户端断开'));
    await expect(put).rejects.toThrow('客户端断开');
    expect(await readdir(path.join(root, 'tmp'))).toEqual([]);
  });

  it('answers null for the stat of an unknown blob, and NOT_FOUND for opening it', async () => {
    expect(await store.stat(UNKNOWN_SHA256)).toBe(null);
    expect((await refusal(store.open(UNKNOWN_SHA256))).code).toBe('NOT_FOUND');
  });
});
