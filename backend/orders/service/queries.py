"""What shoppers and staff see of orders: lists, counts, details and the delivery note.

A page of orders is built in a fixed number of queries (orders, their lines, shops, payments,
shipments), however many orders or lines it holds.
"""

from __future__ import annotations

import html
from collections import defaultdict
from datetime import date, datetime, time, timedelta
from typing import Any

from tortoise.expressions import Q, Subquery
from tortoise.queryset import QuerySet

from backend.accounts import service as accounts
from backend.core.auth import Actor
from backend.core.pagination import PageParams
from backend.core.states import timeline
from backend.core.tenancy import scoped
from backend.fulfillment import service as fulfillment
from backend.orders.models import Order, OrderLine
from backend.orders.service._shared import buyer_order, staff_order
from backend.orders.states import ORDER, STATUS_TEXT, TABS
from backend.payments import service as payments
from backend.shops import service as shops

LINE_FIELDS = ("id", "sku_id", "product_id", "title", "image", "spec_text", "unit_name", "quantity",
               "unit_price", "goods", "discount", "freight", "payable", "shipped_quantity",
               "withheld_quantity", "reviewed", "is_gift")


def actions(order: Order) -> list[str]:
    """The shopper's buttons for this order, in the order they are shown."""
    status = order.status
    by_status = {
        "pending_payment": ["pay", "cancel"],
        "pending_audit": ["cancel", "urge"],
        "pending_shipment": ["cancel", "urge"],
        "partially_shipped": ["urge", "logistics"],
        "shipped": ["logistics", "receive"],
        "received": ["logistics", "review", "buy_again"],
        "completed": ["logistics", "buy_again"],
        "cancelled": ["buy_again"],
        "closed": ["buy_again"],
    }
    shown = by_status.get(status, [])
    if order.paid_at is None and status not in ("pending_payment", "cancelled", "closed"):
        shown = ["pay", *shown]  # not pay-first: on its way, still to be paid
    if order.shipped_at is None:
        shown = [a for a in shown if a != "logistics"]
    return shown


async def _lines_by_order(order_ids: list[int]) -> dict[int, list[dict]]:
    grouped: dict[int, list[dict]] = defaultdict(list)
    for row in await OrderLine.filter(order_id__in=order_ids).order_by("id").values("order_id", *LINE_FIELDS):
        grouped[row.pop("order_id")].append(row)
    return grouped


async def _cards(orders: list[Order]) -> list[dict[str, Any]]:
    ids = [order.id for order in orders]
    lines = await _lines_by_order(ids)
    shop_rows = await shops.shops_by_id({order.shop_id for order in orders})
    return [
        {
            "order_no": o.order_no, "shop_id": o.shop_id,
            "shop_name": shop_rows[o.shop_id].name if o.shop_id in shop_rows else "",
            "status": o.status, "status_text": STATUS_TEXT[o.status], "type": o.type, "payable": o.payable,
            "quantity": sum(line["quantity"] for line in lines[o.id]), "lines": lines[o.id],
            "created_at": o.created_at, "paid_at": o.paid_at, "urged_at": o.urged_at,
            "pay_deadline": o.pay_deadline if o.status == "pending_payment" else None,
            "reviewed": o.reviewed, "actions": actions(o),
        }
        for o in orders
    ]


def _with_keyword(queryset: QuerySet[Order], keyword: str | None) -> QuerySet[Order]:
    if not keyword:
        return queryset
    matching = OrderLine.filter(title__icontains=keyword).values("order_id")
    return queryset.filter(Q(id__in=Subquery(matching)) | Q(order_no=keyword))


async def _page(queryset: QuerySet[Order], params: PageParams) -> tuple[list[dict], int]:
    total = await queryset.count()
    orders = await queryset.order_by("-created_at", "-id").offset(params.offset).limit(params.page_size)
    return await _cards(orders), total


