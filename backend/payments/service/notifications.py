"""What the gateways tell us: notifications, and the query that stands in for a lost one.

Both go through ``apply_result``: checked against our record (the payment exists, the amount is
ours, the gateway is one it was started with), stored once by a dedupe key, then applied. A
refund notification (``apply_refund_result``) finishes a refund the gateway was still processing.
"""

from __future__ import annotations

import logging
from typing import Any

from tortoise.exceptions import IntegrityError

from backend.core import events, jobs
from backend.core.db import transaction
from backend.core.errors import BadRequest, DomainError, Unauthorized
from backend.integrations.payments import Ack, NotificationRejected, PaymentResult, RefundResult
from backend.payments.errors import PaymentError
from backend.payments.models import Payment, PaymentNotification, PaymentOrder, Refund
from backend.payments.service._shared import now, provider, providers, started_with
from backend.payments.service.paying import QUERY_JOB
from backend.payments.service.refunds import finish_refund, queue_refund
from backend.payments.states import PAYMENT

log = logging.getLogger("backend.payments")


async def handle_notification(provider_code: str, headers: dict[str, str], body: bytes) -> Ack:
    """Verify, check and apply one gateway notification; the answer is in the gateway's format."""
    gateway = await provider(provider_code)
    try:
        try:
            notification = gateway.parse_notification(headers, body)
        except NotificationRejected as exc:
            raise Unauthorized(PaymentError.notification_signature_invalid, f"通知验签失败：{exc}") from None
        if notification.payment is not None:
            key = success_key(provider_code, notification.payment) or notification.dedupe_key
            await apply_result(provider_code, notification.payment, key, notification.payload)
        elif notification.refund is not None:
            await apply_refund_result(provider_code, notification.refund, notification.dedupe_key,
                                      notification.payload)
    except DomainError as exc:
        log.warning("payment notification from %s refused: %s %s", provider_code, exc.code, exc.message)
        return gateway.reject(exc.status, exc.code, exc.message)
    return gateway.accept()


def success_key(provider_code: str, result: PaymentResult) -> str | None:
    """A success is one event however it reaches us (notification, retry, query)."""
    return f"{provider_code}:{result.trade_no}:success" if result.succeeded else None


async def apply_result(provider_code: str, result: PaymentResult, dedupe_key: str, payload: dict[str, Any]) -> bool:
    """Apply one verified result; False when the same ``dedupe_key`` was applied before."""
    async with transaction():
        payment = await Payment.filter(payment_no=result.payment_no).select_for_update().first()
        _check(payment, provider_code, result)
        if not await _record_once(provider_code, dedupe_key, result.payment_no, payload):
            return False  # applied before: acknowledge, change nothing
        if result.succeeded:
            await _captured(payment, provider_code, result)
        elif payment.status == "pending":  # PAY-3: a failed or cancelled attempt; pay again
            await Payment.filter(id=payment.id).update(last_result=result.status)
    return True


async def apply_refund_result(provider_code: str, result: RefundResult, dedupe_key: str,
                              payload: dict[str, Any]) -> bool:
    """A gateway's word on a refund it was processing: checked against our refund, stored once,
    and it finishes a pending refund (the refund job's query is the backstop for a lost one)."""
    async with transaction():
        row = await Refund.filter(refund_no=result.refund_no).select_for_update().first()
        if row is None:
            raise BadRequest(PaymentError.notification_unknown_refund, "退款单不存在")
        payment = await Payment.get(id=row.payment_id)
        if payment.provider != provider_code:
            raise BadRequest(PaymentError.notification_provider_mismatch, "该退款未通过此支付方式发起")
        if result.amount is not None and result.amount != row.amount:
            raise BadRequest(PaymentError.notification_amount_mismatch,
                             f"退款金额不符：通知 {result.amount} 分，应退 {row.amount} 分")
        if not await _record_once(provider_code, dedupe_key, payment.payment_no, payload):
            return False
        if row.status == "pending" and result.status != "pending":
            await finish_refund(row, payment, result)
        elif row.status != "pending":
            log.info("refund %s already %s; %s says %s", row.refund_no, row.status, provider_code, result.status)
    return True


def _check(payment: Payment | None, provider_code: str, result: PaymentResult) -> None:
    if payment is None:
        raise BadRequest(PaymentError.notification_unknown_payment, "支付单不存在")
    if result.amount != payment.amount:
        raise BadRequest(PaymentError.notification_amount_mismatch,
                         f"金额不符：通知 {result.amount} 分，应付 {payment.amount} 分")
    if provider_code not in started_with(payment):
        raise BadRequest(PaymentError.notification_provider_mismatch, "该支付单未使用此支付方式发起支付")


async def _record_once(provider_code: str, key: str, payment_no: str, payload: dict[str, Any]) -> bool:
    try:
        async with transaction():  # a savepoint: a duplicate must not spoil the outer transaction
            await PaymentNotification.create(provider=provider_code, dedupe_key=key,
                                              payment_no=payment_no, payload=payload)
    except IntegrityError:
        return False
    return True


async def _captured(payment: Payment, provider_code: str, result: PaymentResult) -> None:
    money = {"provider": provider_code, "trade_no": result.trade_no, "paid_at": result.paid_at or now(),
             "last_result": "success", "channel": _channel_of(payment, provider_code)}
    if payment.status == "pending":
        await PAYMENT.fire(payment, "succeed", actor=provider_code, **money)
        shares = await PaymentOrder.filter(payment_id=payment.id).order_by("id").values(
            "order_id", "order_no", "shop_id", "amount")
        await events.publish("payments.paid", payment_id=payment.id, payment_no=payment.payment_no,
                             order_ids=[s["order_id"] for s in shares], provider=provider_code, channel=payment.channel,
                             trade_no=payment.trade_no, amount=payment.amount, paid_at=payment.paid_at,
                             user_id=payment.user_id, shares=shares)
    elif payment.status == "closed":  # the orders were cancelled meanwhile: keep the money on record, send it back
        await PAYMENT.fire(payment, "succeed_late", actor=provider_code, **money)
        await events.publish("payments.late_paid", payment_id=payment.id, payment_no=payment.payment_no,
                             provider=provider_code, trade_no=payment.trade_no, amount=payment.amount,
                             user_id=payment.user_id)
        for share in await PaymentOrder.filter(payment_id=payment.id).order_by("id"):
            await queue_refund(payment, share.order_id, share.amount, "订单已取消，自动退款",
                               key=f"late:{payment.payment_no}:{share.order_id}")
    else:  # paid again under another trade number: keep it on record for the finance team
        log.error("payment %s already %s (trade %s) got another success, trade %s from %s",
                  payment.payment_no, payment.status, payment.trade_no, result.trade_no, provider_code)


def _channel_of(payment: Payment, provider_code: str) -> str:
    return next((a["channel"] for a in reversed(payment.attempts) if a["provider"] == provider_code), "")


@jobs.job(QUERY_JOB)
async def query_pending(payload: dict[str, Any]) -> None:
    """The backstop for a notification that never came: ask each gateway the payment was started with."""
    payment = await Payment.get_or_none(payment_no=payload["payment_no"])
    if payment is None or payment.status != "pending":
        return
    for code in sorted(started_with(payment) & set(await providers())):
        result = await (await provider(code)).query(payment.payment_no)
        if result.succeeded:
            await apply_result(code, result, success_key(code, result),
                               {"source": "query", "trade_no": result.trade_no})
            return
