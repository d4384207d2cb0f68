import { DEMO_PASSWORD } from '../../src/demo/demo-organisation.js';
import type { TestPlatform } from './platform.js';

export interface Download {
  status: number;
  headers: Headers;
  bytes: Buffer;
}

/**
 * Signs in and returns a downloader that keeps the response bytes (the test client reads
 * bodies as text, which would garble a PDF). With a body it POSTs it as JSON.
 */
export async function downloaderFor(
  platform: TestPlatform,
  username: string,
  password = DEMO_PASSWORD,
): Promise<(path: string, body?: unknown) => Promise<Download>> {
  const origin = 'http://localhost';
  const login = await platform.app.request(`${origin}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: origin },
    body: JSON.stringify({ username, password }),
  });
  if (login.status !== 200) throw new Error(`sign-in as ${username} failed`);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return async (path, body) => {
    const response = await platform.app.request(
      `${origin}${path}`,
      body === undefined
        ? { headers: { Cookie: cookie } }
        : {
            method: 'POST',
            headers: {
              Cookie: cookie,
              Origin: origin,
              'X-CSRF-Token': csrfToken,
              'Content-Type': 'application/json',
            },
            body: JSON.stringify(body),
          },
    );
    return {
      status: response.status,
      headers: response.headers,
      bytes: Buffer.from(await response.arrayBuffer()),
    };
  };
}