async def list_for_buyer(user_id: int, tab: str, keyword: str | None, order_type: str | None,
                         params: PageParams) -> tuple[list[dict], int]:
    queryset = Order.filter(user_id=user_id)
    if tab in TABS:
        queryset = queryset.filter(status__in=TABS[tab])
    if order_type:
        queryset = queryset.filter(type=order_type)
    return await _page(_with_keyword(queryset, keyword), params)


async def counts_for_buyer(user_id: int) -> dict[str, int]:
    rows = await Order.filter(user_id=user_id, status__in=sorted({s for t in TABS.values() for s in t})) \
        .values_list("status", flat=True)
    return {tab: sum(1 for status in rows if status in statuses) for tab, statuses in TABS.items()}


async def _detail(order: Order) -> dict[str, Any]:
    card = (await _cards([order]))[0]
    records = (await payments.records_of([order.id]))[order.id]
    shipments = (await fulfillment.shipments_of([order.id]))[order.id]
    latest = (await fulfillment.latest_events([order.id]))[order.id]
    return {
        **card, "payment_no": order.payment_no, "address": order.address, "delivery": order.delivery,
        "remark": order.remark, "attachments": order.attachments, "invoice": order.invoice,
        "amounts": {"goods_total": order.goods_total, "discount_total": order.discount_total,
                    "freight_total": order.freight_total, "points_used": order.points_used,
                    "payable": order.payable},
        "times": {"created_at": order.created_at, "paid_at": order.paid_at, "shipped_at": order.shipped_at,
                  "received_at": order.received_at, "completed_at": order.completed_at,
                  "cancelled_at": order.cancelled_at},
        "cancel_reason": order.cancel_reason,
        "payments": [r for r in records if r["kind"] == "payment"],
        "refunds": [r for r in records if r["kind"] == "refund"],
        "shipments": shipments, "latest_event": latest, "points_earned": 0,
        "auto_confirm_at": order.auto_confirm_at,
    }


async def detail_for_buyer(user_id: int, order_no: str) -> dict[str, Any]:
    return await _detail(await buyer_order(user_id, order_no))


async def card_for_buyer(user_id: int, order_no: str) -> dict[str, Any]:
    """One of the shopper's own orders as the list shows it (a chat order card); anyone else's is 404."""
    return (await _cards([await buyer_order(user_id, order_no)]))[0]


async def view(order: Order) -> dict[str, Any]:
    return await _detail(order)


async def logistics(user_id: int, order_no: str) -> dict[str, Any]:
    order = await buyer_order(user_id, order_no)
    shipments = (await fulfillment.shipments_of([order.id]))[order.id]
    tracked = [{**shipment, **await fulfillment.track(shipment["id"], order_id=order.id)} for shipment in shipments]
    return {"shipments": tracked}


# --- back office --------------------------------------------------------------------------------

def _staff_queryset(actor: Actor, status: str | None, keyword: str | None, shop_id: int | None,
                    date_from: date | None, date_to: date | None) -> QuerySet[Order]:
    queryset = scoped(Order.all(), actor)
    if status:
        queryset = queryset.filter(status=status)
    if shop_id and actor.is_platform:
        queryset = queryset.filter(shop_id=shop_id)
    if date_from:
        queryset = queryset.filter(created_at__gte=datetime.combine(date_from, time.min))
    if date_to:
        queryset = queryset.filter(created_at__lt=datetime.combine(date_to + timedelta(days=1), time.min))
    if keyword and keyword.isdigit() and len(keyword) == 11:  # a receiver's phone
        return queryset.filter(receiver_phone=keyword)
    return _with_keyword(queryset, keyword)


async def _with_buyers(cards: list[dict], orders: list[Order]) -> list[dict]:
    profiles = await accounts.public_profiles({order.user_id for order in orders})
    for card, order in zip(cards, orders, strict=True):
        profile = profiles.get(order.user_id, {})
        phone = order.address.get("phone", "")
        card["buyer"] = {"id": order.user_id, "nickname": profile.get("nickname", ""),
                         "phone": f"{phone[:3]}****{phone[-4:]}" if len(phone) >= 7 else phone}
    return cards


