"""What a message may carry, checked on the server when it is sent.

Text as typed; an image only from our own storage (an upload through ``POST /uploads/images``); a
product card filled from the catalog (title, image, price: never what the client claims); an order
card filled from the orders service, and only for an order of the conversation's own shopper.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import ValidationError

from backend.catalog import service as catalog
from backend.core.errors import Invalid, NotFound
from backend.core.http import field_errors
from backend.core.runtime import runtime
from backend.integrations.storage import InvalidStorageKey, validate_key
from backend.messaging.errors import ChatError
from backend.messaging.models import Conversation
from backend.messaging.schemas import BODIES, TEXT_MAX
from backend.orders import service as orders

IMAGE_KEY = re.compile(r"uploads/(user|shop)/\d{6}/[0-9a-f]{32}\.(jpg|png|gif|webp)")


def _refused(fields: dict[str, str]) -> Invalid:
    return Invalid(ChatError.invalid_message, "消息内容不合法", fields)


def _parsed(kind: str, body: dict[str, Any]) -> Any:
    try:
        return BODIES[kind].model_validate(body)
    except ValidationError as exc:
        raise _refused({f"body.{k}": v for k, v in field_errors(exc).items()}) from None


async def checked_body(conversation: Conversation, kind: str, body: dict[str, Any]) -> dict[str, Any]:
    """The body to store for this message, or 422 ``invalid_message`` naming the field at fault."""
    parsed = _parsed(kind, body)
    if kind == "text":
        return {"text": parsed.text}
    if kind == "image":
        return {"url": await _our_image(parsed.url)}
    if kind == "product_card":
        return await _product_card(conversation, parsed.product_id)
    return await _order_card(conversation, parsed.order_no)


async def _our_image(url: str) -> str:
    """Accept only a URL our storage gave for an uploaded image that is still stored."""
    storage = runtime().storage
    prefix = storage.url("uploads/x")[: -len("uploads/x")]
    key = url[len(prefix):] if url.startswith(prefix) else ""
    try:
        ours = bool(IMAGE_KEY.fullmatch(key)) and validate_key(key) == key and await storage.exists(key)
    except InvalidStorageKey:
        ours = False
    if not ours:
        raise _refused({"body.url": "只能发送本站上传的图片"})
    return url


async def _product_card(conversation: Conversation, product_id: int) -> dict[str, Any]:
    card = (await catalog.cards_by_ids([product_id], shop_id=conversation.shop_id)).get(product_id)
    if card is None:
        raise _refused({"body.product_id": "商品不存在或已下架"})
    return {"product_id": card["id"], "title": card["title"], "image": card["image"], "price": card["price"],
            "shop_id": card["shop_id"]}


async def _order_card(conversation: Conversation, order_no: str) -> dict[str, Any]:
    try:
        card = await orders.card_for_buyer(conversation.user_id, order_no)
    except NotFound:
        card = None
    if card is None or (conversation.shop_id is not None and card["shop_id"] != conversation.shop_id):
        raise _refused({"body.order_no": "订单不存在"})
    first = card["lines"][0] if card["lines"] else {}
    return {
        "order_no": card["order_no"], "shop_id": card["shop_id"], "status": card["status"],
        "status_text": card["status_text"], "amount": card["payable"], "quantity": card["quantity"],
        "line_count": len(card["lines"]),
        "first_line": {"title": first.get("title", ""), "image": first.get("image", ""),
                       "spec_text": first.get("spec_text", ""), "quantity": first.get("quantity", 0)},
    }


def plain_text(kind: str, body: dict[str, Any]) -> str:
    """The message as one line of text: what history search looks in, and what WeChat is sent."""
    return _plain(kind, body)[:TEXT_MAX]


def _plain(kind: str, body: dict[str, Any]) -> str:
    if kind == "text":
        return body.get("text", "")
    if kind == "image":
        return f"[图片] {body.get('url', '')}"
    if kind == "product_card":
        price = body.get("price", 0)
        return f"[商品] {body.get('title', '')} ¥{price // 100}.{price % 100:02d}"
    if kind == "order_card":
        return f"[订单] {body.get('order_no', '')} {body.get('status_text', '')}"
    return ""
