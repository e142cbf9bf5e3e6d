"""WeChat mini-program (微信小程序): login (code2Session), customer and subscribe messages, and the
shipping information of orders paid by WeChat Pay (发货信息录入, ``upload_shipping_info``).

``build_wechat(settings)`` picks ``WechatpyMiniProgram`` when an app id and secret are
configured, otherwise the deterministic ``SandboxMiniProgram``.
"""

from __future__ import annotations

import asyncio
import hashlib
from dataclasses import dataclass
from typing import Any, Protocol

import redis
import requests
from wechatpy import WeChatClient
from wechatpy.exceptions import WeChatClientException
from wechatpy.session.redisstorage import RedisStorage

from backend.core.config import Settings
from backend.core.errors import IntegrationError

DEFAULT_TIMEOUT_SECONDS = 10.0

# errcode → (message, is the login code's fault)
_LOGIN_ERRORS: dict[int, tuple[str, bool]] = {
    40029: ("登录凭证无效或已过期，请重新登录", True),
    40163: ("登录凭证已被使用，请重新登录", True),
    41008: ("缺少登录凭证 code", True),
    40226: ("该微信用户存在风险，已被微信拦截登录", False),
    45011: ("微信登录请求过于频繁，请稍后再试", False),
    -1: ("微信系统繁忙，请稍后再试", False),
}
_MESSAGE_ERRORS: dict[int, str] = {
    43004: "用户未关注或未授权，无法发送消息",
    43101: "用户未订阅该消息模板",
    45015: "已超过客服消息回复时限（48 小时）",
    45047: "客服消息下发条数已达上限",
    40037: "订阅消息模板 ID 无效",
    47003: "订阅消息模板参数不正确",
    45011: "微信接口调用过于频繁，请稍后再试",
}
_SHIPPING_ERRORS: dict[int, str] = {
    10060001: "微信支付单不存在",
    10060004: "支付单处于不可发货的状态",
    10060005: "物流类型有误",
    10060012: "微信系统错误，请稍后再试",
    10060014: "发货信息参数错误",
    10060020: "该支付单不属于本小程序",
    268485216: "上传时间不正确",
}
SHIPPING_ALREADY_DONE = 10060002  # 支付单已完成发货: an earlier attempt got through, its answer was lost


@dataclass(frozen=True)
class WechatSession:
    openid: str
    unionid: str | None
    session_key: str


class WechatMiniProgram(Protocol):
    async def code_to_session(self, code: str) -> WechatSession: ...

    async def send_customer_text(self, openid: str, text: str) -> None: ...

    async def send_subscribe_message(
        self, openid: str, template_id: str, data: dict[str, Any], page: str | None = None
    ) -> None: ...

    async def upload_shipping_info(self, info: dict[str, Any]) -> None: ...


def invalid_code_error(message: str = _LOGIN_ERRORS[40029][0]) -> IntegrationError:
    """The error for a login code WeChat refuses: the caller's fault, so HTTP 400."""
    return IntegrationError(message, fields={"code": message}, status=400)


