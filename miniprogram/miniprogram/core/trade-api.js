// The trade endpoints (docs/trade-api.md): cart (a signed-in shopper's token, or a guest's
// X-Device-Id), checkout, orders and payments, all through the one API client of core/api.js.
import { createAftersalesApi, createPaymentsApi } from "../shared/index.js";
import { getClient, getToken } from "./api.js";
import { getItem, setItem } from "./storage.js";
import { uuid } from "./uuid.js";

const client = () => getClient();
const enc = (value) => encodeURIComponent(String(value));

export const DEVICE_KEY = "cart_device_id";
export const GUEST_CART_KEY = "cart_guest_pending";

/** The guest's device id: generated once, kept in wx storage. */
export function deviceId() {
  let id = getItem(DEVICE_KEY, "");
  if (!id) {
    id = uuid();
    setItem(DEVICE_KEY, id);
  }
  return id;
}

/** Cart calls of a guest carry X-Device-Id (and remember that a guest cart may need merging). */
function cartOptions(write) {
  if (getToken()) return {};
  if (write) setItem(GUEST_CART_KEY, true);
  return { headers: { "X-Device-Id": deviceId() } };
}

function patch(path, body, opts) {
  const o = opts || {};
  return client()
    .request({ method: "PATCH", path, body, headers: o.headers })
    .then((res) => res.data);
}

export const cartApi = {
  cart: () => client().get("/cart", cartOptions(false)),
  count: () => client().get("/cart/count", cartOptions(false)),
  add: (skuId, quantity, unit) => client().post("/cart/lines", { sku_id: skuId, quantity, unit: unit || 0 }, cartOptions(true)),
  update: (id, changes) => patch("/cart/lines/" + enc(id), changes, cartOptions(true)),
  remove: (id) => client().del("/cart/lines/" + enc(id), cartOptions(true)),
  removeMany: (ids) => client().post("/cart/lines/batch-delete", { ids }, cartOptions(true)),
  clear: () => client().del("/cart", cartOptions(true)),
  /** ids null: every line. */
  select: (ids, selected) => client().post("/cart/select", { ids, selected }, cartOptions(true)),
  moveToFavourites: (ids) => client().post("/cart/move-to-favourites", { ids }),
  merge: (device) => client().post("/cart/merge", { device_id: device }),
};

export const checkoutApi = {
  preview: (body) => client().post("/checkout/preview", body),
  submit: (body, idempotencyKey) => client().post("/checkout/submit", body, { headers: { "Idempotency-Key": idempotencyKey } }),
};

export const addressApi = {
  list: () => client().get("/me/addresses"),
  get: (id) => client().get("/me/addresses/" + enc(id)),
  create: (body) => client().post("/me/addresses", body),
  update: (id, body) => client().put("/me/addresses/" + enc(id), body),
  setDefault: (id) => client().put("/me/addresses/" + enc(id) + "/default"),
  remove: (id) => client().del("/me/addresses/" + enc(id)),
};

/**
 * Paying (docs/payments-api.md, finance's 余额 / 批量付款 / vouchers): the shared core's endpoints
 * over this shell's client; the mini-program pays in channel `mp`.
 */
export const paymentApi = {
  methods: () => createPaymentsApi(client()).methods("mp"),
  pay: (paymentNo, method) => createPaymentsApi(client()).pay(paymentNo, { method: method || "sandbox", channel: "mp" }),
  sandboxConfirm: (paymentNo, outcome) => createPaymentsApi(client()).sandboxConfirm(paymentNo, outcome),
  get: (paymentNo) => createPaymentsApi(client()).get(paymentNo),
  payOrders: (orderNos) => createPaymentsApi(client()).payOrders(orderNos),
  vouchers: (paymentNo) => createPaymentsApi(client()).vouchers(paymentNo),
  submitVoucher: (paymentNo, body) => createPaymentsApi(client()).submitVoucher(paymentNo, body),
  wallet: (page) => createPaymentsApi(client()).wallet(page),
};

/** 售后 (docs/aftersales-api.md): the shared core's buyer endpoints. */
export const aftersalesApi = {
  reasons: () => createAftersalesApi(client()).reasons(),
  preview: (orderNo, items) => createAftersalesApi(client()).preview(orderNo, items),
  create: (body, key) => createAftersalesApi(client()).create(body, key),
  list: (status, page) => createAftersalesApi(client()).list(status, page),
  get: (no) => createAftersalesApi(client()).get(no),
  cancel: (no) => createAftersalesApi(client()).cancel(no),
  shipReturn: (no, body) => createAftersalesApi(client()).shipReturn(no, body),
  carriers: () =>
    createAftersalesApi(client())
      .carriers()
      .then((answer) => (Array.isArray(answer) ? answer : (answer && answer.items) || [])),
};

export const orderApi = {
  list: (query) => client().get("/orders", { query }),
  counts: () => client().get("/orders/counts"),
  detail: (no) => client().get("/orders/" + enc(no)),
  cancel: (no, reason) => client().post("/orders/" + enc(no) + "/cancel", { reason }),
  urge: (no) => client().post("/orders/" + enc(no) + "/urge"),
  receive: (no) => client().post("/orders/" + enc(no) + "/receive"),
  logistics: (no) => client().get("/orders/" + enc(no) + "/logistics"),
  review: (no, body) => client().post("/orders/" + enc(no) + "/reviews", body),
  buyAgain: (no) => client().post("/orders/" + enc(no) + "/buy-again"),
};
