"""Notifications: the message centre (站内信), app push, SMS notices and WeChat subscribe messages.

Every notice writes its in-app row on the caller's connection, so inside the business transaction
it commits or rolls back with the change it announces. Each outside channel the recipient's
switches allow becomes a durable job enqueued in the same transaction: the business action never
waits for a gateway and never fails because of one; a failing send is retried with backoff up to
``NOTIFICATION_MAX_ATTEMPTS`` and then stays ``failed`` in ``core_job`` (and the log).

Which notices exist and what they say is the table in ``backend.messaging.notices``.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Awaitable, Callable, Iterable
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from tortoise.exceptions import IntegrityError
from tortoise.functions import Count
from tortoise.timezone import now

from backend.accounts import service as accounts
from backend.core import events, jobs
from backend.core.auth import Actor
from backend.core.db import transaction
from backend.core.errors import IntegrationError, NotFound
from backend.core.money import fen_to_yuan
from backend.core.runtime import runtime
from backend.fulfillment import service as fulfillment
from backend.integrations.push import PushMessage
from backend.messaging.errors import NotificationError
from backend.messaging.models import Notification, NotificationSetting, PushDevice
from backend.messaging.notices import CHANNELS, NOTICES, TYPES, Notice
from backend.messaging.schemas.notifications import NotificationQuery, SwitchIn
from backend.orders import service as orders

__all__ = [
    "change_switches", "list_notifications", "my_devices", "notification_badge", "notify", "notify_shop",
    "read_all_notifications", "read_notification", "recipient_of", "register_device", "remove_device", "send_notice",
    "switches",
]
log = logging.getLogger("backend.messaging.notifications")
PUSH_JOB, SMS_JOB, SUBSCRIBE_JOB = "messaging.push", "messaging.sms", "messaging.subscribe"
PLATFORM = 0  # recipient id of the platform's own back office
THING_MAX = 20  # WeChat subscribe ``thing`` values: at most 20 characters

Recipient = tuple[str, int]  # ("user", user id) or ("shop", shop id; 0 the platform)


def recipient_of(actor: Actor) -> Recipient:
    if actor.kind == "consumer":
        return "user", actor.id
    return "shop", actor.shop_id or PLATFORM


# --- sending ----------------------------------------------------------------------------------

async def notify(user_id: int, type: str, title: str, body: str, *, link: str = "", event: str = "",
                 push: bool = True, sms: tuple[str, dict[str, Any]] | None = None,
                 subscribe: tuple[str, dict[str, Any], str] | None = None,
                 dedupe_key: str | None = None) -> Notification:
    """A message to one shopper: the in-app row, then each channel asked for and switched on.

    ``sms`` is (template, params) of ``backend.integrations.sms``; ``subscribe`` is (template id,
    data, mini-program page). The same ``dedupe_key`` again returns the first row and sends nothing.
    """
    if type not in TYPES:
        raise ValueError(f"unknown notice type {type!r}")
    row, created = await _store("user", user_id, type, title, body, link, event, dedupe_key)
    if not created:
        return row
    wanted = {"push": push, "sms": sms is not None, "subscribe": subscribe is not None}
    if not any(wanted.values()):
        return row
    switches = (await _switches(user_id))[type]
    attempts = runtime().settings.notification_max_attempts
    if wanted["push"] and switches["push"]:
        await jobs.enqueue(PUSH_JOB, {"notification_id": row.id}, key=f"{PUSH_JOB}:{row.id}",
                           max_attempts=attempts)
    if sms and switches["sms"]:
        await jobs.enqueue(SMS_JOB, {"notification_id": row.id, "template": sms[0], "params": sms[1]},
                           key=f"{SMS_JOB}:{row.id}", max_attempts=attempts)
    if subscribe and switches["subscribe"]:
        template_id, data, page = subscribe
        await jobs.enqueue(SUBSCRIBE_JOB, {"notification_id": row.id, "template_id": template_id, "data": data,
                                           "page": page}, key=f"{SUBSCRIBE_JOB}:{row.id}", max_attempts=attempts)
    return row


async def notify_shop(shop_id: int | None, type: str, title: str, body: str, *, link: str = "", event: str = "",
                      dedupe_key: str | None = None) -> Notification:
    """An in-app notice for a shop's back office (``None``: the platform's)."""
    row, _ = await _store("shop", shop_id or PLATFORM, type, title, body, link, event, dedupe_key)
    return row


async def send_notice(key: str, recipient_id: int | None, params: dict[str, Any], *,
                      dedupe_key: str | None = None) -> Notification:
    """Render the notice ``key`` of the table with ``params`` and send it through its channels."""
    notice = NOTICES[key]
    title, body, link = (_render(text, params) for text in (notice.title, notice.body, notice.link))
    if notice.audience == "shop":
        return await notify_shop(recipient_id, notice.type, title, body, link=link, event=key, dedupe_key=dedupe_key)
    assert recipient_id is not None
    sms = (notice.sms, {name: str(value) for name, value in params.items()}) if notice.sms else None
    return await notify(recipient_id, notice.type, title, body, link=link, event=key, push=notice.push, sms=sms,
                        subscribe=_subscribe(key, notice, params), dedupe_key=dedupe_key)


def _render(text: str, params: dict[str, Any]) -> str:
    return text.format_map(params) if text else ""


def _subscribe(key: str, notice: Notice, params: dict[str, Any]) -> tuple[str, dict[str, Any], str] | None:
    template_id = runtime().settings.wechat_subscribe_templates.get(key)
    if not (notice.subscribe and template_id):
        return None
    data = {name: _render(text, params) for name, text in notice.subscribe.items()}
    data = {name: value[:THING_MAX] if name.startswith("thing") else value for name, value in data.items()}
    return template_id, data, _render(notice.mp_page, params)


async def _store(kind: str, recipient_id: int, type: str, title: str, body: str, link: str, event: str,
                 dedupe_key: str | None) -> tuple[Notification, bool]:
    if dedupe_key and (existing := await Notification.get_or_none(dedupe_key=dedupe_key)):
        return existing, False
    try:
        async with transaction():  # a savepoint: a duplicate must not spoil the caller's transaction
            row = await Notification.create(recipient_kind=kind, recipient_id=recipient_id, type=type,
                                            event=event, title=title[:64], body=body[:500], link=link[:300],
                                            dedupe_key=dedupe_key)
    except IntegrityError:
        return await Notification.get(dedupe_key=dedupe_key), False
    return row, True


# --- the switches -----------------------------------------------------------------------------

async def _switches(user_id: int) -> dict[str, dict[str, bool]]:
    effective = {code: {c: getattr(t, c) for c in CHANNELS} for code, t in TYPES.items()}
    for row in await NotificationSetting.filter(user_id=user_id).values("type", *CHANNELS):
        if row["type"] in effective:
            effective[row["type"]] = {c: row[c] for c in CHANNELS}
    return effective


async def switches(user_id: int) -> list[dict[str, Any]]:
    """Every type with its effective switches (in-app is always on)."""
    current = await _switches(user_id)
    return [{"type": code, "name": t.name, "in_app": True, **current[code]} for code, t in TYPES.items()]


async def change_switches(user_id: int, items: list[SwitchIn]) -> list[dict[str, Any]]:
    """Set the given channels of the given types; channels left out keep their current value."""
    current = await _switches(user_id)
    async with transaction():
        for item in items:
            values = {**current[item.type], **item.model_dump(include=set(CHANNELS), exclude_none=True)}
            updated = await NotificationSetting.filter(user_id=user_id, type=item.type).update(**values)
            if not updated:
                await NotificationSetting.create(user_id=user_id, type=item.type, **values)
    return await switches(user_id)


# --- the message centre -----------------------------------------------------------------------

def _mine(recipient: Recipient):
    kind, recipient_id = recipient
    return Notification.filter(recipient_kind=kind, recipient_id=recipient_id)


async def list_notifications(recipient: Recipient, query: NotificationQuery) -> tuple[list[Notification], int]:
    queryset = _mine(recipient)
    if query.type:
        queryset = queryset.filter(type=query.type)
    if query.unread is not None:
        queryset = queryset.filter(read_at__isnull=query.unread)
    total = await queryset.count()
    rows = await queryset.order_by("-id").offset(query.offset).limit(query.page_size)
    return rows, total


async def notification_badge(recipient: Recipient) -> dict[str, Any]:
    """Unread counts: the total and one per type (every type listed, zero included); one query."""
    rows = await (_mine(recipient).filter(read_at__isnull=True).group_by("type")
                  .annotate(unread=Count("id")).values("type", "unread"))
    by_type = {code: 0 for code in TYPES} | {row["type"]: row["unread"] for row in rows}
    return {"total": sum(by_type.values()), "by_type": by_type}


async def read_notification(recipient: Recipient, notification_id: int) -> Notification:
    """Mark one read (again: no change); another recipient's answers 404."""
    row = await _mine(recipient).get_or_none(id=notification_id)
    if row is None:
        raise NotFound(NotificationError.notification_not_found, "消息不存在")
    if row.read_at is None:
        moment = now()
        if await Notification.filter(id=row.id, read_at__isnull=True).update(read_at=moment):
            row.read_at = moment
        else:
            await row.refresh_from_db(fields=["read_at"])
    return row


