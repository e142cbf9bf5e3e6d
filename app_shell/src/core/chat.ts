/**
 * The shopper's chat connection (MSG-1): one shared chat client for the whole app, over the
 * browser's WebSocket, with the token from core/api. `chatUnread` is the total the tab bar and
 * 我的 show as a red dot: seeded from `GET /chat/unread` (or the conversation list where the
 * backend has no such endpoint yet), then kept live by the socket while it is connected.
 */
import { ref } from "vue";

import { chatSocketUrl, createChatClient, webSocketOpener, type ChatClient } from "@shared";
import { chatApi } from "@/api/chat";

import { API_BASE, getToken, setToken } from "./api";

export const chatUnread = ref(0);

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
    chat.unread.subscribe((total) => {
      chatUnread.value = total;
    });
  }
  return chat;
}

/** Forget the client (tests; sign-out). */
export function resetChat(): void {
  chat?.disconnect();
  chat = null;
  chatUnread.value = 0;
}

/** Reload the unread counts from the conversation list (tab pages call it on mount). */
export async function refreshChatUnread(): Promise<void> {
  if (!getToken()) {
    chatUnread.value = 0;
    return;
  }
  try {
    const { conversations } = await chatApi.unread();
    getChat().unread.seed((conversations ?? []).map((c) => ({ id: c.id, unread_for_user: c.unread })));
  } catch {
    /* the dot is a hint: keep the last count */
  }
}
