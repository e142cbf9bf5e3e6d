"""One error type for the whole service, mapped to the JSON shape of DESIGN.md.

Services raise ``DomainError`` subclasses with a code from their context's ``StrEnum``;
one Sanic handler turns them into ``{"error": {"code", "message", "fields"}}``.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any


class CoreError(StrEnum):
    bad_request = "bad_request"
    invalid_json = "invalid_json"
    validation_failed = "validation_failed"
    not_authenticated = "not_authenticated"
    token_invalid = "token_invalid"
    permission_denied = "permission_denied"
    not_found = "not_found"
    method_not_allowed = "method_not_allowed"
    conflict = "conflict"
    invalid_transition = "invalid_transition"
    rate_limited = "rate_limited"
    payload_too_large = "payload_too_large"
    integration_failed = "integration_failed"
    service_starting = "service_starting"
    internal_error = "internal_error"


class DomainError(Exception):
    status = 400

    def __init__(
        self,
        code: StrEnum | str,
        message: str,
        fields: dict[str, str] | None = None,
        *,
        status: int | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.code = str(code)
        self.message = message
        self.fields = fields or {}
        self.headers = headers or {}
        if status is not None:
            self.status = status

    def body(self) -> dict[str, Any]:
        return {"error": {"code": self.code, "message": self.message, "fields": self.fields}}


class BadRequest(DomainError):
    status = 400


class Unauthorized(DomainError):
    status = 401


class Forbidden(DomainError):
    status = 403


class NotFound(DomainError):
    status = 404


class Conflict(DomainError):
    status = 409


class Invalid(DomainError):
    status = 422


class RateLimited(DomainError):
    status = 429


class IntegrationError(DomainError):
    """An outside service (WeChat, SMS, storage …) failed or refused."""

    status = 502

    def __init__(self, message: str, *, code: StrEnum | str = CoreError.integration_failed, **kw) -> None:
        super().__init__(code, message, **kw)
