/**
 * The logic of 客服工作台 (MSG-1), apart from its layout: the two lists (排队中 = waiting, 我的会话 =
 * active and mine) with unread counts, the selected conversation drawn by the shared chat room
 * (history, earlier pages, live + resumed messages, sends acked by the server), accept /
 * transfer / close, my online status, quick replies, the customer's recent orders and the
 * history search. One chat socket per console tab (the shared client, side `staff`).
 *
 * The backend scopes everything: a merchant's agents only get their shop's conversations.
 * Endpoints of the chat backend's console change answer 404 until it is merged; their parts stay
 * hidden (`null`) until then (see api/chat.ts `isMissing`).
 */
import { computed, ref, shallowRef } from "vue";

import {
  chatSocketUrl,
  connectionBanner,
  createChatClient,
  createChatRoom,
  webSocketOpener,
  type ChatClient,
  type ChatMessage,
  type ChatRoom,
  type ChatStatus,
  type RoomState,
  type SocketOpener,
} from "@shared";
import {
  chatAdminApi,
  isMissing,
  uploadChatImage,
  type AgentConversation,
  type AgentStatus,
  type ChatAgent,
  type CustomerOrder,
  type QuickReply,
  type SearchHit,
} from "@/api/chat";
import { API_BASE } from "@/api/client";

export interface ConsoleOptions {
  /** The signed-in agent. */
  me: { id: number };
  getToken: () => string | null;
  /** Socket factory (tests pass a fake); default: the browser's WebSocket. */
  open?: SocketOpener;
  /** The page's origin, for the socket URL (default `location.origin`). */
  origin?: string;
  /** Show an error or a notice to the agent. */
  notify: (message: string, kind?: "error" | "success" | "info") => void;
}

const silent = { silent: true } as const;

function errorText(error: unknown, fallback: string): string {
  return error instanceof Error && error.message ? error.message : fallback;
}

