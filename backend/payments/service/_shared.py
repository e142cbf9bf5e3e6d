"""What the payment use cases share: numbers, providers, lookups and views."""

from __future__ import annotations

from datetime import UTC, datetime

from backend.core.errors import NotFound
from backend.integrations.payments import (
    Charge,
    JsonAnswers,
    Notification,
    NotificationRejected,
    PaymentProvider,
    PaymentResult,
)
from backend.payments.errors import PaymentError
from backend.payments.models import Payment, PaymentOrder, Refund
from backend.payments.schemas import PaymentOrderView, PaymentView, RefundView
from backend.payments.service import gateways

PAYMENT_FIELDS = [name for name in PaymentView.model_fields if name != "orders"]


def now() -> datetime:
    return datetime.now(UTC)


# Methods the payments context runs itself (余额, 货到付款), registered by their own modules.
INTERNAL: dict[str, PaymentProvider] = {}


class InternalMethod(JsonAnswers):
    """What the methods no gateway stands behind share: no notifications, nothing to ask."""

    code: str = ""

    def parse_notification(self, headers: dict[str, str], body: bytes) -> Notification:
        raise NotificationRejected("该支付方式没有外部通知")

    async def query(self, payment_no: str) -> PaymentResult:
        return PaymentResult(payment_no, "", 0, "pending")


async def providers() -> dict[str, PaymentProvider]:
    return {**await gateways.providers(), **INTERNAL}


async def provider(code: str) -> PaymentProvider:
    found = (await providers()).get(code)
    if found is None:
        raise NotFound(PaymentError.provider_unknown, "不支持该支付方式")
    return found


def charge(payment: Payment) -> Charge:
    return Charge(payment.payment_no, payment.amount, payment.subject, payment.user_id)


def started_with(payment: Payment) -> set[str]:
    return {attempt["provider"] for attempt in payment.attempts}


async def own_payment(payment_no: str, user_id: int) -> Payment:
    """The shopper's payment; anyone else's is 404, as if it did not exist."""
    payment = await Payment.get_or_none(payment_no=payment_no, user_id=user_id)
    if payment is None:
        raise NotFound(PaymentError.payment_not_found, "支付单不存在")
    return payment


def payment_view(payment: Payment, shares: list[PaymentOrder]) -> PaymentView:
    values = {name: getattr(payment, name) for name in PAYMENT_FIELDS}
    orders = [PaymentOrderView.model_validate(share) for share in sorted(shares, key=lambda s: s.id or 0)]
    return PaymentView(**values, orders=orders)


def refund_view(refund: Refund) -> RefundView:
    return RefundView.model_validate(refund)
