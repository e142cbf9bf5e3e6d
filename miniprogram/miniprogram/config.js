// Where the mini-program finds the backend. In WeChat DevTools keep 「不校验合法域名」 on for the
// local address; a release build needs an https 服务器域名 configured in the mini-program admin.
export const config = {
  // Base of the storefront API (docs/pages-api.md).
  apiBaseUrl: "http://127.0.0.1:8000/api/v1",
  // Site paths in layouts and data (`/media/…`) are resolved against this origin; empty means
  // the origin of apiBaseUrl.
  mediaBaseUrl: "",
  // The channel this shell draws (`channels` of a section may exclude it).
  channel: "mp",
  // Hosts a `url` action may open in the web-view; they must be 业务域名 of the mini-program.
  // Empty: any https host that passes isSafeUrl (the server already allow-lists on save).
  webviewHosts: [],
  // WeChat subscribe message template ids (订阅消息, 公共模板库 of the mini-program console), by notice
  // key: the SAME ids as the backend's WECHAT_SUBSCRIBE_TEMPLATES (no endpoint exposes them, so the
  // release build sets both). The shopper is asked to accept them (wx.requestSubscribeMessage, at
  // most 3 per ask) before paying and from 消息中心; empty ids are not asked for.
  subscribeTemplates: {
    order_paid: "",
    order_shipped: "",
    refund_succeeded: "",
  },
};

/** The origin (scheme://host[:port]) media paths are resolved against. */
export function mediaOrigin() {
  if (config.mediaBaseUrl) return config.mediaBaseUrl.replace(/\/+$/, "");
  const match = /^(https?:\/\/[^/]+)/.exec(config.apiBaseUrl);
  return match ? match[1] : "";
}
