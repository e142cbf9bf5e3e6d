// @ts-check
/**
 * Customer-service chat (在线客服, MSG-1): the WebSocket client every front end uses (H5, app,
 * mini-program, admin_web's 客服工作台), the unread counter and the timeline helpers.
 *
 * Protocol (backend/messaging/api.py): one socket at `/api/v1/chat/ws?token=…`; frames are JSON
 * text. Client → server: `send {conversation_id, client_id, kind, body}`, `resume
 * {conversation_id, after_id}`, `read {conversation_id}`, `ping`. Server → client: `hello`,
 * `ack {client_id, message}`, `message {message}`, `history {conversation_id, messages, more}`,
 * `read {conversation_id, reader, last_message_id}`, `read_ok`, `transferred`, `pong`, `error
 * {code, message, fields?, client_id?}`. A bad token closes with 4401, staff without
 * `chat:agent` with 4403.
 *
 * What the client adds: a heartbeat (ping; no frame within the pong timeout → the socket is taken
 * as dead), automatic reconnection with exponential backoff and jitter, `resume` from the last
 * message id of every watched conversation after each (re)connection (nothing is lost), sends
 * with a client message id that resolve on the server's ack with the stored message (resent with
 * the same id after a reconnect: the server stores it once), read receipts and an unread counter.
 *
 * Platform pieces are injected: `open(url, handlers)` opens a socket (see `webSocketOpener` for
 * browsers; the mini-program wraps `connectSocket`), timers default to the global ones.
 */
import { isPlainObject, loggerOf } from "./log.js";
import { formatPrice } from "./format.js";
import { isApiError } from "./api.js";

/**
 * @typedef {import("./log.js").Logger} Logger
 *
 * @typedef {"text" | "image" | "product_card" | "order_card"} MessageKind
 *
 * @typedef {object} ChatMessage
 * @property {number | null} id              null while a local message waits for its ack
 * @property {number} conversation_id
 * @property {string} sender_kind             consumer | staff | system
 * @property {number | null} sender_id
 * @property {string | null} client_id
 * @property {string} kind
 * @property {Record<string, any>} body
 * @property {string} created_at
 * @property {"sending" | "failed"} [state]   local messages only
 * @property {string} [error]                 why a local message failed
 *
 * @typedef {object} SocketHandlers
 * @property {() => void} open
 * @property {(text: string) => void} message
 * @property {(code: number, reason: string) => void} close
 * @property {(error: unknown) => void} error
 *
 * @typedef {object} ChatSocket
 * @property {(text: string) => void} send
 * @property {(code?: number, reason?: string) => void} close
 *
 * @typedef {(url: string, handlers: SocketHandlers) => ChatSocket} SocketOpener
 *
 * @typedef {object} Timers
 * @property {(fn: () => void, ms: number) => any} setTimeout
 * @property {(handle: any) => void} clearTimeout
 *
 * @typedef {"idle" | "connecting" | "open" | "reconnecting" | "closed" | "unauthorized" | "forbidden"} ChatStatus
 *
 * @typedef {"consumer" | "staff"} ChatSide
 *
 * @typedef {object} ChatClientOptions
 * @property {SocketOpener} open
 * @property {() => (string | null | undefined)} url   the socket URL with the token; empty: signed out
 * @property {ChatSide} side
 * @property {Timers} [timers]
 * @property {() => number} [random]                   jitter source, [0, 1)
 * @property {number} [heartbeatMs]                    ping after this long without a frame (25 s)
 * @property {number} [pongTimeoutMs]                  no frame this long after a ping: dead (10 s)
 * @property {number} [sendTimeoutMs]                  no ack this long: the send fails (15 s)
 * @property {number} [backoffMs]                      first reconnect delay (1 s), doubling
 * @property {number} [maxBackoffMs]                   longest reconnect delay (30 s)
 * @property {() => string} [newClientId]
 * @property {() => void} [onUnauthorized]             the server refused the token (4401)
 * @property {Logger | null} [logger]
 */

/** Close codes of the chat socket. */
export const CHAT_CLOSE = { unauthorized: 4401, forbidden: 4403, heartbeat: 4000, client: 1000 };

