/** 客服工作台: labels and small view helpers (the logic is in useChatConsole.ts). */
import { messagePreview, type ChatMessage } from "@shared";

import type { AgentConversation, AgentStatus, ConversationStatus } from "@/api/chat";

export const CHAT_PERMISSION = "chat:agent";

export const AGENT_STATUS_OPTIONS: { value: AgentStatus; label: string }[] = [
  { value: "online", label: "在线" },
  { value: "away", label: "离开" },
  { value: "offline", label: "离线" },
];

export const CONVERSATION_STATUS: Record<ConversationStatus, { label: string; tag: "info" | "warning" | "success" | "danger" }> = {
  open: { label: "新会话", tag: "info" },
  waiting: { label: "排队中", tag: "warning" },
  active: { label: "接待中", tag: "success" },
  closed: { label: "已结束", tag: "info" },
};

/** 「顾客 #12」: the API gives the shopper's id only. */
export function customerName(conversation: Pick<AgentConversation, "user_id">): string {
  return `顾客 #${conversation.user_id}`;
}

/** The list row's second line. */
export function previewOf(conversation: Pick<AgentConversation, "last_message">): string {
  const m = conversation.last_message;
  if (!m) return "暂无消息";
  const text = messagePreview(m);
  return m.sender_kind === "system" ? `[系统] ${text}` : text;
}

/** Who sent a message, as the agent sees it. */
export function senderLabel(message: ChatMessage, meId: number): string {
  if (message.sender_kind === "consumer") return "顾客";
  if (message.sender_kind === "system") return "系统";
  return message.sender_id === meId ? "我" : `客服 #${message.sender_id ?? ""}`;
}

/** Unread badge text (99+ above 99; "" for none). */
export function badgeText(n: number): string {
  return n > 0 ? (n > 99 ? "99+" : String(n)) : "";
}
