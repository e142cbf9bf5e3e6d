"""Checkout: preview what the buyer will pay, and submit it as orders under one payment.

Submit is idempotent by the client's key, takes stock with one guarded statement, and does
everything in one transaction: any failure leaves stock, orders and payment untouched.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from typing import Any

from tortoise.exceptions import IntegrityError

from backend.accounts import service as accounts
from backend.catalog import service as catalog
from backend.checkout.coupons import CouponFit, coupon_orders, coupons_view, fit_coupons, refusal_message
from backend.checkout.errors import CheckoutError
from backend.checkout.quotes import Item, Priced, PricedGift, PricedItem, quote_items, unavailable_reason
from backend.checkout.schemas import PreviewIn, SubmitIn
from backend.core import events
from backend.core.db import transaction
from backend.core.errors import BadRequest, Conflict, Invalid, NotFound
from backend.coupons import service as coupons
from backend.members import service as members
from backend.orders import service as orders
from backend.payments import service as payments
from backend.payments.schemas import PayableOrder
from backend.pricing.schemas import Benefits, BuyerContext, QuotedLine
from backend.shops import service as shops

__all__ = ["Item", "Priced", "PricedItem", "payment_methods", "preview", "quote_items", "submit", "unavailable_reason"]
DELIVERY = ({"code": "express", "name": "快递配送", "enabled": True},
            {"code": "pickup", "name": "到店自提", "enabled": False})
DISCOUNT_NAMES = {"activity": "活动优惠", "package_price": "打包一口价", "full_reduction": "满减",
                  "full_discount": "满折", "coupon": "优惠券", "points": "积分抵扣"}
ADDRESS_FIELDS = ("name", "phone", "province", "city", "district", "detail")


async def _address(user_id: int, address_id: int | None) -> Any:
    if address_id is not None:
        try:
            return await members.get_address(user_id, address_id)
        except NotFound:
            raise NotFound(CheckoutError.address_not_found, "收货地址不存在，请重新选择") from None
    default = await members.default_address(user_id)
    if default is not None:
        return default
    addresses = await members.list_addresses(user_id)
    return addresses[0] if addresses else None


def _items(data: PreviewIn) -> list[Item]:
    return [Item(line_id=index, sku_id=item.sku_id, quantity=item.quantity, unit=item.unit)
            for index, item in enumerate(data.items)]


async def _priced(user_id: int, data: PreviewIn, address: Any, *, listing: bool) -> tuple[Priced, CouponFit]:
    """The items priced with the coupons chosen; with ``listing``, every coupon held sorted too."""
    buyer = BuyerContext(user_id=user_id, province=address.province if address else None)
    priced = await quote_items(_items(data), buyer, Benefits(use_points=data.use_points))
    held = await coupons.coupons_for_checkout(user_id, {p.sku.shop_id for p in priced.items}, data.coupon_ids,
                                              held=listing)
    fit = fit_coupons(priced, held, data.coupon_ids, data.use_points, listing=listing)
    return replace(priced, quote=fit.quote), fit


def _quote_line(p: PricedItem, quoted: QuotedLine) -> dict[str, Any]:
    return {
        "sku_id": p.sku.sku_id, "product_id": p.sku.product_id, "title": p.sku.title, "image": p.sku.image,
        "spec_text": p.sku.spec_text, "unit": p.item.unit, "unit_name": p.sku.unit_name(p.item.unit),
        "quantity": p.item.quantity, "unit_price": p.unit_price, "goods": quoted.base,
        "discount": quoted.discount, "freight": quoted.freight, "payable": quoted.payable,
    }


def _amounts(priced: Priced) -> dict[str, Any]:
    quote = priced.quote
    by_source: dict[str, int] = {}
    for adjustment in quote.adjustments:
        if adjustment.source in DISCOUNT_NAMES:
            by_source[adjustment.source] = by_source.get(adjustment.source, 0) - adjustment.amount
    return {
        "goods_total": quote.goods_total, "freight_total": quote.freight_total,
        "discount_total": quote.discount_total,
        "discounts": [{"source": s, "name": DISCOUNT_NAMES[s], "amount": a} for s, a in by_source.items() if a],
        "points_used": quote.points_used, "points_discount": by_source.get("points", 0), "payable": quote.payable,
    }


def _gift_view(gift: PricedGift) -> dict[str, Any]:
    sku = gift.sku
    return {"sku_id": gift.gift.sku_id, "title": sku.title if sku else "", "image": sku.image if sku else "",
            "spec_text": sku.spec_text if sku else "", "quantity": gift.gift.quantity, "available": gift.available}


async def payment_methods(user_id: int, channel: str) -> list[dict[str, str]]:
    """CO-2: what the platform offers on this channel, narrowed to what this customer may use."""
    offered = await payments.methods(channel)
    allowed = await accounts.allowed_payment_methods(user_id)
    return [method for method in offered if method["code"] in allowed] if allowed else offered


async def _view(priced: Priced, fit: CouponFit, address: Any, methods: list[dict[str, str]]) -> dict[str, Any]:
    quoted = {line.line_id: line for line in priced.quote.lines}
    shop_ids = {p.sku.shop_id for p in priced.items} | {c.shop_id for c, _ in fit.unusable if c.shop_id}
    shop_rows = await shops.shops_by_id(shop_ids)
    by_line = {p.item.line_id: p for p in priced.items}
    return {
        "address": _address_view(address),
        "delivery_methods": list(DELIVERY),
        "payment_methods": methods,
        "shops": [
            {"shop_id": shop.shop_id, "shop_name": shop_rows[shop.shop_id].name if shop.shop_id in shop_rows else "",
             "lines": [_quote_line(by_line[line.line_id], line) for line in priced.quote.lines
                       if line.shop_id == shop.shop_id],
             "gifts": [_gift_view(gift) for gift in priced.gifts if gift.gift.shop_id == shop.shop_id],
             "goods_total": shop.goods_total, "discount_total": shop.discount_total,
             "freight_total": shop.freight_total, "payable": shop.payable}
            for shop in priced.quote.shops
        ],
        "invalid": [{"sku_id": priced.sku_of(line_id), "reason": reason} for line_id, reason in priced.invalid.items()],
        "amounts": _amounts(priced),
        "coupons": coupons_view(fit, {shop_id: shop.name for shop_id, shop in shop_rows.items()}),
        "deliverable": priced.quote.deliverable,
        "undeliverable": [{"sku_id": by_line[line.line_id].sku.sku_id, "reason": str(line.undeliverable)}
                          for line in quoted.values() if line.undeliverable],
    }


def _address_view(address: Any) -> dict[str, Any] | None:
    if address is None:
        return None
    return {"id": address.id, **{name: getattr(address, name) for name in ADDRESS_FIELDS},
            "is_default": address.is_default}


async def preview(user_id: int, data: PreviewIn, channel: str = "h5") -> dict[str, Any]:
    address = await _address(user_id, data.address_id)
    methods = await payment_methods(user_id, channel)
    priced, fit = await _priced(user_id, data, address, listing=True)
    return await _view(priced, fit, address, methods)


# --- submit -------------------------------------------------------------------------------------

def _fingerprint(data: SubmitIn) -> str:
    body = data.model_dump(mode="json", exclude={"expected_payable"})
    return hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()


def _check_key(key: str | None) -> str:
    if not key or not 8 <= len(key) <= 64 or not key.replace("-", "").isalnum():
        raise BadRequest(CheckoutError.idempotency_key_required, "缺少或无效的 Idempotency-Key 请求头",
                         {"Idempotency-Key": "8-64 位字母、数字或连字符"})
    return key


async def _answered(user_id: int, key: str, fingerprint: str) -> dict[str, Any] | None:
    record = await orders.checkout_record(user_id, key)
    if record is None:
        return None
    if record["fingerprint"] != fingerprint:
        raise Conflict(CheckoutError.idempotency_key_reused, "该请求标识已用于另一笔订单，请刷新后重试")
    return record["answer"]


def _check_coupons(fit: CouponFit) -> None:
    if fit.rejected:
        raise Invalid(CheckoutError.coupon_unusable, refusal_message(fit),
                      {str(coupon_id): reason for coupon_id, reason in fit.rejected.items()})


def _check_sellable(priced: Priced, data: SubmitIn, methods: list[dict]) -> None:
    if priced.invalid:
        fields = {str(priced.sku_of(line_id)): reason for line_id, reason in priced.invalid.items()}
        raise Conflict(CheckoutError.items_unavailable, "部分商品已失效或库存不足，请返回修改", fields)
    if not priced.quote.deliverable:
        raise Invalid(CheckoutError.undeliverable, "部分商品不支持配送到该地址", {"address_id": "不在配送范围内"})
    if data.payment_method not in {method["code"] for method in methods}:
        raise Invalid(CheckoutError.payment_method_not_allowed, "不支持该支付方式", {"payment_method": "请重新选择"})
    if data.expected_payable is not None and data.expected_payable != priced.quote.payable:
        raise Conflict(CheckoutError.price_changed, "商品价格有变动，请确认后重新提交",
                       {"payable": str(priced.quote.payable)})


def _new_lines(priced: Priced) -> list[orders.NewLine]:
    """The bought lines, then the gifts in stock (满赠) as lines at price 0 of the shop's order."""
    bought = [
        orders.NewLine(line_id=p.item.line_id, sku_id=p.sku.sku_id, product_id=p.sku.product_id,
                       shop_id=p.sku.shop_id, title=p.sku.title, image=p.sku.image, spec_text=p.sku.spec_text,
                       unit=p.item.unit, unit_name=p.sku.unit_name(p.item.unit), factor=p.sku.factor(p.item.unit),
                       quantity=p.item.quantity, unit_price=p.unit_price)
        for p in priced.items
    ]
    given = [
        orders.NewLine(line_id=f"gift:{index}", sku_id=sku.sku_id, product_id=sku.product_id,
                       shop_id=gift.gift.shop_id, title=sku.title, image=sku.image, spec_text=sku.spec_text,
                       unit=0, unit_name=sku.unit_name(0), factor=1, quantity=gift.gift.quantity, unit_price=0,
                       gift_of=gift.gift.ref)
        for index, gift in enumerate(priced.gifts) if gift.available and (sku := gift.sku)
    ]
    return bought + given


