/**
 * The browser's side of launching a payment (the rules are in shared_js/payments.js): leaving for a
 * gateway's page, WeChat's in-browser JSAPI bridge, and the native app's payment plugins. One
 * object so tests can replace each call.
 */
import { browserChannel, isWechatBrowser } from "@shared";

import { detectChannel } from "./api";

type BridgeResult = "ok" | "cancel" | "fail";

interface WeixinJSBridge {
  invoke(name: string, params: Record<string, string>, callback: (res: { err_msg?: string }) => void): void;
}

interface NativePay {
  pay(options: Record<string, string>): Promise<{ resultStatus?: string; errCode?: number } | void>;
}

function nativePlugin(name: string): NativePay | null {
  const cap = (globalThis as { Capacitor?: { Plugins?: Record<string, NativePay | undefined> } }).Capacitor;
  const plugin = cap?.Plugins?.[name];
  return plugin && typeof plugin.pay === "function" ? plugin : null;
}

export const payLauncher = {
  userAgent(): string {
    return typeof navigator === "undefined" ? "" : navigator.userAgent;
  },
  /** `app` in the native shell, `pc` on a desktop browser, else `h5`. */
  channel(): "h5" | "app" | "pc" {
    return detectChannel() === "app" ? "app" : browserChannel(this.userAgent());
  },
  inWechat(): boolean {
    return isWechatBrowser(this.userAgent());
  },
  /** Leave for a gateway's page (WeChat H5, Alipay wap/page). */
  go(url: string): void {
    window.location.assign(url);
  },
  /** An app-relative href (from the router, with its base) as an absolute URL for a gateway. */
  absolute(href: string): string {
    return new URL(href, window.location.href).toString();
  },
  /** WeChat JSAPI inside WeChat's browser: `getBrandWCPayRequest` with the server's parameters. */
  wechatJsapi(params: Record<string, string>): Promise<BridgeResult> {
    return new Promise((resolve) => {
      const call = () => {
        const bridge = (globalThis as { WeixinJSBridge?: WeixinJSBridge }).WeixinJSBridge;
        if (!bridge) return resolve("fail");
        bridge.invoke("getBrandWCPayRequest", params, (res) => {
          const msg = res?.err_msg ?? "";
          resolve(msg.endsWith(":ok") ? "ok" : msg.endsWith(":cancel") ? "cancel" : "fail");
        });
      };
      if ((globalThis as { WeixinJSBridge?: unknown }).WeixinJSBridge) call();
      else if (typeof document !== "undefined") document.addEventListener("WeixinJSBridgeReady", call, { once: true });
      else resolve("fail");
    });
  },
  /** The app's native plugin (`Alipay` / `WechatPay`), or null when this build has none. */
  native(provider: "alipay" | "wechat"): NativePay | null {
    return nativePlugin(provider === "alipay" ? "Alipay" : "WechatPay");
  },
};
