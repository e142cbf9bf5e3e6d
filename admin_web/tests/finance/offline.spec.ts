import { flushPromises } from "@vue/test-utils";
import { afterEach, describe, expect, it, vi } from "vitest";

import { confirmBody, confirmErrors } from "@/views/finance/offline/data";
import OfflinePayments from "@/views/finance/offline/index.vue";

import { errorEnvelope, jsonResponse, mockFetch } from "../helpers";
import { mountAs } from "../orders/mount";
import { typeInto } from "../orders/fixtures";
import { page, payment } from "./fixtures";

type Confirmer = (url: string, init: RequestInit) => Response;

function api(confirm: Confirmer = () => jsonResponse(200, { ...payment("P2603010001", 1990), status: "paid" })) {
  return mockFetch((url, init) => {
    if (url.endsWith("/confirm-offline") && init.method === "POST") return confirm(url, init);
    if (url.startsWith("/api/v1/admin/payments")) {
      return jsonResponse(200, page([payment("P2603010001", 1990), payment("P2603010002", 12050)]));
    }
    return jsonResponse(404, errorEnvelope("not_found", "未找到"));
  });
}

const dialog = () => document.querySelector<HTMLElement>(".el-dialog")!;
const confirmCalls = (fetchMock: ReturnType<typeof api>) =>
  fetchMock.mock.calls.filter(([url, init]) => url.endsWith("/confirm-offline") && init.method === "POST");

async function openConfirm(paymentNo: string) {
  const rowEl = document.querySelector(`[data-test=offline-row][data-payment-no="${paymentNo}"]`)!.closest("tr")!;
  rowEl.querySelector<HTMLElement>("[data-test=offline-confirm]")!.click();
  await flushPromises();
  await vi.waitFor(() => expect(dialog().textContent).toContain("确认收款"));
}

async function setAmount(yuan: string) {
  await typeInto("[data-test=confirm-amount]", yuan);
}

async function submit() {
  document.querySelector<HTMLElement>("[data-test=confirm-submit]")!.click();
  await flushPromises();
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = "";
});

describe("线下收款", { timeout: 20_000 }, () => {
  it("[PLT-8] platform staff see the transfers awaiting confirmation", async () => {
    const fetchMock = api();
    await mountAs("platform", ["orders:view", "orders:manage"], OfflinePayments);
    const url = fetchMock.mock.calls[0]![0];
    expect(url).toContain("status=pending");
    expect(url).toContain("provider=offline");
    expect(document.querySelectorAll("[data-test=offline-row]")).toHaveLength(2);
    const table = document.querySelector("[data-test=offline-table]")!.textContent!;
    expect(table).toContain("O2603010001");
    expect(table).toContain("¥120.50");
  });

  it("[PLT-8] 确认收款 sends the reference and the amount in fen, then reloads", async () => {
    const fetchMock = api();
    await mountAs("platform", ["orders:view", "orders:manage"], OfflinePayments);
    await openConfirm("P2603010002");
    expect(dialog().querySelector("[data-test=confirm-expected]")!.textContent).toContain("¥120.50");
    await typeInto("[data-test=confirm-reference]", "  ICBC123456  ");
    await setAmount("120.5");
    const listCalls = fetchMock.mock.calls.length;
    await submit();
    const [call] = confirmCalls(fetchMock);
    expect(call![0]).toBe("/api/v1/admin/payments/P2603010002/confirm-offline");
    expect(JSON.parse(String(call![1].body))).toEqual({ reference: "ICBC123456", amount: 12050 });
    await vi.waitFor(() => expect(fetchMock.mock.calls.length).toBeGreaterThan(listCalls + 1));
  });

  it("[PLT-8] a missing reference or an amount that differs is refused before asking the API", async () => {
    const fetchMock = api();
    await mountAs("platform", ["orders:view", "orders:manage"], OfflinePayments);
    await openConfirm("P2603010001");
    await setAmount("19.8");
    await submit();
    expect(confirmCalls(fetchMock)).toHaveLength(0);
    const shown = dialog().querySelector("[data-test=confirm-error]")!.textContent;
    expect(shown).toContain("请填写银行流水号");
    expect(shown).toContain("到账金额应为 ¥19.90");
  });

  it("[PLT-8] the API's refusal is shown in the dialog", async () => {
    api(() => jsonResponse(409, errorEnvelope("payment_not_pending", "该支付单已支付")));
    await mountAs("platform", ["orders:view", "orders:manage"], OfflinePayments);
    await openConfirm("P2603010001");
    await typeInto("[data-test=confirm-reference]", "ICBC1");
    await submit();
    expect(dialog().querySelector("[data-test=confirm-error]")!.textContent).toContain("该支付单已支付");
  });

  it("[PLT-8] merchant staff are told the platform confirms transfers, and nothing is asked", async () => {
    const fetchMock = api();
    await mountAs("merchant", ["orders:view", "orders:manage"], OfflinePayments);
    expect(document.querySelector("[data-test=offline-platform-only]")!.textContent).toContain("平台财务确认");
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("[PLT-8] the form helpers convert 元 to fen and check the amount", () => {
    expect(confirmBody({ reference: " A1 ", amount: 19.9 })).toEqual({ reference: "A1", amount: 1990 });
    expect(confirmErrors({ reference: "A1", amount: 19.9 }, 1990)).toEqual({});
    expect(confirmErrors({ reference: "", amount: undefined }, 1990)).toEqual({
      reference: "请填写银行流水号", amount: "请填写到账金额",
    });
  });
});