export function useChatConsole(options: ConsoleOptions) {
  const chat: ChatClient = createChatClient({
    open: options.open ?? webSocketOpener(WebSocket),
    url: () => {
      const token = options.getToken();
      return token ? chatSocketUrl(API_BASE, token, options.origin ?? location.origin) : null;
    },
    side: "staff",
  });

  const connection = ref<ChatStatus>(chat.status());
  const banner = computed(() => (connection.value === "open" || connection.value === "idle" ? "" : connectionBanner(connection.value)));

  // --- the lists -------------------------------------------------------------------------
  const waiting = ref<AgentConversation[]>([]);
  const mine = ref<AgentConversation[]>([]);
  const listsLoading = ref(false);
  const listsError = ref("");
  /** Bumped when the unread counter changes (it is a plain object). */
  const unreadVersion = ref(0);
  chat.unread.subscribe(() => {
    unreadVersion.value += 1;
  });
  const unreadOf = (id: number) => {
    void unreadVersion.value;
    return chat.unread.get(id);
  };
  const unreadTotal = computed(() => {
    void unreadVersion.value;
    return chat.unread.total();
  });

  async function loadLists() {
    listsLoading.value = true;
    listsError.value = "";
    try {
      const [w, m] = await Promise.all([
        chatAdminApi.queue({ status: "waiting", page_size: 100 }, silent),
        chatAdminApi.queue({ status: "active", mine: true, page_size: 100 }, silent),
      ]);
      waiting.value = w.items;
      mine.value = m.items;
      chat.unread.seed([...w.items, ...m.items]);
      if (selectedId.value !== null) {
        chat.unread.clear(selectedId.value); // on screen: read
        const fresh = [...w.items, ...m.items].find((c) => c.id === selectedId.value);
        if (fresh) selected.value = fresh;
      }
    } catch (error) {
      listsError.value = errorText(error, "会话列表加载失败");
    } finally {
      listsLoading.value = false;
    }
  }

  let reloadTimer: ReturnType<typeof setTimeout> | null = null;
  /** Several frames in a row reload the lists once. */
  function reloadSoon() {
    if (reloadTimer) return;
    reloadTimer = setTimeout(() => {
      reloadTimer = null;
      void loadLists();
    }, 300);
  }

  function onLiveMessage(message: ChatMessage) {
    const lists = [waiting, mine];
    for (const list of lists) {
      const i = list.value.findIndex((c) => c.id === message.conversation_id);
      if (i >= 0) {
        const row = { ...list.value[i], last_message: message, updated_at: message.created_at };
        list.value = [row, ...list.value.slice(0, i), ...list.value.slice(i + 1)];
        return;
      }
    }
    reloadSoon(); // a new conversation in the queue, or one handed to me
  }

  // --- the selected conversation ---------------------------------------------------------
  const selectedId = ref<number | null>(null);
  const selected = shallowRef<AgentConversation | null>(null);
  const room = shallowRef<ChatRoom | null>(null);
  const roomState = shallowRef<RoomState | null>(null);
  const busy = ref<"" | "accept" | "close" | "transfer" | "send" | "image">("");

  const canAccept = computed(() => selected.value?.status === "waiting" || selected.value?.status === "open");
  const canReply = computed(
    () => selected.value?.status === "active" && selected.value.agent_id === options.me.id && !roomState.value?.closed,
  );
  const canClose = computed(() => Boolean(selected.value) && selected.value?.status !== "closed");

  function openRoom(conversation: AgentConversation) {
    room.value?.stop();
    const last = conversation.last_message?.id ?? null;
    const next = createChatRoom({
      chat,
      side: "staff",
      conversationId: conversation.id,
      lastMessageId: last,
      status: conversation.status,
      readUpTo: conversation.unread_for_user === 0 && last ? last : 0,
      history: (id, query) => chatAdminApi.history(id, query, silent),
      onChange: (state) => {
        roomState.value = state;
      },
    });
    room.value = next;
    roomState.value = next.state();
    void next.start();
  }

  async function select(conversation: AgentConversation) {
    selectedId.value = conversation.id;
    selected.value = conversation;
    openRoom(conversation);
    void loadOrders(conversation.id);
  }

  function replaceRow(updated: AgentConversation) {
    selected.value = updated;
    const drop = (list: typeof waiting) => (list.value = list.value.filter((c) => c.id !== updated.id));
    drop(waiting);
    drop(mine);
    if (updated.status === "active" && updated.agent_id === options.me.id) mine.value = [updated, ...mine.value];
    else if (updated.status === "waiting") waiting.value = [updated, ...waiting.value];
  }

  async function run(kind: "accept" | "close" | "transfer", call: () => Promise<AgentConversation>, done: string) {
    if (busy.value) return false;
    busy.value = kind;
    try {
      const updated = await call();
      replaceRow(updated);
      if (kind === "close") room.value && openRoom(updated);
      options.notify(done, "success");
      return true;
    } catch (error) {
      options.notify(errorText(error, "操作失败"), "error");
      void loadLists();
      return false;
    } finally {
      busy.value = "";
    }
  }

  const accept = () => {
    const id = selectedId.value;
    return id === null ? Promise.resolve(false) : run("accept", () => chatAdminApi.accept(id, silent), "已接入会话");
  };
  const close = () => {
    const id = selectedId.value;
    return id === null ? Promise.resolve(false) : run("close", () => chatAdminApi.close(id, silent), "会话已结束");
  };
  const transfer = (agentId: number) => {
    const id = selectedId.value;
    return id === null ? Promise.resolve(false) : run("transfer", () => chatAdminApi.transfer(id, agentId, silent), "已转接");
  };

  async function sendText(text: string): Promise<boolean> {
    const r = room.value;
    const body = text.trim();
    if (!r || !body || !canReply.value) return false;
    try {
      await r.send("text", { text: body });
      return true;
    } catch (error) {
      options.notify(errorText(error, "发送失败"), "error");
      return false;
    }
  }

  async function sendImage(file: File): Promise<boolean> {
    const r = room.value;
    if (!r || !canReply.value || busy.value) return false;
    busy.value = "image";
    try {
      const url = await uploadChatImage(file, silent);
      await r.send("image", { url });
      return true;
    } catch (error) {
      options.notify(errorText(error, "图片发送失败"), "error");
      return false;
    } finally {
      busy.value = "";
    }
  }

  async function loadEarlier() {
    try {
      await room.value?.loadEarlier();
    } catch (error) {
      options.notify(errorText(error, "加载失败"), "error");
    }
  }

  function retry(clientId: string) {
    room.value?.retry(clientId).catch((error: unknown) => options.notify(errorText(error, "发送失败"), "error"));
  }

  // --- the customer's orders (right column) -----------------------------------------------
  const orders = ref<CustomerOrder[]>([]);
  const ordersState = ref<"idle" | "loading" | "ready" | "missing" | "error">("idle");
  async function loadOrders(id: number) {
    ordersState.value = "loading";
    orders.value = [];
    try {
      const answer = await chatAdminApi.customerOrders(id, silent);
      if (selectedId.value !== id) return;
      orders.value = answer.items ?? [];
      ordersState.value = "ready";
    } catch (error) {
      if (selectedId.value === id) ordersState.value = isMissing(error) ? "missing" : "error";
    }
  }

  // --- my status, agents, quick replies, search -------------------------------------------
  /** null: the backend has no status yet. */
  const myStatus = ref<AgentStatus | null>(null);
  async function loadStatus() {
    try {
      myStatus.value = (await chatAdminApi.myStatus(silent)).status;
    } catch {
      myStatus.value = null;
    }
  }
  async function setStatus(status: AgentStatus) {
    const before = myStatus.value;
    myStatus.value = status;
    try {
      myStatus.value = (await chatAdminApi.setStatus(status, silent)).status;
    } catch (error) {
      myStatus.value = before;
      options.notify(errorText(error, "状态切换失败"), "error");
    }
  }

  /** Agents to hand over to (online, not me); null: the backend cannot list them yet. */
  async function transferTargets(): Promise<ChatAgent[] | null> {
    try {
      const { items } = await chatAdminApi.agents("online", silent);
      return items.filter((a) => a.id !== options.me.id);
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  /** null: the backend has no quick replies yet. */
  const quickReplies = ref<QuickReply[] | null>(null);
  async function loadQuickReplies() {
    try {
      quickReplies.value = (await chatAdminApi.quickReplies(silent)).items;
    } catch {
      quickReplies.value = null;
    }
  }

  const searchHits = ref<SearchHit[]>([]);
  const searchTotal = ref(0);
  const searchAvailable = ref(true);
  async function search(keyword: string) {
    const word = keyword.trim();
    if (!word) {
      searchHits.value = [];
      searchTotal.value = 0;
      return;
    }
    try {
      const page = await chatAdminApi.search(word, 1, silent);
      searchHits.value = page.items;
      searchTotal.value = page.total;
    } catch (error) {
      if (isMissing(error)) searchAvailable.value = false;
      else options.notify(errorText(error, "搜索失败"), "error");
    }
  }

  /** Open the conversation of a search hit (or any id my lists hold). */
  async function openById(id: number) {
    const known = [...mine.value, ...waiting.value].find((c) => c.id === id);
    if (known) return select(known);
    try {
      const page = await chatAdminApi.queue({ page_size: 100 }, silent);
      const found = page.items.find((c) => c.id === id);
      if (found) return select(found);
    } catch {
      /* fall through */
    }
    options.notify("会话不存在或已不在我的列表中", "error");
  }

  // --- life cycle ---------------------------------------------------------------------------
  const offs: Array<() => void> = [];
  function start() {
    offs.push(
      chat.on("status", (status: ChatStatus) => {
        connection.value = status;
      }),
      chat.on("message", (message: ChatMessage, extra: { source: string }) => {
        if (extra?.source === "live") onLiveMessage(message);
      }),
      chat.on("transferred", (frame: { conversation_id: number }) => {
        if (selectedId.value === frame.conversation_id && selected.value) {
          selected.value = { ...selected.value, agent_id: null };
          options.notify("该会话已转接给其他客服", "info");
        }
        void loadLists();
      }),
    );
    chat.connect();
    connection.value = chat.status();
    void loadLists();
    void loadStatus();
    void loadQuickReplies();
  }

  function stop() {
    offs.splice(0).forEach((off) => off());
    room.value?.stop();
    if (reloadTimer) clearTimeout(reloadTimer);
    chat.disconnect();
  }

  return {
    chat,
    connection,
    banner,
    waiting,
    mine,
    listsLoading,
    listsError,
    unreadOf,
    unreadTotal,
    loadLists,
    selectedId,
    selected,
    room,
    roomState,
    busy,
    canAccept,
    canReply,
    canClose,
    select,
    accept,
    close,
    transfer,
    transferTargets,
    sendText,
    sendImage,
    loadEarlier,
    retry,
    orders,
    ordersState,
    myStatus,
    setStatus,
    quickReplies,
    searchHits,
    searchTotal,
    searchAvailable,
    search,
    openById,
    start,
    stop,
  };
}

export type ChatConsole = ReturnType<typeof useChatConsole>;
