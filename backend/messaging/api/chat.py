"""Chat over HTTP (conversations, history, queues, the agents' console, the WeChat bridge's callback)
and the WebSocket that carries messages. The contract is docs/chat-api.md.

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
from sanic.response import text as text_response
from sanic.server.websockets.impl import WebsocketImplProtocol
from websockets.exceptions import ConnectionClosed

from backend.accounts import service as accounts
from backend.core.auth import require, require_consumer
from backend.core.errors import DomainError
from backend.core.http import field_errors, json_out, json_response, list_out, no_content, parse_body, parse_query
from backend.messaging import service
from backend.messaging.errors import ChatError
from backend.messaging.hub import Connection, hub, user_key
from backend.messaging.schemas import (
    AgentConversationOut,
    AgentQueueQuery,
    AgentsQuery,
    AgentStatusIn,
    ConversationOut,
    HistoryQuery,
    MessageBodyIn,
    MessageOut,
    OpenConversationIn,
    PingFrame,
    QuickReplyChange,
    QuickReplyIn,
    QuickReplyOrderIn,
    QuickReplyOut,
    ReadFrame,
    RecentOrdersQuery,
    ResumeFrame,
    SearchQuery,
    SendFrame,
    TransferIn,
)
from backend.messaging.service import bridge, console, inbox, presence
from backend.orders.schemas import OrderCard

bp = Blueprint("chat", url_prefix="/api/v1/chat")
admin_bp = Blueprint("chat_admin", url_prefix="/api/v1/admin/chat")
wechat_bp = Blueprint("chat_wechat", url_prefix="/api/v1/wechat")

MAX_FRAME_CHARS = 16_000
RATE_MAX_MESSAGES = 10
RATE_WINDOW_SECONDS = 10.0
RESUME_LIMIT = 100


# --- shoppers -----------------------------------------------------------------------------------

@bp.post("/conversations")
@require_consumer
async def open_conversation(request: Request):
    data = parse_body(request, OpenConversationIn)
    conversation, created = await inbox.open_conversation(request.ctx.actor, data.shop_id, data.card)
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


@bp.post("/conversations/<conversation_id:int>/messages")
@require_consumer
async def my_send(request: Request, conversation_id: int):
    return await _send(request, conversation_id)


@bp.post("/conversations/<conversation_id:int>/read")
@require_consumer
async def my_read(request: Request, conversation_id: int):
    return json_out(ConversationOut, await service.mark_read(request.ctx.actor, conversation_id))


@bp.get("/unread")
@require_consumer
async def my_unread(request: Request):
    return json_response(await inbox.unread(request.ctx.actor))


async def _send(request: Request, conversation_id: int):
    data = parse_body(request, MessageBodyIn)
    message, created = await inbox.send(request.ctx.actor, conversation_id, data)
    return json_out(MessageOut, message, status=201 if created else 200)


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


@admin_bp.post("/conversations/<conversation_id:int>/messages")
@require("chat:agent")
async def agent_send(request: Request, conversation_id: int):
    return await _send(request, conversation_id)


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
    return json_out(AgentConversationOut, await console.transfer(request.ctx.actor, conversation_id, data.agent_id))


@admin_bp.post("/conversations/<conversation_id:int>/close")
@require("chat:agent")
async def close(request: Request, conversation_id: int):
    return json_out(AgentConversationOut, await service.close(request.ctx.actor, conversation_id))


@admin_bp.get("/conversations/<conversation_id:int>/orders")
@require("chat:agent")
async def customer_orders(request: Request, conversation_id: int):
    query = parse_query(request, RecentOrdersQuery)
    return list_out(OrderCard, await console.customer_orders(request.ctx.actor, conversation_id, query.limit))


@admin_bp.get("/unread")
@require("chat:agent")
async def agent_unread(request: Request):
    return json_response(await console.unread(request.ctx.actor))


@admin_bp.get("/search")
@require("chat:agent")
async def search(request: Request):
    query = parse_query(request, SearchQuery)
    items, total = await console.search(request.ctx.actor, query)
    return json_response({"items": items, "total": total, "page": query.page, "page_size": query.page_size})


@admin_bp.get("/agents")
@require("chat:agent")
async def agents(request: Request):
    query = parse_query(request, AgentsQuery)
    return json_response({"items": await console.agents(request.ctx.actor, query.status)})


@admin_bp.get("/status")
@require("chat:agent")
async def my_status(request: Request):
    return json_response({"status": await console.my_status(request.ctx.actor)})


@admin_bp.put("/status")
@require("chat:agent")
async def set_status(request: Request):
    data = parse_body(request, AgentStatusIn)
    return json_response({"status": await console.set_status(request.ctx.actor, data.status)})


@admin_bp.get("/quick-replies")
@require("chat:agent")
async def quick_replies(request: Request):
    return list_out(QuickReplyOut, await console.quick_replies(request.ctx.actor))


@admin_bp.post("/quick-replies")
@require("chat:agent")
async def create_quick_reply(request: Request):
    data = parse_body(request, QuickReplyIn)
    return json_out(QuickReplyOut, await console.create_quick_reply(request.ctx.actor, data), status=201)


@admin_bp.put("/quick-replies/order")
@require("chat:agent")
async def reorder_quick_replies(request: Request):
    data = parse_body(request, QuickReplyOrderIn)
    return list_out(QuickReplyOut, await console.reorder_quick_replies(request.ctx.actor, data.ids))


@admin_bp.patch("/quick-replies/<reply_id:int>")
@require("chat:agent")
async def change_quick_reply(request: Request, reply_id: int):
    data = parse_body(request, QuickReplyChange)
    return json_out(QuickReplyOut, await console.change_quick_reply(request.ctx.actor, reply_id, data))


@admin_bp.delete("/quick-replies/<reply_id:int>")
@require("chat:agent")
async def delete_quick_reply(request: Request, reply_id: int):
    await console.delete_quick_reply(request.ctx.actor, reply_id)
    return no_content()


# --- the WeChat customer-message bridge -----------------------------------------------------------

@wechat_bp.get("/customer-service")
async def wechat_verify(request: Request):
    """URL verification in the WeChat console: echo ``echostr`` when the signature holds."""
    bridge.verify(request.args.get("signature", ""), request.args.get("timestamp", ""), request.args.get("nonce", ""))
    return text_response(request.args.get("echostr", ""))


@wechat_bp.post("/customer-service")
async def wechat_message(request: Request):
    bridge.verify(request.args.get("signature", ""), request.args.get("timestamp", ""), request.args.get("nonce", ""))
    await bridge.receive(bridge.parse(request.body or b""))
    return text_response("success")


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


async def _answer(actor, connection: Connection, frame: BaseModel, rate: RateWindow,
                  known: service.KnownConversations) -> dict[str, Any]:
    if isinstance(frame, PingFrame):
        if actor.kind == "consumer":
            await presence.seen(actor.id)
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
    message, _ = await service.send(actor, frame, connection_id=connection.id, known=known)
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
    known = service.KnownConversations(actor)
    hub.register(connection)
    try:
        if actor.kind == "consumer":
            await presence.seen(actor.id)
        await connection.send({"type": "hello", "pid": os.getpid(), "actor": {"kind": actor.kind, "id": actor.id}})
        while (raw := await ws.recv()) is not None:  # None: an ASGI disconnect; a closed socket raises
            frame = _parse_frame(raw)
            if isinstance(frame, dict):
                await connection.send(frame)
                continue
            try:
                reply = await _answer(actor, connection, frame, rate, known)
            except DomainError as exc:
                reply = _error(exc.code, exc.message, fields=exc.fields,
                               client_id=getattr(frame, "client_id", None))
            await connection.send(reply)
    except ConnectionClosed:  # the client went away: nothing to answer
        pass
    finally:
        hub.unregister(connection)
        if actor.kind == "consumer" and not hub.local.get(user_key(actor.id)):
            await presence.gone(actor.id)


blueprints = (bp, admin_bp, wechat_bp)
