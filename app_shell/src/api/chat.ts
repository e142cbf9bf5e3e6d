/**
 * 在线客服 (MSG-1): the shopper's conversations over HTTP (backend/messaging/api.py). Messages
 * themselves travel over the chat socket (core/chat.ts, the shared client).
 */
import { shopperChatApi, type ChatMessage } from "@shared";

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

export const chatApi = {
  /** The open conversation with a shop (null: the platform), or a new one. */
  open: (shopId: number | null): Promise<Conversation> => api.open(shopId),
  list: (): Promise<{ items: Conversation[] }> => api.list(),
  history: (conversationId: number, query: HistoryQuery): Promise<{ items: ChatMessage[] }> => api.history(conversationId, query),
  read: (conversationId: number): Promise<Conversation> => api.read(conversationId),
  /** `GET /chat/unread`, or the same from the conversation list until that endpoint is merged. */
  unread: (): Promise<UnreadSummary> => api.unread(),
};
