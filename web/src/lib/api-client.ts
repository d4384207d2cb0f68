/**
 * The one way the web app talks to the server: same-origin cookies, JSON bodies, the
 * CSRF token on every state-changing request, and every failure turned into an
 * `ApiError` whose `message` is a Chinese sentence fit to show a person.
 */

export interface FieldIssue {
  path: string;
  message: string;
}

interface ErrorBody {
  error: {
    code: string;
    message: string;
    details?: FieldIssue[];
    requestId?: string;
  };
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: FieldIssue[];
  readonly requestId: string | undefined;

  constructor(status: number, body: ErrorBody['error']) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    this.details = body.details ?? [];
    this.requestId = body.requestId;
  }
}

interface SessionInterruptHandlers {
  /** The session cookie is missing or expired (401 NOT_AUTHENTICATED). */
  onNotAuthenticated: () => void;
  /** The user must choose a new password before doing anything else. */
  onPasswordChangeRequired: () => void;
}

let csrfToken: string | null = null;
let interruptHandlers: SessionInterruptHandlers | null = null;

/** Remember the token handed out by login and /auth/me; `null` after logout. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function handleSessionInterrupts(handlers: SessionInterruptHandlers): () => void {
  interruptHandlers = handlers;
  return () => {
    if (interruptHandlers === handlers) interruptHandlers = null;
  };
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH';
type QueryValue = string | number | null | undefined;

function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = (value as { error: unknown }).error;
  return typeof error === 'object' && error !== null && 'message' in error && 'code' in error;
}

async function toApiError(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  if (isErrorBody(body)) return new ApiError(response.status, body.error);
  return new ApiError(response.status, {
    code: `HTTP_${response.status}`,
    message: `服务器暂时无法处理请求（HTTP ${response.status}），请稍后重试`,
  });
}

function notifyInterrupt(error: ApiError): void {
  if (error.status === 401 && error.code === 'NOT_AUTHENTICATED') {
    interruptHandlers?.onNotAuthenticated();
  } else if (error.status === 403 && error.code === 'PASSWORD_CHANGE_REQUIRED') {
    interruptHandlers?.onPasswordChangeRequired();
  }
}

async function send<T>(method: Method, url: string, body?: BodyInit, json = false): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (json) headers['Content-Type'] = 'application/json';
  // Every state-changing request carries the token; reads never need it.
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(url, { method, headers, body, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, {
      code: 'NETWORK_ERROR',
      message: '无法连接服务器，请检查网络后重试',
    });
  }

  if (!response.ok) {
    const error = await toApiError(response);
    notifyInterrupt(error);
    throw error;
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export const apiClient = {
  get<T>(path: string, query?: Record<string, QueryValue>): Promise<T> {
    return send<T>('GET', buildUrl(path, query));
  },
  post<T>(path: string, body?: unknown): Promise<T> {
    if (body === undefined) return send<T>('POST', path);
    return send<T>('POST', path, JSON.stringify(body), true);
  },
  put<T>(path: string, body: unknown): Promise<T> {
    return send<T>('PUT', path, JSON.stringify(body), true);
  },
  patch<T>(path: string, body: unknown): Promise<T> {
    return send<T>('PATCH', path, JSON.stringify(body), true);
  },
  /** Multipart upload; the browser sets the boundary, so no Content-Type here. */
  upload<T>(path: string, form: FormData): Promise<T> {
    return send<T>('POST', path, form);
  },
};

/** The sentence to show a person for any thrown value. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return '操作失败，请稍后重试';
}
