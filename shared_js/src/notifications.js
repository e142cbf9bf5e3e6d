// @ts-check
/**
 * The message centre (站内信, MEM-7), the notification switches (MSG-4), push devices (MSG-4) and
 * the shop's notices (MSG-3), as `docs/messaging-api.md` defines them, for every front end: the
 * endpoints over the shared API client, the centre's state (a tab per type, pages, mark read / all
 * read, the badge), the switch form, where a notice's link leads, and the ONE unread total of the
 * tab bar's red dot (customer-service chat + notices).
 */
import { isApiError } from "./api.js";

/**
 * @typedef {"order" | "logistics" | "refund" | "promotion" | "system"} NoticeType
 *
 * @typedef {object} Notification
 * @property {number} id
 * @property {string} type
 * @property {string} event       the notice key (`order_paid` …)
 * @property {string} title
 * @property {string} body
 * @property {string} link        an app/H5 route (`/order/{no}`); shop notices: an admin_web route
 * @property {boolean} read
 * @property {string | null} read_at
 * @property {string} created_at
 *
 * @typedef {object} NoticeBadge
 * @property {number} total
 * @property {Record<string, number>} by_type
 *
 * @typedef {object} NoticeQuery
 * @property {string} [type]
 * @property {boolean} [unread]
 * @property {number} [page]
 * @property {number} [page_size]
 *
 * @typedef {object} NoticeSwitch
 * @property {string} type
 * @property {string} name
 * @property {boolean} in_app
 * @property {boolean} push
 * @property {boolean} sms
 * @property {boolean} subscribe
 *
 * @typedef {"push" | "sms" | "subscribe"} SwitchChannel
 *
 * @typedef {object} PushDevice
 * @property {string} registration_id
 * @property {"android" | "ios"} platform
 * @property {string} created_at
 * @property {string} updated_at
 *
 * @typedef {{to: "order", orderNo: string, path: string}
 *   | {to: "logistics", orderNo: string, path: string}
 *   | {to: "orders", path: string}
 *   | {to: "product", id: number, path: string}
 *   | {to: "coupons", path: string}
 *   | {to: "path", path: string}} NoticeTarget
 */

/** The centre's tabs in order (the backend's `notices.TYPES`), with the tab copy. */
export const NOTICE_TYPES = [
  { type: "order", name: "订单" },
  { type: "logistics", name: "物流" },
  { type: "refund", name: "退款" },
  { type: "promotion", name: "优惠" },
  { type: "system", name: "系统" },
];

/** The switch columns of 通知设置; in-app (站内信) is always on and shown disabled. */
export const SWITCH_CHANNELS = [
  { key: "in_app", name: "站内信", locked: true },
  { key: "push", name: "推送通知", locked: false },
  { key: "sms", name: "短信", locked: false },
  { key: "subscribe", name: "微信订阅消息", locked: false },
];

/** The notice keys that may send a WeChat subscribe message (their templates are asked for). */
export const SUBSCRIBE_NOTICES = ["order_paid", "order_shipped", "order_partially_shipped", "refund_succeeded"];

/**
 * A badge's text: "" for none, "99+" past 99.
 * @param {number | null | undefined} n
 */
export function badgeText(n) {
  if (typeof n !== "number" || !(n > 0)) return "";
  return n > 99 ? "99+" : String(Math.floor(n));
}

/**
 * The message-centre endpoints: the shopper's (`/me/notifications`, consumer token) or a shop's
 * back office (`/admin/notifications`, staff token): the same shapes.
 * @param {import("./api.js").ApiClient} client
 * @param {"me" | "admin"} [audience]
 */
