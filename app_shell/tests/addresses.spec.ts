import { describe, expect, it, vi } from "vitest";

import { setToken } from "@/core/api";

import { fakeApi, jsonResponse, mountAt, toastText } from "./helpers";
import { address, bodyOf, callsTo } from "./trade-fixtures";

describe("收货地址", () => {
  it("[CO-1] lists addresses default first and sets another default", async () => {
    setToken("buyer");
    const fetch = fakeApi({
      "GET /me/addresses": { items: [address(2), address(1)] },
      "PUT /me/addresses/2/default": address(2, { is_default: true }),
    });
    const { wrapper } = await mountAt("/me/addresses");
    await vi.waitFor(() => expect(wrapper.findAll("[data-test='address-item']")).toHaveLength(2));
    expect(wrapper.findAll("[data-test='address-item']").map((a) => a.attributes("data-address-id"))).toEqual(["1", "2"]);
    expect(wrapper.find("[data-test='address-item']").text()).toContain("默认");
    await wrapper.find("[data-test='address-set-default']").trigger("click");
    await vi.waitFor(() => expect(toastText()).toBe("已设为默认地址"));
    expect(callsTo(fetch, "PUT", "/me/addresses/2/default")).toHaveLength(1);
    expect(wrapper.findAll("[data-test='address-item']").map((a) => a.attributes("data-address-id"))).toEqual(["2", "1"]);
  });

  it("[CO-1] adds an address and goes back to checkout; the API's field errors are shown", async () => {
    setToken("buyer");
    let tries = 0;
    const fetch = fakeApi({
      "POST /me/addresses": () => {
        tries += 1;
        return tries === 1
          ? jsonResponse(422, { error: { code: "validation_error", message: "请检查填写内容", fields: { detail: "地址太短" } } })
          : address(5);
      },
      "POST /checkout/preview": () => jsonResponse(500, null),
    });
    const { wrapper, router } = await mountAt("/me/addresses/new?redirect=%2Fcheckout%3Fitems%3D1%3A1%3A0");
    await wrapper.find("[data-test='address-save']").trigger("click");
    expect(wrapper.text()).toContain("请填写收货人");
    expect(callsTo(fetch, "POST", "/me/addresses")).toHaveLength(0);

    const set = (hook: string, value: string) => wrapper.find(`[data-test='${hook}'] input, [data-test='${hook}'] textarea`).setValue(value);
    await set("address-name", "王五");
    await set("address-phone", "13700137000");
    await set("address-province", "广东省");
    await set("address-city", "深圳市");
    await set("address-district", "福田区");
    await set("address-detail", "华强北路1号");
    await wrapper.find("[data-test='address-save']").trigger("click");
    await vi.waitFor(() => expect(wrapper.text()).toContain("地址太短"));
    expect(toastText()).toBe("请检查填写内容");

    await wrapper.find("[data-test='address-save']").trigger("click");
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe("/checkout?items=1:1:0"));
    expect(bodyOf(fetch, "POST", "/me/addresses", 1)).toEqual({
      name: "王五",
      phone: "13700137000",
      province: "广东省",
      city: "深圳市",
      district: "福田区",
      detail: "华强北路1号",
      postal_code: "",
      tag: "",
      is_default: false,
    });
  });
});
