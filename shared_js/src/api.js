// @ts-check
/**
 * The API client shared by the shells. It knows the backend's conventions (base path, bearer
 * token, the error envelope `{"error": {"code", "message", "fields"}}`, session end on 401, ETag
 * revalidation of pages) and nothing about the platform: the HTTP call itself is an injected
 * `transport` (fetch in H5 and the app, wx.request in the mini-program).
 */
import { componentHeader } from "./layout.js";
import { hasOwn, isPlainObject, loggerOf } from "./log.js";

/**
 * @typedef {import("./log.js").Logger} Logger
 * @typedef {import("./layout.js").SupportedMap} SupportedMap
 * @typedef {Record<string, string>} Headers
 * @typedef {Record<string, string | number | boolean | null | undefined | Array<string | number>>} Query
 *
 * @typedef {object} TransportRequest
 * @property {"GET" | "POST" | "PUT" | "DELETE"} method
 * @property {string} url      base URL + path + query string
 * @property {Headers} headers
 * @property {string} [body]   JSON text, when there is a body
 *
 * @typedef {object} TransportResponse
 * @property {number} status
 * @property {Record<string, string>} headers  any case; looked up case-insensitively
 * @property {any} data        parsed JSON (a JSON string is parsed here), or null
 *
 * @typedef {(request: TransportRequest) => Promise<TransportResponse>} Transport
 *
 * @typedef {object} RequestOptions
 * @property {Query} [query]
 * @property {Headers} [headers]
 *
 * @typedef {object} ClientOptions
 * @property {string} [baseUrl]   e.g. `/api/v1` (H5) or `https://shop.example.com/api/v1`
 * @property {Transport} transport
 * @property {() => (string | null | undefined)} [getToken]
 * @property {(error: ApiError) => void} [onUnauthorized]  a request that carried a token got 401
 * @property {Logger | null} [logger]
 *
 * @typedef {object} EtagEntry
 * @property {string} etag
 * @property {any} body
 *
 * @typedef {object} EtagCache
 * @property {(key: string) => (EtagEntry | null | undefined)} get
 * @property {(key: string, entry: EtagEntry) => void} set
 */

/** Copy for errors the server did not describe (or must not describe: 5xx). */
const DEFAULT_MESSAGES = {
  network_error: "网络连接失败，请检查网络后重试",
  401: "请先登录",
  403: "没有权限进行此操作",
  404: "内容不存在或已下架",
  429: "操作太频繁，请稍后再试",
  500: "服务繁忙，请稍后再试",
};

/** An error answer of the API (or a network failure: status 0, code `network_error`). */
export class ApiError extends Error {
  /**
   * @param {number} status
   * @param {string} code
   * @param {string} message
   * @param {Record<string, string>} [fields]
   */
  constructor(status, code, message, fields) {
    super(message);
    this.name = "ApiError";
    /** @type {number} */
    this.status = status;
    /** @type {string} */
    this.code = code;
    /** @type {string} */
    this.message = message;
    /** @type {Record<string, string>} */
    this.fields = fields || {};
  }
}

/**
 * Duck-typed check (instanceof can fail across bundles or transpiled classes).
 * @param {unknown} error
 * @returns {error is ApiError}
 */
export function isApiError(error) {
  return error instanceof ApiError || (isPlainObject(error) && error.name === "ApiError");
}

/**
 * A header value by case-insensitive name.
 * @param {Record<string, any> | null | undefined} headers
 * @param {string} name
 * @returns {string | null}
 */
export function headerValue(headers, name) {
  if (!isPlainObject(headers)) return null;
  const wanted = name.toLowerCase();
  const keys = Object.keys(headers);
  for (let i = 0; i < keys.length; i++) {
    if (keys[i].toLowerCase() === wanted) {
      const value = headers[keys[i]];
      return value === undefined || value === null ? null : String(value);
    }
  }
  return null;
}