export function notificationsApi(client, audience) {
  const base = audience === "admin" ? "/admin/notifications" : "/me/notifications";
  return {
    /**
     * @param {NoticeQuery} [query]
     * @returns {Promise<{items: Notification[], total: number, page: number, page_size: number}>}
     */
    list: function (query) {
      const q = query || {};
      return client.get(base, {
        query: {
          type: q.type || undefined,
          unread: typeof q.unread === "boolean" ? String(q.unread) : undefined,
          page: q.page,
          page_size: q.page_size,
        },
      });
    },
    /** @returns {Promise<NoticeBadge>} */
    badge: function () {
      return client.get(base + "/badge");
    },
    /** @param {number} id @returns {Promise<Notification>} */
    read: function (id) {
      return client.post(base + "/" + id + "/read");
    },
    /** @param {string} [type] @returns {Promise<{marked: number}>} */
    readAll: function (type) {
      return client.post(base + "/read-all", type ? { type: type } : {});
    },
  };
}

/** @typedef {ReturnType<typeof notificationsApi>} NotificationsApi */

/**
 * The shopper's switches (`/me/notification-settings`) and push devices (`/me/push-devices`).
 * @param {import("./api.js").ApiClient} client
 */
export function notificationSettingsApi(client) {
  return {
    /** @returns {Promise<{items: NoticeSwitch[]}>} */
    get: function () {
      return client.get("/me/notification-settings");
    },
    /**
     * @param {Array<{type: string, push?: boolean, sms?: boolean, subscribe?: boolean}>} items
     * @returns {Promise<{items: NoticeSwitch[]}>}
     */
    put: function (items) {
      return client.put("/me/notification-settings", { items: items });
    },
  };
}

/** @param {import("./api.js").ApiClient} client */
export function pushDevicesApi(client) {
  return {
    /**
     * @param {string} registrationId
     * @param {"android" | "ios"} platform
     * @returns {Promise<PushDevice>}
     */
    register: function (registrationId, platform) {
      return client.post("/me/push-devices", { registration_id: registrationId, platform: platform });
    },
    /** @returns {Promise<{items: PushDevice[]}>} */
    list: function () {
      return client.get("/me/push-devices");
    },
    /** @param {string} registrationId */
    remove: function (registrationId) {
      return client.del("/me/push-devices/" + encodeURIComponent(registrationId));
    },
  };
}

const ORDER_NO = "([0-9A-Za-z_-]{1,64})";
const LINK_RULES = [
  { re: new RegExp("^/order/" + ORDER_NO + "/logistics$"), to: "logistics" },
  { re: new RegExp("^/order/" + ORDER_NO + "$"), to: "order" },
  { re: /^\/product\/([1-9][0-9]{0,17})$/, to: "product" },
];

/**
 * Where a notice leads: its link is a site path (`/order/{no}`, `/order/{no}/logistics`,
 * `/orders`, `/product/{id}`, `/me/coupons`); the shells map the target to their own pages. Not a
 * site path (empty, another host, `//…`, `javascript:` …): null, the notice only marks read.
 * @param {unknown} link
 * @returns {NoticeTarget | null}
 */
export function noticeTarget(link) {
  if (typeof link !== "string" || link.length > 500) return null;
  if (!/^\/[^/\\\s]/.test(link) && link !== "/") return null;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\\s]/.test(link)) return null;
  const path = link.split("#")[0];
  const bare = path.split("?")[0];
  for (let i = 0; i < LINK_RULES.length; i++) {
    const m = LINK_RULES[i].re.exec(bare);
    if (!m) continue;
    if (LINK_RULES[i].to === "product") return { to: "product", id: Number(m[1]), path: path };
    if (LINK_RULES[i].to === "logistics") return { to: "logistics", orderNo: m[1], path: path };
    return { to: "order", orderNo: m[1], path: path };
  }
  if (bare === "/orders") return { to: "orders", path: path };
  if (bare === "/me/coupons") return { to: "coupons", path: path };
  return { to: "path", path: path };
}

/**
 * @typedef {object} CentreState
 * @property {string} type            "" (全部) or a NoticeType
 * @property {Notification[]} items
 * @property {number} total
 * @property {number} page            the last page loaded (0: none yet)
 * @property {boolean} loading
 * @property {boolean} finished       every page of the tab is loaded
 * @property {string} error           the last load's message ("" when fine)
 * @property {NoticeBadge} badge
 * @property {boolean} markingAll     全部已读 is running
 */

/**
 * @param {Record<string, number> | null | undefined} byType
 * @returns {Record<string, number>}
 */
