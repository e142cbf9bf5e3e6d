// 收货地址 (backend/members: /me/addresses): view models, the form's checks (AddressIn), the
// address a checkout asked for, and importing a WeChat address (wx.chooseAddress).
import { setItem } from "./storage.js";
import { addressText } from "./orders.js";

/** The address checkout should use next (set by the address pages, read by checkout onShow). */
export const CHOSEN_ADDRESS_KEY = "checkout_address_id";

export function chooseForCheckout(id) {
  setItem(CHOSEN_ADDRESS_KEY, id);
}

export function addressView(a) {
  return { id: a.id, name: a.name, phone: a.phone, text: addressText(a), tag: a.tag || "", isDefault: a.is_default === true };
}

export const EMPTY_ADDRESS = { name: "", phone: "", province: "", city: "", district: "", detail: "", postal_code: "", tag: "", is_default: false };

/** The AddressIn body of a form, or the first problem (the server checks again). */
export function addressPayload(form) {
  const f = Object.assign({}, EMPTY_ADDRESS, form);
  const trim = (s) => String(s || "").trim();
  const body = {
    name: trim(f.name),
    phone: trim(f.phone),
    province: trim(f.province),
    city: trim(f.city),
    district: trim(f.district),
    detail: trim(f.detail),
    postal_code: trim(f.postal_code),
    tag: trim(f.tag),
    is_default: f.is_default === true,
  };
  if (!body.name) return [null, "请填写收货人"];
  if (!/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/.test(body.phone)) return [null, "请填写正确的手机号码"];
  if (body.province.length < 2 || body.city.length < 2) return [null, "请选择所在地区"];
  if (body.detail.length < 2) return [null, "请填写详细地址"];
  if (body.postal_code && !/^\d{6}$/.test(body.postal_code)) return [null, "邮政编码应为 6 位数字"];
  return [body, null];
}

/** wx.chooseAddress → an AddressIn body, or null when the shopper backs out. */
export function chooseWechatAddress() {
  return new Promise((resolve) => {
    wx.chooseAddress({
      success: (r) =>
        resolve({
          name: r.userName || "",
          phone: r.telNumber || "",
          province: r.provinceName || "",
          city: r.cityName || "",
          district: r.countyName || "",
          detail: r.detailInfo || "",
          postal_code: /^\d{6}$/.test(r.postalCode || "") ? r.postalCode : "",
          tag: "",
          is_default: false,
        }),
      fail: () => resolve(null),
    });
  });
}
