"""WeChat customer-message bridge (微信小程序客服消息, MSG-2).

In: WeChat pushes what a shopper sends to the mini-program's customer service (``open-type="contact"``)
to our callback, signed with the Token set in the WeChat console (plaintext mode, JSON or XML).
The shopper is found by openid (stored at WeChat login) and the message lands in their conversation
with the configured desk, exactly as if sent from the app; WeChat's retries of one ``MsgId`` store
one message (it is the message's ``client_id``).

Out: while the shopper's last message came through WeChat (``Conversation.wechat_openid``) and no
chat socket of theirs is connected, each agent message is sent back through WeChat's
customer-message API by a durable job (retried with backoff). A message the shopper sends in the
app clears ``wechat_openid``: the conversation is back in the app.
"""

from __future__ import annotations

import json
import logging
import time
from typing import Any

import xmltodict
from wechatpy.exceptions import InvalidSignatureException
from wechatpy.utils import check_signature

from backend.accounts import service as accounts
from backend.core import events
from backend.core.auth import Actor
from backend.core.errors import Forbidden, NotFound
from backend.core.jobs import enqueue, job
from backend.core.runtime import runtime
from backend.messaging.errors import ChatError
from backend.messaging.models import Conversation, Message
from backend.messaging.schemas import TEXT_MAX, MessageIn
from backend.messaging.service import cards, presence
from backend.messaging.service import chat as service

log = logging.getLogger("backend.messaging.bridge")
REPLY_JOB = "chat.wechat_reply"
CLIENT_PREFIX = "wx:"
MAX_AGE_SECONDS = 300
MAX_BODY_BYTES = 64 * 1024


def _token() -> str:
    token = runtime().settings.wechat_cs_token
    if not token:
        raise NotFound(ChatError.bridge_disabled, "未开启微信客服消息")
    return token


def verify(signature: str, timestamp: str, nonce: str) -> None:
    """WeChat's callback signature: sha1 of the sorted token, timestamp and nonce; and a fresh timestamp."""
    token = _token()
    try:
        check_signature(token, signature, timestamp, nonce)
        fresh = abs(time.time() - int(timestamp)) <= MAX_AGE_SECONDS
    except (InvalidSignatureException, ValueError):
        fresh = False
    if not fresh:
        raise Forbidden(ChatError.bad_signature, "签名校验失败")


def parse(body: bytes) -> dict[str, Any]:
    """A pushed message in JSON or XML (as the console's data format says), as one flat dict."""
    if len(body) > MAX_BODY_BYTES:
        raise Forbidden(ChatError.bad_signature, "消息过大")
    text = body.decode("utf-8", errors="replace").strip()
    try:
        data = json.loads(text) if text.startswith("{") else (xmltodict.parse(text) or {}).get("xml")
    except Exception:  # xml.parsers.expat.ExpatError, ValueError: not a message WeChat sends
        data = None
    return data if isinstance(data, dict) else {}


def _incoming(message: dict[str, Any]) -> tuple[str, dict[str, Any]] | None:
    """(kind, body) to store for a pushed message; None for events and types we do not keep."""
    kind = message.get("MsgType")
    if kind == "text" and str(message.get("Content") or "").strip():
        return "text", {"text": str(message["Content"])[:TEXT_MAX]}
    if kind == "image":
        return "text", {"text": f"[图片] 用户在微信中发送了一张图片 {message.get('PicUrl') or ''}".strip()[:TEXT_MAX]}
    if kind == "miniprogrampage":
        return "text", {"text": f"[小程序卡片] {message.get('Title') or ''}".strip()[:TEXT_MAX]}
    return None


async def receive(message: dict[str, Any]) -> Message | None:
    """Land one pushed message in the shopper's conversation with the configured desk."""
    openid = str(message.get("FromUserName") or "")
    user_id = await accounts.user_id_by_openid(openid) if openid else None
    if user_id is None:
        log.info("WeChat customer message from an unknown openid dropped")
        return None
    shopper = Actor(kind="consumer", id=user_id, token_id=0)
    incoming = _incoming(message)
    is_enter_event = message.get("MsgType") == "event" and message.get("Event") == "user_enter_tempsession"
    if incoming is None and not is_enter_event:
        return None
    conversation, _ = await service.open_conversation(shopper, runtime().settings.wechat_cs_shop_id)
    stored = None
    if incoming is not None:
        msg_id = str(message.get("MsgId") or f"{openid}:{message.get('CreateTime')}")
        kind, body = incoming
        stored, _ = await service.send(shopper, MessageIn(
            conversation_id=conversation.id, client_id=f"{CLIENT_PREFIX}{msg_id}"[:64], kind=kind, body=body))
    await Conversation.filter(id=conversation.id).update(wechat_openid=openid)
    return stored


@events.subscribe(service.MESSAGE_STORED)
async def _on_message_stored(payload: dict[str, Any]) -> None:
    """Inside the storing transaction: queue an agent's reply for WeChat, or note the shopper is back in the app."""
    conversation: Conversation = payload["conversation"]
    message: Message = payload["message"]
    if not conversation.wechat_openid:
        return
    if message.sender_kind == "staff":
        await enqueue(REPLY_JOB, {"message_id": message.id}, key=f"{REPLY_JOB}:{message.id}", max_attempts=6)
    elif message.sender_kind == "consumer" and not (message.client_id or "").startswith(CLIENT_PREFIX):
        await Conversation.filter(id=conversation.id).update(wechat_openid=None)
        conversation.wechat_openid = None


def _outgoing_text(message: Message) -> str:
    if message.kind == "image":
        url = message.body.get("url", "")
        if url.startswith("/"):
            url = runtime().settings.public_base_url.rstrip("/") + url
        return f"[图片] {url}"
    return cards.plain_text(message.kind, message.body)


@job(REPLY_JOB)
async def send_reply(payload: dict[str, Any]) -> None:
    """Send one agent message to WeChat, unless the shopper came back to the app or is connected there."""
    message = await Message.get_or_none(id=payload["message_id"]).select_related("conversation")
    if message is None:
        return
    conversation = message.conversation
    if not conversation.wechat_openid or await presence.connected(conversation.user_id):
        return
    # a WeChat refusal (45015: past the 48-hour window) or no network raises: the runner retries, then gives up
    await runtime().wechat.send_customer_text(conversation.wechat_openid, _outgoing_text(message))