async def read_all_notifications(recipient: Recipient, type: str | None = None) -> int:
    queryset = _mine(recipient).filter(read_at__isnull=True)
    if type:
        queryset = queryset.filter(type=type)
    return await queryset.update(read_at=now())


# --- push devices -----------------------------------------------------------------------------

async def register_device(actor: Actor, registration_id: str, platform: str) -> tuple[PushDevice, bool]:
    """The app's JPush registration id for the signed-in shopper; a device moves to whoever signs in on it."""
    values = {"user_id": actor.id, "platform": platform, "token_id": actor.token_id}
    if await PushDevice.filter(registration_id=registration_id).update(**values):
        return await PushDevice.get(registration_id=registration_id), False
    try:
        async with transaction():
            return await PushDevice.create(registration_id=registration_id, **values), True
    except IntegrityError:  # registered twice at once
        await PushDevice.filter(registration_id=registration_id).update(**values)
        return await PushDevice.get(registration_id=registration_id), False


async def my_devices(user_id: int) -> list[PushDevice]:
    return await PushDevice.filter(user_id=user_id).order_by("id")


async def remove_device(user_id: int, registration_id: str) -> None:
    if not await PushDevice.filter(user_id=user_id, registration_id=registration_id).delete():
        raise NotFound(NotificationError.device_not_found, "设备不存在")


