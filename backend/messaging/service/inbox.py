"""Both sides' doors besides the socket: opening a conversation with a card, sending over REST
(for a shell whose socket is down), and the shopper's unread badge."""

from __future__ import annotations

from typing import Any

from backend.core.auth import Actor
from backend.core.ratelimit import limit
from backend.core.runtime import runtime
from backend.messaging.models import Conversation, Message
from backend.messaging.schemas import CardIn, MessageBodyIn, MessageIn
from backend.messaging.service import cards
from backend.messaging.service import chat as service

RATE_MAX_MESSAGES = 10  # the socket's per-connection limit, per account here
RATE_WINDOW_SECONDS = 10


async def open_conversation(actor: Actor, shop_id: int | None, card: CardIn | None) -> tuple[Conversation, bool]:
    """Open (or find) the conversation; a card from the product detail or an order becomes its next message.

    The card is checked before anything is stored, so a refused card leaves no empty conversation.
    """
    body: dict[str, Any] = {}
    if card is not None:
        body = {"product_id": card.product_id} if card.kind == "product_card" else {"order_no": card.order_no}
        await cards.checked_body(Conversation(user_id=actor.id, shop_id=shop_id), card.kind, body)
    conversation, created = await service.open_conversation(actor, shop_id)
    if card is None:
        return conversation, created
    message, _ = await service.send(actor, MessageIn(conversation_id=conversation.id, client_id=card.client_id,
                                                     kind=card.kind, body=body))
    conversation = await service.conversation_for(actor, conversation.id)
    conversation.last_message = message  # type: ignore[attr-defined]
    return conversation, created


async def send(actor: Actor, conversation_id: int, data: MessageBodyIn) -> tuple[Message, bool]:
    await limit(runtime().cache, f"chat:send:{actor.label()}", max_hits=RATE_MAX_MESSAGES,
                window_seconds=RATE_WINDOW_SECONDS, message="发送太频繁，请稍后再试")
    return await service.send(actor, MessageIn(conversation_id=conversation_id, **data.model_dump()))


async def unread(actor: Actor) -> dict[str, Any]:
    rows = await (Conversation.filter(user_id=actor.id, unread_for_user__gt=0).order_by("-updated_at", "-id")
                  .values("id", "shop_id", "unread_for_user"))
    return {"total": sum(r["unread_for_user"] for r in rows),
            "conversations": [{"id": r["id"], "shop_id": r["shop_id"], "unread": r["unread_for_user"]} for r in rows]}
