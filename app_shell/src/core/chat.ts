/**
 * The shopper's chat connection (MSG-1): one shared chat client for the whole app, over the
 * browser's WebSocket, with the token from core/api. `chatUnread` is the chat's unread count (平台客服
 * on 我的): seeded from `GET /chat/unread` (or the conversation list where the backend has no such
 * endpoint yet), then kept live by the socket while it is connected.
 *
 * The red dot on the 我的 tab is ONE number, `unreadTotal` (shared `createUnreadTotal`): the chat's
 * count plus the message centre's badge (`noticeBadge`, MEM-7). `refreshUnread()` reloads both;
 * the message centre pushes its badge here as the shopper reads.
 */
import { ref } from "vue";

import {
  chatSocketUrl,
  createChatClient,
  createUnreadTotal,
  fetchUnread,
  shopperChatApi,
  webSocketOpener,
  type ChatClient,
  type NoticeBadge,
} from "@shared";

import { API_BASE, client, getToken, setToken } from "./api";

export const chatUnread = ref(0);
/** The message centre's unread notices (`GET /me/notifications/badge`). */
export const noticeBadge = ref<NoticeBadge>({ total: 0, by_type: {} });
/** The 我的 tab's red dot: chat + notices. */
export const unreadTotal = ref(0);

const total = createUnreadTotal();
total.subscribe((n) => {
  unreadTotal.value = n;
});

/** The message centre's badge changed (read, 全部已读, reloaded). */
export function setNoticeBadge(badge: NoticeBadge): void {
  noticeBadge.value = badge;
  total.set("notices", badge.total);
}

function setChatUnread(n: number): void {
  chatUnread.value = n;
  total.set("chat", n);
}

let chat: ChatClient | null = null;

function socketUrl(): string | null {
  const token = getToken();
  if (!token) return null;
  const origin = typeof location !== "undefined" ? location.origin : "";
  return chatSocketUrl(API_BASE, token, origin);
}

/** The app's chat client (created on first use; connects when a chat page starts). */
export function getChat(): ChatClient {
  if (!chat) {
    chat = createChatClient({
      open: webSocketOpener(WebSocket),
      url: socketUrl,
      side: "consumer",
      onUnauthorized: () => setToken(null),
    });
    chat.unread.subscribe(setChatUnread);
  }
  return chat;
}

/** Forget the client (tests; sign-out). */
export function resetChat(): void {
  chat?.disconnect();
  chat = null;
  setChatUnread(0);
  setNoticeBadge({ total: 0, by_type: {} });
}

/**
 * Reload both halves of the red dot (tab pages call it on mount): the chat's unread conversations
 * and the notice badge. A half that fails keeps its last count (the dot is a hint).
 */
export async function refreshUnread(): Promise<void> {
  if (!getToken()) {
    setChatUnread(0);
    setNoticeBadge({ total: 0, by_type: {} });
    return;
  }
  const { chat: summary, notices } = await fetchUnread(client, shopperChatApi(client));
  if (summary) getChat().unread.seed((summary.conversations ?? []).map((c) => ({ id: c.id, unread_for_user: c.unread })));
  if (notices) setNoticeBadge(notices);
}

/** The chat half only was reloaded before the message centre existed; it is one call now. */
export const refreshChatUnread = refreshUnread;
