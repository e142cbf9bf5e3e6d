"""发货信息录入: orders paid by 微信支付 in the mini-program report their parcels to WeChat.

WeChat holds the money of such a payment for the merchant and keeps nagging the shopper until the
shipping information of its transaction is uploaded (``upload_shipping_info``). When the last
order of a mini-program WeChat payment has shipped, the upload is written as a durable job in the
shipping transaction, and the job runner retries it until WeChat accepts it. Orders cancelled
after payment (refunded in full, no parcel) are left out: the upload waits only for the others,
and cancelling the last one still waiting writes it.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from backend.accounts import service as accounts
from backend.core import events, jobs
from backend.core.runtime import runtime
from backend.fulfillment import service as fulfillment
from backend.payments.models import Payment, PaymentOrder, Refund
from backend.payments.service._shared import providers
from backend.payments.states import OPEN_REFUNDS

log = logging.getLogger("backend.payments")
SHIPPING_JOB = "payments.wechat_shipping"
EXPRESS = 1  # logistics_type: 物流配送
UNIFIED, SPLIT = 1, 2  # delivery_mode: 统一发货 / 分拆发货


@events.subscribe("orders.shipped")
async def _on_shipped(payload: dict[str, Any]) -> None:
    if payload.get("complete"):
        await _upload_when_every_order_shipped(payload["order_id"])


@events.subscribe("orders.cancelled")
async def _on_cancelled(payload: dict[str, Any]) -> None:
    """The payment's other orders may all have shipped already: this one no longer holds them up."""
    if payload.get("paid"):
        await _upload_when_every_order_shipped(payload["order_id"])


async def _upload_when_every_order_shipped(order_id: int) -> None:
    share = await PaymentOrder.filter(order_id=order_id, released=False).order_by("-id").first()
    payment = await Payment.get_or_none(id=share.payment_id) if share else None
    if payment is None or payment.status != "paid" or (payment.provider, payment.channel) != ("wechat", "mp"):
        return
    paid = {s.order_id: s.amount for s in await PaymentOrder.filter(payment_id=payment.id).order_by("id")}
    refunded: dict[int, int] = defaultdict(int)
    for row in await Refund.filter(payment_id=payment.id, status__in=OPEN_REFUNDS).values("order_id", "amount"):
        refunded[row["order_id"]] += row["amount"]
    # an order cancelled after payment (refunded in full before anything shipped) never gets a parcel
    parcels = {order: found for order, found in (await fulfillment.shipments_of(list(paid))).items()
               if found or refunded[order] < paid[order]}
    if not parcels or not all(parcels.values()):  # another order of this payment is still to ship
        return
    openid = await _payer_openid(payment)
    if not openid:
        log.warning("payment %s: no WeChat openid for user %s, shipping info not uploaded",
                    payment.payment_no, payment.user_id)
        return
    info = shipping_info(payment, [parcel for found in parcels.values() for parcel in found], openid)
    await jobs.enqueue(SHIPPING_JOB, {"payment_no": payment.payment_no, "info": info},
                       key=f"{SHIPPING_JOB}:{payment.payment_no}", max_attempts=20)


async def _payer_openid(payment: Payment) -> str | None:
    gateway = (await providers()).get("wechat")
    appid = gateway.payer_appid("mp") if gateway is not None else None
    return await accounts.wechat_openid(payment.user_id, appid) if appid else None


def shipping_info(payment: Payment, parcels: list[dict[str, Any]], openid: str) -> dict[str, Any]:
    """The body of ``upload_shipping_info`` (without ``upload_time``, set when it is sent)."""
    info: dict[str, Any] = {
        "order_key": {"order_number_type": 2, "transaction_id": payment.trade_no},
        "logistics_type": EXPRESS,
        "delivery_mode": UNIFIED if len(parcels) == 1 else SPLIT,
        "shipping_list": [_parcel(parcel, payment.subject) for parcel in parcels[:10]],  # WeChat takes 10
        "payer": {"openid": openid},
    }
    if info["delivery_mode"] == SPLIT:
        info["is_all_delivered"] = True
    return info


def _parcel(parcel: dict[str, Any], subject: str) -> dict[str, Any]:
    item: dict[str, Any] = {"tracking_no": parcel["tracking_no"], "express_company": parcel["carrier_code"],
                            "item_desc": subject[:120] or "商品"}
    if tail := parcel.get("receiver_phone_tail"):  # 顺丰 asks for it; masked except the last 4 digits
        item["contact"] = {"receiver_contact": "*" * 7 + tail}
    return item


@jobs.job(SHIPPING_JOB)
async def _upload(payload: dict[str, Any]) -> None:
    zone = ZoneInfo(runtime().settings.timezone)
    info = {**payload["info"], "upload_time": datetime.now(zone).isoformat(timespec="milliseconds")}
    await runtime().wechat.upload_shipping_info(info)
