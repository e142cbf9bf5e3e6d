// @ts-check
/**
 * Paying, shared by the shells (docs/payments-api.md, PAY-1/5/6): the payment endpoints over the
 * shared API client, which channel a browser is, how to launch what `POST /payments/<no>/pay`
 * answered (sandbox wallet, WeChat JSAPI / H5, Alipay wap / app, 余额, 线下转账, 货到付款), the
 * polling loop that waits for the notification, 余额 sufficiency and the transfer vouchers' state.
 * The platform calls themselves (wx.requestPayment, WeixinJSBridge, location, the native bridge)
 * stay in the shells.
 */
import { isPlainObject } from "./log.js";

/**
 * @typedef {import("./api.js").ApiClient} ApiClient
 * @typedef {"h5" | "mp" | "app" | "pc"} PayChannel
 * @typedef {"pending" | "paid" | "closed" | "refunded" | "late_paid"} PaymentStatus
 *
 * @typedef {object} Payment
 * @property {string} payment_no
 * @property {number} amount
 * @property {PaymentStatus} status
 * @property {string} [provider]
 * @property {string} [channel]
 * @property {"success" | "fail" | "cancel" | null} [last_result]
 * @property {{order_no: string, shop_id?: number, amount?: number}[]} [orders]
 *
 * @typedef {object} Voucher
 * @property {number} id
 * @property {string[]} images
 * @property {string} note
 * @property {"submitted" | "accepted" | "rejected"} status
 * @property {string} reject_reason
 * @property {string} created_at
 *
 * @typedef {{kind: "sandbox"}
 *   | {kind: "paid"}
 *   | {kind: "offline", instructions: string}
 *   | {kind: "wechat_jsapi", params: Record<string, string>}
 *   | {kind: "wechat_app", params: Record<string, string>}
 *   | {kind: "redirect", url: string, provider: string}
 *   | {kind: "alipay_app", orderString: string}
 *   | {kind: "unsupported", message: string}} LaunchPlan
 */

/** Method names when the server sends none (or for a payment's `provider`). */
export const METHOD_NAMES = {
  sandbox: "模拟支付",
  wechat: "微信支付",
  alipay: "支付宝",
  balance: "余额支付",
  offline: "线下转账",
  cod: "货到付款",
};

/**
 * The name of a payment method code.
 * @param {string | null | undefined} code
 * @returns {string}
 */
export function methodName(code) {
  if (!code) return "";
  return Object.prototype.hasOwnProperty.call(METHOD_NAMES, code) ? METHOD_NAMES[/** @type {keyof typeof METHOD_NAMES} */ (code)] : code;
}

/**
 * The endpoints of paying. `wallet` and `payOrders` and the vouchers are the finance engineer's
 * contract (余额, 批量付款, 线下转账凭证).
 * @param {ApiClient} client
 */
export function createPaymentsApi(client) {
  /** @param {string} no */
  const p = (no) => "/payments/" + encodeURIComponent(no);
  return {
    /** @param {PayChannel} channel @returns {Promise<{items: {code: string, name: string}[]}>} */
    methods: (channel) => client.get("/payment-methods", { query: { channel: channel } }),
    /** @param {string} no @returns {Promise<Payment>} */
    get: (no) => client.get(p(no)),
    /**
     * Start paying: the gateway's client parameters. `in_wechat` goes out only when true (an H5
     * page inside WeChat's browser pays by JSAPI).
     * @param {string} no
     * @param {{method: string, channel: PayChannel, inWechat?: boolean}} how
     * @returns {Promise<Record<string, any>>}
     */
    pay: (no, how) => {
      /** @type {Record<string, any>} */
      const body = { method: how.method, channel: how.channel };
      if (how.inWechat) body.in_wechat = true;
      return client.post(p(no) + "/pay", body);
    },
    /** @param {string} no @param {"success" | "fail" | "cancel"} outcome */
    sandboxConfirm: (no, outcome) => client.post("/payments/sandbox/" + encodeURIComponent(no) + "/confirm", { outcome: outcome }),
    /** 批量付款: one pending payment for several unpaid orders. @param {string[]} orderNos @returns {Promise<Payment>} */
    payOrders: (orderNos) => client.post("/payments", { order_nos: orderNos }),
    /** @param {string} no @returns {Promise<{items: Voucher[]}>} */
    vouchers: (no) => client.get(p(no) + "/vouchers"),
    /** @param {string} no @param {{images: string[], note: string}} body @returns {Promise<Voucher>} */
    submitVoucher: (no, body) => client.post(p(no) + "/vouchers", body),
    /** 我的余额. @param {number} [page] @returns {Promise<{balance: number, items: any[], total: number, page: number, page_size: number}>} */
    wallet: (page) => client.get("/me/wallet", { query: { page: page || 1 } }),
  };
}

