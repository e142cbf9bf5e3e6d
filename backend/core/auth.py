"""Who is calling: bearer tokens resolved to an ``Actor``, and the guards handlers wear.

Tokens are random and opaque; only their SHA-256 is stored (accounts context). The accounts
context registers the resolver at start-up, so this module depends on no context.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from functools import wraps
from typing import Any, Literal

from sanic import Request

from backend.core.errors import CoreError, Forbidden, Unauthorized

ActorKind = Literal["consumer", "staff"]


@dataclass(frozen=True)
class Actor:
    kind: ActorKind
    id: int
    token_id: int
    role: str | None = None
    permissions: frozenset[str] = field(default_factory=frozenset)
    shop_id: int | None = None
    shop_kind: str | None = None

    @property
    def is_platform(self) -> bool:
        """Platform staff belong to no shop and see every tenant."""
        return self.kind == "staff" and self.shop_id is None

    def can(self, permission: str) -> bool:
        return permission in self.permissions

    def label(self) -> str:
        return f"{self.kind}:{self.id}"


Resolver = Callable[[str], Awaitable[Actor]]
_resolver: Resolver | None = None


def set_resolver(resolver: Resolver) -> None:
    global _resolver
    _resolver = resolver


def new_token() -> str:
    return secrets.token_urlsafe(32)


def hash_token(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


def bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        return None
    return value.strip()


async def current_actor(request: Request) -> Actor | None:
    """The caller, resolved once per request; an invalid token is an error, no token is None."""
    if hasattr(request.ctx, "actor"):
        return request.ctx.actor
    raw = bearer(request)
    actor = None
    if raw is not None:
        if _resolver is None:  # pragma: no cover - wiring error
            raise RuntimeError("no token resolver registered")
        actor = await _resolver(raw)
    request.ctx.actor = actor
    return actor


async def shopper_id(request: Request) -> int | None:
    """The signed-in consumer's id, if any (staff and visitors: None): what a shopper's own prices
    and history are looked up by on public routes."""
    actor = await current_actor(request)
    return actor.id if actor is not None and actor.kind == "consumer" else None


async def authenticated(request: Request) -> Actor:
    actor = await current_actor(request)
    if actor is None:
        raise Unauthorized(CoreError.not_authenticated, "请先登录")
    return actor


Handler = Callable[..., Awaitable[Any]]


def require_consumer(handler: Handler) -> Handler:
    @wraps(handler)
    async def guarded(request: Request, *args: Any, **kwargs: Any) -> Any:
        actor = await authenticated(request)
        if actor.kind != "consumer":
            raise Forbidden(CoreError.permission_denied, "该接口仅限买家账号使用")
        return await handler(request, *args, **kwargs)

    return guarded


def require(*permissions: str) -> Callable[[Handler], Handler]:
    """Staff only, holding every listed permission (none listed: any staff account)."""

    def decorate(handler: Handler) -> Handler:
        @wraps(handler)
        async def guarded(request: Request, *args: Any, **kwargs: Any) -> Any:
            actor = await authenticated(request)
            if actor.kind != "staff":
                raise Forbidden(CoreError.permission_denied, "该接口仅限后台账号使用")
            missing = [p for p in permissions if not actor.can(p)]
            if missing:
                raise Forbidden(CoreError.permission_denied, "没有操作权限", {"permission": missing[0]})
            return await handler(request, *args, **kwargs)

        return guarded

    return decorate