/**
 * `?a=1&b=x` (empty string when nothing is left); null, undefined and "" are left out, arrays
 * repeat the key. Encodes by hand: the mini-program has no URLSearchParams.
 * @param {Query | null | undefined} query
 * @returns {string}
 */
export function queryString(query) {
  if (!isPlainObject(query)) return "";
  const parts = [];
  const keys = Object.keys(query);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const raw = query[key];
    const values = Array.isArray(raw) ? raw : [raw];
    for (let j = 0; j < values.length; j++) {
      const value = values[j];
      if (value === undefined || value === null || value === "") continue;
      parts.push(encodeURIComponent(key) + "=" + encodeURIComponent(String(value)));
    }
  }
  return parts.length ? "?" + parts.join("&") : "";
}

/**
 * @param {any} data
 * @returns {any}
 */
function parseBody(data) {
  if (typeof data !== "string") return data === undefined ? null : data;
  if (!data) return null;
  try {
    return JSON.parse(data);
  } catch (e) {
    return data;
  }
}

/**
 * @param {unknown} raw
 * @returns {Record<string, string>}
 */
function stringFields(raw) {
  /** @type {Record<string, string>} */
  const out = {};
  if (!isPlainObject(raw)) return out;
  const keys = Object.keys(raw);
  for (let i = 0; i < keys.length; i++) {
    const value = raw[keys[i]];
    out[keys[i]] = Array.isArray(value) ? value.map(String).join("；") : String(value);
  }
  return out;
}

/**
 * Turn an error answer into an ApiError, whatever its body holds.
 * @param {number} status
 * @param {any} body
 * @returns {ApiError}
 */
export function errorFromResponse(status, body) {
  const err = isPlainObject(body) && isPlainObject(body.error) ? body.error : {};
  const code = typeof err.code === "string" && err.code ? err.code : "http_" + status;
  let message;
  if (status >= 500) message = DEFAULT_MESSAGES[500];
  else if (typeof err.message === "string" && err.message) message = err.message;
  else if (hasOwn(DEFAULT_MESSAGES, String(status))) {
    message = DEFAULT_MESSAGES[/** @type {401 | 403 | 404 | 429} */ (status)];
  } else message = "请求失败（" + status + "）";
  return new ApiError(status, code, message, stringFields(err.fields));
}

/**
 * Create an API client around an injected transport.
 *
 * @param {ClientOptions} options
 */
