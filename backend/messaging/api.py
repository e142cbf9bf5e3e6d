"""Chat over HTTP (conversations, history, queues) and the WebSocket that carries messages.

Frames, client → server (JSON text):
  {"type":"send","conversation_id","client_id","kind","body"}  → ack to the sender, message to the other side
  {"type":"resume","conversation_id","after_id"}                → {"type":"history","messages":[…]} (stored ones)
  {"type":"read","conversation_id"}                             → read receipt (zeroes this side's unread)
  {"type":"ping"}                                               → {"type":"pong"}
Server → client: hello (on connect, with the worker pid), ack, message, history, read, transferred,
pong, error {"code","message","fields"?,"client_id"?}. A bad token closes the socket with 4401,
staff without ``chat:agent`` with 4403. Text is delivered as stored: shells must escape it.
"""

from __future__ import annotations

import json
import os
import time
from collections import deque
from typing import Any

from pydantic import BaseModel, ValidationError
from sanic import Blueprint, Request
from sanic.server.websockets.impl import WebsocketImplProtocol
from websockets.exceptions import ConnectionClosed

from backend.accounts import service as accounts
from backend.core.auth import require, require_consumer
from backend.core.errors import DomainError
from backend.core.http import field_errors, json_out, list_out, parse_body, parse_query
from backend.messaging import service
from backend.messaging.errors import ChatError
from backend.messaging.hub import Connection, hub
from backend.messaging.schemas import (
    AgentConversationOut,
    AgentQueueQuery,
    ConversationOut,
    HistoryQuery,
    MessageOut,
    OpenConversationIn,
    PingFrame,
    ReadFrame,
    ResumeFrame,
    SendFrame,
    TransferIn,
)

bp = Blueprint("chat", url_prefix="/api/v1/chat")
admin_bp = Blueprint("chat_admin", url_prefix="/api/v1/admin/chat")

MAX_FRAME_CHARS = 16_000
RATE_MAX_MESSAGES = 10
RATE_WINDOW_SECONDS = 10.0
RESUME_LIMIT = 100


# --- shoppers -----------------------------------------------------------------------------------

@bp.post("/conversations")
@require_consumer
async def open_conversation(request: Request):
    data = parse_body(request, OpenConversationIn)
    conversation, created = await service.open_conversation(request.ctx.actor, data.shop_id)
    return json_out(ConversationOut, conversation, status=201 if created else 200)


@bp.get("/conversations")
@require_consumer
async def my_conversations(request: Request):
    return list_out(ConversationOut, await service.my_conversations(request.ctx.actor))


@bp.get("/conversations/<conversation_id:int>/messages")
@require_consumer
async def my_history(request: Request, conversation_id: int):
    query = parse_query(request, HistoryQuery)
    return list_out(MessageOut, await service.history(request.ctx.actor, conversation_id, query))


@bp.post("/conversations/<conversation_id:int>/read")
@require_consumer
async def my_read(request: Request, conversation_id: int):
    return json_out(ConversationOut, await service.mark_read(request.ctx.actor, conversation_id))


# --- agents -------------------------------------------------------------------------------------

@admin_bp.get("/conversations")
@require("chat:agent")
async def agent_queue(request: Request):
    query = parse_query(request, AgentQueueQuery)
    rows, total = await service.agent_queue(request.ctx.actor, query)
    return list_out(AgentConversationOut, rows, total=total, page=query.page, page_size=query.page_size)


@admin_bp.get("/conversations/<conversation_id:int>/messages")
@require("chat:agent")
async def agent_history(request: Request, conversation_id: int):
    query = parse_query(request, HistoryQuery)
    return list_out(MessageOut, await service.history(request.ctx.actor, conversation_id, query))


@admin_bp.post("/conversations/<conversation_id:int>/read")
@require("chat:agent")
async def agent_read(request: Request, conversation_id: int):
    return json_out(AgentConversationOut, await service.mark_read(request.ctx.actor, conversation_id))


@admin_bp.post("/conversations/<conversation_id:int>/accept")
@require("chat:agent")
async def accept(request: Request, conversation_id: int):
    return json_out(AgentConversationOut, await service.accept(request.ctx.actor, conversation_id))


@admin_bp.post("/conversations/<conversation_id:int>/transfer")
@require("chat:agent")
async def transfer(request: Request, conversation_id: int):
    data = parse_body(request, TransferIn)
    return json_out(AgentConversationOut, await service.transfer(request.ctx.actor, conversation_id, data.agent_id))