async def submit(user_id: int, key: str | None, data: SubmitIn) -> tuple[dict[str, Any], bool]:
    """Place the orders; ``(answer, created)``: the same key again answers the first answer."""
    key, fingerprint = _check_key(key), _fingerprint(data)
    if (answer := await _answered(user_id, key, fingerprint)) is not None:
        return answer, False
    address = await _address(user_id, data.address_id)
    if address is None:
        raise Invalid(CheckoutError.address_required, "请先添加收货地址", {"address_id": "请选择收货地址"})
    priced, fit = await _priced(user_id, data, address, listing=False)
    _check_sellable(priced, data, await payment_methods(user_id, data.channel))
    _check_coupons(fit)
    spec = orders.NewOrders(
        user_id=user_id, channel=data.channel, delivery=data.delivery, attachments=data.attachments,
        address={name: getattr(address, name) for name in ADDRESS_FIELDS},
        remarks=data.remarks, invoice=data.invoice.model_dump() if data.invoice else None)
    lines = _new_lines(priced)
    try:
        async with transaction():
            created = await orders.create_orders(spec, lines, priced.quote)
            if fit.applied:
                await coupons.use_coupons(user_id, coupon_orders(fit, {o.shop_id: (o.id, o.order_no) for o in created}))
            payment = await payments.create_payment(user_id, [
                PayableOrder(order_id=o.id, order_no=o.order_no, shop_id=o.shop_id, amount=o.payable) for o in created
            ], subject=_subject(priced))
            on_delivery = payments.pays_on_delivery(data.payment_method)
            if on_delivery:
                await payments.defer_to_delivery(payment.payment_no, data.channel)
            await orders.attach_payment(created, payment.payment_no, on_delivery=on_delivery)
            await _take_stock(lines, payment.payment_no)
            answer = {"payment": {"payment_no": payment.payment_no, "amount": payment.amount},
                      "orders": [{"order_no": o.order_no, "shop_id": o.shop_id, "payable": o.payable,
                                  "status": o.status} for o in created]}
            await orders.save_checkout_record(user_id, key, fingerprint, answer)
            await events.publish("orders.created", user_id=user_id, cart_line_ids=data.cart_line_ids,
                                 order_nos=[o.order_no for o in created])
    except IntegrityError:  # the same key submitted twice at once: the first one won
        if (answer := await _answered(user_id, key, fingerprint)) is not None:
            return answer, False
        raise
    return answer, True


async def _take_stock(lines: list[orders.NewLine], ref: str) -> None:
    await catalog.take_stock([catalog.StockLine(line.sku_id, line.product_id, line.quantity * line.factor)
                              for line in lines], ref)


def _subject(priced: Priced) -> str:
    first = priced.items[0].sku.title
    return first if len(priced.items) == 1 else f"{first} 等{len(priced.items)}件商品"