@events.subscribe("accounts.logged_out")
async def _forget_devices(payload: dict[str, Any]) -> None:
    """A signed-out phone must not show the last user's orders on its lock screen."""
    if payload["kind"] == "consumer":
        await PushDevice.filter(user_id=payload["subject_id"], token_id=payload["token_id"]).delete()


# --- the channel jobs -------------------------------------------------------------------------

async def _notification(payload: dict[str, Any]) -> Notification | None:
    row = await Notification.get_or_none(id=payload["notification_id"])
    if row is None or row.recipient_kind != "user":
        return None
    return row


@jobs.job(PUSH_JOB)
async def _push(payload: dict[str, Any]) -> None:
    row = await _notification(payload)
    if row is None:
        return
    devices = await PushDevice.filter(user_id=row.recipient_id).order_by("id").values_list("registration_id", flat=True)
    if not devices:
        return
    extras = {"link": row.link, "type": row.type, "notification_id": row.id}
    await runtime().push.push(PushMessage(title=row.title, alert=row.body, registration_ids=tuple(devices),
                                          extras=extras))


@jobs.job(SMS_JOB)
async def _sms(payload: dict[str, Any]) -> None:
    row = await _notification(payload)
    if row is None:
        return
    phone = (await accounts.get_user(row.recipient_id)).phone
    if not phone:
        return
    try:
        await runtime().sms.send(phone, payload["template"], payload["params"])
    except IntegrationError as exc:
        if exc.status != 400:  # the gateway's trouble: try again later
            raise
        log.warning("SMS notice %s to user %s refused: %s", row.id, row.recipient_id, exc.message)


@jobs.job(SUBSCRIBE_JOB)
async def _subscribe_message(payload: dict[str, Any]) -> None:
    row = await _notification(payload)
    if row is None:
        return
    openid = await accounts.wechat_openid(row.recipient_id)
    if openid is None:
        return
    await runtime().wechat.send_subscribe_message(openid, payload["template_id"], payload["data"],
                                                  payload["page"] or None)