async def list_for_staff(actor: Actor, params: PageParams, **filters: Any) -> tuple[list[dict], int]:
    queryset = _staff_queryset(actor, **filters)
    total = await queryset.count()
    orders = await queryset.order_by("-created_at", "-id").offset(params.offset).limit(params.page_size)
    return await _with_buyers(await _cards(orders), orders), total


async def recent_for_customer(actor: Actor, user_id: int, limit: int) -> list[dict]:
    """A customer's latest orders the staff member may see (their shop's): the chat console's side panel."""
    orders = await scoped(Order.filter(user_id=user_id), actor).order_by("-created_at", "-id").limit(limit)
    return await _cards(orders)


async def detail_for_staff(actor: Actor, order_no: str) -> dict[str, Any]:
    order = await staff_order(actor, order_no)
    detail = (await _with_buyers([await _detail(order)], [order]))[0]
    detail["timeline"] = [
        {"event": row.event, "from_state": row.from_state, "to_state": row.to_state, "actor": row.actor,
         "note": row.note, "at": row.created_at}
        for row in await timeline(ORDER.aggregate, order.id)
    ]
    return detail


async def delivery_note(actor: Actor, order_no: str) -> str:
    """发货单: a page the merchant prints and packs with the parcel."""
    order = await staff_order(actor, order_no)
    lines = (await _lines_by_order([order.id]))[order.id]
    shop = (await shops.shops_by_id({order.shop_id})).get(order.shop_id)
    a = order.address
    e = html.escape
    rows = "".join(
        f"<tr><td>{i}</td><td>{e(line['title'])}</td><td>{e(line['spec_text'])}</td>"
        f"<td>{line['quantity']}{e(line['unit_name'])}</td></tr>"
        for i, line in enumerate(lines, start=1))
    return (
        "<!doctype html><html lang='zh-CN'><head><meta charset='utf-8'><title>发货单 "
        f"{e(order.order_no)}</title><style>body{{font:14px sans-serif;margin:24px}}table{{width:100%;"
        "border-collapse:collapse}}td,th{border:1px solid #333;padding:6px;text-align:left}"
        "@media print{button{display:none}}</style></head><body>"
        f"<h1>发货单</h1><p>店铺：{e(shop.name if shop else '')}　订单号：{e(order.order_no)}　"
        f"下单时间：{order.created_at:%Y-%m-%d %H:%M}</p>"
        f"<p>收货人：{e(a.get('name', ''))}　电话：{e(a.get('phone', ''))}</p>"
        f"<p>地址：{e(a.get('province', ''))}{e(a.get('city', ''))}{e(a.get('district', ''))}"
        f"{e(a.get('detail', ''))}</p>"
        "<table><thead><tr><th>#</th><th>商品</th><th>规格</th><th>数量</th></tr></thead>"
        f"<tbody>{rows}</tbody></table><p>买家备注：{e(order.remark or '无')}</p>"
        "<button onclick='window.print()'>打印</button></body></html>"
    )


async def briefs(order_ids: list[int]) -> list[dict[str, Any]]:
    """What other contexts need to tell people about orders (notices): number, buyer, shop, amount and
    the first line's title with the number of lines; two queries however many orders."""
    if not order_ids:
        return []
    rows = await Order.filter(id__in=order_ids).order_by("id").values("id", "order_no", "user_id", "shop_id", "payable")
    titles: dict[int, list[str]] = defaultdict(list)
    for line in await OrderLine.filter(order_id__in=order_ids).order_by("id").values("order_id", "title"):
        titles[line["order_id"]].append(line["title"])
    return [{**row, "title": (titles[row["id"]] or [""])[0], "lines": len(titles[row["id"]])} for row in rows]
