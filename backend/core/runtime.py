"""The process's configured collaborators: settings, cache and outside-service adapters.

``create_app`` builds one ``Runtime`` per worker from settings; services reach adapters through
``runtime()`` so tests swap them by configuration, never by patching import paths.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from backend.core.cache import Cache
    from backend.core.config import Settings
    from backend.core.passwords import Passwords
    from backend.integrations.logistics import LogisticsProvider
    from backend.integrations.payments import PaymentProvider
    from backend.integrations.push import PushSender
    from backend.integrations.sms import SmsSender
    from backend.integrations.storage import Storage
    from backend.integrations.wechat import WechatMiniProgram


@dataclass
class Runtime:
    settings: Settings
    cache: Cache
    sms: SmsSender
    wechat: WechatMiniProgram
    storage: Storage
    passwords: Passwords
    logistics: LogisticsProvider
    payments: dict[str, PaymentProvider]  # by provider code: "sandbox", later "wechat", "alipay"
    push: PushSender


_current: Runtime | None = None


def install_runtime(value: Runtime) -> None:
    global _current
    _current = value


def runtime() -> Runtime:
    if _current is None:  # pragma: no cover - wiring error
        raise RuntimeError("runtime not installed: build the app with backend.app.create_app")
    return _current
