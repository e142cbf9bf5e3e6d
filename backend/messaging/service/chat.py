"""Chat rules: opening, sending, reading and handing conversations between agents.

Shoppers reach only their own conversations; agents (permission ``chat:agent``) only their shop's,
platform agents only the platform's (``shop_id`` null). Another tenant's or user's conversation is
a 404. Every stored message is then published through the hub to the other side's connections.
"""

from __future__ import annotations

import logging
from typing import Any

from tortoise.exceptions import DoesNotExist, IntegrityError
from tortoise.expressions import F
from tortoise.timezone import now

from backend.accounts import service as accounts
from backend.core import events
from backend.core.auth import Actor
from backend.core.db import inside_transaction, transaction
from backend.core.errors import Conflict, CoreError, DomainError, NotFound
from backend.messaging import hub as fanout
from backend.messaging.errors import ChatError
from backend.messaging.models import Conversation, Message
from backend.messaging.schemas import AgentQueueQuery, HistoryQuery, MessageIn, MessageOut
from backend.messaging.service import cards
from backend.messaging.service.group_commit import ConversationMoved, GroupCommit, NotStored
from backend.messaging.states import conversations
from backend.shops import service as shops

AGENT_PERMISSION = "chat:agent"
MESSAGE_STORED = "chat.message_stored"  # (conversation, message), inside the storing transaction
log = logging.getLogger("backend.messaging")


def _not_found() -> NotFound:
    return NotFound(ChatError.conversation_not_found, "会话不存在")


def is_agent(actor: Actor) -> bool:
    return actor.kind == "staff" and actor.can(AGENT_PERMISSION)


def connection_keys(actor: Actor) -> list[str]:
    """The hub keys a connection of this caller listens on."""
    if actor.kind == "consumer":
        return [fanout.user_key(actor.id)]
    keys = [fanout.staff_key(actor.id)]
    if is_agent(actor):
        keys.append(fanout.desk_key(actor.shop_id))
    return keys


def _recipients(conversation: Conversation) -> list[str]:
    agents = (fanout.staff_key(conversation.agent_id) if conversation.agent_id
              else fanout.desk_key(conversation.shop_id))
    return [fanout.user_key(conversation.user_id), agents]


def agent_scope(actor: Actor):
    """Conversations an agent may see: their own shop's, or the platform's for platform staff."""
    if not is_agent(actor):
        return Conversation.filter(id__in=[])
    if actor.shop_id is None:
        return Conversation.filter(shop_id__isnull=True)
    return Conversation.filter(shop_id=actor.shop_id)


async def conversation_for(actor: Actor, conversation_id: int) -> Conversation:
    queryset = Conversation.filter(user_id=actor.id) if actor.kind == "consumer" else agent_scope(actor)
    conversation = await queryset.get_or_none(id=conversation_id)
    if conversation is None:
        raise _not_found()
    return conversation


async def _with_last_messages(rows: list[Conversation]) -> list[Conversation]:
    ids = [c.last_message_id for c in rows if c.last_message_id]
    last = {m.id: m for m in await Message.filter(id__in=ids)} if ids else {}
    for row in rows:
        row.last_message = last.get(row.last_message_id)  # type: ignore[attr-defined]
    return rows


# --- shoppers ---------------------------------------------------------------------------------

async def open_conversation(actor: Actor, shop_id: int | None) -> tuple[Conversation, bool]:
    """The shopper's unclosed conversation with this shop (or the platform), or a new one."""
    if shop_id is not None:
        try:
            await shops.get_shop(shop_id)
        except NotFound:
            raise NotFound(ChatError.shop_not_found, "店铺不存在") from None
    existing = (await Conversation.filter(user_id=actor.id, shop_id=shop_id, status__not="closed")
                .order_by("-id").first())
    if existing is not None:
        return (await _with_last_messages([existing]))[0], False
    conversation = await Conversation.create(user_id=actor.id, shop_id=shop_id)
    conversation.last_message = None  # type: ignore[attr-defined]
    return conversation, True


async def my_conversations(actor: Actor) -> list[Conversation]:
    rows = await Conversation.filter(user_id=actor.id).order_by("-updated_at", "-id").limit(100)
    return await _with_last_messages(rows)


# --- agents -----------------------------------------------------------------------------------

async def agent_queue(actor: Actor, query: AgentQueueQuery) -> tuple[list[Conversation], int]:
    queryset = agent_scope(actor)
    if query.status:
        queryset = queryset.filter(status=query.status)
    if query.mine:
        queryset = queryset.filter(agent_id=actor.id)
    total = await queryset.count()
    rows = await queryset.order_by("-updated_at", "-id").offset(query.offset).limit(query.page_size)
    return await _with_last_messages(rows), total