function fullByType(byType) {
  /** @type {Record<string, number>} */
  const out = {};
  for (let i = 0; i < NOTICE_TYPES.length; i++) {
    const n = byType ? byType[NOTICE_TYPES[i].type] : 0;
    out[NOTICE_TYPES[i].type] = typeof n === "number" && n > 0 ? n : 0;
  }
  if (byType) {
    Object.keys(byType).forEach(function (key) {
      if (!(key in out)) out[key] = byType[key] > 0 ? byType[key] : 0;
    });
  }
  return out;
}

/**
 * @param {unknown} error
 * @param {string} fallback
 */
function messageOf(error, fallback) {
  if (isApiError(error) && error.message) return error.message;
  if (error && typeof error === "object" && typeof (/** @type {any} */ (error).message) === "string") {
    return /** @type {any} */ (error).message || fallback;
  }
  return fallback;
}

/**
 * One message centre on screen (H5, mini-program, admin_web's bell): the tab's pages, newest
 * first, the badge, opening a notice (marks it read: the badge drops by one at once), 全部已读.
 * Every change calls `onChange(state)` with a fresh snapshot; `onBadge(badge)` hears every badge
 * change (the app's red dot). A tab switched while a page loads drops that page's answer.
 *
 * @param {{api: NotificationsApi, pageSize?: number, type?: string,
 *   onChange?: (state: CentreState) => void, onBadge?: (badge: NoticeBadge) => void}} options
 */
export function createMessageCentre(options) {
  const api = options.api;
  const pageSize = options.pageSize || 20;
  const onChange = options.onChange || function () {};
  const onBadge = options.onBadge || function () {};
  /** @type {CentreState} */
  let state = {
    type: options.type || "",
    items: [],
    total: 0,
    page: 0,
    loading: false,
    finished: false,
    error: "",
    badge: { total: 0, by_type: fullByType(null) },
    markingAll: false,
  };
  let seq = 0;
  /** @type {Set<number>} */
  const reading = new Set();

  /** @param {Partial<CentreState>} patch */
  function update(patch) {
    state = Object.assign({}, state, patch);
    onChange(state);
  }
  /** @param {NoticeBadge} badge */
  function setBadge(badge) {
    const next = { total: badge && badge.total > 0 ? badge.total : 0, by_type: fullByType(badge && badge.by_type) };
    update({ badge: next });
    onBadge(next);
  }

  /** @param {number} page */
  async function load(page) {
    const mine = ++seq;
    update({ loading: true, error: "" });
    try {
      const answer = await api.list({ type: state.type || undefined, page: page, page_size: pageSize });
      if (mine !== seq) return;
      const rows = answer && Array.isArray(answer.items) ? answer.items : [];
      const items = page === 1 ? rows : state.items.concat(rows.filter(function (r) {
        return !state.items.some(function (x) { return x.id === r.id; });
      }));
      const total = answer && typeof answer.total === "number" ? answer.total : items.length;
      update({
        items: items,
        total: total,
        page: page,
        loading: false,
        finished: rows.length < pageSize || items.length >= total,
      });
    } catch (error) {
      if (mine !== seq) return;
      update({ loading: false, error: messageOf(error, "加载失败，请稍后再试") });
    }
  }

  const centre = {
    /** @returns {CentreState} */
    get state() {
      return state;
    },
    /** The first page of the current tab (and the badge). */
    reload: function () {
      void centre.refreshBadge();
      return load(1);
    },
    /** The next page, unless one is loading or every page is here. */
    loadMore: function () {
      if (state.loading || state.finished) return Promise.resolve();
      return load(state.page + 1);
    },
    /** Switch tab ("" for 全部): the list starts again. */
    setType: function (/** @type {string} */ type) {
      if (type === state.type && state.page > 0) return Promise.resolve();
      update({ type: type, items: [], total: 0, page: 0, finished: false, error: "" });
      return load(1);
    },
    refreshBadge: async function () {
      try {
        setBadge(await api.badge());
      } catch (error) {
        /* the badge is a hint: keep the last one */
      }
    },
    /**
     * Open a notice: an unread one is marked read (at once on screen, the badge one less; put
     * back if the server refuses) and where its link leads is answered.
     * @param {Notification} item
     * @returns {Promise<NoticeTarget | null>}
     */
    open: async function (item) {
      const target = noticeTarget(item.link);
      if (item.read || reading.has(item.id)) return target;
      reading.add(item.id);
      const before = state.badge;
      markLocal(item.id, true);
      /** @type {Record<string, number>} */
      const byType = Object.assign({}, before.by_type);
      if (byType[item.type] > 0) byType[item.type] -= 1;
      setBadge({ total: Math.max(0, before.total - 1), by_type: byType });
      try {
        const saved = await api.read(item.id);
        if (saved && saved.id === item.id) replace(saved);
      } catch (error) {
        if (!(isApiError(error) && error.status === 404)) {
          markLocal(item.id, false);
          setBadge(before);
        }
        reading.delete(item.id);
        throw error;
      }
      reading.delete(item.id);
      return target;
    },
    /** 全部已读 for the current tab (全部: every type); then the badge from the server. */
    readAll: async function () {
      if (state.markingAll) return 0;
      update({ markingAll: true });
      try {
        const answer = await api.readAll(state.type || undefined);
        const now = new Date().toISOString();
        update({
          items: state.items.map(function (x) {
            return x.read ? x : Object.assign({}, x, { read: true, read_at: now });
          }),
        });
        /** @type {Record<string, number>} */
        const byType = Object.assign({}, state.badge.by_type);
        let total = state.badge.total;
        if (state.type) {
          total -= byType[state.type] || 0;
          byType[state.type] = 0;
        } else {
          total = 0;
          Object.keys(byType).forEach(function (k) { byType[k] = 0; });
        }
        setBadge({ total: Math.max(0, total), by_type: byType });
        void centre.refreshBadge();
        return answer && typeof answer.marked === "number" ? answer.marked : 0;
      } finally {
        update({ markingAll: false });
      }
    },
  };

  /** @param {number} id @param {boolean} read */
  function markLocal(id, read) {
    update({
      items: state.items.map(function (x) {
        return x.id === id ? Object.assign({}, x, { read: read, read_at: read ? x.read_at || new Date().toISOString() : null }) : x;
      }),
    });
  }
  /** @param {Notification} saved */
  function replace(saved) {
    update({
      items: state.items.map(function (x) {
        return x.id === saved.id ? saved : x;
      }),
    });
  }

  return centre;
}

