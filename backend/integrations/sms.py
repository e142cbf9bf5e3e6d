"""SMS (短信): verification codes and notices.

Only the sandbox exists so far; a real gateway implements ``SmsSender`` and is added to
``build_sms``. Templates are named by purpose; the gateway (or the sandbox) renders the text.
"""

from __future__ import annotations

import logging
import re
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

from backend.core.config import Settings
from backend.core.errors import IntegrationError

log = logging.getLogger("backend.sms")
TEMPLATES: dict[str, str] = {
    "login_code": "您的登录验证码为{code}，{minutes}分钟内有效，请勿泄露。",
    "register_code": "您的注册验证码为{code}，{minutes}分钟内有效，请勿泄露。",
    "reset_password_code": "您正在重置密码，验证码为{code}，{minutes}分钟内有效，请勿泄露。",
    "change_phone_code": "您正在更换手机号，验证码为{code}，{minutes}分钟内有效，请勿泄露。",
}
DEFAULT_MINUTES = 5
PHONE_PATTERN = re.compile(r"1\d{10}")


class SmsSender(Protocol):
    async def send(self, phone: str, template: str, params: dict[str, Any]) -> None: ...


@dataclass(frozen=True)
class SmsMessage:
    phone: str
    template: str
    params: dict[str, Any]
    text: str
    sent_at: datetime


def render(template: str, params: dict[str, Any], sign: str = "商城") -> str:
    """The text a phone receives, e.g. 「【商城】您的登录验证码为123456，5分钟内有效，请勿泄露。」."""
    if template not in TEMPLATES:
        raise IntegrationError(f"未知的短信模板：{template}")
    if not params.get("code"):
        raise IntegrationError(f"短信模板 {template} 缺少参数 code")
    values = {"minutes": DEFAULT_MINUTES, **params}
    return f"【{sign}】" + TEMPLATES[template].format_map(values)


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class SandboxSms:
    """Keeps every message in ``outbox`` instead of sending it.

    Scripted failures, as a gateway would answer: a number that is not an 11-digit mainland
    mobile number is refused; a number ending in ``0000`` times out.
    """

    sign: str = "商城"
    clock: Callable[[], datetime] = _utc_now
    # Bounded: the embedded default runs for weeks on the sandbox.
    outbox: deque[SmsMessage] = field(default_factory=lambda: deque(maxlen=1000))

    async def send(self, phone: str, template: str, params: dict[str, Any]) -> None:
        if not PHONE_PATTERN.fullmatch(phone):
            raise IntegrationError(
                "手机号码格式不正确", fields={"phone": "请输入 11 位中国大陆手机号"}, status=400
            )
        if phone.endswith("0000"):
            raise IntegrationError("短信发送超时，请稍后再试")
        text = render(template, params, self.sign)
        self.outbox.append(SmsMessage(phone, template, dict(params), text, self.clock()))
        log.info("sandbox SMS to %s: %s", phone, text)

    def last_to(self, phone: str) -> SmsMessage | None:
        """The latest message sent to ``phone`` (handy in tests: read the code from it)."""
        return next((m for m in reversed(self.outbox) if m.phone == phone), None)


def build_sms(settings: Settings) -> SmsSender:
    if settings.sms_provider == "sandbox":
        return SandboxSms()
    raise IntegrationError(f"不支持的短信服务商：{settings.sms_provider!r}（SMS_PROVIDER 可选：sandbox）")
