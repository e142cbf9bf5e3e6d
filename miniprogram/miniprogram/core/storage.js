// Small wrappers around wx storage that never throw (storage can be full or unavailable).
export function getItem(key, fallback = null) {
  try {
    const value = wx.getStorageSync(key);
    return value === "" || value === undefined || value === null ? fallback : value;
  } catch (e) {
    return fallback;
  }
}

export function setItem(key, value) {
  try {
    wx.setStorageSync(key, value);
    return true;
  } catch (e) {
    return false;
  }
}

export function removeItem(key) {
  try {
    wx.removeStorageSync(key);
  } catch (e) {
    // ignore
  }
}

/**
 * An ETag cache for fetchPage kept in wx storage, so a page revalidates with If-None-Match even
 * after the mini-program restarts. One storage key per entry plus an index for least-recently-used
 * eviction; an entry that does not fit (storage is limited to 1 MB per key) is simply not cached.
 */
export function createStorageEtagCache(options = {}) {
  const prefix = options.prefix || "etag:";
  const limit = options.limit || 20;
  const indexKey = prefix + "index";

  function index() {
    const value = getItem(indexKey, []);
    return Array.isArray(value) ? value : [];
  }

  return {
    get(key) {
      const entry = getItem(prefix + key, null);
      if (!entry || typeof entry !== "object" || !entry.etag) return null;
      const keys = index().filter((k) => k !== key);
      keys.push(key);
      setItem(indexKey, keys);
      return entry;
    },
    set(key, entry) {
      const keys = index().filter((k) => k !== key);
      keys.push(key);
      while (keys.length > limit) removeItem(prefix + keys.shift());
      if (setItem(prefix + key, { etag: entry.etag, body: entry.body })) setItem(indexKey, keys);
    },
    clear() {
      index().forEach((k) => removeItem(prefix + k));
      removeItem(indexKey);
    },
  };
}
