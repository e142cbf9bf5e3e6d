"""The agents' console (客服工作台) beyond the queue: availability, transfer to an online colleague,
the customer's recent orders, unread counts, history search and quick replies.

Everything is scoped like the queue (``service.conversation_for`` / ``service.agent_scope``): a merchant's
agents reach only their shop's conversations and replies, platform agents only the platform desk's.
"""

from __future__ import annotations

from typing import Any

from tortoise.expressions import Q, Subquery

from backend.accounts import service as accounts
from backend.core.auth import Actor
from backend.core.db import transaction
from backend.core.errors import Conflict, Invalid, NotFound
from backend.messaging.errors import ChatError
from backend.messaging.models import AgentStatus, Conversation, Message, QuickReply
from backend.messaging.schemas import QuickReplyChange, QuickReplyIn, SearchQuery
from backend.messaging.service import chat as service
from backend.orders import service as orders

# --- availability and transfer ------------------------------------------------------------------


async def my_status(actor: Actor) -> str:
    row = await AgentStatus.get_or_none(staff_id=actor.id)
    return row.status if row else "offline"


async def set_status(actor: Actor, status: str) -> str:
    await AgentStatus.update_or_create(staff_id=actor.id, defaults={"status": status, "shop_id": actor.shop_id})
    return status


async def agents(actor: Actor, status: str | None = None) -> list[dict[str, Any]]:
    """The active agents of my desk with their availability and how many conversations each holds."""
    staff = await accounts.staff_with_permission(actor.shop_id, service.AGENT_PERMISSION)
    ids = [s["id"] for s in staff]
    states = dict(await AgentStatus.filter(staff_id__in=ids).values_list("staff_id", "status")) if ids else {}
    held: dict[int, int] = {}
    for agent_id in await Conversation.filter(agent_id__in=ids, status="active").values_list("agent_id", flat=True):
        held[agent_id] = held.get(agent_id, 0) + 1
    rows = [{"id": s["id"], "name": s["name"], "username": s["username"], "status": states.get(s["id"], "offline"),
             "active_conversations": held.get(s["id"], 0)} for s in staff]
    return [row for row in rows if status is None or row["status"] == status]


async def transfer(actor: Actor, conversation_id: int, agent_id: int) -> Conversation:
    """Hand a conversation to another agent of the desk who is online (在线)."""
    conversation = await service.conversation_for(actor, conversation_id)
    colleagues = await accounts.staff_with_permission(conversation.shop_id, service.AGENT_PERMISSION)
    if agent_id in {s["id"] for s in colleagues} and agent_id != conversation.agent_id:
        state = await AgentStatus.get_or_none(staff_id=agent_id)
        if state is None or state.status != "online":
            raise Conflict(ChatError.agent_not_online, "该客服当前不在线，无法转接", {"agent_id": "客服不在线"})
    return await service.transfer(actor, conversation_id, agent_id)  # unknown agents: 404 there


# --- beside the chat ------------------------------------------------------------------------------


async def customer_orders(actor: Actor, conversation_id: int, limit: int) -> list[dict[str, Any]]:
    conversation = await service.conversation_for(actor, conversation_id)
    return await orders.recent_for_customer(actor, conversation.user_id, limit)


async def unread(actor: Actor) -> dict[str, Any]:
    """Unread counts of conversations assigned to me and of those waiting in my queue (the badge)."""
    rows = await (service.agent_scope(actor).filter(Q(status="active", agent_id=actor.id) | Q(status="waiting"))
                  .order_by("-updated_at", "-id").values("id", "status", "unread_for_agent"))
    return {
        "total": sum(r["unread_for_agent"] for r in rows),
        "waiting": sum(1 for r in rows if r["status"] == "waiting"),
        "conversations": [{"id": r["id"], "status": r["status"], "unread": r["unread_for_agent"]}
                          for r in rows if r["unread_for_agent"]],
    }


async def search(actor: Actor, query: SearchQuery) -> tuple[list[dict[str, Any]], int]:
    """Messages of my desk's conversations whose text contains the keyword, newest first."""
    queryset = Message.filter(conversation_id__in=Subquery(service.agent_scope(actor).values("id")),
                              text__icontains=query.keyword)
    total = await queryset.count()
    rows = await queryset.order_by("-id").offset(query.offset).limit(query.page_size)
    ids = {m.conversation_id for m in rows}
    threads = {c["id"]: c for c in await Conversation.filter(id__in=ids).values("id", "user_id", "shop_id", "status")}
    return [{"message": service.message_view(m), "conversation": threads[m.conversation_id]} for m in rows], total


# --- quick replies (快捷回复) -----------------------------------------------------------------------


def _replies(actor: Actor):
    if actor.shop_id is None:
        return QuickReply.filter(shop_id__isnull=True)
    return QuickReply.filter(shop_id=actor.shop_id)


async def quick_replies(actor: Actor) -> list[QuickReply]:
    return await _replies(actor).order_by("-sort", "id")


async def _reply(actor: Actor, reply_id: int) -> QuickReply:
    reply = await _replies(actor).get_or_none(id=reply_id)
    if reply is None:
        raise NotFound(ChatError.quick_reply_not_found, "快捷回复不存在")
    return reply


async def create_quick_reply(actor: Actor, data: QuickReplyIn) -> QuickReply:
    return await QuickReply.create(shop_id=actor.shop_id, **data.model_dump())


async def change_quick_reply(actor: Actor, reply_id: int, data: QuickReplyChange) -> QuickReply:
    reply = await _reply(actor, reply_id)
    changes = data.model_dump(exclude_none=True)
    if changes:
        reply.update_from_dict(changes)
        await reply.save(update_fields=[*changes, "updated_at"])
    return reply


async def delete_quick_reply(actor: Actor, reply_id: int) -> None:
    await (await _reply(actor, reply_id)).delete()


async def reorder_quick_replies(actor: Actor, ids: list[int]) -> list[QuickReply]:
    """Put every reply of my desk in the given order (first shown first)."""
    existing = set(await _replies(actor).values_list("id", flat=True))
    if len(ids) != len(set(ids)) or set(ids) != existing:
        raise Invalid(ChatError.quick_reply_not_found, "请提交全部快捷回复的新顺序", {"ids": "与现有快捷回复不一致"})
    async with transaction():
        for position, reply_id in enumerate(ids):
            await QuickReply.filter(id=reply_id).update(sort=len(ids) - position)
    return await quick_replies(actor)
