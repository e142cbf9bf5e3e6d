"""Payment and refund records for order detail pages, in three queries however many orders."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from backend.payments.models import Payment, PaymentOrder, Refund


async def records_of(order_ids: Iterable[int]) -> dict[int, list[dict[str, Any]]]:
    """``{order_id: [record, …]}``, oldest first: ``kind`` "payment" records carry this order's share
    as ``amount``; ``kind`` "refund" records are the order's refunds."""
    order_ids = list(order_ids)
    records: dict[int, list[dict[str, Any]]] = {order_id: [] for order_id in order_ids}
    if not order_ids:
        return records
    shares = await PaymentOrder.filter(order_id__in=order_ids).order_by("id")
    payments = {p.id: p for p in await Payment.filter(id__in={s.payment_id for s in shares})} if shares else {}
    for share in shares:
        payment = payments[share.payment_id]
        records[share.order_id].append({
            "kind": "payment", "payment_no": payment.payment_no, "provider": payment.provider,
            "channel": payment.channel, "amount": share.amount, "status": payment.status,
            "paid_at": payment.paid_at, "trade_no": payment.trade_no, "created_at": payment.created_at,
        })
    refunds: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for row in await Refund.filter(order_id__in=order_ids).order_by("id"):
        refunds[row.order_id].append({
            "kind": "refund", "refund_no": row.refund_no, "amount": row.amount, "status": row.status,
            "reason": row.reason, "created_at": row.created_at, "finished_at": row.finished_at,
        })
    for order_id, rows in refunds.items():
        records[order_id].extend(rows)
    return records