# --- reactions to other contexts' events --------------------------------------------------------

def _reaction(event: str) -> Callable[[Callable[[dict[str, Any]], Awaitable[None]]], Any]:
    """Subscribe a notice to ``event`` so that it can never fail the business action: its writes sit in
    a savepoint of the publisher's transaction, and an error rolls back only them (and is logged)."""
    def register(handler: Callable[[dict[str, Any]], Awaitable[None]]):
        @functools.wraps(handler)
        async def shielded(payload: dict[str, Any]) -> None:
            try:
                async with transaction():
                    await handler(payload)
            except Exception:
                log.exception("notice for %s not written: %r", event, payload)

        events.subscribe(event)(shielded)
        return handler

    return register


def _local_time(moment: datetime | None) -> str:
    moment = moment or now()
    return moment.astimezone(ZoneInfo(runtime().settings.timezone)).strftime("%Y-%m-%d %H:%M")


def _goods(brief: dict[str, Any]) -> str:
    return brief["title"] if brief["lines"] <= 1 else f"{brief['title']}等{brief['lines']}件商品"


def _by_buyer(briefs: Iterable[dict[str, Any]]) -> dict[int, list[dict[str, Any]]]:
    grouped: dict[int, list[dict[str, Any]]] = {}
    for brief in briefs:
        grouped.setdefault(brief["user_id"], []).append(brief)
    return grouped


@_reaction("payments.paid")
async def _on_paid(payload: dict[str, Any]) -> None:
    """支付成功 to the buyer (one message for the payment's orders), 新订单 to each shop."""
    briefs = await orders.briefs(payload["order_ids"])
    for user_id, mine in _by_buyer(briefs).items():
        first = mine[0]
        several = len(mine) > 1
        await send_notice("order_paid", user_id, {
            "order_no": f"{first['order_no']}等{len(mine)}笔" if several else first["order_no"],
            "first_order_no": first["order_no"],
            "order_link": "/orders" if several else f"/order/{first['order_no']}",
            "amount": fen_to_yuan(sum(b["payable"] for b in mine)), "title": _goods(first),
            "time": _local_time(payload.get("paid_at")),
        }, dedupe_key=f"order_paid:{payload['payment_no']}:{user_id}")
    for brief in briefs:
        await send_notice("shop_new_order", brief["shop_id"], {
            "order_no": brief["order_no"], "amount": fen_to_yuan(brief["payable"])},
            dedupe_key=f"shop_new_order:{brief['order_no']}")


@_reaction("orders.shipped")
async def _on_shipped(payload: dict[str, Any]) -> None:
    briefs = await orders.briefs([payload["order_id"]])
    carrier = await fulfillment.carrier_by_code(payload["carrier_code"])
    key = "order_shipped" if payload["complete"] else "order_partially_shipped"
    await send_notice(key, payload["user_id"], {
        "order_no": payload["order_no"], "title": _goods(briefs[0]) if briefs else "",
        "carrier": carrier.name if carrier else payload["carrier_code"], "tracking_no": payload["tracking_no"],
    }, dedupe_key=f"{key}:{payload['order_no']}:{payload['tracking_no']}")


async def _on_refund(key: str, payload: dict[str, Any]) -> None:
    briefs = await orders.briefs([payload["order_id"]])
    if not briefs:
        return
    await send_notice(key, briefs[0]["user_id"], {
        "order_no": briefs[0]["order_no"], "amount": fen_to_yuan(payload["amount"]),
        "reason": payload.get("reason") or "退款",
    }, dedupe_key=f"{key}:{payload['refund_no']}")


@_reaction("payments.refunded")
async def _on_refunded(payload: dict[str, Any]) -> None:
    await _on_refund("refund_succeeded", payload)


@_reaction("payments.refund_failed")
async def _on_refund_failed(payload: dict[str, Any]) -> None:
    await _on_refund("refund_failed", payload)


@_reaction("orders.urged")
async def _on_urged(payload: dict[str, Any]) -> None:
    await send_notice("shop_order_urged", payload["shop_id"], {"order_no": payload["order_no"]})
