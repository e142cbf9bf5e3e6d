// 消息中心 (MEM-7), 通知设置 (MSG-4) and WeChat subscribe messages in the mini-program, over the
// shared core (shared/notifications.js): the endpoints, the centre's state and switch form live
// there; this file holds what only WeChat has — the 我的 tab's red dot (wx.showTabBarRedDot), the
// consent ask (wx.requestSubscribeMessage) and a notice link → mini-program page.
import {
  SUBSCRIBE_NOTICES,
  createUnreadTotal,
  fetchUnread,
  noticeTarget,
  notificationSettingsApi,
  notificationsApi,
} from "../shared/index.js";
import { config } from "../config.js";
import { getClient, getToken } from "./api.js";
import { chatApi } from "./chat.js";

export const ME_TAB_INDEX = 3;

export function messagesApi() {
  return notificationsApi(getClient(), "me");
}

export function settingsApi() {
  return notificationSettingsApi(getClient());
}

/** The 我的 tab's red dot: on while anything is unread (chat + notices), off at 0. */
export function setMeDot(total) {
  try {
    if (total > 0) wx.showTabBarRedDot({ index: ME_TAB_INDEX, fail() {} });
    else wx.hideTabBarRedDot({ index: ME_TAB_INDEX, fail() {} });
  } catch (e) {
    // not on a tab page yet: the next refresh sets it
  }
}

let total = null;

/** The one unread total (sources "chat" and "notices"), driving the red dot. */
export function unreadTotal() {
  if (!total) {
    total = createUnreadTotal();
    total.subscribe(setMeDot);
  }
  return total;
}

/** Forget the counts (tests; sign-out). */
export function resetUnread() {
  total = null;
}

/**
 * Reload both halves of the red dot (app show, 我的): answers `{chat, notices}` (a half that failed
 * is null and keeps its last count). Signed out: both 0, nothing asked.
 */
export async function refreshUnread() {
  const t = unreadTotal();
  if (!getToken()) {
    t.set("chat", 0);
    t.set("notices", 0);
    setMeDot(0);
    return { chat: { total: 0, conversations: [] }, notices: { total: 0, by_type: {} } };
  }
  const answer = await fetchUnread(getClient(), chatApi());
  if (answer.chat) t.set("chat", answer.chat.total);
  if (answer.notices) t.set("notices", answer.notices.total);
  setMeDot(t.total());
  return answer;
}

/** The message centre's badge changed (read, 全部已读). */
export function setNoticeUnread(n) {
  const t = unreadTotal();
  t.set("notices", n);
  setMeDot(t.total());
}

/** The template ids to ask for (config.subscribeTemplates, in notice order, unique, 3 at most). */
export function subscribeTemplateIds() {
  const templates = config.subscribeTemplates || {};
  const ids = [];
  SUBSCRIBE_NOTICES.forEach((key) => {
    const id = templates[key];
    if (typeof id === "string" && id && ids.indexOf(id) === -1) ids.push(id);
  });
  return ids.slice(0, 3);
}

/**
 * Ask the shopper to accept the subscribe templates. Call it straight from a tap (WeChat refuses
 * the ask otherwise): before paying, from 消息中心, and from the tap that signs the shopper in.
 * Never fails and never blocks what follows: answers WeChat's `{templateId: "accept" | "reject" …}`,
 * or null when nothing was asked (no ids configured, an old base library, the shopper closed it).
 */
export function askSubscribe() {
  const ids = subscribeTemplateIds();
  if (!ids.length || typeof wx.requestSubscribeMessage !== "function") return Promise.resolve(null);
  return new Promise((resolve) => {
    try {
      wx.requestSubscribeMessage({
        tmplIds: ids,
        success: (res) => resolve(res || null),
        fail: () => resolve(null),
      });
    } catch (e) {
      resolve(null);
    }
  });
}

/** A notice's link (an app route) → the mini-program page it opens, or "" (marked read only). */
export function noticePage(link) {
  const t = noticeTarget(link);
  if (!t) return "";
  switch (t.to) {
    case "order":
      return "/pages/order/index?order_no=" + encodeURIComponent(t.orderNo);
    case "logistics":
      return "/pages/logistics/index?order_no=" + encodeURIComponent(t.orderNo);
    case "orders":
      return "/pages/orders/index?tab=all";
    case "product":
      return "/pages/product/index?id=" + t.id;
    case "coupons":
      return "/pages/coupons/index";
    default:
      return "";
  }
}