def subscribe_payload(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """``{"thing1": "已发货"}`` → ``{"thing1": {"value": "已发货"}}``; wrapped values pass as they are."""
    return {
        key: value if isinstance(value, dict) and "value" in value else {"value": value}
        for key, value in data.items()
    }


# --- real implementation ---------------------------------------------------------------------


class _TimeoutSession(requests.Session):
    """wechatpy fetches the access token without a timeout; give every request one."""

    def __init__(self, timeout: float) -> None:
        super().__init__()
        self._timeout = timeout

    def request(self, *args, **kwargs):
        kwargs["timeout"] = kwargs.get("timeout") or self._timeout
        return super().request(*args, **kwargs)


class _BaseUrlClient(WeChatClient):
    """A ``WeChatClient`` whose every URL, the token URL included, starts at ``api_base_url``."""

    def __init__(self, appid: str, secret: str, api_base_url: str, *, session=None, timeout: float) -> None:
        super().__init__(appid, secret, session=session, timeout=timeout)
        self._http = _TimeoutSession(timeout)
        self._api_base_url = api_base_url
        self.API_BASE_URL = f"{api_base_url}cgi-bin/"
        self.wxa.API_BASE_URL = api_base_url

    def fetch_access_token(self):
        return self._fetch_access_token(
            url=f"{self._api_base_url}cgi-bin/token",
            params={"grant_type": "client_credential", "appid": self.appid, "secret": self.secret},
        )


class WechatpyMiniProgram:
    """The real mini-program API through wechatpy (synchronous, so run in a thread).

    ``session`` is a wechatpy session storage; pass a ``RedisStorage`` so that all workers share
    one access token (fetching a new token invalidates the previous one after a few minutes).
    """

    def __init__(
        self,
        appid: str,
        secret: str,
        api_base_url: str = "https://api.weixin.qq.com/",
        *,
        session=None,
        timeout: float = DEFAULT_TIMEOUT_SECONDS,
    ) -> None:
        base = api_base_url.rstrip("/") + "/"
        self.client = _BaseUrlClient(appid, secret, base, session=session, timeout=timeout)

    async def code_to_session(self, code: str) -> WechatSession:
        if not code:
            raise invalid_code_error(_LOGIN_ERRORS[41008][0])
        try:
            result = await asyncio.to_thread(self.client.wxa.code_to_session, code)
        except WeChatClientException as exc:
            raise _login_error(exc) from exc
        except requests.RequestException as exc:
            raise _network_error() from exc
        return _session_from(result)

    async def send_customer_text(self, openid: str, text: str) -> None:
        await self._call(self.client.message.send_text, openid, text)

    async def send_subscribe_message(
        self, openid: str, template_id: str, data: dict[str, Any], page: str | None = None
    ) -> None:
        payload = subscribe_payload(data)
        await self._call(self.client.wxa.send_subscribe_message, openid, template_id, payload, page)

    async def upload_shipping_info(self, info: dict[str, Any]) -> None:
        try:
            await asyncio.to_thread(self.client.wxa._post, "wxa/sec/order/upload_shipping_info", data=info)
        except WeChatClientException as exc:
            if exc.errcode is None:
                raise _network_error() from exc
            if exc.errcode != SHIPPING_ALREADY_DONE:
                message = _SHIPPING_ERRORS.get(exc.errcode, "发货信息录入失败")
                raise IntegrationError(f"{message}（{exc.errcode}：{exc.errmsg}）") from exc
        except requests.RequestException as exc:
            raise _network_error() from exc

    async def _call(self, method, *args) -> None:
        try:
            await asyncio.to_thread(method, *args)
        except WeChatClientException as exc:
            raise _message_error(exc) from exc
        except requests.RequestException as exc:
            raise _network_error() from exc


def _session_from(result: Any) -> WechatSession:
    if not isinstance(result, dict) or not result.get("openid") or not result.get("session_key"):
        raise IntegrationError("微信登录返回的数据不完整")
    return WechatSession(
        openid=result["openid"], unionid=result.get("unionid") or None, session_key=result["session_key"]
    )


def _login_error(exc: WeChatClientException) -> IntegrationError:
    if exc.errcode is None:
        return _network_error()
    message, code_fault = _LOGIN_ERRORS.get(exc.errcode, (None, False))
    if code_fault:
        return invalid_code_error(message)
    return IntegrationError(message or f"微信登录失败（{exc.errcode}：{exc.errmsg}）")


def _message_error(exc: WeChatClientException) -> IntegrationError:
    if exc.errcode is None:
        return _network_error()
    message = _MESSAGE_ERRORS.get(exc.errcode, "微信消息发送失败")
    return IntegrationError(f"{message}（{exc.errcode}：{exc.errmsg}）")


def _network_error() -> IntegrationError:
    return IntegrationError("无法连接微信服务器，请稍后再试")


# --- sandbox ---------------------------------------------------------------------------------


class SandboxMiniProgram:
    """Deterministic stand-in: the same code always gives the same user.

    Scripted failure: the code ``"invalid"`` is refused like WeChat's 40029.
    Sent messages are kept in ``sent`` in WeChat's wire format.
    """

    INVALID_CODE = "invalid"

    def __init__(self) -> None:
        self.sent: list[dict[str, Any]] = []
        self.shipping: list[dict[str, Any]] = []  # uploaded shipping information, as WeChat gets it

    async def code_to_session(self, code: str) -> WechatSession:
        if not code:
            raise invalid_code_error(_LOGIN_ERRORS[41008][0])
        if code == self.INVALID_CODE:
            raise invalid_code_error()
        digest = hashlib.sha256(code.encode()).hexdigest()[:16]
        return WechatSession(
            openid=f"sandbox-openid-{digest}",
            unionid=f"sandbox-unionid-{digest}",
            session_key=f"sandbox-session-{digest}",
        )

    async def send_customer_text(self, openid: str, text: str) -> None:
        self.sent.append({"touser": openid, "msgtype": "text", "text": {"content": text}})

    async def send_subscribe_message(
        self, openid: str, template_id: str, data: dict[str, Any], page: str | None = None
    ) -> None:
        message = {"touser": openid, "template_id": template_id, "data": subscribe_payload(data)}
        if page:
            message["page"] = page
        self.sent.append(message)

    async def upload_shipping_info(self, info: dict[str, Any]) -> None:
        self.shipping.append(info)


# --- factory ---------------------------------------------------------------------------------


def build_wechat(settings: Settings) -> WechatMiniProgram:
    if not (settings.wechat_appid and settings.wechat_secret):
        return SandboxMiniProgram()
    return WechatpyMiniProgram(
        settings.wechat_appid,
        settings.wechat_secret,
        settings.wechat_api_base_url,
        session=_token_storage(settings),
    )


def _token_storage(settings: Settings) -> RedisStorage | None:
    """Share the access token through Redis when it is configured; else keep it per process."""
    if not settings.redis_url:
        return None
    return RedisStorage(redis.Redis.from_url(settings.redis_url), prefix="shop:wechatpy")
