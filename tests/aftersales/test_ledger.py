"""After-sales money reaches the ledger (FIN-10): partial refunds and the order closed by them reconcile."""

from __future__ import annotations

import pytest

from tests.finance.conftest import reconciled


@pytest.mark.feature("FIN-10")
@pytest.mark.feature("AS-3")
class TestAftersalesInTheLedger:
    async def test_a_partial_refund_then_the_rest_reconciles_clean_and_closes_the_order(self, trade):
        order = await trade.paid(quantity=3, price=1990)
        first = await trade.asked(order, items=[(0, 1)])
        assert (await trade.staff(first["request_no"], "approve")).json["status"] == "refunded"
        report = await reconciled()
        assert report.clean, report.text()

        rest = await trade.asked(order, items=[(0, 2)])
        assert (await trade.staff(rest["request_no"], "approve")).json["status"] == "refunded"
        detail = await trade.detail(order["order_no"])
        assert detail["status"] == "closed" and detail["aftersales"]["refunded_amount"] == detail["payable"]
        report = await reconciled()
        assert report.clean, report.text()
