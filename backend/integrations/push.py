"""App push (极光推送 JPush): notifications shown on the native app's devices.

``build_push(settings)`` picks ``JPushSender`` when an app key and master secret are configured,
otherwise the ``SandboxPush`` that records what it would have sent. A push goes to registration
ids (the devices the app registered for the user) and/or aliases; ``extras`` reach the app with
the tap (``link``: the page to open).
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from dataclasses import dataclass, field
from typing import Any, Protocol

import jpush
from jpush import common as jpush_common

from backend.core.config import Settings
from backend.core.errors import IntegrationError

log = logging.getLogger("backend.push")
DEFAULT_TIMEOUT_SECONDS = 10
TIME_TO_LIVE_SECONDS = 86400  # a phone offline longer than a day does not get stale notices
NO_SUCH_AUDIENCE = 1011  # JPush: "cannot find user by this audience"


@dataclass(frozen=True)
class PushMessage:
    title: str
    alert: str
    registration_ids: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    extras: dict[str, Any] = field(default_factory=dict)


class PushSender(Protocol):
    async def push(self, message: PushMessage) -> str | None:
        """Send it; the gateway's message id, or None when no device matched (nothing to retry)."""
        ...


def _audience(message: PushMessage) -> dict[str, list[str]]:
    if not (message.registration_ids or message.aliases):
        raise IntegrationError("推送对象为空")
    selectors = []
    if message.registration_ids:
        selectors.append(jpush.registration_id(*message.registration_ids))
    if message.aliases:
        selectors.append(jpush.alias(*message.aliases))
    return jpush.audience(*selectors)


def jpush_payload(message: PushMessage, *, apns_production: bool = False) -> dict[str, Any]:
    """The JPush v3 push body: Android and iOS notifications carrying the same extras."""
    extras = {key: value for key, value in message.extras.items() if value is not None}
    return {
        "platform": jpush.platform("android", "ios"),
        "audience": _audience(message),
        "notification": jpush.notification(
            alert=message.alert,
            android=jpush.android(alert=message.alert, title=message.title, extras=extras),
            ios=jpush.ios(alert={"title": message.title, "body": message.alert}, badge="+1", extras=extras),
        ),
        "options": {"apns_production": apns_production, "time_to_live": TIME_TO_LIVE_SECONDS},
    }


# --- real implementation ---------------------------------------------------------------------


def zone_for(api_base_url: str) -> str:
    """A ``jpush.common.ZONES`` entry whose hosts all start at ``api_base_url`` (a proxy or a fake)."""
    base = api_base_url.rstrip("/") + "/"
    name = f"URL:{base}".upper()  # the SDK upper-cases the zone name before looking it up
    jpush_common.ZONES[name] = {
        "PUSH": f"{base}v3/", "REPORT": f"{base}v3/report/", "DEVICE": f"{base}v3/devices/",
        "ALIAS": f"{base}v3/aliases/", "TAG": f"{base}v3/tags/", "SCHEDULE": f"{base}v3/schedules/",
        "ADMIN": f"{base}v1/",
    }
    return name


class JPushSender:
    """The JPush REST API v3 through the official SDK (synchronous, so run in a thread)."""

    def __init__(self, app_key: str, master_secret: str, *, zone: str = "default", api_base_url: str = "",
                 apns_production: bool = False, timeout: int = DEFAULT_TIMEOUT_SECONDS) -> None:
        self.client = jpush.JPush(app_key, master_secret, timeout=timeout,
                                  zone=zone_for(api_base_url) if api_base_url else zone)
        self.apns_production = apns_production

    async def push(self, message: PushMessage) -> str | None:
        payload = jpush_payload(message, apns_production=self.apns_production)
        request = self.client.create_push()
        request.platform, request.audience = payload["platform"], payload["audience"]
        request.notification, request.options = payload["notification"], payload["options"]
        try:
            response = await asyncio.to_thread(request.send)
        except jpush_common.Unauthorized as exc:
            raise IntegrationError("极光推送鉴权失败，请检查 AppKey 和 Master Secret") from exc
        except jpush_common.JPushFailure as exc:
            if exc.error_code == NO_SUCH_AUDIENCE:  # the devices are gone: nothing to deliver
                log.info("jpush: no device for %s", payload["audience"])
                return None
            raise IntegrationError(f"极光推送失败（{exc.error_code}：{exc.details}）") from exc
        except (jpush_common.APIConnectionException, jpush_common.APIRequestException) as exc:
            raise IntegrationError("无法连接极光推送服务器，请稍后再试") from exc
        return str((response.payload or {}).get("msg_id") or "")


# --- sandbox ---------------------------------------------------------------------------------


@dataclass
class SandboxPush:
    """Keeps every push in ``sent`` (JPush's wire format) instead of sending it.

    Scripted failure: a registration id starting with ``timeout`` times out.
    """

    sent: deque[dict[str, Any]] = field(default_factory=lambda: deque(maxlen=1000))

    async def push(self, message: PushMessage) -> str | None:
        payload = jpush_payload(message)
        if any(rid.startswith("timeout") for rid in message.registration_ids):
            raise IntegrationError("极光推送超时，请稍后再试")
        self.sent.append(payload)
        log.info("sandbox push to %s: %s", payload["audience"], message.alert)
        return f"sandbox-{len(self.sent)}"


# --- factory ---------------------------------------------------------------------------------


def build_push(settings: Settings) -> PushSender:
    if not (settings.jpush_app_key and settings.jpush_master_secret):
        return SandboxPush()
    return JPushSender(settings.jpush_app_key, settings.jpush_master_secret, zone=settings.jpush_zone,
                       api_base_url=settings.jpush_api_base_url, apns_production=settings.jpush_apns_production)
