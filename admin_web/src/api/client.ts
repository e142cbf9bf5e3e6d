/**
 * The one API client of admin_web: base `/api/v1`, bearer token, error envelope → ApiError,
 * error code → Chinese copy, session end on 401. Context modules (`src/api/<context>.ts`) call
 * `http`; nothing else calls fetch.
 */
import { ElMessage } from "element-plus";

import { messageFor } from "./messages";

export const API_BASE = "/api/v1";

/** `{"error": {"code", "message", "fields"}}` turned into an exception callers can inspect. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: Record<string, string>;
  /** The whole error body, for endpoints that answer more than the envelope (import row errors). */
  readonly body: unknown;

  constructor(
    status: number,
    code: string,
    message: string,
    fields: Record<string, string> = {},
    body: unknown = null,
  ) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.body = body;
  }
}

export type Query = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  query?: Query;
  body?: unknown;
  /** Do not show the error toast; the caller presents the error itself. */
  silent?: boolean;
  /** Send no token and leave the session alone on 401 (login). Default true. */
  auth?: boolean;
  /** On 401 run the session-end hook (clear session, go to login). Default true. */
  endSessionOn401?: boolean;
  signal?: AbortSignal;
  /** Extra request headers (e.g. `Idempotency-Key`). */
  headers?: Record<string, string>;
}

export interface ClientHooks {
  /** The current bearer token, or null when signed out. */
  getToken: () => string | null;
  /** A request that carried a token was answered 401: end the session. */
  onUnauthorized: (error: ApiError) => void;
  /** Show an error to the user. */
  notify: (message: string) => void;
}

const hooks: ClientHooks = {
  getToken: () => null,
  onUnauthorized: () => {},
  notify: (message) => {
    ElMessage.error(message);
  },
};

/** Wire the client to the session (see `src/setup.ts`); tests wire it to their own spies. */
export function configureClient(overrides: Partial<ClientHooks>): void {
  Object.assign(hooks, overrides);
}

export function buildUrl(path: string, query?: Query): string {
  const url = `${API_BASE}${path.startsWith("/") ? path : `/${path}`}`;
  if (!query) return url;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === "") continue;
    params.append(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${url}?${qs}` : url;
}

interface Envelope {
  error?: { code?: unknown; message?: unknown; fields?: unknown };
}

function stringFields(raw: unknown): Record<string, string> {
  if (!raw || typeof raw !== "object") return {};
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    out[key] = Array.isArray(value) ? value.map(String).join("；") : String(value);
  }
  return out;
}

/** Turn an error response into an ApiError, whatever its body holds. */
export async function parseError(response: Response): Promise<ApiError> {
  let body: Envelope | null = null;
  try {
    body = (await response.json()) as Envelope;
  } catch {
    body = null;
  }
  const err = body?.error;
  const code = typeof err?.code === "string" && err.code ? err.code : `http_${response.status}`;
  const serverMessage = typeof err?.message === "string" ? err.message : undefined;
  return new ApiError(
    response.status,
    code,
    messageFor(code, response.status, serverMessage),
    stringFields(err?.fields),
    body,
  );
}

/** Sends the call and answers the successful response; errors are thrown as ApiError. */
async function send(path: string, options: RequestOptions): Promise<Response> {
  const {
    method = "GET",
    query,
    body,
    silent = false,
    auth = true,
    endSessionOn401 = true,
    signal,
    headers: extraHeaders = {},
  } = options;
  const headers: Record<string, string> = { ...extraHeaders, Accept: "application/json" };
  const token = auth ? hooks.getToken() : null;
  if (token) headers.Authorization = `Bearer ${token}`;
  // FormData (file uploads) sets its own multipart Content-Type.
  const isForm = typeof FormData !== "undefined" && body instanceof FormData;
  if (body !== undefined && !isForm) headers["Content-Type"] = "application/json";

  let response: Response;
  try {
    response = await fetch(buildUrl(path, query), {
      method,
      headers,
      body: body === undefined ? undefined : isForm ? (body as FormData) : JSON.stringify(body),
      signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === "AbortError") throw cause;
    const error = new ApiError(0, "network_error", messageFor("network_error", 0));
    if (!silent) hooks.notify(error.message);
    throw error;
  }

  if (!response.ok) {
    const error = await parseError(response);
    if (response.status === 401 && token && endSessionOn401) {
      // Several requests may fail with the same dead token: the first ends the session and tells
      // the user; the others, answered after the token changed, stay quiet.
      if (hooks.getToken() !== token) throw error;
      hooks.onUnauthorized(error);
    }
    if (!silent) hooks.notify(error.message);
    throw error;
  }
  return response;
}

export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await send(path, options);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** A file answer (Excel export, template) fetched with the token. */
export async function requestBlob(path: string, options: RequestOptions = {}): Promise<Blob> {
  const response = await send(path, options);
  return response.blob();
}

type BodyOptions = Omit<RequestOptions, "method" | "body">;

export const http = {
  get: <T>(path: string, options?: BodyOptions) =>
    request<T>(path, { ...options, method: "GET" }),
  post: <T>(path: string, body?: unknown, options?: BodyOptions) =>
    request<T>(path, { ...options, method: "POST", body }),
  put: <T>(path: string, body?: unknown, options?: BodyOptions) =>
    request<T>(path, { ...options, method: "PUT", body }),
  patch: <T>(path: string, body?: unknown, options?: BodyOptions) =>
    request<T>(path, { ...options, method: "PATCH", body }),
  delete: <T>(path: string, options?: BodyOptions) =>
    request<T>(path, { ...options, method: "DELETE" }),
  /** multipart/form-data POST (file uploads). */
  upload: <T>(path: string, form: FormData, options?: BodyOptions) =>
    request<T>(path, { ...options, method: "POST", body: form }),
  blob: (path: string, options?: BodyOptions) => requestBlob(path, { ...options, method: "GET" }),
};

/** Per-call options the context modules pass through (toast or not). */
export type CallOptions = Pick<RequestOptions, "silent" | "endSessionOn401" | "signal" | "headers">;
