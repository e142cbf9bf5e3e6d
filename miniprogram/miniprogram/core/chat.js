// 在线客服 (MSG-1): the mini-program's chat connection — the shared chat client over
// wx.connectSocket, with the token from wx storage — and the shopper's chat endpoints.
import {
  cardView,
  chatSocketUrl,
  createChatClient,
  shopperChatApi,
} from "../shared/index.js";
import { config } from "../config.js";
import { getClient, getToken, setToken } from "./api.js";
import { mediaUrl } from "./media.js";

/** A SocketOpener over wx.connectSocket (a SocketTask per connection). */
export function wxSocketOpener(url, handlers) {
  const task = wx.connectSocket({ url, fail: (err) => handlers.error(err) });
  task.onOpen(() => handlers.open());
  task.onMessage((res) => handlers.message(typeof res.data === "string" ? res.data : String(res.data)));
  task.onClose((res) => handlers.close((res && res.code) || 1006, (res && res.reason) || ""));
  task.onError((err) => handlers.error(err));
  return {
    send: (text) => task.send({ data: text }),
    close: (code, reason) => task.close({ code: code || 1000, reason: reason || "" }),
  };
}

let chat = null;

/** The app's chat client (created on first use; the chat page connects it). */
export function getChat() {
  if (!chat) {
    chat = createChatClient({
      open: wxSocketOpener,
      url: () => {
        const token = getToken();
        return token ? chatSocketUrl(config.apiBaseUrl, token) : null;
      },
      side: "consumer",
      onUnauthorized: () => setToken(null),
    });
  }
  return chat;
}

/** Forget the client (tests; sign-out). */
export function resetChat() {
  if (chat) chat.disconnect();
  chat = null;
}

export function chatApi() {
  return shopperChatApi(getClient());
}

/** Unread customer-service messages across conversations (the 我的 entry's count). */
export async function chatUnreadTotal() {
  const answer = await chatApi().unread();
  return (answer && answer.total) || 0;
}

/** One message as the page's WXML draws it (text stays text: WXML text nodes never parse HTML). */
export function messageView(room, m) {
  const body = m.body || {};
  const card = cardView(m);
  return {
    key: m.id ? "m" + m.id : "l" + m.client_id,
    id: m.id || 0,
    clientId: m.client_id || "",
    system: m.sender_kind === "system",
    mine: m.sender_kind === "consumer",
    kind: m.kind,
    text: typeof body.text === "string" ? body.text : "",
    image: m.kind === "image" ? mediaUrl(body.url) : "",
    card: card ? { title: card.title, subtitle: card.subtitle, image: mediaUrl(card.image), price: card.price, product: card.link && card.link.to === "product" ? card.link.id : 0, order: card.link && card.link.to === "order" ? card.link.orderNo : "" } : null,
    state: m.state || "",
    error: m.error || "",
    read: room.readLabel(m),
  };
}
