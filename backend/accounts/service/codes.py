"""SMS verification codes: rate-limited sending, expiring, single use, limited attempts."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import timedelta

from tortoise.expressions import F

from backend.accounts.errors import AccountError
from backend.accounts.models import SmsCode
from backend.accounts.service.tokens import utcnow
from backend.core.errors import Invalid
from backend.core.ratelimit import cooldown, limit
from backend.core.runtime import runtime

TEMPLATES = {
    "login": "login_code",
    "register": "register_code",
    "reset_password": "reset_password_code",
    "change_phone": "change_phone_code",
}


def _digest(phone: str, purpose: str, code: str) -> str:
    key = runtime().settings.secret_key.encode()
    return hmac.new(key, f"{phone}:{purpose}:{code}".encode(), hashlib.sha256).hexdigest()


async def _check_send_limits(phone: str, ip: str) -> None:
    rt = runtime()
    s = rt.settings
    await cooldown(rt.cache, f"sms:{phone}", seconds=s.rate_limit_sms_interval_seconds,
                   message="验证码发送太频繁，请稍后再试")
    await limit(rt.cache, f"sms:phone:{phone}", max_hits=s.rate_limit_sms_per_phone_per_hour,
                window_seconds=3600, message="该手机号一小时内获取验证码次数过多，请稍后再试")
    await limit(rt.cache, f"sms:ip:{ip}", max_hits=s.rate_limit_sms_per_ip_per_hour,
                window_seconds=3600, message="获取验证码次数过多，请稍后再试")


async def send_code(phone: str, purpose: str, ip: str) -> int:
    """Send a fresh 6-digit code; returns its lifetime in seconds. Earlier codes stop working."""
    await _check_send_limits(phone, ip)
    rt = runtime()
    code = f"{secrets.randbelow(1_000_000):06d}"
    ttl = rt.settings.sms_code_ttl_seconds
    await SmsCode.filter(phone=phone, purpose=purpose, consumed_at=None).update(consumed_at=utcnow())
    row = await SmsCode.create(
        phone=phone, purpose=purpose, code_hash=_digest(phone, purpose, code),
        expires_at=utcnow() + timedelta(seconds=ttl),
    )
    try:
        await rt.sms.send(phone, TEMPLATES[purpose], {"code": code, "minutes": ttl // 60})
    except Exception:
        await row.delete()
        raise
    return ttl


async def verify_code(phone: str, purpose: str, code: str) -> None:
    """Consume the phone's current code for ``purpose`` or raise 422 saying why it failed."""
    row = await SmsCode.filter(phone=phone, purpose=purpose, consumed_at=None).order_by("-id").first()
    if row is None or row.expires_at <= utcnow():
        raise Invalid(AccountError.sms_code_expired, "验证码已失效，请重新获取", {"code": "验证码已失效"})
    # Count the attempt before comparing, atomically, so parallel guesses cannot exceed the budget.
    counted = await SmsCode.filter(
        id=row.id, attempts__lt=runtime().settings.sms_code_max_attempts
    ).update(attempts=F("attempts") + 1)
    if not counted:
        raise Invalid(AccountError.sms_code_attempts_exceeded, "验证码错误次数过多，请重新获取",
                      {"code": "错误次数过多"})
    if not hmac.compare_digest(row.code_hash, _digest(phone, purpose, code)):
        raise Invalid(AccountError.sms_code_invalid, "验证码不正确", {"code": "验证码不正确"})
    consumed = await SmsCode.filter(id=row.id, consumed_at=None).update(consumed_at=utcnow())
    if not consumed:  # a concurrent request used it first
        raise Invalid(AccountError.sms_code_expired, "验证码已失效，请重新获取", {"code": "验证码已失效"})