async def accept(actor: Actor, conversation_id: int) -> Conversation:
    conversation = await conversation_for(actor, conversation_id)
    async with transaction():
        await conversations.fire(conversation, "accept", actor=actor.label(), agent_id=actor.id)
        notice = await _system_message(conversation, "客服已接入，请问有什么可以帮您？")
    await _publish(conversation, notice)
    return (await _with_last_messages([conversation]))[0]


async def transfer(actor: Actor, conversation_id: int, agent_id: int) -> Conversation:
    conversation = await conversation_for(actor, conversation_id)
    await _check_agent(conversation, agent_id)
    previous = conversation.agent_id
    async with transaction():
        await conversations.fire(conversation, "transfer", actor=actor.label(),
                                 note=f"{previous} -> {agent_id}", agent_id=agent_id)
        notice = await _system_message(conversation, "已为您转接其他客服")
    await _publish(conversation, notice)
    if previous and previous != agent_id:  # the previous agent's console drops the thread
        await fanout.hub.publish([fanout.staff_key(previous)], {
            "type": "transferred", "conversation_id": conversation.id, "agent_id": agent_id})
    return (await _with_last_messages([conversation]))[0]


async def _check_agent(conversation: Conversation, agent_id: int) -> None:
    if agent_id == conversation.agent_id:
        raise Conflict(ChatError.agent_not_found, "会话已由该客服接待")
    try:
        staff = await accounts.get_staff_view(agent_id)
    except DoesNotExist:
        staff = None
    same_shop = staff is not None and (staff["shop"] or {}).get("id") == conversation.shop_id
    if (staff is None or not same_shop or staff["status"] != "active"
            or AGENT_PERMISSION not in staff["permissions"]):
        raise NotFound(ChatError.agent_not_found, "客服不存在", {"agent_id": "客服不存在"})


async def close(actor: Actor, conversation_id: int) -> Conversation:
    conversation = await conversation_for(actor, conversation_id)
    async with transaction():
        await conversations.fire(conversation, "close", actor=actor.label())
        notice = await _system_message(conversation, "本次会话已结束，感谢您的咨询")
    await _publish(conversation, notice)
    return (await _with_last_messages([conversation]))[0]


# --- both sides -------------------------------------------------------------------------------

async def history(actor: Actor, conversation_id: int, query: HistoryQuery) -> list[Message]:
    """Messages after ``after_id`` oldest first (resume), or the page before ``before_id`` (scroll up)."""
    conversation = await conversation_for(actor, conversation_id)
    return await messages_after(conversation.id, query)


async def messages_after(conversation_id: int, query: HistoryQuery) -> list[Message]:
    queryset = Message.filter(conversation_id=conversation_id)
    if query.before_id is not None:
        rows = await queryset.filter(id__lt=query.before_id).order_by("-id").limit(query.limit)
        return rows[::-1]
    return await queryset.filter(id__gt=query.after_id).order_by("id").limit(query.limit)


async def mark_read(actor: Actor, conversation_id: int) -> Conversation:
    """Read receipt: zero the caller's side's unread count and tell the other side."""
    conversation = await conversation_for(actor, conversation_id)
    side = "unread_for_user" if actor.kind == "consumer" else "unread_for_agent"
    await Conversation.filter(id=conversation.id).update(**{side: 0})  # updated_at kept: the list order
    setattr(conversation, side, 0)
    await fanout.hub.publish(_recipients(conversation), {
        "type": "read", "conversation_id": conversation.id, "reader": actor.kind,
        "last_message_id": conversation.last_message_id})
    return (await _with_last_messages([conversation]))[0]


class KnownConversations:
    """The conversations one connection has sent to, so a message does not read its conversation first.

    Whose a conversation is (shopper, shop) never changes; what can change (status, agent, WeChat
    openid) is re-checked where each message is stored (the batch's locked read, or ``_store`` with
    ``unchanged``): when another request moved the row, the message is sent again against a fresh read.
    """

    LIMIT = 64  # an agent's console holds a few dozen threads at most

    def __init__(self, actor: Actor) -> None:
        self.actor = actor
        self.rows: dict[int, Conversation] = {}

    async def get(self, conversation_id: int) -> Conversation:
        row = self.rows.get(conversation_id)
        if row is None:
            row = await conversation_for(self.actor, conversation_id)
            if len(self.rows) >= self.LIMIT:
                self.rows.clear()
            self.rows[conversation_id] = row
        return row

    def forget(self, conversation_id: int) -> None:
        self.rows.pop(conversation_id, None)


SEND_ATTEMPTS = 3


