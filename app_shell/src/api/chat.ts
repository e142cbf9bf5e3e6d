/**
 * 在线客服 (MSG-1): the shopper's conversations over HTTP (backend/messaging/api.py). Messages
 * themselves travel over the chat socket (core/chat.ts, the shared client).
 */
import { isApiError, shopperChatApi, type ChatMessage } from "@shared";

import { client } from "@/core/api";

export type { ChatMessage };

/** ConversationOut: one thread with a shop (`shop_id` null: the platform's customer service). */
export interface Conversation {
  id: number;
  shop_id: number | null;
  status: "open" | "waiting" | "active" | "closed";
  unread_for_user: number;
  last_message: ChatMessage | null;
  created_at: string;
  updated_at: string;
}

export interface HistoryQuery {
  before_id?: number;
  after_id?: number;
  limit?: number;
}

/** `GET /chat/unread`: the badge, listing only conversations with unread messages. */
export interface UnreadSummary {
  total: number;
  conversations: { id: number; shop_id: number | null; unread: number }[];
}

const api = shopperChatApi(client);

/**
 * The badge from `GET /chat/unread` (docs/chat-api.md); where the backend does not have that
 * endpoint yet (404), the same numbers from the conversation list.
 */
async function unread(): Promise<UnreadSummary> {
  try {
    return await client.get("/chat/unread");
  } catch (error) {
    if (!isApiError(error) || error.status !== 404) throw error;
  }
  const { items } = (await api.list()) as { items: Conversation[] };
  const conversations = (items ?? [])
    .filter((c) => c.unread_for_user > 0)
    .map((c) => ({ id: c.id, shop_id: c.shop_id, unread: c.unread_for_user }));
  return { total: conversations.reduce((sum, c) => sum + c.unread, 0), conversations };
}

export const chatApi = {
  /** The open conversation with a shop (null: the platform), or a new one. */
  open: (shopId: number | null): Promise<Conversation> => api.open(shopId),
  list: (): Promise<{ items: Conversation[] }> => api.list(),
  history: (conversationId: number, query: HistoryQuery): Promise<{ items: ChatMessage[] }> => api.history(conversationId, query),
  read: (conversationId: number): Promise<Conversation> => api.read(conversationId),
  unread,
};
