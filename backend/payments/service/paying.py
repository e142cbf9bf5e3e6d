"""Paying: create a payment for orders, start it with a gateway, the sandbox wallet, closing."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import timedelta
from typing import Any

from backend.accounts import service as accounts
from backend.core import jobs
from backend.core.db import transaction
from backend.core.errors import Conflict, Invalid, NotFound
from backend.core.numbers import business_no
from backend.core.runtime import runtime
from backend.payments.errors import PaymentError
from backend.payments.models import Payment, PaymentOrder
from backend.payments.schemas import PayableOrder, PaymentView
from backend.payments.service._shared import (
    charge,
    now,
    own_payment,
    payment_view,
    provider,
    providers,
    started_with,
)
from backend.payments.states import PAYMENT

QUERY_JOB = "payments.query"
# code → (name, channels it works in); listed when configured (METHOD_SWITCHES)
METHODS: dict[str, tuple[str, frozenset[str]]] = {
    "wechat": ("微信支付", frozenset({"h5", "mp", "app"})),
    "alipay": ("支付宝", frozenset({"h5", "app", "pc"})),
    "sandbox": ("模拟支付", frozenset({"h5", "mp", "app"})),
    "offline": ("线下转账", frozenset({"h5", "mp", "app"})),  # confirmed by platform staff (PLT-8)
    "balance": ("余额支付", frozenset({"h5", "mp", "app"})),  # service/balance.py
    "cod": ("货到付款", frozenset({"h5", "mp", "app"})),  # chosen at checkout only: service/cod.py
}


async def methods(channel: str) -> list[dict[str, str]]:
    """The payment methods this installation offers in ``channel`` (checkout filters per shopper)."""
    settings, configured = runtime().settings, await providers()
    switched_on = {"wechat": "wechat" in configured, "alipay": "alipay" in configured,
                   "sandbox": settings.payment_sandbox, "offline": settings.payment_offline,
                   "balance": settings.payment_balance, "cod": settings.payment_cod}
    return [{"code": code, "name": name} for code, (name, channels) in METHODS.items()
            if switched_on[code] and channel in channels]


async def create_payment(user_id: int, orders: list[PayableOrder], subject: str) -> PaymentView:
    """A pending payment for ``orders``. Call it inside checkout's transaction: it joins it."""
    _check_orders(orders)
    payment = await Payment.create(payment_no=business_no("P"), user_id=user_id,
                                   amount=sum(o.amount for o in orders), subject=subject[:128])
    shares = [PaymentOrder(payment_id=payment.id, order_id=o.order_id, order_no=o.order_no,
                           shop_id=o.shop_id, amount=o.amount, open_order_id=o.order_id) for o in orders]
    await PaymentOrder.bulk_create(shares)
    return payment_view(payment, shares)


def _check_orders(orders: list[PayableOrder]) -> None:
    if not orders:
        raise Invalid(PaymentError.payment_amounts_invalid, "没有需要支付的订单", {"orders": "至少 1 项"})
    if len({o.order_id for o in orders}) != len(orders):
        raise Invalid(PaymentError.payment_amounts_invalid, "订单重复", {"orders": "订单重复"})
    if any(o.amount <= 0 for o in orders):
        raise Invalid(PaymentError.payment_amounts_invalid, "支付金额必须大于 0", {"orders": "金额必须大于 0"})


async def get_payment(payment_no: str, user_id: int) -> PaymentView:
    payment = await own_payment(payment_no, user_id)
    return payment_view(payment, await PaymentOrder.filter(payment_id=payment.id))


async def start_payment(payment_no: str, user_id: int, provider_code: str, channel: str, *,
                        client_ip: str = "", in_wechat: bool = False) -> dict[str, Any]:
    """Client parameters for paying with ``provider_code``; a pending payment may be started again.
    ``in_wechat``: an H5 page inside WeChat's browser (微信支付 then pays by JSAPI)."""
    payment = await own_payment(payment_no, user_id)
    ensure_pending(payment)
    if provider_code not in {m["code"] for m in await methods(channel)}:
        raise Invalid(PaymentError.payment_method_unavailable, "该支付方式暂不可用",
                      {"method": "该支付方式暂不可用"})
    gateway = await provider(provider_code)
    openid = await _payer_openid(gateway, user_id, channel, in_wechat)
    await _record_attempt(payment, provider_code, channel)
    return await gateway.create(replace(charge(payment), openid=openid, client_ip=client_ip, in_wechat=in_wechat),
                                channel)