export function createApiClient(options) {
  if (!options || typeof options.transport !== "function") {
    throw new TypeError("createApiClient: a transport function is required");
  }
  const transport = options.transport;
  const baseUrl = (options.baseUrl || "").replace(/\/+$/, "");
  const getToken = options.getToken || function () {
    return null;
  };
  const onUnauthorized = options.onUnauthorized || function () {};
  const log = loggerOf(options.logger);

  /**
   * @param {string} path
   * @param {Query} [query]
   * @returns {string}
   */
  function url(path, query) {
    const p = path.charAt(0) === "/" ? path : "/" + path;
    return baseUrl + p + queryString(query);
  }

  /**
   * One HTTP exchange. Resolves with the response for status 200–399 (304 included); rejects
   * with an ApiError otherwise, or with status 0 when the transport fails.
   *
   * @param {{method: "GET" | "POST" | "PUT" | "DELETE", path: string, query?: Query, headers?: Headers, body?: unknown}} req
   * @returns {Promise<TransportResponse>}
   */
  async function request(req) {
    /** @type {Headers} */
    const headers = { Accept: "application/json" };
    const token = getToken();
    if (token) headers.Authorization = "Bearer " + token;
    const hasBody = req.body !== undefined;
    if (hasBody) headers["Content-Type"] = "application/json";
    if (req.headers) {
      const extra = Object.keys(req.headers);
      for (let i = 0; i < extra.length; i++) headers[extra[i]] = req.headers[extra[i]];
    }
    /** @type {TransportRequest} */
    const call = { method: req.method, url: url(req.path, req.query), headers: headers };
    if (hasBody) call.body = JSON.stringify(req.body);

    let res;
    try {
      res = await transport(call);
    } catch (cause) {
      log.warn("api: " + call.method + " " + call.url + " failed", cause);
      throw new ApiError(0, "network_error", DEFAULT_MESSAGES.network_error);
    }
    const status = res && typeof res.status === "number" ? res.status : 0;
    const data = parseBody(res ? res.data : null);
    const response = { status: status, headers: (res && res.headers) || {}, data: data };
    if (status >= 200 && status < 400) return response;

    const error =
      status === 0
        ? new ApiError(0, "network_error", DEFAULT_MESSAGES.network_error)
        : errorFromResponse(status, data);
    // Several requests may fail with the same dead token: only those sent with the token still
    // in use end the session.
    if (status === 401 && token && getToken() === token) onUnauthorized(error);
    throw error;
  }

  return {
    url: url,
    request: request,
    /**
     * @param {string} path
     * @param {RequestOptions} [opts]
     */
    get: async function (path, opts) {
      const o = opts || {};
      return (await request({ method: "GET", path: path, query: o.query, headers: o.headers })).data;
    },
    /**
     * @param {string} path
     * @param {unknown} [body]
     * @param {RequestOptions} [opts]
     */
    post: async function (path, body, opts) {
      const o = opts || {};
      return (await request({ method: "POST", path: path, body: body, query: o.query, headers: o.headers })).data;
    },
    /**
     * @param {string} path
     * @param {unknown} [body]
     * @param {RequestOptions} [opts]
     */
    put: async function (path, body, opts) {
      const o = opts || {};
      return (await request({ method: "PUT", path: path, body: body, query: o.query, headers: o.headers })).data;
    },
    /**
     * @param {string} path
     * @param {RequestOptions} [opts]
     */
    del: async function (path, opts) {
      const o = opts || {};
      return (await request({ method: "DELETE", path: path, query: o.query, headers: o.headers })).data;
    },
  };
}

/** @typedef {ReturnType<typeof createApiClient>} ApiClient */

/**
 * A small in-memory ETag cache (least recently used entries go first).
 * @param {number} [limit]
 * @returns {EtagCache & {clear: () => void, size: () => number}}
 */
export function createMemoryEtagCache(limit) {
  const max = limit && limit > 0 ? limit : 50;
  /** @type {Map<string, EtagEntry>} */
  const entries = new Map();
  return {
    get: function (key) {
      const entry = entries.get(key);
      if (!entry) return null;
      entries.delete(key);
      entries.set(key, entry);
      return entry;
    },
    set: function (key, entry) {
      entries.delete(key);
      entries.set(key, entry);
      while (entries.size > max) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
    },
    clear: function () {
      entries.clear();
    },
    size: function () {
      return entries.size;
    },
  };
}

/**
 * @typedef {object} FetchPageOptions
 * @property {string} [channel]        `mp` | `h5` | `app` | `pc` (default `h5`)
 * @property {SupportedMap} [supported]  sent as `X-Shell-Components`
 * @property {EtagCache | null} [etagCache]
 * @property {Query} [query]            e.g. `{site: "sz"}` or `{preview: token}`
 * @property {Headers} [headers]
 */

/**
 * GET a page (`/pages/<key>`, `/shops/<id>/page`, `/shops/<id>/pages/<key>`) with the shell's
 * components in `X-Shell-Components` and, when the cache holds an earlier answer, its ETag in
 * `If-None-Match`. A 304 answers with the cached body. Preview requests (`query.preview`) are
 * never cached. Rejects with ApiError like every call.
 *
 * @param {ApiClient} client
 * @param {string} path
 * @param {FetchPageOptions} [options]
 * @returns {Promise<any>} the page response body
 */
