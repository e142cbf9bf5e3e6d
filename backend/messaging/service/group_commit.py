"""Group commit (成批写入): the chat messages a worker is asked to store while a write is in flight
are stored together, then acknowledged and fanned out together.

The first message starts a write at once; whatever arrives meanwhile waits for the next one, at
most ``BATCH_LIMIT`` per transaction. One batch costs three statements however many messages it
holds: the conversations are read and locked (``FOR NO KEY UPDATE`` in id order on PostgreSQL, so
two workers' batches never deadlock; SQLite's ``BEGIN IMMEDIATE`` holds the whole file), the
messages are inserted in one multi-row ``INSERT``, and the conversations' last message, unread
counts and ``updated_at`` move in one ``UPDATE``. A message whose conversation changed since its
sender read it (status, agent, WeChat openid) is left out and answered ``ConversationMoved``: the
sender checks the rules again on a fresh read. A ``client_id`` stored before answers that message.

Only after the commit do senders get their message (their ack) and does the batch go to the hub,
in id order, as one call. If the transaction fails, every message of that batch, and only of that
batch, is answered with ``message_not_stored`` (nothing of it was stored: the client sends it
again with the same ``client_id``).
"""

from __future__ import annotations

import asyncio
import logging
from collections import defaultdict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from tortoise.timezone import now

from backend.core.db import case_by_id, execute, fetch, transaction
from backend.core.errors import DomainError
from backend.messaging.errors import ChatError
from backend.messaging.models import Conversation, Message
from backend.messaging.service import cards

BATCH_LIMIT = 200  # bounds one statement's parameters (8 per message) and one transaction's length
log = logging.getLogger("backend.messaging")

Stored = Callable[[Conversation, Message], Awaitable[None]]  # inside the batch's transaction, per message
Committed = Callable[[list[tuple[Conversation, Message, str | None]]], Awaitable[None]]  # after the commit


class ConversationMoved(Exception):
    """The conversation changed since the sender read it: check the rules again on a fresh read."""


class NotStored(DomainError):
    """Nothing of this message's batch was stored: the client sends it again (same ``client_id``)."""

    status = 503

    def __init__(self) -> None:
        super().__init__(ChatError.message_not_stored, "消息发送失败，请重试")


def _snapshot(conversation: Conversation) -> tuple[str, int | None, str | None]:
    """What the rules decided on: a message is stored only while these are still the same."""
    return conversation.status, conversation.agent_id, conversation.wechat_openid


@dataclass(eq=False)
class Pending:
    conversation: Conversation
    seen: tuple[str, int | None, str | None]
    sender_kind: str
    sender_id: int
    kind: str
    body: dict[str, Any]
    client_id: str | None
    exclude: str | None  # the sending connection: it gets the ack, not the fan-out
    answer: asyncio.Future = field(repr=False)
    message: Message | None = None

    @property
    def key(self) -> tuple[str, int, str] | None:
        """The idempotency key (unique in the table), or None: a message without ``client_id``."""
        return (self.sender_kind, self.sender_id, self.client_id) if self.client_id else None

    def settle(self, result: tuple[Message, bool] | BaseException) -> None:
        if self.answer.done():  # the sender went away (socket closed): its message is stored all the same
            return
        if isinstance(result, BaseException):
            self.answer.set_exception(result)
        else:
            self.answer.set_result(result)


class GroupCommit:
    def __init__(self, stored: Stored, committed: Committed) -> None:
        self.stored, self.committed = stored, committed
        self._queue: list[Pending] = []
        self._writer: asyncio.Task | None = None

    async def store(self, conversation: Conversation, sender_kind: str, sender_id: int, kind: str,
                    body: dict[str, Any], client_id: str | None, exclude: str | None) -> tuple[Message, bool]:
        """Queue one checked message; answers (message, created) once its batch is committed."""
        loop = asyncio.get_running_loop()
        if self._writer is not None and self._writer.get_loop() is not loop:  # a new event loop (tests)
            self._queue, self._writer = [], None
        pending = Pending(conversation, _snapshot(conversation), sender_kind, sender_id, kind, body, client_id,
                          exclude, loop.create_future())
        self._queue.append(pending)
        if self._writer is None or self._writer.done():
            self._writer = asyncio.create_task(self._drain())
        return await pending.answer

    async def _drain(self) -> None:
        while self._queue:
            batch, self._queue = self._queue[:BATCH_LIMIT], self._queue[BATCH_LIMIT:]
            try:
                await self._write(batch)
            except Exception:  # nothing of the batch was stored: only its senders hear it, none waits forever
                log.exception("a batch of %d chat messages failed", len(batch))
                for item in batch:
                    item.settle(NotStored())

    async def _write(self, batch: list[Pending]) -> None:
        async with transaction():
            at = now()
            moved, fresh = await _moved_and_fresh(batch)
            created, repeated = await _insert(fresh, at)
            await _move_conversations(created, at)
            for item in created:
                await self.stored(item.conversation, item.message)
        for item in moved:
            item.settle(ConversationMoved())
        for item in created:
            item.conversation.last_message_id = item.message.id
            item.settle((item.message, True))
        await self.committed([(item.conversation, item.message, item.exclude) for item in created])
        await self._answer_repeated(repeated, created)

    async def _answer_repeated(self, repeated: list[Pending], created: list[Pending]) -> None:
        """A ``client_id`` stored before (or twice in this batch): the stored message, not created again."""
        in_batch = {item.key: item.message for item in created if item.key}
        for item in repeated:
            message = in_batch.get(item.key) or await Message.get_or_none(
                sender_kind=item.sender_kind, sender_id=item.sender_id, client_id=item.client_id)
            item.settle((message, False) if message else NotStored())


