// @ts-check
/**
 * One conversation on screen (MSG-1), the same for the H5 page, the mini-program page and
 * admin_web's console: the latest page of history, 「查看更早的消息」, live and resumed messages
 * merged in order, sends shown at once and confirmed by the ack (or marked failed, to retry with
 * the same client id), the other side's read receipt, and the connection state for a banner.
 *
 * Framework-neutral: the room keeps a plain state object and calls `onChange(state)` with a new
 * one after every change (Vue assigns it to a shallowRef, the mini-program passes it to setData).
 */
import {
  ChatError,
  fromOtherSide,
  lastMessageId,
  localMessage,
  mergeMessages,
} from "./chat.js";

/**
 * @typedef {import("./chat.js").ChatMessage} ChatMessage
 * @typedef {import("./chat.js").ChatClient} ChatClient
 * @typedef {import("./chat.js").ChatStatus} ChatStatus
 * @typedef {import("./chat.js").ChatSide} ChatSide
 * @typedef {import("./chat.js").MessageKind} MessageKind
 *
 * @typedef {object} RoomState
 * @property {ChatMessage[]} messages
 * @property {boolean} loading            the first page is loading
 * @property {string} error               the first page failed (the API's message)
 * @property {boolean} loadingEarlier
 * @property {boolean} noEarlier          the first message is on screen
 * @property {ChatStatus} status
 * @property {number} readUpTo            the other side has read up to this message id
 * @property {number} sessionFrom         messages after this id were exchanged on this screen
 * @property {boolean} closed             the conversation ended (its status, or a send refused
 *                                        with `conversation_closed`): a new one must be opened
 *
 * @typedef {object} RoomOptions
 * @property {ChatClient} chat
 * @property {ChatSide} side
 * @property {number} conversationId
 * @property {number | null} [lastMessageId]  the conversation's last message (from its list row)
 * @property {number} [readUpTo]              known read point of the other side (agents know it)
 * @property {string} [status]                the conversation's status (`closed` disables sending)
 * @property {(id: number, query: {before_id?: number, after_id?: number, limit?: number}) => Promise<any>} history
 * @property {(state: RoomState) => void} onChange
 * @property {number} [pageSize]
 */

/** A page answer `{items}` or a bare array → the messages. */
/** @param {any} answer @returns {ChatMessage[]} */
function itemsOf(answer) {
  if (Array.isArray(answer)) return answer;
  return answer && Array.isArray(answer.items) ? answer.items : [];
}

/** @param {unknown} error @param {string} fallback */
function messageOf(error, fallback) {
  return error && typeof (/** @type {any} */ (error).message) === "string" && /** @type {any} */ (error).message
    ? /** @type {any} */ (error).message
    : fallback;
}

/**
 * @param {RoomOptions} options
 */
