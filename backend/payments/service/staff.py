"""The back office's lists (PLT-8): every refund, and payments such as transfers awaiting confirmation.

Each page costs the same few queries however many rows it shows.
"""

from __future__ import annotations

from typing import Any

from tortoise.expressions import Q, Subquery
from tortoise.queryset import QuerySet

from backend.core.auth import Actor
from backend.core.pagination import PageParams, paginate
from backend.payments.models import OfflineVoucher, Payment, PaymentOrder, Refund
from backend.payments.service.offline import voucher_view


def _refunds(actor: Actor, status: str | None, keyword: str | None) -> QuerySet[Refund]:
    queryset = Refund.all()
    if not actor.is_platform:  # merchant staff: the refunds of their shop's orders
        shop_orders = PaymentOrder.filter(shop_id=actor.shop_id or 0).values("order_id")
        queryset = queryset.filter(order_id__in=Subquery(shop_orders))
    if status:
        queryset = queryset.filter(status=status)
    if keyword:
        queryset = queryset.filter(
            Q(refund_no=keyword)
            | Q(payment_id__in=Subquery(Payment.filter(payment_no=keyword).values("id")))
            | Q(order_id__in=Subquery(PaymentOrder.filter(order_no=keyword).values("order_id"))))
    return queryset.order_by("-created_at", "-id")


async def list_refunds(actor: Actor, params: PageParams, status: str | None = None,
                       keyword: str | None = None) -> tuple[list[dict[str, Any]], int]:
    """Newest first: the platform sees all, merchant staff their shop's (by the order's share)."""
    rows, total = await paginate(_refunds(actor, status, keyword.strip() if keyword else None), params)
    if not rows:
        return [], total
    payment_ids = {row.payment_id for row in rows}
    payments = {p.id: p for p in await Payment.filter(id__in=payment_ids)}
    shares = {(s.payment_id, s.order_id): s for s in await PaymentOrder.filter(
        payment_id__in=payment_ids, order_id__in={row.order_id for row in rows})}
    return [_refund_row(row, payments[row.payment_id], shares.get((row.payment_id, row.order_id)))
            for row in rows], total


def _refund_row(row: Refund, payment: Payment, share: PaymentOrder | None) -> dict[str, Any]:
    return {"refund_no": row.refund_no, "payment_no": payment.payment_no, "order_id": row.order_id,
            "order_no": share.order_no if share else "", "shop_id": share.shop_id if share else 0,
            "amount": row.amount, "reason": row.reason, "status": row.status, "provider": payment.provider,
            "created_at": row.created_at, "finished_at": row.finished_at}


async def list_payments(actor: Actor, params: PageParams, status: str | None = None,
                        provider: str | None = None) -> tuple[list[dict[str, Any]], int]:
    """Newest first, e.g. transfers awaiting confirmation with their latest voucher: the platform sees
    all, merchant staff the payments of their shop's orders."""
    queryset = Payment.all()
    if not actor.is_platform:
        shop_payments = PaymentOrder.filter(shop_id=actor.shop_id or 0).values("payment_id")
        queryset = queryset.filter(id__in=Subquery(shop_payments))
    if status:
        queryset = queryset.filter(status=status)
    if provider:
        queryset = queryset.filter(provider=provider)
    payments, total = await paginate(queryset.order_by("-created_at", "-id"), params)
    if not payments:
        return [], total
    shares: dict[int, list[dict[str, Any]]] = {p.id: [] for p in payments}
    for share in await PaymentOrder.filter(payment_id__in=list(shares)).order_by("id"):
        shares[share.payment_id].append({"order_no": share.order_no, "shop_id": share.shop_id, "amount": share.amount})
    vouchers: dict[int, dict[str, Any]] = {}
    for voucher in await OfflineVoucher.filter(payment_id__in=list(shares)).order_by("id"):
        vouchers[voucher.payment_id] = voucher_view(voucher)  # the latest wins
    fields = ("payment_no", "user_id", "amount", "subject", "provider", "status", "trade_no", "paid_at", "created_at")
    return [{**{name: getattr(p, name) for name in fields}, "orders": shares[p.id], "voucher": vouchers.get(p.id)}
            for p in payments], total
