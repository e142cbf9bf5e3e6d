import { flushPromises } from "@vue/test-utils";
import { afterEach, describe, expect, it, vi } from "vitest";

import CustomerList from "@/views/customers/list/index.vue";
import { accountText, actorText, journalTotals, signedYuan } from "@/views/finance/ledger/data";
import Ledger from "@/views/finance/ledger/index.vue";
import { adjustBody, adjustErrors } from "@/views/finance/shared/wallet";

import { errorEnvelope, jsonResponse, mockFetch } from "../helpers";
import { typeInto, visible } from "../orders/fixtures";
import { mountAs } from "../orders/mount";
import { page } from "./fixtures";

const accounts = (total = 0) => ({
  items: [
    { account: "gateway_clearing:sandbox", kind: "gateway_clearing", name: "支付渠道待清算", owner: "sandbox", net: 12000, balance: 12000 },
    { account: "shop_payable:7", kind: "shop_payable", name: "应付商家", owner: "7", net: -15000, balance: 15000 },
    { account: "customer_wallet:5", kind: "customer_wallet", name: "用户余额", owner: "5", net: -2000, balance: 2000 },
    { account: "wallet_funding", kind: "wallet_funding", name: "余额调账", owner: "", net: 5000 + total, balance: 5000 + total },
  ],
  total,
});

const journal = [
  { id: 12, kind: "refund", reference: "R2603020001", payment_no: "P2603010001", memo: "退款 R2603020001", actor: "system", created_at: "2026-03-02T04:00:00Z",
    lines: [{ account: "shop_payable:7", kind: "shop_payable", owner: "7", debit: 3000, credit: 0 }, { account: "gateway_clearing:sandbox", kind: "gateway_clearing", owner: "sandbox", debit: 0, credit: 3000 }] },
  { id: 11, kind: "wallet_adjustment", reference: "W2603020001", payment_no: "", memo: "平台调账：售后补偿", actor: "staff:1", created_at: "2026-03-02T03:00:00Z",
    lines: [{ account: "wallet_funding", kind: "wallet_funding", owner: "", debit: 2000, credit: 0 }, { account: "customer_wallet:5", kind: "customer_wallet", owner: "5", debit: 0, credit: 2000 }] },
];

function api(total = 0) {
  return mockFetch((url) => {
    if (url.startsWith("/api/v1/admin/finance/accounts")) return jsonResponse(200, accounts(total));
    if (url.startsWith("/api/v1/admin/finance/journal")) return jsonResponse(200, page(journal));
    return jsonResponse(404, errorEnvelope("not_found", "未找到"));
  });
}

const text = (selector: string) => document.querySelector(selector)?.textContent ?? "";

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = "";
});