export async function fetchPage(client, path, options) {
  const opts = options || {};
  /** @type {Query} */
  const query = { channel: opts.channel || "h5" };
  if (opts.query) {
    const keys = Object.keys(opts.query);
    for (let i = 0; i < keys.length; i++) query[keys[i]] = opts.query[keys[i]];
  }
  /** @type {Headers} */
  const headers = {};
  if (opts.headers) {
    const keys = Object.keys(opts.headers);
    for (let i = 0; i < keys.length; i++) headers[keys[i]] = opts.headers[keys[i]];
  }
  const components = opts.supported ? componentHeader(opts.supported) : "";
  if (components) headers["X-Shell-Components"] = components;

  const cache = query.preview ? null : opts.etagCache || null;
  const key = client.url(path, query) + (components ? "#" + components : "");
  const cached = cache ? cache.get(key) : null;
  /** @type {Headers} */
  const conditional = {};
  const hkeys = Object.keys(headers);
  for (let i = 0; i < hkeys.length; i++) conditional[hkeys[i]] = headers[hkeys[i]];
  if (cached && cached.etag) conditional["If-None-Match"] = cached.etag;

  let res = await client.request({ method: "GET", path: path, query: query, headers: conditional });
  if (res.status === 304) {
    if (cached && cached.body !== undefined && cached.body !== null) return cached.body;
    // The server says "unchanged" but the body is gone: ask again without the condition.
    res = await client.request({ method: "GET", path: path, query: query, headers: headers });
  }
  const etag = headerValue(res.headers, "ETag");
  if (cache && etag && res.status === 200 && res.data !== null) {
    cache.set(key, { etag: etag, body: res.data });
  }
  return res.data;
}

/**
 * Where a page lives: a platform page by key, or a shop's home page / custom page.
 * @typedef {{key: string, shopId?: number | null}} PageRef
 */

/**
 * The API path of a page: `/pages/<key>`, `/shops/<id>/page` (key `home` or absent) or
 * `/shops/<id>/pages/<key>`.
 * @param {{key?: string | null, shopId?: number | null}} ref
 * @returns {string}
 */
export function pagePath(ref) {
  if (ref.shopId) {
    if (!ref.key || ref.key === "home") return "/shops/" + ref.shopId + "/page";
    return "/shops/" + ref.shopId + "/pages/" + encodeURIComponent(ref.key);
  }
  return "/pages/" + encodeURIComponent(ref.key || "home");
}

/**
 * The API path of a lazy section's data: `/pages/<key>/sections/<id>` or
 * `/shops/<shop>/pages/<key>/sections/<id>` (the key comes from the page response).
 * @param {PageRef} ref
 * @param {string} sectionId
 * @returns {string}
 */
export function sectionDataPath(ref, sectionId) {
  const base = ref.shopId
    ? "/shops/" + ref.shopId + "/pages/" + encodeURIComponent(ref.key)
    : "/pages/" + encodeURIComponent(ref.key);
  return base + "/sections/" + encodeURIComponent(sectionId);
}

/**
 * Load one lazy section's `data`. The endpoint answers the data object; an answer wrapped as
 * `{data: …}` (without `items`) is unwrapped too.
 *
 * @param {ApiClient} client
 * @param {PageRef} ref
 * @param {string} sectionId
 * @param {{channel?: string, query?: Query}} [options]
 * @returns {Promise<any>}
 */
export async function fetchSectionData(client, ref, sectionId, options) {
  const opts = options || {};
  /** @type {Query} */
  const query = { channel: opts.channel || "h5" };
  if (opts.query) {
    const keys = Object.keys(opts.query);
    for (let i = 0; i < keys.length; i++) query[keys[i]] = opts.query[keys[i]];
  }
  const body = await client.get(sectionDataPath(ref, sectionId), { query: query });
  if (isPlainObject(body) && hasOwn(body, "data") && !hasOwn(body, "items")) return body.data;
  return body;
}