/**
 * An H5 page inside WeChat's own browser (not WeChat Work, which pays differently).
 * @param {string | null | undefined} userAgent
 * @returns {boolean}
 */
export function isWechatBrowser(userAgent) {
  const ua = String(userAgent || "");
  return /MicroMessenger/i.test(ua) && !/wxwork/i.test(ua);
}

/**
 * The channel a browser pays in: `pc` on a desktop browser (no mobile hint in the user agent),
 * otherwise `h5`. Inside the native app the shell says `app` itself.
 * @param {string | null | undefined} userAgent
 * @returns {"h5" | "pc"}
 */
export function browserChannel(userAgent) {
  const ua = String(userAgent || "");
  if (!ua) return "h5";
  return /Mobile|Android|iPhone|iPad|iPod|MicroMessenger|HarmonyOS/i.test(ua) ? "h5" : "pc";
}

/**
 * What the pay page offers: the server's methods, except 货到付款, which is only chosen at
 * checkout (`/pay` with `cod` is refused).
 * @param {{code: string, name: string}[] | null | undefined} items
 * @returns {{code: string, name: string}[]}
 */
export function payableMethods(items) {
  const list = Array.isArray(items) ? items : [];
  return list
    .filter(function (m) {
      return isPlainObject(m) && typeof m.code === "string" && m.code !== "cod";
    })
    .map(function (m) {
      return { code: m.code, name: m.name || methodName(m.code) };
    });
}

/**
 * `h5_url` with `redirect_url` appended (WeChat H5 pay sends the browser back there).
 * @param {string} url
 * @param {string} returnUrl
 * @returns {string}
 */
export function withRedirect(url, returnUrl) {
  if (!returnUrl) return url;
  return url + (url.indexOf("?") === -1 ? "?" : "&") + "redirect_url=" + encodeURIComponent(returnUrl);
}

/**
 * How to launch what `/pay` answered.
 * @param {Record<string, any> | null | undefined} params
 * @returns {LaunchPlan}
 */
export function launchPlan(params) {
  if (!isPlainObject(params)) return { kind: "unsupported", message: "支付参数有误，请重试" };
  const provider = params.provider;
  if (provider === "sandbox") return { kind: "sandbox" };
  if (provider === "offline") return { kind: "offline", instructions: String(params.instructions || "") };
  if (provider === "balance") return { kind: "paid" };
  if (provider === "wechat") {
    const type = params.trade_type;
    if (type === "jsapi") {
      return {
        kind: "wechat_jsapi",
        params: {
          appId: String(params.appId || ""),
          timeStamp: String(params.timeStamp || ""),
          nonceStr: String(params.nonceStr || ""),
          package: String(params.package || ""),
          signType: String(params.signType || "RSA"),
          paySign: String(params.paySign || ""),
        },
      };
    }
    if (type === "h5" && typeof params.h5_url === "string" && params.h5_url) {
      return { kind: "redirect", url: params.h5_url, provider: "wechat" };
    }
    if (type === "app") {
      /** @type {Record<string, string>} */
      const out = {};
      const keys = ["appid", "partnerid", "prepayid", "package", "noncestr", "timestamp", "sign"];
      for (let i = 0; i < keys.length; i++) out[keys[i]] = String(params[keys[i]] || "");
      return { kind: "wechat_app", params: out };
    }
  }
  if (provider === "alipay") {
    if (typeof params.pay_url === "string" && params.pay_url) return { kind: "redirect", url: params.pay_url, provider: "alipay" };
    if (typeof params.order_string === "string" && params.order_string) return { kind: "alipay_app", orderString: params.order_string };
  }
  return { kind: "unsupported", message: "暂不支持该支付方式" };
}

/**
 * Where a payment stands, for the page: `paid` (paid, or paid after closing), `closed`,
 * `failed` (the last attempt failed or was cancelled: payable again), `pending`.
 * @param {Payment | null | undefined} payment
 * @returns {"paid" | "closed" | "failed" | "pending"}
 */
export function paymentOutcome(payment) {
  if (!isPlainObject(payment)) return "pending";
  if (payment.status === "paid" || payment.status === "late_paid" || payment.status === "refunded") return "paid";
  if (payment.status === "closed") return "closed";
  if (payment.last_result === "fail" || payment.last_result === "cancel") return "failed";
  return "pending";
}