async def send(actor: Actor, data: MessageIn, *, connection_id: str | None = None,
               known: KnownConversations | None = None) -> tuple[Message, bool]:
    """Store one message and publish it; the same ``client_id`` again returns the stored one.

    Returns (message, created) once the message is committed. The sending connection is left out
    of the fan-out: it gets an ack. A socket passes its ``known`` conversations: then a message
    costs no read of its own, only its share of a batch (``group_commit``).
    """
    known = known or KnownConversations(actor)
    try:
        for _ in range(SEND_ATTEMPTS):
            conversation = await known.get(data.conversation_id)
            try:
                return await _send_once(actor, data, conversation, connection_id)
            except ConversationMoved:
                known.forget(data.conversation_id)
        raise Conflict(CoreError.invalid_transition, "状态已被其他操作改变，请刷新后重试")
    except NotStored:
        raise
    except (IntegrityError, DomainError):  # a retry of a stored message: whatever changed since, answer it
        existing = await _already_stored(actor, data.client_id)
        if existing is None:
            raise
        return existing, False


async def _send_once(actor: Actor, data: MessageIn, conversation: Conversation,
                     connection_id: str | None) -> tuple[Message, bool]:
    body = await cards.checked_body(conversation, data.kind, data.body)
    if conversation.status == "closed":
        raise Conflict(ChatError.conversation_closed, "会话已结束，请重新发起咨询")
    if actor.kind == "staff" and (conversation.status != "active" or conversation.agent_id != actor.id):
        raise Conflict(ChatError.not_assigned, "请先接入该会话")
    opens = actor.kind == "consumer" and conversation.status == "open"
    # a batch is its own transaction in its own task: a caller's transaction, or the first message
    # (which moves the status in the same transaction), is stored alone
    if not opens and not inside_transaction():
        return await batches.store(conversation, actor.kind, actor.id, data.kind, body, data.client_id,
                                   connection_id)
    async with transaction():
        message = await _store(conversation, actor.kind, actor.id, data.kind, body, data.client_id, unchanged=True)
        if opens:
            await conversations.fire(conversation, "customer_message", actor=actor.label())
    await _publish(conversation, message, exclude=connection_id)
    return message, True


async def _already_stored(actor: Actor, client_id: str | None) -> Message | None:
    if not client_id:
        return None
    return await Message.get_or_none(sender_kind=actor.kind, sender_id=actor.id, client_id=client_id)


async def _store(conversation: Conversation, sender_kind: str, sender_id: int | None, kind: str,
                 body: dict[str, Any], client_id: str | None = None, *, unchanged: bool = False) -> Message:
    """Insert the message and move the conversation's last message and unread count, one statement each.

    ``unchanged``: only while the conversation's status, agent and WeChat openid are still what
    ``conversation`` says (the caller decided on them); otherwise ``ConversationMoved`` rolls the
    message back.
    """
    message = await Message.create(conversation_id=conversation.id, sender_kind=sender_kind, sender_id=sender_id,
                                   kind=kind, body=body, client_id=client_id, text=cards.plain_text(kind, body))
    counter = "unread_for_agent" if sender_kind == "consumer" else "unread_for_user"
    row = Conversation.filter(id=conversation.id)
    if unchanged:
        row = row.filter(status=conversation.status, agent_id=conversation.agent_id,
                         wechat_openid=conversation.wechat_openid)
    if not await row.update(last_message_id=message.id, updated_at=now(), **{counter: F(counter) + 1}):
        raise ConversationMoved
    conversation.last_message_id = message.id
    await _announce(conversation, message)
    return message


async def _system_message(conversation: Conversation, text: str) -> Message:
    return await _store(conversation, "system", None, "text", {"text": text})


async def _publish(conversation: Conversation, message: Message, exclude: str | None = None) -> None:
    await _publish_all([(conversation, message, exclude)])


async def _publish_all(stored: list[tuple[Conversation, Message, str | None]]) -> None:
    """Fan the messages out in order, as one hub call (one Redis envelope) however many they are."""
    routes = [(_recipients(conversation), fanout.dumps({"type": "message", "message": message_view(message)}),
               exclude) for conversation, message, exclude in stored]
    try:
        await fanout.hub.publish_many(routes)
    except Exception:  # stored already: the other side catches up with resume/history
        log.warning("%d chat messages stored but not published", len(routes), exc_info=True)


async def _announce(conversation: Conversation, message: Message) -> None:
    await events.publish(MESSAGE_STORED, conversation=conversation, message=message)  # in the caller's transaction


def message_view(message: Message) -> dict[str, Any]:
    return MessageOut.model_validate(message).model_dump(mode="json")


batches = GroupCommit(stored=_announce, committed=_publish_all)
