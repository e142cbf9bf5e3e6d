"""SMS (短信): verification codes and notices.

Only the sandbox exists so far; a real gateway implements ``SmsSender`` and is added to
``build_sms``. Templates are named by purpose; the gateway (or the sandbox) renders the text.
Every placeholder of a template but ``minutes`` must be given.
"""

from __future__ import annotations

import logging
import re
import string
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
    # notices (messaging.service.notifications), switchable per type by the shopper
    "order_paid_notice": "您的订单{order_no}已支付成功，金额{amount}元，商家将尽快为您发货。",
    "order_shipped_notice": "您的订单{order_no}已发货，{carrier}运单号{tracking_no}，请留意查收。",
    "refund_notice": "您的订单{order_no}退款{amount}元已原路退回，请注意查收。",
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
    for name in _placeholders(TEMPLATES[template]) - {"minutes"}:
        if params.get(name) in (None, ""):
            raise IntegrationError(f"短信模板 {template} 缺少参数 {name}")
    values = {"minutes": DEFAULT_MINUTES, **params}
    return f"【{sign}】" + TEMPLATES[template].format_map(values)


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class SandboxSms:
    """Keeps every message in ``outbox`` instead of sending it.

    Scripted failures, as a gateway would answer: a number that is not an 11-digit mainland
    mobile number is refused; a number ending in ``0000`` times out; ``fail_next = n`` makes the
    next n sends time out (a gateway having a bad minute).
    """

    sign: str = "商城"
    clock: Callable[[], datetime] = _utc_now
    # Bounded: the embedded default runs for weeks on the sandbox.
    outbox: deque[SmsMessage] = field(default_factory=lambda: deque(maxlen=1000))
    fail_next: int = 0

    async def send(self, phone: str, template: str, params: dict[str, Any]) -> None:
        if not PHONE_PATTERN.fullmatch(phone):
            raise IntegrationError(
                "手机号码格式不正确", fields={"phone": "请输入 11 位中国大陆手机号"}, status=400
            )
        if phone.endswith("0000") or self.fail_next > 0:
            self.fail_next = max(self.fail_next - 1, 0)
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