/** @typedef {ReturnType<typeof createMessageCentre>} MessageCentre */

/**
 * @typedef {object} SwitchRow
 * @property {string} type
 * @property {string} name
 * @property {Array<{key: string, name: string, on: boolean, locked: boolean, busy: boolean}>} channels
 */

/**
 * 通知设置 (MSG-4): one row per type, a switch per channel; in-app always on and locked. A toggle
 * shows at once, is saved with `PUT` (only that channel of that type), and goes back with the
 * server's message when refused; a switch is busy (disabled) while its request runs.
 *
 * @param {{api: ReturnType<typeof notificationSettingsApi>,
 *   onChange?: (state: {items: NoticeSwitch[], rows: SwitchRow[], loading: boolean, error: string}) => void}} options
 */
export function createSwitchForm(options) {
  const api = options.api;
  const onChange = options.onChange || function () {};
  /** @type {NoticeSwitch[]} */
  let items = [];
  let loading = false;
  let error = "";
  /** @type {Set<string>} */
  const busy = new Set();

  function rows() {
    return items.map(function (item) {
      return {
        type: item.type,
        name: item.name,
        channels: SWITCH_CHANNELS.map(function (c) {
          return {
            key: c.key,
            name: c.name,
            on: c.locked ? true : Boolean(/** @type {any} */ (item)[c.key]),
            locked: c.locked,
            busy: busy.has(item.type + ":" + c.key),
          };
        }),
      };
    });
  }
  function changed() {
    onChange({ items: items, rows: rows(), loading: loading, error: error });
  }
  /** @param {string} type @param {string} channel @param {boolean} on */
  function set(type, channel, on) {
    items = items.map(function (x) {
      if (x.type !== type) return x;
      /** @type {any} */
      const copy = Object.assign({}, x);
      copy[channel] = on;
      return copy;
    });
  }

  return {
    rows: rows,
    load: async function () {
      loading = true;
      error = "";
      changed();
      try {
        const answer = await api.get();
        items = answer && Array.isArray(answer.items) ? answer.items : [];
      } catch (e) {
        error = messageOf(e, "加载失败，请稍后再试");
      } finally {
        loading = false;
        changed();
      }
    },
    /**
     * @param {string} type
     * @param {string} channel  push | sms | subscribe (in_app is refused)
     * @param {boolean} on
     */
    toggle: async function (type, channel, on) {
      const key = type + ":" + channel;
      if (channel === "in_app" || busy.has(key)) return;
      const item = items.find(function (x) { return x.type === type; });
      if (!item) return;
      const before = Boolean(/** @type {any} */ (item)[channel]);
      busy.add(key);
      set(type, channel, on);
      changed();
      try {
        /** @type {any} */
        const change = { type: type };
        change[channel] = on;
        const answer = await api.put([change]);
        if (answer && Array.isArray(answer.items)) {
          // Keep the other switches still in flight as the shopper left them.
          const saved = answer.items;
          items = items.map(function (x) {
            const s = saved.find(function (y) { return y.type === x.type; });
            if (!s) return x;
            /** @type {any} */
            const merged = Object.assign({}, s);
            busy.forEach(function (k) {
              const parts = k.split(":");
              if (parts[0] === x.type && k !== key) merged[parts[1]] = /** @type {any} */ (x)[parts[1]];
            });
            return merged;
          });
        }
      } catch (e) {
        set(type, channel, before);
        throw e;
      } finally {
        busy.delete(key);
        changed();
      }
    },
  };
}

