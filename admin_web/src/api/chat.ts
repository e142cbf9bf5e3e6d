/**
 * 客服工作台 (MSG-1): the agents' chat endpoints under `/admin/chat` (docs/chat-api.md). Messages
 * travel over the chat socket (the shared client, see views/chat/console/useChatConsole.ts); these
 * are the lists, history and the hand-offs. The console endpoints that arrive with the chat
 * backend's second change (status, agents, customer orders, unread, search, quick replies) answer
 * 404 until it is merged: callers treat `isMissing(error)` as "not available yet".
 */
import type { ChatMessage } from "@shared";

import { ApiError, http, type CallOptions } from "./client";
import type { Page } from "./types";

export type { ChatMessage };

export type ConversationStatus = "open" | "waiting" | "active" | "closed";
export type AgentStatus = "online" | "away" | "offline";

/** AgentConversationOut. */
export interface AgentConversation {
  id: number;
  shop_id: number | null;
  status: ConversationStatus;
  user_id: number;
  agent_id: number | null;
  unread_for_user: number;
  unread_for_agent: number;
  last_message: ChatMessage | null;
  created_at: string;
  updated_at: string;
}

export interface QueueQuery {
  status?: ConversationStatus;
  mine?: boolean;
  page?: number;
  page_size?: number;
}

export interface HistoryQuery {
  before_id?: number;
  after_id?: number;
  limit?: number;
}

export interface ChatAgent {
  id: number;
  name: string;
  username: string;
  status: AgentStatus;
  active_conversations: number;
}

export interface QuickReply {
  id: number;
  title: string;
  text: string;
  sort: number;
}

/** The shopper's order as the order list shows it (the fields the console draws). */
export interface CustomerOrder {
  order_no: string;
  status: string;
  status_text: string;
  payable: number;
  quantity: number;
  lines: { title: string; image: string; spec_text?: string; quantity: number }[];
  created_at: string;
}

export interface SearchHit {
  message: ChatMessage;
  conversation: { id: number; user_id: number; shop_id: number | null; status: ConversationStatus };
}

export interface AgentUnread {
  total: number;
  waiting: number;
  conversations: { id: number; status: ConversationStatus; unread: number }[];
}

const base = "/admin/chat";
const c = (id: number) => `${base}/conversations/${id}`;

/** An endpoint the running backend does not have yet (answers 404 for the route itself). */
export function isMissing(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404 && !/conversation|agent/.test(error.code);
}

export const chatAdminApi = {
  queue: (query: QueueQuery, options?: CallOptions) =>
    http.get<Page<AgentConversation>>(`${base}/conversations`, { ...options, query: { ...query } }),
  history: (id: number, query: HistoryQuery, options?: CallOptions) =>
    http.get<{ items: ChatMessage[] }>(`${c(id)}/messages`, { ...options, query: { ...query } }),
  read: (id: number, options?: CallOptions) => http.post<AgentConversation>(`${c(id)}/read`, undefined, options),
  accept: (id: number, options?: CallOptions) => http.post<AgentConversation>(`${c(id)}/accept`, undefined, options),
  transfer: (id: number, agentId: number, options?: CallOptions) =>
    http.post<AgentConversation>(`${c(id)}/transfer`, { agent_id: agentId }, options),
  close: (id: number, options?: CallOptions) => http.post<AgentConversation>(`${c(id)}/close`, undefined, options),
  // --- with the chat backend's console change (docs/chat-api.md) ---
  customerOrders: (id: number, options?: CallOptions) =>
    http.get<{ items: CustomerOrder[] }>(`${c(id)}/orders`, { ...options, query: { limit: 5 } }),
  unread: (options?: CallOptions) => http.get<AgentUnread>(`${base}/unread`, options),
  search: (keyword: string, page = 1, options?: CallOptions) =>
    http.get<Page<SearchHit>>(`${base}/search`, { ...options, query: { keyword, page, page_size: 20 } }),
  agents: (status: AgentStatus | undefined, options?: CallOptions) =>
    http.get<{ items: ChatAgent[] }>(`${base}/agents`, { ...options, query: { status } }),
  myStatus: (options?: CallOptions) => http.get<{ status: AgentStatus }>(`${base}/status`, options),
  setStatus: (status: AgentStatus, options?: CallOptions) => http.put<{ status: AgentStatus }>(`${base}/status`, { status }, options),
  quickReplies: (options?: CallOptions) => http.get<{ items: QuickReply[] }>(`${base}/quick-replies`, options),
};

/** Upload one image (the chat's image messages); answers its URL. */
export async function uploadChatImage(file: File, options?: CallOptions): Promise<string> {
  const form = new FormData();
  form.append("file", file);
  const answer = await http.upload<{ url: string }>("/uploads/images", form, options);
  return answer.url;
}
