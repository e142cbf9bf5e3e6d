import { flushPromises } from "@vue/test-utils";
import { afterEach, describe, expect, it, vi } from "vitest";

import CarriersView from "@/views/settings/carriers/index.vue";

import { errorEnvelope, jsonResponse, mockFetch } from "../helpers";
import { mountAs } from "../orders/mount";

const carriers = [
  { id: 2, code: "YTO", name: "圆通速递", phone: "95554", website: "https://www.yto.net.cn", sort: 2, is_enabled: false },
  { id: 1, code: "SF", name: "顺丰速运", phone: "95338", website: "https://www.sf-express.com", sort: 1, is_enabled: true },
];

function api() {
  return mockFetch((url, init) => {
    if (url.startsWith("/api/v1/admin/carriers") && init.method === "GET") return jsonResponse(200, { items: carriers });
    if (url === "/api/v1/admin/carriers" && init.method === "POST") return jsonResponse(201, { id: 3, ...JSON.parse(init.body as string) });
    const patch = /\/admin\/carriers\/(\d+)$/.exec(url);
    if (patch && init.method === "PATCH") {
      const carrier = carriers.find((c) => c.id === Number(patch[1]))!;
      return jsonResponse(200, { ...carrier, ...JSON.parse(init.body as string) });
    }
    return jsonResponse(404, errorEnvelope("not_found", ""));
  });
}

const bodyOf = (fetchMock: ReturnType<typeof api>, method: string, url: string) => {
  const call = fetchMock.mock.calls.find(([u, init]) => u === url && init.method === method);
  return call ? JSON.parse(call[1].body as string) : undefined;
};

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = "";
});

describe("carriers", { timeout: 20_000 }, () => {
  it("[INV-8] lists carriers by sort with their contact details and enable switch", async () => {
    api();
    const { wrapper } = await mountAs("platform", ["settings:manage"], CarriersView);
    const rows = [...document.querySelectorAll(".el-table__body tr")].map((tr) => tr.textContent ?? "");
    expect(rows[0]).toContain("顺丰速运");
    expect(rows[0]).toContain("95338");
    expect(rows[1]).toContain("圆通速递");
    expect(wrapper.text()).toContain("https://www.yto.net.cn");
    expect(document.querySelector("[data-test=carrier-enabled-SF]")!.className).toContain("is-checked");
    expect(document.querySelector("[data-test=carrier-enabled-YTO]")!.className).not.toContain("is-checked");
  });

  it("[INV-8] the switch enables a carrier with a PATCH of is_enabled", async () => {
    const fetchMock = api();
    await mountAs("platform", ["settings:manage"], CarriersView);
    document.querySelector<HTMLElement>("[data-test=carrier-enabled-YTO]")!.click();
    await vi.waitFor(() => expect(bodyOf(fetchMock, "PATCH", "/api/v1/admin/carriers/2")).toEqual({ is_enabled: true }));
    await flushPromises();
    expect(document.querySelector("[data-test=carrier-enabled-YTO]")!.className).toContain("is-checked");
  });

  it("[INV-8] editing sends name, phone, website, sort and the switch, never the code", async () => {
    const fetchMock = api();
    await mountAs("platform", ["settings:manage"], CarriersView);
    document.querySelector<HTMLElement>("[data-test=carrier-edit]")!.click();
    await flushPromises();
    const dialog = document.querySelector<HTMLElement>(".el-dialog")!;
    expect(dialog.textContent).toContain("编辑物流公司");
    const phone = [...dialog.querySelectorAll<HTMLInputElement>("input")].find((input) => input.value === "95338")!;
    phone.value = "95338-1";
    phone.dispatchEvent(new Event("input"));
    await flushPromises();
    [...dialog.querySelectorAll<HTMLElement>("button")].find((b) => b.textContent?.trim() === "保存")!.click();
    await vi.waitFor(() =>
      expect(bodyOf(fetchMock, "PATCH", "/api/v1/admin/carriers/1")).toEqual({
        name: "顺丰速运", phone: "95338-1", website: "https://www.sf-express.com", sort: 1, is_enabled: true,
      }),
    );
  });

  it("[INV-8] adding a carrier posts its code and name", async () => {
    const fetchMock = api();
    await mountAs("platform", ["settings:manage"], CarriersView);
    document.querySelector<HTMLElement>("[data-test=carrier-create]")!.click();
    await flushPromises();
    const dialog = document.querySelector<HTMLElement>(".el-dialog")!;
    const [code, name] = [...dialog.querySelectorAll<HTMLInputElement>("input[type=text], input:not([type])")];
    code!.value = "ZTO";
    code!.dispatchEvent(new Event("input"));
    name!.value = "中通快递";
    name!.dispatchEvent(new Event("input"));
    await flushPromises();
    [...dialog.querySelectorAll<HTMLElement>("button")].find((b) => b.textContent?.trim() === "保存")!.click();
    await vi.waitFor(() =>
      expect(bodyOf(fetchMock, "POST", "/api/v1/admin/carriers")).toEqual({
        code: "ZTO", name: "中通快递", phone: "", website: "", sort: 0, is_enabled: true,
      }),
    );
  });

  it("[INV-8] a failed load shows the API's message", async () => {
    mockFetch(() => jsonResponse(403, errorEnvelope("carriers_unavailable", "物流公司列表暂不可用")));
    await mountAs("platform", ["settings:manage"], CarriersView);
    expect(document.querySelector("[data-test=carriers-error]")!.textContent).toContain("物流公司列表暂不可用");
  });
});
