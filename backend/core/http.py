"""The HTTP edge shared by every blueprint: parse input, shape output, map errors, log requests."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
import os
import sys
import time
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from sanic import Request, Sanic
from sanic.exceptions import SanicException
from sanic.response import HTTPResponse
from sanic.response import json as sanic_json

from backend.core.errors import BadRequest, CoreError, DomainError, Invalid

M = TypeVar("M", bound=BaseModel)
error_log = logging.getLogger("backend.errors")


def compact_json(body: Any) -> str:
    """JSON as every response sends it: UTF-8 text kept as it is, no spaces."""
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"))


def etag_of(text: str) -> str:
    """A strong ETag naming ``text`` (a body, or what a body is built from)."""
    return f'"{hashlib.sha1(text.encode()).hexdigest()}"'


def etag_matches(etag: str | None, if_none_match: str | None) -> bool:
    """Whether an ``If-None-Match`` header names ``etag``."""
    return bool(etag) and etag in [tag.strip() for tag in (if_none_match or "").split(",")]


def json_response(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> HTTPResponse:
    return sanic_json(body, status=status, headers=headers, dumps=compact_json)


def json_out(schema: type[BaseModel], obj: Any, status: int = 200) -> HTTPResponse:
    """Validate ``obj`` (a model instance, dict or ORM row) through ``schema`` and send it."""
    return json_response(schema.model_validate(obj).model_dump(mode="json"), status=status)


def list_out(schema: type[BaseModel], items: list[Any], **meta: Any) -> HTTPResponse:
    rows = [schema.model_validate(item).model_dump(mode="json") for item in items]
    return json_response({"items": rows, **meta})


def no_content() -> HTTPResponse:
    return HTTPResponse(status=204)


# Pydantic's messages are English; shoppers and operators read Chinese. Unlisted types keep
# pydantic's text; our own validators raise ValueError with Chinese text already.
FIELD_MESSAGES = {
    "missing": "必填",
    "string_type": "必须是文本",
    "string_too_short": "至少 {min_length} 个字符",
    "string_too_long": "最多 {max_length} 个字符",
    "string_pattern_mismatch": "格式不正确",
    "int_type": "必须是整数",
    "int_parsing": "必须是整数",
    "int_from_float": "必须是整数",
    "float_parsing": "必须是数字",
    "bool_type": "必须是 true 或 false",
    "bool_parsing": "必须是 true 或 false",
    "greater_than": "必须大于 {gt}",
    "greater_than_equal": "不能小于 {ge}",
    "less_than": "必须小于 {lt}",
    "less_than_equal": "不能大于 {le}",
    "literal_error": "可选值：{expected}",
    "enum": "可选值：{expected}",
    "extra_forbidden": "不支持该字段",
    "list_type": "必须是列表",
    "too_short": "至少 {min_length} 项",
    "too_long": "最多 {max_length} 项",
    "dict_type": "必须是对象",
    "model_type": "必须是对象",
    "date_parsing": "日期格式应为 YYYY-MM-DD",
    "date_from_datetime_parsing": "日期格式应为 YYYY-MM-DD",
    "datetime_parsing": "时间格式不正确",
    "datetime_from_date_parsing": "时间格式不正确",
    "timezone_aware": "时间需带时区，例如 2026-12-01T00:00:00+08:00",
}


def field_message(item: dict[str, Any]) -> str:
    if item["type"] == "value_error":
        return str(item.get("ctx", {}).get("error", item["msg"]))
    template = FIELD_MESSAGES.get(item["type"])
    if template is None:
        return item["msg"]
    try:
        return template.format(**item.get("ctx", {}))
    except (KeyError, IndexError):
        return item["msg"]


def field_errors(error: ValidationError) -> dict[str, str]:
    fields: dict[str, str] = {}
    for item in error.errors():
        path = ".".join(str(p) for p in item["loc"]) or "__root__"
        fields.setdefault(path, field_message(item))
    return fields


def validate(schema: type[M], data: Any) -> M:
    try:
        return schema.model_validate(data)
    except ValidationError as exc:
        raise Invalid(CoreError.validation_failed, "提交的数据有误", field_errors(exc)) from None


def parse_body(request: Request, schema: type[M]) -> M:
    if not request.body:
        data: Any = {}
    else:
        try:
            data = json.loads(request.body)
        except (ValueError, UnicodeDecodeError):
            raise BadRequest(CoreError.invalid_json, "请求体不是合法的 JSON") from None
    if not isinstance(data, dict):
        raise BadRequest(CoreError.invalid_json, "请求体必须是 JSON 对象")
    return validate(schema, data)


def parse_query(request: Request, schema: type[M]) -> M:
    """Query strings: a field declared as a list takes every value, any other field the last."""
    data: dict[str, Any] = {}
    for name, values in request.args.items():
        field = schema.model_fields.get(name)
        is_list = field is not None and getattr(field.annotation, "__origin__", None) is list
        data[name] = values if is_list else values[-1]
    return validate(schema, data)


def client_ip(request: Request) -> str:
    """The caller's address; behind nginx, the first hop of X-Forwarded-For as Sanic resolves it."""
    return request.remote_addr or request.ip or "unknown"