async def _payer_openid(gateway: Any, user_id: int, channel: str, in_wechat: bool) -> str:
    """微信支付 JSAPI pays as the shopper's WeChat identity under the gateway's appid."""
    payer_appid = getattr(gateway, "payer_appid", None)
    appid = payer_appid(channel, in_wechat) if payer_appid else None
    if not appid:
        return ""
    openid = await accounts.wechat_openid(user_id, appid)
    if not openid:
        raise Invalid(PaymentError.wechat_openid_missing, "请先使用微信登录或绑定微信，再使用微信支付",
                      {"method": "账号未绑定微信"})
    return openid


def ensure_pending(payment: Payment) -> None:
    if payment.status != "pending":
        messages = {"paid": "该支付单已支付", "closed": "该支付单已关闭"}
        raise Conflict(PaymentError.payment_not_pending, messages.get(payment.status, "该支付单不能再支付"))


async def _record_attempt(payment: Payment, provider_code: str, channel: str) -> None:
    """Remember every gateway the payment was started with (a notification must come from one),
    and ask that gateway later in case its notification never arrives."""
    attempts = [*payment.attempts, {"provider": provider_code, "channel": channel, "at": now().isoformat()}]
    async with transaction():
        # the attempt list is read-modify-write: only the writer that saw the same count wins
        moved = await Payment.filter(id=payment.id, status="pending", attempt_count=payment.attempt_count).update(
            provider=provider_code, channel=channel, attempts=attempts, attempt_count=len(attempts))
        if not moved:
            raise Conflict(PaymentError.payment_not_pending, "支付单状态已变化，请刷新后重试")
        await jobs.enqueue(QUERY_JOB, {"payment_no": payment.payment_no},
                           key=f"{QUERY_JOB}:{payment.payment_no}:{len(attempts)}",
                           delay=timedelta(seconds=runtime().settings.payment_query_delay_seconds))
    payment.attempts, payment.attempt_count = attempts, len(attempts)
    payment.provider, payment.channel = provider_code, channel


async def confirm_sandbox(payment_no: str, user_id: int, outcome: str) -> dict[str, Any]:
    """The sandbox wallet: the payer answers; the sandbox gateway will notify us shortly."""
    payment = await own_payment(payment_no, user_id)
    ensure_pending(payment)
    sandbox = (await providers()).get("sandbox")
    if sandbox is None:
        raise NotFound(PaymentError.provider_unknown, "模拟支付未开启")
    if "sandbox" not in started_with(payment):
        raise Conflict(PaymentError.payment_not_started, "请先选择模拟支付")
    await sandbox.simulate(charge(payment), outcome)
    return {"payment_no": payment.payment_no, "outcome": outcome, "status": "processing"}


async def close_for_orders(order_ids: Iterable[int]) -> list[str]:
    """Orders were cancelled: release them from pending payments and close the payments left
    with no order to pay. Returns the closed payment numbers."""
    order_ids = list(order_ids)
    closed: list[str] = []
    async with transaction():
        payment_ids = await PaymentOrder.filter(order_id__in=order_ids).values_list("payment_id", flat=True)
        pending = await Payment.filter(id__in=set(payment_ids), status="pending")
        if not pending:
            return closed
        ids = [p.id for p in pending]
        await PaymentOrder.filter(payment_id__in=ids, order_id__in=order_ids).update(released=True, open_order_id=None)
        still_open = set(await PaymentOrder.filter(payment_id__in=ids, released=False)
                         .values_list("payment_id", flat=True))
        for payment in pending:
            if payment.id not in still_open:
                await PAYMENT.fire(payment, "close", note="订单已取消")
                closed.append(payment.payment_no)
    return closed