/** Copy for failures the client itself detects. */
const CLIENT_ERRORS = {
  send_timeout: "发送超时，请重试",
  not_connected: "连接已断开，请稍后重试",
};

/** A refused or failed send: the server's error frame, or one the client detected. */
export class ChatError extends Error {
  /**
   * @param {string} code
   * @param {string} message
   * @param {Record<string, string>} [fields]
   */
  constructor(code, message, fields) {
    super(message);
    this.name = "ChatError";
    /** @type {string} */
    this.code = code;
    /** @type {Record<string, string>} */
    this.fields = fields || {};
  }
}

/**
 * The chat socket's URL for an API base (`https://shop.example.com/api/v1` →
 * `wss://shop.example.com/api/v1/chat/ws?token=…`). A relative base needs the page's origin.
 * @param {string} apiBase
 * @param {string} token
 * @param {string} [origin]  e.g. `location.origin` when `apiBase` is `/api/v1`
 * @returns {string}
 */
export function chatSocketUrl(apiBase, token, origin) {
  let base = (apiBase || "").replace(/\/+$/, "");
  if (base.charAt(0) === "/") base = (origin || "").replace(/\/+$/, "") + base;
  base = base.replace(/^http(s?):\/\//i, "ws$1://");
  return base + "/chat/ws?token=" + encodeURIComponent(token);
}

/**
 * A SocketOpener over a WebSocket constructor (browsers, Capacitor, Node ≥ 22). The constructor
 * is passed in so the core names no platform global.
 * @param {new (url: string) => any} WebSocketClass
 * @returns {SocketOpener}
 */
export function webSocketOpener(WebSocketClass) {
  return function (url, handlers) {
    const ws = new WebSocketClass(url);
    ws.onopen = function () {
      handlers.open();
    };
    ws.onmessage = function (/** @type {{data: any}} */ event) {
      handlers.message(typeof event.data === "string" ? event.data : String(event.data));
    };
    ws.onclose = function (/** @type {{code: number, reason: string}} */ event) {
      handlers.close(event.code, event.reason || "");
    };
    ws.onerror = function (/** @type {unknown} */ error) {
      handlers.error(error);
    };
    return {
      send: function (text) {
        ws.send(text);
      },
      close: function (code, reason) {
        try {
          ws.close(code, reason);
        } catch (e) {
          ws.close();
        }
      },
    };
  };
}

let clientIdSeq = 0;

/** A client message id, unique enough per sender (time + counter + random). */
export function newClientId() {
  clientIdSeq = (clientIdSeq + 1) % 1000000;
  return (
    "c" + Date.now().toString(36) + "-" + clientIdSeq.toString(36) + "-" + Math.floor(Math.random() * 1e9).toString(36)
  );
}

/**
 * Whether a message comes from the other side (counts as unread, gets a read receipt).
 * Shoppers see agents' and system notices; agents see the shopper's.
 * @param {{sender_kind: string}} message
 * @param {ChatSide} side
 */
export function fromOtherSide(message, side) {
  return side === "consumer" ? message.sender_kind !== "consumer" : message.sender_kind === "consumer";
}

/**
 * One line for a conversation list: the text, or 「[图片]」「[商品] title」「[订单] no」.
 * @param {{kind: string, body: Record<string, any>} | null | undefined} message
 * @returns {string}
 */
export function messagePreview(message) {
  if (!message || !isPlainObject(message.body)) return "";
  const body = message.body;
  if (message.kind === "text") return typeof body.text === "string" ? body.text : "";
  if (message.kind === "image") return "[图片]";
  if (message.kind === "product_card") return "[商品] " + (typeof body.title === "string" ? body.title : "");
  if (message.kind === "order_card") return "[订单] " + (typeof body.order_no === "string" ? body.order_no : "");
  return "[消息]";
}

/**
 * What a card bubble shows: product title, price text and image; for an order its first item,
 * number, status text and amount (the server fills cards; see docs/chat-api.md).
 * @param {{kind: string, body: Record<string, any>}} message
 * @returns {{title: string, subtitle: string, image: string, price: string, link: {to: "product", id: number} | {to: "order", orderNo: string} | null} | null}
 */
export function cardView(message) {
  const body = isPlainObject(message.body) ? message.body : {};
  const str = function (/** @type {unknown} */ v) {
    return typeof v === "string" ? v : "";
  };
  if (message.kind === "product_card") {
    const id = typeof body.product_id === "number" ? body.product_id : 0;
    return {
      title: str(body.title),
      subtitle: "",
      image: str(body.image),
      price: typeof body.price === "number" ? formatPrice(body.price) : "",
      link: id ? { to: "product", id: id } : null,
    };
  }
  if (message.kind === "order_card") {
    // The server fills the card (docs/chat-api.md): status_text, amount, first_line; an older
    // stored card may hold only the order number.
    const no = str(body.order_no);
    const line = isPlainObject(body.first_line) ? body.first_line : {};
    const count = typeof body.line_count === "number" && body.line_count > 1 ? " 等" + body.line_count + "件商品" : "";
    return {
      title: str(line.title) ? str(line.title) + count : "订单 " + no,
      subtitle: [str(line.title) ? "订单 " + no : "", str(body.status_text)].filter(Boolean).join(" · "),
      image: str(line.image),
      price: typeof body.amount === "number" ? formatPrice(body.amount) : "",
      link: no ? { to: "order", orderNo: no } : null,
    };
  }
  return null;
}

/**
 * A local message shown at once while its send waits for the ack.
 * @param {{conversationId: number, clientId: string, kind: string, body: Record<string, any>, side: ChatSide, senderId?: number | null}} p
 * @returns {ChatMessage}
 */
export function localMessage(p) {
  return {
    id: null,
    conversation_id: p.conversationId,
    sender_kind: p.side,
    sender_id: p.senderId === undefined ? null : p.senderId,
    client_id: p.clientId,
    kind: p.kind,
    body: p.body,
    created_at: new Date().toISOString(),
    state: "sending",
  };
}

/**
 * Merge stored messages into a timeline: ordered by id, each id once, a local message replaced
 * by the stored one with its client id; local ones (no id yet) stay at the end in their order.
 * Returns a new array; the inputs are left as they are.
 * @param {ChatMessage[]} timeline
 * @param {ChatMessage[]} incoming
 * @returns {ChatMessage[]}
 */
export function mergeMessages(timeline, incoming) {
  /** @type {Map<number, ChatMessage>} */
  const stored = new Map();
  /** @type {Set<string>} */
  const storedClientIds = new Set();
  const all = timeline.concat(incoming);
  for (let i = 0; i < all.length; i++) {
    const m = all[i];
    if (m && typeof m.id === "number") {
      stored.set(m.id, m);
      if (m.client_id) storedClientIds.add(m.sender_kind + ":" + m.client_id);
    }
  }
  const ordered = Array.from(stored.values()).sort(function (a, b) {
    return /** @type {number} */ (a.id) - /** @type {number} */ (b.id);
  });
  const local = timeline.filter(function (m) {
    return m && typeof m.id !== "number" && !storedClientIds.has(m.sender_kind + ":" + m.client_id);
  });
  return ordered.concat(local);
}

/**
 * The highest stored message id of a timeline (0 when none): where `resume` starts.
 * @param {ChatMessage[]} timeline
 */
export function lastMessageId(timeline) {
  let last = 0;
  for (let i = 0; i < timeline.length; i++) {
    const id = timeline[i].id;
    if (typeof id === "number" && id > last) last = id;
  }
  return last;
}

/**
 * @typedef {object} UnreadCounter
 * @property {(rows: Array<{id: number, unread_for_user?: number, unread_for_agent?: number}>) => void} seed
 * @property {(conversationId: number, count: number) => void} set
 * @property {(conversationId: number) => void} bump
 * @property {(conversationId: number) => void} clear
 * @property {(conversationId: number) => number} get
 * @property {() => number} total
 * @property {(fn: (total: number) => void) => () => void} subscribe
 */

/**
 * Unread counts per conversation and their total (the red dot / badge). Seeded from the
 * conversation list (`unread_for_user` for shoppers, `unread_for_agent` for agents), bumped by
 * messages from the other side, cleared by reading.
 * @param {ChatSide} side
 * @returns {UnreadCounter}
 */
export function createUnreadCounter(side) {
  /** @type {Map<number, number>} */
  const counts = new Map();
  /** @type {Array<(total: number) => void>} */
  let listeners = [];
  const field = side === "consumer" ? "unread_for_user" : "unread_for_agent";

  function total() {
    let sum = 0;
    counts.forEach(function (n) {
      sum += n;
    });
    return sum;
  }
  function changed() {
    const t = total();
    const current = listeners.slice();
    for (let i = 0; i < current.length; i++) current[i](t);
  }
  /** @param {number} id @param {number} n */
  function put(id, n) {
    if (n > 0) counts.set(id, n);
    else counts.delete(id);
  }

  return {
    seed: function (rows) {
      counts.clear();
      for (let i = 0; i < rows.length; i++) {
        const value = /** @type {any} */ (rows[i])[field];
        put(rows[i].id, typeof value === "number" ? value : 0);
      }
      changed();
    },
    set: function (id, n) {
      put(id, n);
      changed();
    },
    bump: function (id) {
      put(id, (counts.get(id) || 0) + 1);
      changed();
    },
    clear: function (id) {
      if (!counts.has(id)) return;
      counts.delete(id);
      changed();
    },
    get: function (id) {
      return counts.get(id) || 0;
    },
    total: total,
    subscribe: function (fn) {
      listeners.push(fn);
      return function () {
        listeners = listeners.filter(function (l) {
          return l !== fn;
        });
      };
    },
  };
}

/**
 * @typedef {object} PendingSend
 * @property {Record<string, any>} frame
 * @property {(message: ChatMessage) => void} resolve
 * @property {(error: ChatError) => void} reject
 * @property {any} timer
 */

/**
 * The chat connection of one signed-in person.
 * @param {ChatClientOptions} options
 */
export function createChatClient(options) {
  if (!options || typeof options.open !== "function" || typeof options.url !== "function") {
    throw new TypeError("createChatClient: open and url functions are required");
  }
  const side = options.side;
  // Called as plain functions: browsers refuse a timer called as a method of another object
  // ("Illegal invocation").
  const timers = options.timers || {
    setTimeout: function (/** @type {() => void} */ fn, /** @type {number} */ ms) {
      return setTimeout(fn, ms);
    },
    clearTimeout: function (/** @type {any} */ handle) {
      clearTimeout(handle);
    },
  };
  const random = options.random || Math.random;
  const heartbeatMs = options.heartbeatMs || 25000;
  const pongTimeoutMs = options.pongTimeoutMs || 10000;
  const sendTimeoutMs = options.sendTimeoutMs || 15000;
  const backoffMs = options.backoffMs || 1000;
  const maxBackoffMs = options.maxBackoffMs || 30000;
  const makeClientId = options.newClientId || newClientId;
  const log = loggerOf(options.logger);
  const unread = createUnreadCounter(side);

  /** @type {ChatStatus} */
  let status = "idle";
  /** @type {ChatSocket | null} */
  let socket = null;
  let socketOpen = false;
  let attempt = 0;
  /** @type {any} */
  let reconnectTimer = null;
  /** @type {any} */
  let heartbeatTimer = null;
  /** @type {any} */
  let pongTimer = null;
  /** @type {number | null} */
  let focused = null;
  /** conversation id → last stored message id seen (the `resume` point) @type {Map<number, number>} */
  const watched = new Map();
  /** @type {Map<string, PendingSend>} */
  const outbox = new Map();
  /** @type {Set<number>} */
  const readPending = new Set();
  /** @type {Record<string, Array<(payload: any, extra?: any) => void>>} */
  const listeners = {};

  /** @param {string} event @param {any} payload @param {any} [extra] */
  function emit(event, payload, extra) {
    const list = (listeners[event] || []).slice();
    for (let i = 0; i < list.length; i++) {
      try {
        list[i](payload, extra);
      } catch (e) {
        log.warn("chat: a " + event + " listener failed", e);
      }
    }
  }

  /** @param {ChatStatus} next @param {any} [detail] */
  function setStatus(next, detail) {
    if (status === next && next !== "reconnecting") return;
    status = next;
    emit("status", next, detail);
  }

  /** @param {Record<string, any>} frame */
  function write(frame) {
    if (!socket || !socketOpen) return false;
    try {
      socket.send(JSON.stringify(frame));
      return true;
    } catch (e) {
      log.warn("chat: send failed", e);
      return false;
    }
  }

  function stopTimers() {
    if (heartbeatTimer) timers.clearTimeout(heartbeatTimer);
    if (pongTimer) timers.clearTimeout(pongTimer);
    heartbeatTimer = null;
    pongTimer = null;
  }

  /** Any frame proves the line is alive: wait a full interval before the next ping. */
  function alive() {
    if (pongTimer) timers.clearTimeout(pongTimer);
    pongTimer = null;
    if (heartbeatTimer) timers.clearTimeout(heartbeatTimer);
    heartbeatTimer = timers.setTimeout(ping, heartbeatMs);
  }

  function ping() {
    heartbeatTimer = null;
    if (!write({ type: "ping" })) return;
    pongTimer = timers.setTimeout(function () {
      pongTimer = null;
      log.warn("chat: no answer to ping, reconnecting");
      drop(CHAT_CLOSE.heartbeat, "heartbeat timeout");
    }, pongTimeoutMs);
  }

  /** @param {number} conversationId */
  function resume(conversationId) {
    write({ type: "resume", conversation_id: conversationId, after_id: watched.get(conversationId) || 0 });
  }

  /** @param {ChatMessage} message */
  function seen(message) {
    const id = message.conversation_id;
    if (watched.has(id) && typeof message.id === "number" && message.id > (watched.get(id) || 0)) {
      watched.set(id, message.id);
    }
  }

  /** @param {ChatMessage} message @param {"live" | "history"} source */
  function incoming(message, source) {
    seen(message);
    emit("message", message, { source: source });
    if (!fromOtherSide(message, side)) return;
    if (focused === message.conversation_id) markRead(message.conversation_id);
    else if (source === "live") unread.bump(message.conversation_id);
  }

  /** @param {string} text */
  function onFrame(text) {
    alive();
    let frame;
    try {
      frame = JSON.parse(text);
    } catch (e) {
      log.warn("chat: a frame that is not JSON", text);
      return;
    }
    if (!isPlainObject(frame)) return;
    switch (frame.type) {
      case "hello":
        attempt = 0;
        setStatus("open");
        emit("hello", frame);
        return;
      case "ack": {
        const pending = outbox.get(frame.client_id);
        if (isPlainObject(frame.message)) seen(/** @type {ChatMessage} */ (frame.message));
        if (!pending) return;
        outbox.delete(frame.client_id);
        timers.clearTimeout(pending.timer);
        pending.resolve(frame.message);
        return;
      }
      case "message":
        if (isPlainObject(frame.message)) incoming(/** @type {ChatMessage} */ (frame.message), "live");
        return;
      case "history": {
        const messages = Array.isArray(frame.messages) ? frame.messages : [];
        const id = frame.conversation_id;
        if (!watched.has(id)) return; // unwatched meanwhile: its view is gone
        for (let i = 0; i < messages.length; i++) incoming(messages[i], "history");
        emit("history", frame);
        if (frame.more) resume(id);
        return;
      }
      case "read":
        if (frame.reader !== side) emit("read", frame);
        return;
      case "transferred":
        emit("transferred", frame);
        return;
      case "error": {
        const error = new ChatError(frame.code || "error", frame.message || "发送失败", frame.fields);
        const pending = frame.client_id ? outbox.get(frame.client_id) : null;
        if (pending) {
          outbox.delete(frame.client_id);
          timers.clearTimeout(pending.timer);
          pending.reject(error);
        } else emit("error", error);
        return;
      }
      default:
        return; // pong, read_ok: alive() did their job
    }
  }

  function onOpen() {
    socketOpen = true;
    alive();
    watched.forEach(function (_, id) {
      resume(id);
    });
    outbox.forEach(function (pending) {
      write(pending.frame);
    });
    readPending.forEach(function (id) {
      write({ type: "read", conversation_id: id });
    });
    readPending.clear();
  }

  /** @param {number} code @param {string} reason */
  function onClose(code, reason) {
    socket = null;
    socketOpen = false;
    stopTimers();
    if (status === "closed") return;
    if (code === CHAT_CLOSE.unauthorized) {
      setStatus("unauthorized");
      failOutbox("not_connected");
      if (options.onUnauthorized) options.onUnauthorized();
      return;
    }
    if (code === CHAT_CLOSE.forbidden) {
      setStatus("forbidden");
      failOutbox("not_connected");
      return;
    }
    scheduleReconnect(code, reason);
  }

  /** Give up on the current socket (no callbacks from it any more) and reconnect. */
  /** @param {number} code @param {string} reason */
  function drop(code, reason) {
    const old = socket;
    socket = null;
    socketOpen = false;
    stopTimers();
    if (old) {
      try {
        old.close(code, reason);
      } catch (e) {
        /* already gone */
      }
    }
    if (status !== "closed") scheduleReconnect(code, reason);
  }

  /** @param {number} code @param {string} reason */
  function scheduleReconnect(code, reason) {
    if (reconnectTimer) return;
    const ceiling = Math.min(maxBackoffMs, backoffMs * Math.pow(2, attempt));
    const delay = Math.round(ceiling / 2 + (ceiling / 2) * random());
    attempt += 1;
    setStatus("reconnecting", { attempt: attempt, delay: delay, code: code, reason: reason });
    reconnectTimer = timers.setTimeout(function () {
      reconnectTimer = null;
      openSocket();
    }, delay);
  }

  function openSocket() {
    const url = options.url();
    if (!url) {
      setStatus("unauthorized");
      return;
    }
    if (status !== "reconnecting") setStatus("connecting");
    /** @type {ChatSocket | null} */
    let mine = null;
    const handlers = {
      open: function () {
        if (socket === mine) onOpen();
      },
      message: function (/** @type {string} */ text) {
        if (socket === mine) onFrame(text);
      },
      close: function (/** @type {number} */ code, /** @type {string} */ reason) {
        if (socket === mine) onClose(code, reason);
      },
      error: function (/** @type {unknown} */ error) {
        log.warn("chat: socket error", error);
      },
    };
    try {
      mine = options.open(url, handlers);
      socket = mine;
    } catch (e) {
      log.warn("chat: could not open the socket", e);
      socket = null;
      scheduleReconnect(0, "open failed");
    }
  }

  /** @param {"not_connected" | "send_timeout"} code */
  function failOutbox(code) {
    outbox.forEach(function (pending) {
      timers.clearTimeout(pending.timer);
      pending.reject(new ChatError(code, CLIENT_ERRORS[code]));
    });
    outbox.clear();
  }

  /** @param {number} conversationId */
  function markRead(conversationId) {
    unread.clear(conversationId);
    if (!write({ type: "read", conversation_id: conversationId })) readPending.add(conversationId);
  }

  /** @param {string} event @param {(payload: any, extra?: any) => void} fn */
  function on(event, fn) {
    (listeners[event] = listeners[event] || []).push(fn);
    return function () {
      listeners[event] = (listeners[event] || []).filter(function (l) {
        return l !== fn;
      });
    };
  }

  return {
    unread: unread,
    on: on,
    /** @returns {ChatStatus} */
    status: function () {
      return status;
    },
    /** Connect (again after `disconnect` or a refused token). Does nothing while connected. */
    connect: function () {
      if (socket || reconnectTimer) return;
      attempt = 0;
      openSocket();
    },
    /** Close for good (sign-out, page left): no reconnection; unsent messages fail. */
    disconnect: function () {
      setStatus("closed");
      if (reconnectTimer) timers.clearTimeout(reconnectTimer);
      reconnectTimer = null;
      stopTimers();
      const old = socket;
      socket = null;
      socketOpen = false;
      failOutbox("not_connected");
      if (old) old.close(CHAT_CLOSE.client, "bye");
    },
    /** Reconnect now (a 「重新连接」 button, the app back in the foreground). */
    reconnectNow: function () {
      if (status === "open") return;
      if (reconnectTimer) timers.clearTimeout(reconnectTimer);
      reconnectTimer = null;
      if (socket) drop(CHAT_CLOSE.client, "reconnect");
      else {
        attempt = 0;
        openSocket();
      }
    },
    /**
     * Follow a conversation: after every (re)connection the client asks for what came after
     * `afterId` (the last message the view shows), so a dropped connection loses nothing.
     * @param {number} conversationId
     * @param {number} afterId
     */
    watch: function (conversationId, afterId) {
      const had = watched.get(conversationId) || 0;
      watched.set(conversationId, Math.max(had, afterId || 0));
      resume(conversationId);
    },
    /** @param {number} conversationId */
    unwatch: function (conversationId) {
      watched.delete(conversationId);
      if (focused === conversationId) focused = null;
    },
    /** @param {number} conversationId */
    lastId: function (conversationId) {
      return watched.get(conversationId) || 0;
    },
    /**
     * The conversation on screen (or null): the other side's messages to it are read at once.
     * @param {number | null} conversationId
     */
    focus: function (conversationId) {
      focused = conversationId;
      if (conversationId !== null) markRead(conversationId);
    },
    markRead: markRead,
    /**
     * Send one message; resolves with the stored message on the server's ack, rejects with a
     * ChatError (the server's code and message, or `send_timeout`). Pass the same `clientId` to
     * retry a failed send: the server stores it once.
     * @param {number} conversationId
     * @param {MessageKind} kind
     * @param {Record<string, any>} body
     * @param {string} [clientId]
     * @returns {Promise<ChatMessage>}
     */
    send: function (conversationId, kind, body, clientId) {
      const id = clientId || makeClientId();
      if (status === "closed" || status === "unauthorized" || status === "forbidden") {
        return Promise.reject(new ChatError("not_connected", CLIENT_ERRORS.not_connected));
      }
      const previous = outbox.get(id);
      if (previous) timers.clearTimeout(previous.timer);
      const frame = { type: "send", conversation_id: conversationId, client_id: id, kind: kind, body: body };
      return new Promise(function (resolve, reject) {
        const timer = timers.setTimeout(function () {
          if (outbox.get(id) !== pending) return;
          outbox.delete(id);
          reject(new ChatError("send_timeout", CLIENT_ERRORS.send_timeout));
        }, sendTimeoutMs);
        /** @type {PendingSend} */
        const pending = { frame: frame, resolve: resolve, reject: reject, timer: timer };
        outbox.set(id, pending);
        write(frame); // not open: goes out when the socket opens
      });
    },
    /** Client id for a send the caller wants to show before it goes (see `localMessage`). */
    newClientId: makeClientId,
  };
}

/** @typedef {ReturnType<typeof createChatClient>} ChatClient */

/**
 * The shopper's chat endpoints over the shared API client (`/chat/…`). Agents' endpoints are
 * admin_web's own (`/admin/chat/…`).
 * @param {import("./api.js").ApiClient} client
 */
export function shopperChatApi(client) {
  return {
    /** The open conversation with a shop (null: the platform's customer service), or a new one. */
    open: function (/** @type {number | null | undefined} */ shopId) {
      return client.post("/chat/conversations", shopId ? { shop_id: shopId } : {});
    },
    list: function () {
      return client.get("/chat/conversations");
    },
    /**
     * @param {number} conversationId
     * @param {{before_id?: number, after_id?: number, limit?: number}} [query]
     */
    history: function (conversationId, query) {
      return client.get("/chat/conversations/" + conversationId + "/messages", { query: query || {} });
    },
    read: function (/** @type {number} */ conversationId) {
      return client.post("/chat/conversations/" + conversationId + "/read");
    },
    /**
     * The badge: `GET /chat/unread` → `{total, conversations: [{id, shop_id, unread}]}`; where the
     * backend has no such endpoint yet (404), the same numbers from the conversation list.
     * @returns {Promise<{total: number, conversations: Array<{id: number, shop_id: number | null, unread: number}>}>}
     */
    unread: async function () {
      try {
        return await client.get("/chat/unread");
      } catch (error) {
        if (!isApiError(error) || error.status !== 404) throw error;
      }
      const answer = await client.get("/chat/conversations");
      const rows = answer && Array.isArray(answer.items) ? answer.items : [];
      /** @type {Array<{id: number, shop_id: number | null, unread: number}>} */
      const conversations = [];
      let total = 0;
      for (let i = 0; i < rows.length; i++) {
        const n = typeof rows[i].unread_for_user === "number" ? rows[i].unread_for_user : 0;
        if (n > 0) {
          conversations.push({ id: rows[i].id, shop_id: rows[i].shop_id, unread: n });
          total += n;
        }
      }
      return { total: total, conversations: conversations };
    },
  };
}