async def _moved_and_fresh(batch: list[Pending]) -> tuple[list[Pending], list[Pending]]:
    """Lock the batch's conversations and split off the messages whose conversation changed."""
    ids = sorted({item.conversation.id for item in batch})
    rows = (Conversation.filter(id__in=ids).order_by("id").select_for_update(no_key=True)
            .values_list("id", "status", "agent_id", "wechat_openid"))
    current = {row[0]: tuple(row[1:]) for row in await rows}
    moved, fresh = [], []
    for item in batch:
        (fresh if current.get(item.conversation.id) == item.seen else moved).append(item)
    return moved, fresh


MESSAGE_COLUMNS = ("conversation_id", "sender_kind", "sender_id", "client_id", "kind", "body", "text", "created_at")
INSERT = 'INSERT INTO "messaging_message" ({}) VALUES'.format(", ".join(f'"{name}"' for name in MESSAGE_COLUMNS))
RETURNING = 'ON CONFLICT DO NOTHING RETURNING "id", "sender_kind", "sender_id", "client_id"'
BODY = Message._meta.fields_map["body"]


async def _insert(batch: list[Pending], at: datetime) -> tuple[list[Pending], list[Pending]]:
    """One multi-row INSERT; a ``client_id`` already stored is skipped, not an error: (created, repeated).

    Ids are handed out in the order of the VALUES rows on both databases, so the ids returned, in
    ascending order, belong to the rows inserted, in batch order."""
    if not batch:
        return [], []
    row = f"({', '.join(['?'] * len(MESSAGE_COLUMNS))})"
    texts = [cards.plain_text(item.kind, item.body) for item in batch]
    params: list[Any] = []
    for item, text in zip(batch, texts, strict=True):
        params += [item.conversation.id, item.sender_kind, item.sender_id, item.client_id, item.kind,
                   BODY.to_db_value(item.body, Message), text, at]
    returned = await fetch(f"{INSERT} {', '.join([row] * len(batch))} {RETURNING}", params)
    inserted_keys = {(row["sender_kind"], row["sender_id"], row["client_id"]) for row in returned if row["client_id"]}
    created, repeated, created_texts = [], [], []
    for item, text in zip(batch, texts, strict=True):
        if item.key is None or item.key in inserted_keys:
            inserted_keys.discard(item.key)  # a second row with the same key in this batch was the one skipped
            created.append(item)
            created_texts.append(text)
        else:
            repeated.append(item)
    for item, text, message_id in zip(created, created_texts, sorted(row["id"] for row in returned), strict=True):
        item.message = Message(id=message_id, conversation_id=item.conversation.id, sender_kind=item.sender_kind,
                               sender_id=item.sender_id, client_id=item.client_id, kind=item.kind, body=item.body,
                               text=text, created_at=at)
    return created, repeated


async def _move_conversations(created: list[Pending], at: datetime) -> None:
    """Each conversation's last message, the other side's unread count and ``updated_at``, in one UPDATE."""
    if not created:
        return
    last: dict[int, int] = {}
    unread: dict[str, dict[int, int]] = {"unread_for_user": defaultdict(int), "unread_for_agent": defaultdict(int)}
    for item in created:
        conversation_id = item.conversation.id
        last[conversation_id] = max(last.get(conversation_id, 0), item.message.id)
        unread["unread_for_agent" if item.sender_kind == "consumer" else "unread_for_user"][conversation_id] += 1
    sets, params = [], []
    case, values = case_by_id(last, "BIGINT", otherwise=0)
    sets.append(f'"last_message_id" = {case}')
    params += values
    for column, counts in unread.items():
        if counts:
            case, values = case_by_id(counts, otherwise=0)
            sets.append(f'"{column}" = "{column}" + {case}')
            params += values
    sets.append('"updated_at" = ?')
    params.append(at)
    await execute(f'UPDATE "messaging_conversation" SET {", ".join(sets)} '
                  f'WHERE "id" IN ({", ".join(["?"] * len(last))})', params + list(last))
