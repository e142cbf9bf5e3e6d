"""Bearer tokens: issued random, stored hashed, expiring, revocable one by one or all at once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from backend.accounts.models import AuthToken, Staff, User
from backend.core import events
from backend.core.auth import Actor, ActorKind, hash_token, new_token
from backend.core.db import primary
from backend.core.errors import CoreError, Unauthorized
from backend.core.ratelimit import limit
from backend.core.runtime import runtime


def utcnow() -> datetime:
    return datetime.now(UTC)


async def issue_token(kind: ActorKind, subject_id: int, client: str = "") -> tuple[str, datetime]:
    settings = runtime().settings
    hours = settings.staff_token_ttl_hours if kind == "staff" else settings.token_ttl_hours
    raw = new_token()
    expires_at = utcnow() + timedelta(hours=hours)
    await AuthToken.create(
        token_hash=hash_token(raw), subject_kind=kind, subject_id=subject_id,
        client=client, expires_at=expires_at,
    )
    return raw, expires_at


def _rejected(message: str = "登录已失效，请重新登录") -> Unauthorized:
    return Unauthorized(CoreError.token_invalid, message)


async def resolve_token(raw: str) -> Actor:
    if len(raw) > 128:
        raise _rejected()
    # Read-your-writes: a token issued a moment ago may not have reached a replica yet.
    token = await AuthToken.filter(token_hash=hash_token(raw)).using_db(primary()).first()
    if token is None or token.revoked_at is not None or token.expires_at <= utcnow():
        raise _rejected()
    if token.subject_kind == "consumer":
        user = await User.filter(id=token.subject_id).using_db(primary()).first()
        if user is None or user.status == "disabled":
            raise _rejected("账号不可用，请联系客服")
        return Actor(kind="consumer", id=user.id, token_id=token.id)
    staff = await Staff.filter(id=token.subject_id).using_db(primary()).select_related("role").first()
    if staff is None or staff.status != "active":
        raise _rejected("账号不可用，请联系管理员")
    return Actor(
        kind="staff", id=staff.id, token_id=token.id, role=staff.role.code,
        permissions=frozenset(staff.role.permissions), shop_id=staff.shop_id,
        shop_kind=None if staff.role.scope == "platform" else staff.role.scope,
    )


async def logout(actor: Actor) -> None:
    await AuthToken.filter(id=actor.token_id, revoked_at=None).update(revoked_at=utcnow())
    await events.publish("accounts.logged_out", kind=actor.kind, subject_id=actor.id, token_id=actor.token_id)


async def revoke_all(kind: ActorKind, subject_id: int) -> int:
    return await AuthToken.filter(subject_kind=kind, subject_id=subject_id, revoked_at=None).update(
        revoked_at=utcnow()
    )


async def login_rate_limit(identifier: str, ip: str) -> None:
    rt = runtime()
    per_minute = rt.settings.rate_limit_login_per_minute
    await limit(rt.cache, f"login:{ip}:{identifier}", max_hits=per_minute, window_seconds=60,
                message="登录尝试过于频繁，请稍后再试")
    await limit(rt.cache, f"login:{ip}", max_hits=per_minute * 6, window_seconds=60,
                message="登录尝试过于频繁，请稍后再试")
