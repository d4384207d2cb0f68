import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { loadConfig, type Config } from '../../src/config.js';
import { DEMO_PASSWORD, seedDemoOrganisation } from '../../src/demo/demo-organisation.js';
import { createApp, type App } from '../../src/http/app.js';
import type { Database } from '../../src/storage/database.js';
import type { BlobStore } from '../../src/storage/blob-store.js';
import { createLocalBlobStore } from '../../src/storage/local-blob-store.js';
import { openTestDatabase } from './test-database.js';

export interface TestPlatform {
  database: Database;
  blobStore: BlobStore;
  config: Config;
  app: App;
  /** Signs in as a demo account and returns a client that keeps its cookie and CSRF token. */
  signIn(username: string, password?: string): Promise<TestClient>;
  anonymous(): TestClient;
  close(): Promise<void>;
}

export interface TestResponse<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

export interface TestClient {
  get<T = any>(path: string): Promise<TestResponse<T>>;
  post<T = any>(path: string, body?: unknown): Promise<TestResponse<T>>;
  put<T = any>(path: string, body?: unknown): Promise<TestResponse<T>>;
  patch<T = any>(path: string, body?: unknown): Promise<TestResponse<T>>;
  upload<T = any>(path: string, fileName: string, content: Buffer): Promise<TestResponse<T>>;
  csrfToken: string | null;
}

const ORIGIN = 'http://localhost';

/** A fresh, migrated database with the demo organisation, and the app over it (no port). */
export async function startTestPlatform(
  options: { demo?: boolean; config?: Partial<Config> } = {},
): Promise<TestPlatform> {
  const database = await openTestDatabase();
  const config = loadConfig({}, { dataDir: 'unused', ...options.config });
  if (options.demo !== false) await seedDemoOrganisation(database.db, config);
  const blobStore = await createLocalBlobStore(mkdtempSync(path.join(tmpdir(), 'zhifa-blobs-')));
  const app = createApp({
    db: database.db,
    config,
    logger: pino({ level: 'silent' }),
    blobStore,
    webRoot: null,
  });

  function client(): TestClient {
    let cookie: string | null = null;
    const self: TestClient = {
      csrfToken: null,
      get: (path) => send('GET', path),
      post: (path, body) => send('POST', path, body),
      put: (path, body) => send('PUT', path, body),
      patch: (path, body) => send('PATCH', path, body),
      upload: (path, fileName, content) => {
        const form = new FormData();
        form.append('file', new Blob([new Uint8Array(content)]), fileName);
        return send('POST', path, form);
      },
    };
    async function send(method: string, path: string, body?: unknown) {
      const headers: Record<string, string> = { Origin: ORIGIN };
      if (cookie) headers.Cookie = cookie;
      if (self.csrfToken) headers['X-CSRF-Token'] = self.csrfToken;
      let payload: RequestInit['body'];
      if (body instanceof FormData) payload = body;
      else if (body !== undefined) {
        headers['Content-Type'] = 'application/json';
        payload = JSON.stringify(body);
      }
      const response = await app.request(`${ORIGIN}${path}`, { method, headers, body: payload });
      const setCookie = response.headers.get('set-cookie');
      if (setCookie) cookie = setCookie.split(';')[0] ?? null;
      const text = await response.text();
      const parsed = response.headers.get('content-type')?.includes('json')
        ? JSON.parse(text)
        : text;
      if (path === '/api/auth/login' && response.status === 200) self.csrfToken = parsed.csrfToken;
      return { status: response.status, body: parsed, headers: response.headers };
    }
    return self;
  }

  return {
    database,
    blobStore,
    config,
    app,
    anonymous: client,
    async signIn(username, password = DEMO_PASSWORD) {
      const signedIn = client();
      const response = await signedIn.post('/api/auth/login', { username, password });
      if (response.status !== 200) {
        throw new Error(`sign-in as ${username} failed: ${JSON.stringify(response.body)}`);
      }
      return signedIn;
    },
    close: () => database.close(),
  };
}
