// The API client of the mini-program: the shared core's client over a wx.request transport,
// the token from wx storage and a persistent ETag cache for pages.
import {
  createApiClient,
  fetchPage,
  fetchSectionData,
  pagePath,
  setLogger,
} from "../shared/index.js";
import { config } from "../config.js";
import { SUPPORTED } from "./supported.js";
import { createStorageEtagCache, getItem, removeItem, setItem } from "./storage.js";

export const TOKEN_KEY = "auth_token";

setLogger({
  warn(message, detail) {
    if (typeof console !== "undefined") console.warn("[sdui] " + message, detail === undefined ? "" : detail);
  },
});

/** transport({method, url, headers, body}) → Promise<{status, headers, data}> over wx.request. */
export function wxTransport(request) {
  return new Promise((resolve, reject) => {
    wx.request({
      url: request.url,
      method: request.method,
      header: request.headers,
      data: request.body,
      dataType: "json",
      success(res) {
        resolve({ status: res.statusCode, headers: res.header || {}, data: res.data });
      },
      fail(err) {
        reject(new Error((err && err.errMsg) || "wx.request failed"));
      },
    });
  });
}

export function getToken() {
  return getItem(TOKEN_KEY, null);
}

export function setToken(token) {
  if (token) setItem(TOKEN_KEY, token);
  else removeItem(TOKEN_KEY);
}

function onUnauthorized() {
  setToken(null);
  wx.showToast({ title: "请先登录", icon: "none" });
}

let client = null;
let etagCache = null;

/** The shared client (created on first use, so tests can install their wx mock first). */
export function getClient() {
  if (!client) {
    client = createApiClient({
      baseUrl: config.apiBaseUrl,
      transport: wxTransport,
      getToken,
      onUnauthorized,
    });
  }
  return client;
}

export function getEtagCache() {
  if (!etagCache) etagCache = createStorageEtagCache({ prefix: "etag:" });
  return etagCache;
}

/** Forget the client (tests; after changing config). */
export function resetClient() {
  client = null;
  etagCache = null;
}

/** GET a page for this shell: channel mp, our components, ETag revalidation. */
export function loadPage(ref, query) {
  return fetchPage(getClient(), pagePath(ref), {
    channel: config.channel,
    supported: SUPPORTED,
    etagCache: getEtagCache(),
    query,
  });
}

/** Data of one lazy section of the page `ref` ({key, shopId}). */
export function loadSectionData(ref, sectionId) {
  return fetchSectionData(getClient(), ref, sectionId, { channel: config.channel });
}
