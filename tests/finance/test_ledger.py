"""The ledger (FIN-10): every money movement is a balanced journal; balances are derived and reconcile."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from backend.finance.models import LedgerLine
from backend.payments import service as payments
from tests.finance.conftest import pay_with, place, reconciled, top_up

ACCOUNTS = "/api/v1/admin/finance/accounts"
JOURNAL = "/api/v1/admin/finance/journal"
ROOT = Path(__file__).resolve().parents[2]


async def accounts(api, token: str) -> dict[str, int]:
    response = await api.get(ACCOUNTS, token=token)
    assert response.status == 200, response
    assert response.json["total"] == 0  # debits and credits of the whole ledger
    return {row["account"]: row["balance"] for row in response.json["items"]}


async def order_id(api, token: str, payment_no: str, order_no: str) -> int:
    payment = (await api.get(f"/api/v1/payments/{payment_no}", token=token)).json
    return next(o["order_id"] for o in payment["orders"] if o["order_no"] == order_no)


@pytest.fixture
async def mixed(api, admin_token, buyer, seller, other_seller) -> dict:
    """Money in every way, and back in full and in part:

    - sandbox (gateway), two shops in one checkout (1990 + 8800); 500 of the cup refunded later;
    - 余额: 10000 topped up, 1990 paid, the order cancelled (refunded in full to the wallet);
    - 线下转账 confirmed by the platform (1990); 700 refunded by hand with a reference;
    - 货到付款 collected by the merchant (1990);
    - 批量付款 of two unpaid orders (1990 + 8800) through the sandbox;
    - a sandbox success arriving after its order was cancelled (1990), refunded automatically.
    """
    cup, cherries = await seller.sku("保温杯", 1990), await other_seller.sku("车厘子", 8800)
    two_shops = await api.order(buyer, [{"sku_id": cup, "quantity": 1}, {"sku_id": cherries, "quantity": 1}])
    await api.pay(buyer, two_shops["payment"]["payment_no"])
    cup_order = next(o for o in two_shops["orders"] if o["shop_id"] == seller.shop_id)
    cup_order_id = await order_id(api, buyer, two_shops["payment"]["payment_no"], cup_order["order_no"])
    assert (await payments.refund(cup_order_id, 500, "少发一件赠品", "aftersale:test-1")).status == "succeeded"

    await top_up(api, admin_token, buyer, 10000)
    by_wallet = await place(api, buyer, cup)
    await pay_with(api, buyer, by_wallet["payment"]["payment_no"], "balance")
    await api.post(f"/api/v1/orders/{by_wallet['orders'][0]['order_no']}/cancel", token=buyer,
                   json={"reason": "不要了"})

    transfer = await place(api, buyer, cup, method="offline")
    await pay_with(api, buyer, transfer["payment"]["payment_no"], "offline")
    await api.post(f"/api/v1/admin/payments/{transfer['payment']['payment_no']}/confirm-offline", token=admin_token,
                   json={"reference": "ICBC0001", "amount": 1990})
    transfer_no = transfer["payment"]["payment_no"]
    transfer_order_id = await order_id(api, buyer, transfer_no, transfer["orders"][0]["order_no"])
    manual = await payments.refund(transfer_order_id, 700, "协商退差价", "aftersale:test-2")
    await api.post(f"/api/v1/admin/refunds/{manual.refund_no}/record", token=admin_token,
                   json={"reference": "ICBC-R-1"})

    cod = await place(api, buyer, cup, method="cod")
    await api.post(f"/api/v1/admin/orders/{cod['orders'][0]['order_no']}/ship", token=seller.token,
                   json={"carrier_code": "SF", "tracking_no": "SF1234567890"})
    await api.post(f"/api/v1/admin/orders/{cod['orders'][0]['order_no']}/collect-cod", token=seller.token,
                   json={"amount": 1990})

    unpaid = [await place(api, buyer, cup), await place(api, buyer, cherries)]
    together = await api.post("/api/v1/payments", token=buyer,
                              json={"order_nos": [u["orders"][0]["order_no"] for u in unpaid]})
    await api.pay(buyer, together.json["payment_no"])

    late = await place(api, buyer, cup)
    late_no = late["payment"]["payment_no"]
    await pay_with(api, buyer, late_no, "sandbox")
    await api.post(f"/api/v1/payments/sandbox/{late_no}/confirm", token=buyer, json={"outcome": "success"})
    await api.post(f"/api/v1/orders/{late['orders'][0]['order_no']}/cancel", token=buyer, json={"reason": "拍错了"})
    await api.run_jobs(after=timedelta(seconds=5))  # the success arrives for a closed payment
    await api.run_jobs(after=timedelta(seconds=10))  # and its automatic refund goes out
    assert (await api.get(f"/api/v1/payments/{late_no}", token=buyer)).json["status"] == "refunded"
    return {"two_shops": two_shops, "late": late_no}


class TestBalances:
    @pytest.mark.feature("FIN-10")
    async def test_every_account_is_the_sum_of_its_lines_and_the_ledger_sums_to_zero(self, api, admin_token, buyer,
                                                                                    seller, other_seller, mixed):
        balances = await accounts(api, admin_token)
        # sandbox: 10790 + 10790 (together) + 1990 (late) in; 500 and 1990 (late) back
        assert balances["gateway_clearing:sandbox"] == 10790 + 10790 + 1990 - 500 - 1990
        assert balances["offline_clearing"] == 1990 - 700
        assert balances[f"cod_clearing:{seller.shop_id}"] == 1990
        assert balances["refund_clearing"] == 0
        assert balances["wallet_funding"] == 10000
        me = (await api.get("/api/v1/me", token=buyer)).json["id"]
        assert balances[f"customer_wallet:{me}"] == 10000  # paid 1990, refunded 1990
        # the cup's shop: sandbox 1990 − 500, transfer 1990 − 700, cod 1990, together 1990
        assert balances[f"shop_payable:{seller.shop_id}"] == 1490 + 1290 + 1990 + 1990
        assert balances[f"shop_payable:{other_seller.shop_id}"] == 8800 + 8800

    @pytest.mark.feature("FIN-10")
    async def test_the_journal_shows_each_posting_with_its_lines(self, api, admin_token, seller, mixed):
        payment_no = mixed["two_shops"]["payment"]["payment_no"]
        response = await api.get(f"{JOURNAL}?reference={payment_no}", token=admin_token)
        assert response.status == 200
        kinds = sorted(j["kind"] for j in response.json["items"])
        assert kinds == ["payment", "refund"]
        paid = next(j for j in response.json["items"] if j["kind"] == "payment")
        assert paid["memo"] == f"模拟支付 支付单 {payment_no}"
        assert sum(line["debit"] for line in paid["lines"]) == sum(line["credit"] for line in paid["lines"]) == 10790
        assert {"account": f"shop_payable:{seller.shop_id}", "kind": "shop_payable", "owner": str(seller.shop_id),
                "debit": 0, "credit": 1990} in paid["lines"]

    async def test_the_journal_is_paged_newest_first(self, api, admin_token, mixed):
        page = (await api.get(f"{JOURNAL}?page_size=3", token=admin_token)).json
        assert len(page["items"]) == 3 and page["total"] > 3
        ids = [j["id"] for j in page["items"]]
        assert ids == sorted(ids, reverse=True)

    @pytest.mark.feature("FIN-10")
    async def test_merchants_cannot_read_the_platforms_books(self, api, seller):
        assert (await api.get(ACCOUNTS, token=seller.token)).status == 403
        assert (await api.get(JOURNAL, token=seller.token)).status == 403


class TestReconcile:
    @pytest.mark.feature("FIN-10")
    async def test_a_mix_of_every_way_to_pay_and_refund_reconciles_clean(self, mixed):
        report = await reconciled()
        assert report.differences == []
        assert report.clean and report.payments >= 8 and report.journals >= 10

    @pytest.mark.feature("FIN-10")
    async def test_a_one_sided_line_is_reported(self, api, admin_token, mixed):
        payment_no = mixed["two_shops"]["payment"]["payment_no"]
        journal = (await api.get(f"{JOURNAL}?reference={payment_no}&kind=payment", token=admin_token)).json["items"][0]
        # DELIBERATE CORRUPTION for this test: a one-sided row written straight into the ledger table
        await LedgerLine.create(journal_id=journal["id"], account_kind="gateway_clearing", owner="sandbox", amount=1)
        report = await reconciled()
        assert not report.clean
        text = report.text()
        assert f"凭证 #{journal['id']} 借贷不平：合计 1 分" in text
        assert "全部科目合计应为 0，实为 1 分" in text
        assert f"支付单 {payment_no}（paid）科目 gateway_clearing:sandbox：应为 10290 分，账簿为 10291 分" in text

    @pytest.mark.feature("FIN-10")
    async def test_a_wallet_cache_that_drifted_is_reported(self, api, admin_token, buyer, mixed):
        from backend.finance.models import WalletBalance

        me = (await api.get("/api/v1/me", token=buyer)).json["id"]
        # DELIBERATE CORRUPTION for this test: the cached balance moved without a journal
        await WalletBalance.filter(user_id=me).update(balance=10001)
        report = await reconciled()
        assert report.differences == [f"用户 {me} 余额 10001 分，账簿为 10000 分"]

    @pytest.mark.feature("FIN-10")
    async def test_the_command_prints_the_report_and_exits_non_zero_on_a_difference(self, settings, api, admin_token,
                                                                                    buyer, seller):
        await top_up(api, admin_token, buyer, 300)
        env = {**os.environ, "DATABASE_URL": settings.database_url}
        clean = await asyncio.to_thread(subprocess.run, [sys.executable, "-m", "backend", "reconcile"], cwd=ROOT,
                                        env=env, capture_output=True, text=True, timeout=120)
        assert clean.returncode == 0, clean.stderr
        assert "账实相符" in clean.stdout
        # DELIBERATE CORRUPTION for this test: a one-sided row written straight into the ledger table
        await LedgerLine.create(journal_id=999_999, account_kind="shop_payable", owner=str(seller.shop_id), amount=-5)
        broken = await asyncio.to_thread(subprocess.run, [sys.executable, "-m", "backend", "reconcile"], cwd=ROOT,
                                         env=env, capture_output=True, text=True, timeout=120)
        assert broken.returncode == 1
        assert "全部科目合计应为 0，实为 -5 分" in broken.stdout
