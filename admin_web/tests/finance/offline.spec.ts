import { flushPromises } from "@vue/test-utils";
import { afterEach, describe, expect, it, vi } from "vitest";

import { confirmBody, confirmErrors } from "@/views/finance/offline/data";
import OfflinePayments from "@/views/finance/offline/index.vue";

import { errorEnvelope, jsonResponse, mockFetch } from "../helpers";
import { mountAs } from "../orders/mount";
import { typeInto, visible } from "../orders/fixtures";
import { page, payment } from "./fixtures";

type Confirmer = (url: string, init: RequestInit) => Response;

const voucher = {
  id: 3, images: ["/uploads/v1.jpg", "/uploads/v2.jpg"], note: "工行尾号 1234 转账", status: "submitted",
  reject_reason: "", created_at: "2026-03-01T03:00:00Z", reviewed_at: null,
};

function api(
  confirm: Confirmer = () => jsonResponse(200, { ...payment("P2603010001", 1990), status: "paid" }),
  reject: Confirmer = () => jsonResponse(200, { ...voucher, status: "rejected" }),
) {
  return mockFetch((url, init) => {
    if (url.endsWith("/confirm-offline") && init.method === "POST") return confirm(url, init);
    if (url.endsWith("/reject-offline") && init.method === "POST") return reject(url, init);
    if (url.startsWith("/api/v1/admin/payments")) {
      return jsonResponse(200, page([payment("P2603010001", 1990, { voucher }), payment("P2603010002", 12050)]));
    }
    return jsonResponse(404, errorEnvelope("not_found", "未找到"));
  });
}

const dialog = () => document.querySelector<HTMLElement>(".el-dialog")!;
const confirmCalls = (fetchMock: ReturnType<typeof api>) =>
  fetchMock.mock.calls.filter(([url, init]) => url.endsWith("/confirm-offline") && init.method === "POST");
const rejectCalls = (fetchMock: ReturnType<typeof api>) =>
  fetchMock.mock.calls.filter(([url, init]) => url.endsWith("/reject-offline") && init.method === "POST");
const rowOf = (paymentNo: string) =>
  document.querySelector(`[data-test=offline-row][data-payment-no="${paymentNo}"]`)!.closest("tr")!;

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

  it("[PAY-6] merchant staff see the transfers paying their shop's orders (the API scopes them) and may confirm", async () => {
    const fetchMock = api();
    await mountAs("merchant", ["orders:view", "orders:manage"], OfflinePayments);
    expect(fetchMock.mock.calls[0]![0]).toContain("provider=offline");
    expect(document.querySelectorAll("[data-test=offline-row]")).toHaveLength(2);
    expect(visible("[data-test=offline-confirm]")).toHaveLength(2);
  });

  it("[PAY-6] each transfer shows the shopper's voucher images and note, or that none was uploaded", async () => {
    api();
    await mountAs("platform", ["orders:view", "orders:manage"], OfflinePayments);
    const first = rowOf("P2603010001");
    expect(first.querySelectorAll("[data-test=voucher-image]")).toHaveLength(2);
    expect(first.querySelector("[data-test=voucher-note]")!.textContent).toContain("工行尾号 1234 转账");
    expect(first.querySelector("[data-test=voucher-status]")!.textContent).toContain("待审核");
    expect(rowOf("P2603010002").querySelector("[data-test=voucher-none]")!.textContent).toContain("买家未上传凭证");
    // only a voucher awaiting review can be rejected
    expect(visible("[data-test=offline-reject]")).toHaveLength(1);
    await openConfirm("P2603010001");
    expect(dialog().querySelectorAll("[data-test=voucher-image]")).toHaveLength(2);
  });

  it("[PAY-6] 驳回凭证 needs a reason of 2 characters or more, sends it and reloads", async () => {
    const fetchMock = api(undefined, () => jsonResponse(200, { ...voucher, status: "rejected", reject_reason: "未查到转账" }));
    await mountAs("platform", ["orders:view", "orders:manage"], OfflinePayments);
    rowOf("P2603010001").querySelector<HTMLElement>("[data-test=offline-reject]")!.click();
    await flushPromises();
    await vi.waitFor(() => expect(dialog().textContent).toContain("驳回转账凭证"));
    await typeInto("[data-test=reject-reason]", "无");
    document.querySelector<HTMLElement>("[data-test=reject-submit]")!.click();
    await flushPromises();
    expect(rejectCalls(fetchMock)).toHaveLength(0);
    expect(dialog().querySelector("[data-test=reject-error]")!.textContent).toContain("驳回原因至少 2 个字");
    await typeInto("[data-test=reject-reason]", " 未查到转账 ");
    const listCalls = fetchMock.mock.calls.length;
    document.querySelector<HTMLElement>("[data-test=reject-submit]")!.click();
    await flushPromises();
    const [call] = rejectCalls(fetchMock);
    expect(call![0]).toBe("/api/v1/admin/payments/P2603010001/reject-offline");
    expect(JSON.parse(String(call![1].body))).toEqual({ reason: "未查到转账" });
    await vi.waitFor(() => expect(fetchMock.mock.calls.length).toBeGreaterThan(listCalls + 1));
  });

  it("[PAY-6] without orders:manage neither confirm nor reject is offered", async () => {
    api();
    await mountAs("platform", ["orders:view"], OfflinePayments);
    expect(visible("[data-test=offline-confirm]")).toHaveLength(0);
    expect(visible("[data-test=offline-reject]")).toHaveLength(0);
  });

  it("[PLT-8] the form helpers convert 元 to fen and check the amount", () => {
    expect(confirmBody({ reference: " A1 ", amount: 19.9 })).toEqual({ reference: "A1", amount: 1990 });
    expect(confirmErrors({ reference: "A1", amount: 19.9 }, 1990)).toEqual({});
    expect(confirmErrors({ reference: "", amount: undefined }, 1990)).toEqual({
      reference: "请填写银行流水号", amount: "请填写到账金额",
    });
  });
});