describe("总账", { timeout: 20_000 }, () => {
  it("[FIN-10] platform staff see every account's balance and that the books balance", async () => {
    api();
    await mountAs("platform", ["finance:view"], Ledger);
    const table = text("[data-test=accounts-table]");
    expect(table).toContain("应付商家 · 店铺 7");
    expect(table).toContain("用户余额 · 用户 5");
    expect(table).toContain("支付渠道待清算 · 模拟支付");
    expect(table).toContain("余额调账 · 平台");
    expect(table).toContain("¥150.00");
    expect(table).toContain("-¥150.00");
    expect(text("[data-test=books-balance]")).toContain("借贷平衡");
  });

  it("[FIN-10] books that do not sum to zero are flagged with the difference", async () => {
    api(-1);
    await mountAs("platform", ["finance:view"], Ledger);
    expect(text("[data-test=books-balance]")).toContain("借贷不平：差额 -¥0.01");
  });

  it("[FIN-10] the journal pages its entries with their debit and credit lines, filtered by business number", async () => {
    const fetchMock = api();
    await mountAs("platform", ["finance:view"], Ledger);
    [...document.querySelectorAll<HTMLElement>(".el-tabs__item")].find((el) => el.textContent?.trim() === "凭证")!.click();
    await flushPromises();
    await vi.waitFor(() => expect(document.querySelectorAll("[data-test=journal-row]")).toHaveLength(2));
    const lines = [...document.querySelectorAll("[data-test=journal-line]")].map((el) =>
      [...el.children].map((cell) => cell.textContent!.trim()).join(" "));
    expect(lines[0]).toBe("借 应付商家 · 店铺 7 30.00");
    expect(lines[1]).toBe("贷 支付渠道待清算 · 模拟支付 30.00");
    expect(text("[data-test=journal-table]")).toContain("员工 #1");
    expect(text("[data-test=journal-table]")).toContain("平台调账：售后补偿");

    await typeInto("[data-test=journal-reference]", " P2603010001 ");
    document.querySelector("[data-test=journal-reference]")!.closest("form")!.dispatchEvent(new Event("submit"));
    await vi.waitFor(() => {
      const url = fetchMock.mock.calls.at(-1)![0];
      expect(url).toContain("/admin/finance/journal");
      expect(url).toContain("reference=P2603010001");
      expect(url).toContain("page=1");
    });
  });

  it("[FIN-10] merchant staff are told the ledger is the platform's, and nothing is asked", async () => {
    const fetchMock = api();
    await mountAs("merchant", ["finance:view"], Ledger);
    expect(text("[data-test=ledger-platform-only]")).toContain("总账由平台财务查看");
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("[FIN-10] the API's refusal is shown", async () => {
    mockFetch(() => jsonResponse(403, errorEnvelope("permission_denied", "没有权限执行此操作")));
    await mountAs("platform", ["finance:view"], Ledger);
    expect(text("[data-test=accounts-error]")).toContain("没有权限执行此操作");
  });

  it("[FIN-10] the helpers: names, signed amounts, totals and who acted", () => {
    expect(accountText({ kind: "cod_clearing", owner: "7", name: "货到付款代收" })).toBe("货到付款代收 · 店铺 7");
    expect(signedYuan(-150)).toBe("-¥1.50");
    expect(journalTotals(journal[0]!)).toEqual({ debit: 3000, credit: 3000 });
    expect(actorText("staff:3")).toBe("员工 #3");
    expect(actorText("system")).toBe("系统");
  });
});

describe("余额调账", { timeout: 20_000 }, () => {
  const customers = page([{ id: 5, phone: "138****0005", nickname: "小李", status: "active", created_at: "2026-03-01T00:00:00Z" }]);

  function walletApi(adjust: (init: RequestInit) => Response = () =>
    jsonResponse(201, { adjustment_no: "W1", user_id: 5, amount: -1050, reason: "误充值退回", actor: "staff:1", created_at: "2026-03-02T00:00:00Z", balance: 950 })) {
    return mockFetch((url, init) => {
      if (url === "/api/v1/admin/wallets/5/adjust" && init.method === "POST") return adjust(init);
      if (url.startsWith("/api/v1/admin/customers")) return jsonResponse(200, customers);
      return jsonResponse(404, errorEnvelope("not_found", "未找到"));
    });
  }

  async function openAdjust() {
    visible("[data-test=wallet-adjust]")[0]!.click();
    await flushPromises();
    await vi.waitFor(() => expect(document.querySelector(".el-dialog")!.textContent).toContain("余额调账"));
  }

  const submit = async () => {
    document.querySelector<HTMLElement>("[data-test=adjust-submit]")!.click();
    await flushPromises();
  };
  const posts = (fetchMock: ReturnType<typeof walletApi>) => fetchMock.mock.calls.filter(([, init]) => init.method === "POST");

  it("[FIN-10] 扣减余额 sends a negative amount in fen, the reason and an idempotency key that a retry reuses", async () => {
    let first = true;
    const fetchMock = walletApi(() => {
      if (first) {
        first = false;
        return jsonResponse(500, errorEnvelope("internal_error", "服务器繁忙"));
      }
      return jsonResponse(201, { adjustment_no: "W1", user_id: 5, amount: -1050, reason: "误充值退回", actor: "staff:1", created_at: "2026-03-02T00:00:00Z", balance: 950 });
    });
    await mountAs("platform", ["customers:view", "finance:manage"], CustomerList);
    await openAdjust();
    const deduct = [...document.querySelectorAll<HTMLElement>("[data-test=adjust-direction] .el-radio")].find((el) => el.textContent?.includes("扣减余额"))!;
    deduct.click();
    await flushPromises();
    await typeInto("[data-test=adjust-amount]", "10.5");
    await typeInto("[data-test=adjust-reason]", " 误充值退回 ");
    await submit();
    expect(document.querySelector("[data-test=adjust-error]")!.textContent).toContain("服务器繁忙");
    await submit();
    const [a, b] = posts(fetchMock);
    expect(JSON.parse(String(a![1].body))).toEqual({ amount: -1050, reason: "误充值退回" });
    const key = (call: typeof a) => (call![1].headers as Record<string, string>)["Idempotency-Key"];
    expect(key(a)).toMatch(/^[A-Za-z0-9-]{8,64}$/);
    expect(key(b)).toBe(key(a));
  });

  it("[FIN-10] an amount and a reason are needed before asking; the button needs finance:manage", async () => {
    const fetchMock = walletApi();
    await mountAs("platform", ["customers:view", "finance:manage"], CustomerList);
    await openAdjust();
    await submit();
    expect(posts(fetchMock)).toHaveLength(0);
    const shown = document.querySelector("[data-test=adjust-error]")!.textContent;
    expect(shown).toContain("请填写调账金额");
    expect(shown).toContain("请填写调账原因");
    document.body.innerHTML = "";

    walletApi();
    await mountAs("platform", ["customers:view"], CustomerList);
    expect(visible("[data-test=wallet-adjust]")).toHaveLength(0);
  });

  it("[FIN-10] the form helpers: direction gives the sign, limits are checked", () => {
    expect(adjustBody({ direction: "add", amount: 19.9, reason: " 补偿 " })).toEqual({ amount: 1990, reason: "补偿" });
    expect(adjustBody({ direction: "deduct", amount: 0.01, reason: "退回" })).toEqual({ amount: -1, reason: "退回" });
    expect(adjustErrors({ direction: "add", amount: 1_000_001, reason: "补偿" })).toEqual({ amount: "单次调账不能超过 ¥1000000.00" });
    expect(adjustErrors({ direction: "add", amount: 1, reason: "补" })).toEqual({ reason: "请填写调账原因（至少 2 个字）" });
  });
});