@admin_bp.post("/conversations/<conversation_id:int>/close")
@require("chat:agent")
async def close(request: Request, conversation_id: int):
    return json_out(AgentConversationOut, await service.close(request.ctx.actor, conversation_id))


# --- the WebSocket ------------------------------------------------------------------------------

FRAMES: dict[str, type[BaseModel]] = {
    "send": SendFrame, "resume": ResumeFrame, "read": ReadFrame, "ping": PingFrame,
}


class RateWindow:
    """At most ``limit`` hits in any ``seconds``-long sliding window (per connection)."""

    def __init__(self, limit: int, seconds: float) -> None:
        self.limit, self.seconds, self.hits = limit, seconds, deque()

    def allow(self) -> bool:
        now = time.monotonic()
        while self.hits and now - self.hits[0] >= self.seconds:
            self.hits.popleft()
        if len(self.hits) >= self.limit:
            return False
        self.hits.append(now)
        return True


def _error(code: str, message: str, **extra: Any) -> dict[str, Any]:
    return {"type": "error", "code": code, "message": message, **{k: v for k, v in extra.items() if v}}


def _parse_frame(raw: Any) -> BaseModel | dict[str, Any]:
    """A validated frame, or the error frame to answer with."""
    if not isinstance(raw, str):
        return _error(ChatError.bad_frame, "只接受 JSON 文本帧")
    if len(raw) > MAX_FRAME_CHARS:
        return _error(ChatError.frame_too_large, "消息过大")
    try:
        data = json.loads(raw)
    except ValueError:
        return _error(ChatError.bad_frame, "不是合法的 JSON")
    schema = FRAMES.get(data.get("type")) if isinstance(data, dict) else None
    if schema is None:
        return _error(ChatError.bad_frame, "未知的帧类型")
    try:
        return schema.model_validate(data)
    except ValidationError as exc:
        return _error(ChatError.bad_frame, "帧格式不正确", fields=field_errors(exc),
                      client_id=data.get("client_id") if isinstance(data.get("client_id"), str) else None)


async def _answer(actor, connection: Connection, frame: BaseModel, rate: RateWindow) -> dict[str, Any]:
    if isinstance(frame, PingFrame):
        return {"type": "pong"}
    if isinstance(frame, ResumeFrame):
        query = HistoryQuery(after_id=frame.after_id, limit=RESUME_LIMIT)
        messages = await service.history(actor, frame.conversation_id, query)
        return {"type": "history", "conversation_id": frame.conversation_id,
                "messages": [service.message_view(m) for m in messages],
                "more": len(messages) == RESUME_LIMIT}
    if isinstance(frame, ReadFrame):
        conversation = await service.mark_read(actor, frame.conversation_id)
        return {"type": "read_ok", "conversation_id": conversation.id}
    assert isinstance(frame, SendFrame)
    if not rate.allow():
        return _error(ChatError.rate_limited, "发送太频繁，请稍后再试", client_id=frame.client_id)
    message, _ = await service.send(actor, frame, connection_id=connection.id)
    return {"type": "ack", "client_id": frame.client_id, "message": service.message_view(message)}


@bp.websocket("/ws")
async def chat_socket(request: Request, ws: WebsocketImplProtocol):
    try:
        actor = await accounts.resolve_token(request.args.get("token", ""))
    except DomainError:
        actor = None
    if actor is None:
        await ws.close(code=4401, reason="unauthorized")
        return
    if actor.kind == "staff" and not service.is_agent(actor):
        await ws.close(code=4403, reason="forbidden")
        return
    connection = Connection(ws, service.connection_keys(actor))
    rate = RateWindow(RATE_MAX_MESSAGES, RATE_WINDOW_SECONDS)
    hub.register(connection)
    try:
        await connection.send({"type": "hello", "pid": os.getpid(), "actor": {"kind": actor.kind, "id": actor.id}})
        async for raw in ws:
            frame = _parse_frame(raw)
            if isinstance(frame, dict):
                await connection.send(frame)
                continue
            try:
                reply = await _answer(actor, connection, frame, rate)
            except DomainError as exc:
                reply = _error(exc.code, exc.message, fields=exc.fields,
                               client_id=getattr(frame, "client_id", None))
            await connection.send(reply)
    except ConnectionClosed:  # the client went away: nothing to answer
        pass
    finally:
        hub.unregister(connection)


blueprints = (bp, admin_bp)
