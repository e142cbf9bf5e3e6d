"""What reconciliation (FIN-10) reads of the payments' own records, a batch at a time."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from backend.core.models import StateLog
from backend.payments.models import Payment, PaymentOrder, Refund


async def payment_facts(after_id: int = 0, limit: int = 500) -> list[dict[str, Any]]:
    """Payments with id > ``after_id``, oldest first: ``{id, payment_no, user_id, provider, amount, status,
    late, shares: [{order_id, order_no, shop_id, amount, released, refunded}]}``; ``late`` when the money
    arrived after the payment closed; ``refunded`` counts succeeded refunds. Four queries a batch."""
    payments = await Payment.filter(id__gt=after_id).order_by("id").limit(limit)
    if not payments:
        return []
    ids = [p.id for p in payments]
    refunded: dict[tuple[int, int], int] = defaultdict(int)
    for row in await Refund.filter(payment_id__in=ids, status="succeeded").values("payment_id", "order_id", "amount"):
        refunded[(row["payment_id"], row["order_id"])] += row["amount"]
    shares: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for share in await PaymentOrder.filter(payment_id__in=ids).order_by("id"):
        shares[share.payment_id].append({
            "order_id": share.order_id, "order_no": share.order_no, "shop_id": share.shop_id, "amount": share.amount,
            "released": share.released, "refunded": refunded[(share.payment_id, share.order_id)]})
    late = set(await StateLog.filter(aggregate="payment", aggregate_id__in=ids, event="succeed_late")
               .values_list("aggregate_id", flat=True))
    return [{"id": p.id, "payment_no": p.payment_no, "user_id": p.user_id, "provider": p.provider, "amount": p.amount,
             "status": p.status, "late": p.id in late, "shares": shares[p.id]} for p in payments]
