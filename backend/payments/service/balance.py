"""余额支付 (PAY-1): the shopper pays a payment from their wallet.

The wallet is a method the payments context runs itself: ``/pay`` with method ``balance`` calls
``create``, which applies a success at once through ``apply_result``, the path every gateway's
success takes (checked, stored once in the notification log, captured, ``payments.paid``). The
money moves in that same transaction: finance posts ``payments.paid`` and its ledger refuses a
posting that would take the wallet below zero (409 ``wallet_insufficient``), which rolls the whole
capture back and leaves the payment pending. A refund goes back to the wallet (PAY-7) the same way.
"""

from __future__ import annotations

from typing import Any

from backend.core.errors import Conflict
from backend.integrations.payments import Charge, PaymentResult, RefundRequest, RefundResult
from backend.payments.errors import PaymentError
from backend.payments.service._shared import INTERNAL, InternalMethod, now
from backend.payments.service.notifications import apply_result


class WalletPayments(InternalMethod):
    code = "balance"

    async def create(self, charge: Charge, channel: str) -> dict[str, Any]:
        result = PaymentResult(charge.payment_no, "BAL" + charge.payment_no[1:], charge.amount, "success", now())
        payload = {"source": "wallet", "user_id": charge.user_id, "amount": charge.amount, "channel": channel}
        if not await apply_result(self.code, result, f"{self.code}:{charge.payment_no}:success", payload):
            raise Conflict(PaymentError.payment_not_pending, "该支付单已支付")
        return {"provider": self.code, "payment_no": charge.payment_no, "amount": charge.amount, "status": "paid"}

    async def refund(self, request: RefundRequest) -> RefundResult:
        return RefundResult(request.refund_no, "BAL" + request.refund_no[1:], "success", "退回余额")

    async def query_refund(self, refund_no: str, payment_no: str = "") -> RefundResult:
        return RefundResult(refund_no, "BAL" + refund_no[1:], "success", "退回余额")


INTERNAL["balance"] = WalletPayments()