/**
 * @typedef {object} UnreadTotal
 * @property {(source: string, count: number) => void} set
 * @property {(source: string) => number} get
 * @property {() => number} total
 * @property {(fn: (total: number) => void) => () => void} subscribe
 */

/**
 * The ONE number behind the tab bar's red dot on 我的: the sum of its sources (`chat`: the chat
 * client's unread counter, `notices`: the message centre's badge). Listeners hear the total when
 * it changes.
 * @returns {UnreadTotal}
 */
export function createUnreadTotal() {
  /** @type {Record<string, number>} */
  const counts = {};
  /** @type {Array<(total: number) => void>} */
  let listeners = [];
  function total() {
    let sum = 0;
    Object.keys(counts).forEach(function (k) { sum += counts[k]; });
    return sum;
  }
  return {
    set: function (source, count) {
      const before = total();
      counts[source] = typeof count === "number" && count > 0 ? Math.floor(count) : 0;
      const after = total();
      if (after === before) return;
      const current = listeners.slice();
      for (let i = 0; i < current.length; i++) current[i](after);
    },
    get: function (source) {
      return counts[source] || 0;
    },
    total: total,
    subscribe: function (fn) {
      listeners.push(fn);
      return function () {
        listeners = listeners.filter(function (l) { return l !== fn; });
      };
    },
  };
}

/**
 * Both halves of the red dot in one go (signed-in shopper): the chat's unread summary
 * (`shopperChatApi(client).unread()`) and the notice badge. A half that fails is `null` (the
 * caller keeps its last number), the other still counts.
 * @param {import("./api.js").ApiClient} client
 * @param {{unread: () => Promise<{total: number, conversations: Array<{id: number, shop_id: number | null, unread: number}>}>}} chatApi
 * @returns {Promise<{chat: {total: number, conversations: Array<{id: number, shop_id: number | null, unread: number}>} | null, notices: NoticeBadge | null}>}
 */
export async function fetchUnread(client, chatApi) {
  const notices = notificationsApi(client, "me");
  const both = await Promise.all([
    chatApi.unread().catch(function () { return null; }),
    notices.badge().catch(function () { return null; }),
  ]);
  return { chat: both[0], notices: both[1] };
}