/**
 * Poll a payment until it is paid, closed or failed, or the attempts run out (`pending`). A failed
 * look is tried again. `stopped()` ends the loop early (the page went away): answers `pending`.
 *
 * @param {() => Promise<Payment>} get
 * @param {{intervalMs: number, attempts: number, sleep?: (ms: number) => Promise<void>, stopped?: () => boolean, onPayment?: (p: Payment) => void, acceptFailed?: boolean}} options
 * @returns {Promise<"paid" | "closed" | "failed" | "pending">}
 */
export async function pollPayment(get, options) {
  // The default timer is looked up only when no `sleep` is given (the mini-program passes its own).
  const sleep = options.sleep || function (/** @type {number} */ ms) {
    return new Promise(function (resolve) {
      /** @type {any} */ (globalThis).setTimeout(resolve, ms);
    });
  };
  const stopped = options.stopped || function () {
    return false;
  };
  for (let i = 0; i < options.attempts; i++) {
    await sleep(options.intervalMs);
    if (stopped()) return "pending";
    let payment;
    try {
      payment = await get();
    } catch (e) {
      continue;
    }
    if (stopped()) return "pending";
    if (options.onPayment) options.onPayment(payment);
    const outcome = paymentOutcome(payment);
    if (outcome === "paid" || outcome === "closed") return outcome;
    if (outcome === "failed" && options.acceptFailed !== false) return "failed";
  }
  return "pending";
}

/**
 * 余额支付: is the balance enough for the amount, and how much is missing.
 * @param {number | null | undefined} balance
 * @param {number} amount
 * @returns {{known: boolean, enough: boolean, shortfall: number}}
 */
export function balanceState(balance, amount) {
  if (typeof balance !== "number" || !isFinite(balance)) return { known: false, enough: false, shortfall: 0 };
  const enough = balance >= amount;
  return { known: true, enough: enough, shortfall: enough ? 0 : amount - balance };
}

/**
 * The state of a transfer's vouchers (newest first): `none` (nothing uploaded), `submitted`
 * (waits for staff: 待确认), `rejected` (with the reason: upload again), `accepted`.
 * @param {Voucher[] | null | undefined} vouchers
 * @returns {{state: "none" | "submitted" | "rejected" | "accepted", text: string, reason: string, canUpload: boolean, latest: Voucher | null}}
 */
export function voucherState(vouchers) {
  const list = Array.isArray(vouchers) ? vouchers : [];
  const latest = list.length ? list[0] : null;
  if (!latest) return { state: "none", text: "转账后请上传付款凭证", reason: "", canUpload: true, latest: null };
  if (latest.status === "submitted") {
    return { state: "submitted", text: "凭证已提交，等待平台确认收款", reason: "", canUpload: false, latest: latest };
  }
  if (latest.status === "rejected") {
    return { state: "rejected", text: "凭证未通过审核，请重新上传", reason: latest.reject_reason || "", canUpload: true, latest: latest };
  }
  return { state: "accepted", text: "平台已确认收款", reason: "", canUpload: false, latest: latest };
}

/** 余额 entry kinds. */
export const WALLET_KINDS = {
  payment: "余额支付",
  refund: "退款退回",
  wallet_adjustment: "平台调账",
  late_payment: "支付退回",
};

/**
 * A wallet entry for display: title, signed amount text and whether money came in.
 * @param {{amount: number, kind: string, reference?: string, description?: string, created_at?: string}} entry
 * @returns {{title: string, description: string, incoming: boolean, sign: string, amount: number}}
 */
export function walletEntryView(entry) {
  const amount = typeof entry.amount === "number" ? entry.amount : 0;
  const incoming = amount > 0;
  const kinds = /** @type {Record<string, string>} */ (WALLET_KINDS);
  return {
    title: Object.prototype.hasOwnProperty.call(kinds, entry.kind) ? kinds[entry.kind] : "余额变动",
    description: entry.description || entry.reference || "",
    incoming: incoming,
    sign: incoming ? "+" : "-",
    amount: incoming ? amount : -amount,
  };
}

/**
 * 批量付款: the order numbers of the chosen cards that can still be paid (their `actions` offer
 * `pay`), in the order they were chosen, at most 50.
 * @param {{order_no: string, actions?: string[]}[]} cards
 * @param {string[]} chosen
 * @returns {string[]}
 */
export function batchPayOrderNos(cards, chosen) {
  /** @type {Record<string, boolean>} */
  const payable = {};
  for (let i = 0; i < cards.length; i++) {
    const c = cards[i];
    if (c && Array.isArray(c.actions) && c.actions.indexOf("pay") !== -1) payable[c.order_no] = true;
  }
  /** @type {string[]} */
  const out = [];
  for (let i = 0; i < chosen.length && out.length < 50; i++) {
    if (payable[chosen[i]] && out.indexOf(chosen[i]) === -1) out.push(chosen[i]);
  }
  return out;
}