export function createChatRoom(options) {
  const chat = options.chat;
  const id = options.conversationId;
  const pageSize = options.pageSize || 30;
  /** @type {RoomState} */
  let state = {
    messages: [],
    loading: true,
    error: "",
    loadingEarlier: false,
    noEarlier: false,
    status: chat.status(),
    readUpTo: options.readUpTo || 0,
    sessionFrom: 0,
    closed: options.status === "closed",
  };
  /** @type {Array<() => void>} */
  let offs = [];
  let stopped = false;

  /** @param {Partial<RoomState>} patch */
  function update(patch) {
    if (stopped) return;
    /** @type {any} */
    const next = {};
    const keys = Object.keys(state);
    for (let i = 0; i < keys.length; i++) next[keys[i]] = /** @type {any} */ (state)[keys[i]];
    const pkeys = Object.keys(patch);
    for (let i = 0; i < pkeys.length; i++) next[pkeys[i]] = /** @type {any} */ (patch)[pkeys[i]];
    state = next;
    options.onChange(state);
  }

  /** @param {ChatMessage[]} incoming */
  function add(incoming) {
    const mine = incoming.filter(function (m) {
      return m && m.conversation_id === id;
    });
    if (!mine.length) return;
    update({ messages: mergeMessages(state.messages, mine) });
  }

  /**
   * @param {string} clientId
   * @param {Partial<ChatMessage>} patch
   */
  function patchLocal(clientId, patch) {
    update({
      messages: state.messages.map(function (m) {
        if (m.id !== null || m.client_id !== clientId) return m;
        /** @type {any} */
        const copy = {};
        const keys = Object.keys(m);
        for (let i = 0; i < keys.length; i++) copy[keys[i]] = /** @type {any} */ (m)[keys[i]];
        const pkeys = Object.keys(patch);
        for (let i = 0; i < pkeys.length; i++) copy[pkeys[i]] = /** @type {any} */ (patch)[pkeys[i]];
        return copy;
      }),
    });
  }

  /** @param {string} clientId @param {MessageKind} kind @param {Record<string, any>} body */
  function deliver(clientId, kind, body) {
    return chat.send(id, kind, body, clientId).then(
      function (stored) {
        add([stored]);
        return stored;
      },
      function (error) {
        patchLocal(clientId, { state: "failed", error: messageOf(error, "发送失败") });
        if (error && error.code === "conversation_closed") update({ closed: true });
        throw error;
      },
    );
  }

  return {
    /** @returns {RoomState} */
    state: function () {
      return state;
    },
    /** Load the latest page, then follow the conversation live (resume after reconnects). */
    start: async function () {
      offs.push(
        chat.on("message", function (/** @type {ChatMessage} */ m) {
          add([m]);
        }),
        chat.on("read", function (/** @type {any} */ frame) {
          if (frame.conversation_id === id && typeof frame.last_message_id === "number") {
            update({ readUpTo: Math.max(state.readUpTo, frame.last_message_id) });
          }
        }),
        chat.on("status", function (/** @type {ChatStatus} */ status) {
          update({ status: status });
        }),
      );
      update({ loading: true, error: "" });
      try {
        const last = options.lastMessageId || 0;
        const page = last ? itemsOf(await options.history(id, { before_id: last + 1, limit: pageSize })) : [];
        const messages = mergeMessages(state.messages, page);
        update({ messages: messages, loading: false, noEarlier: page.length < pageSize, sessionFrom: lastMessageId(messages) });
      } catch (error) {
        update({ loading: false, error: messageOf(error, "聊天记录加载失败") });
        return;
      }
      chat.watch(id, lastMessageId(state.messages));
      chat.focus(id);
      chat.connect();
      update({ status: chat.status() });
    },
    /** 查看更早的消息: the page before the first message on screen. */
    loadEarlier: async function () {
      if (state.loadingEarlier || state.noEarlier) return;
      const first = state.messages.find(function (m) {
        return typeof m.id === "number";
      });
      if (!first) {
        update({ noEarlier: true });
        return;
      }
      update({ loadingEarlier: true });
      try {
        const page = itemsOf(await options.history(id, { before_id: /** @type {number} */ (first.id), limit: pageSize }));
        update({ messages: mergeMessages(state.messages, page), loadingEarlier: false, noEarlier: page.length < pageSize });
      } catch (error) {
        update({ loadingEarlier: false });
        throw error;
      }
    },
    /**
     * Show the message at once and send it; resolves with the stored message, rejects with the
     * server's error (the bubble shows 发送失败 and can be retried).
     * @param {MessageKind} kind
     * @param {Record<string, any>} body
     * @returns {Promise<ChatMessage>}
     */
    send: function (kind, body) {
      if (state.closed) return Promise.reject(new ChatError("conversation_closed", "会话已结束，请重新发起咨询"));
      const clientId = chat.newClientId();
      update({
        messages: state.messages.concat([localMessage({ conversationId: id, clientId: clientId, kind: kind, body: body, side: options.side })]),
      });
      return deliver(clientId, kind, body);
    },
    /** Send a failed message again with its client id (stored once however often it arrives). */
    /** @param {string} clientId */
    retry: function (clientId) {
      const failed = state.messages.find(function (m) {
        return m.id === null && m.client_id === clientId;
      });
      if (!failed) return Promise.resolve(null);
      patchLocal(clientId, { state: "sending", error: "" });
      return deliver(clientId, /** @type {MessageKind} */ (failed.kind), failed.body);
    },
    /**
     * 已读 / 未读 under one of my messages: only for messages of this session (older ones have
     * no known state for shoppers); "" for the other side's.
     * @param {ChatMessage} message
     * @returns {"" | "已读" | "未读"}
     */
    readLabel: function (message) {
      if (typeof message.id !== "number" || fromOtherSide(message, options.side) || message.sender_kind === "system") return "";
      if (message.id <= state.readUpTo) return "已读";
      return message.id > state.sessionFrom ? "未读" : "";
    },
    /** Leave the screen: stop following (the connection stays for the unread badge). */
    stop: function () {
      stopped = true;
      for (let i = 0; i < offs.length; i++) offs[i]();
      offs = [];
      chat.unwatch(id);
      chat.focus(null);
    },
  };
}

/** @typedef {ReturnType<typeof createChatRoom>} ChatRoom */

/** Banner copy for the connection state ("" when connected). */
/** @param {ChatStatus} status */
export function connectionBanner(status) {
  if (status === "connecting") return "正在连接…";
  if (status === "reconnecting") return "连接已断开，正在重新连接…";
  if (status === "unauthorized") return "登录已失效，请重新登录";
  if (status === "forbidden") return "没有在线客服权限";
  if (status === "closed") return "连接已关闭";
  return "";
}