def configure_logging(debug: bool) -> None:
    """Warnings and errors of the ``backend`` loggers on stdout (access lines: ``AccessLog``)."""
    logger = logging.getLogger("backend")
    if logger.handlers:  # one handler per process, however many apps it builds
        return
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG if debug else logging.INFO)
    logger.propagate = False


class AccessLog:
    """One JSON line per request, written to stdout without a flush per line.

    ``logging`` (record, handler, lock, flush) cost a third of a small endpoint's requests/s
    (bench/page_endpoint.py); lines are written as they come and flushed once a second.
    """

    def __init__(self, stream: Any = None) -> None:
        self.stream = stream or sys.stdout
        self.enabled = True

    def write(self, entry: dict[str, Any]) -> None:
        if self.enabled:
            self.stream.write(compact_json(entry) + "\n")

    async def flush_every(self, seconds: float, stop: asyncio.Event) -> None:
        while not stop.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=seconds)
            self.stream.flush()


access_lines = AccessLog()


# --- errors ---------------------------------------------------------------------------------

SANIC_CODES = {
    400: CoreError.bad_request,
    401: CoreError.not_authenticated,
    403: CoreError.permission_denied,
    404: CoreError.not_found,
    405: CoreError.method_not_allowed,
    413: CoreError.payload_too_large,
    429: CoreError.rate_limited,
}
SANIC_MESSAGES = {
    404: "请求的资源不存在",
    405: "不支持该请求方法",
    413: "请求体过大",
}


def error_response(code: str, message: str, status: int, fields: dict | None = None,
                   headers: dict[str, str] | None = None) -> HTTPResponse:
    body = {"error": {"code": code, "message": message, "fields": fields or {}}}
    return json_response(body, status=status, headers=headers)


def handle_domain_error(request: Request, exc: DomainError) -> HTTPResponse:
    return error_response(exc.code, exc.message, exc.status, exc.fields, exc.headers)


def handle_sanic_error(request: Request, exc: SanicException) -> HTTPResponse:
    status = getattr(exc, "status_code", 500) or 500
    if status >= 500:
        return handle_unexpected(request, exc)
    code = SANIC_CODES.get(status, CoreError.bad_request)
    return error_response(code, SANIC_MESSAGES.get(status, str(exc) or "请求有误"), status)


def handle_unexpected(request: Request, exc: Exception) -> HTTPResponse:
    error_log.exception("unhandled error on %s %s", request.method, request.path, exc_info=exc)
    return error_response(CoreError.internal_error, "服务器开小差了，请稍后再试", 500)


# --- request ids and access log ---------------------------------------------------------------

def _start_request(request: Request) -> HTTPResponse | None:
    if not getattr(request.app.ctx, "ready", True):
        # A worker serves as soon as its socket is open, while its start-up hooks still run; a
        # request let in then could find the database half set up and leave the worker hanging.
        return error_response(CoreError.service_starting, "服务正在启动，请稍后再试", 503,
                              headers={"Retry-After": "1"})
    incoming = request.headers.get("x-request-id", "")
    valid = 0 < len(incoming) <= 64 and incoming.replace("-", "").isalnum()
    request.ctx.request_id = incoming if valid else os.urandom(16).hex()
    request.ctx.started = time.perf_counter()


def _finish_request(request: Request, response: HTTPResponse) -> None:
    request_id = getattr(request.ctx, "request_id", "")
    response.headers["X-Request-ID"] = request_id
    started = getattr(request.ctx, "started", None)
    actor = getattr(request.ctx, "actor", None)
    access_lines.write({
        "request_id": request_id,
        "method": request.method,
        "path": request.path,
        "status": response.status,
        "ms": round((time.perf_counter() - started) * 1000, 2) if started else None,
        "actor": f"{actor.kind}:{actor.id}" if actor else None,
        "ip": client_ip(request),
    })


def install(app: Sanic) -> None:
    app.error_handler.add(DomainError, handle_domain_error)
    app.error_handler.add(SanicException, handle_sanic_error)
    app.error_handler.add(Exception, handle_unexpected)
    app.register_middleware(_start_request, "request")
    app.register_middleware(_finish_request, "response")
