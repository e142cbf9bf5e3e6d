"""微信支付 APIv3: JSAPI (mini-program, H5 inside WeChat), H5 (other mobile browsers) and app.

Requests go through ``wechatpayv3`` (it signs them with the merchant key and verifies WeChat's
signed answers) in public-key mode: certificate mode downloads certificates from the real gateway
in its constructor. Notifications are verified here, step by step, before anything in them is read:

1. ``Wechatpay-Serial`` names the key: the WeChat Pay public key id, or the serial of a configured
   platform certificate. Any other serial is refused at once (the SDK would try to download
   certificates from the real gateway for it).
2. ``Wechatpay-Timestamp`` is no older than ``max_age_seconds`` (the SDK does not check it).
3. ``Wechatpay-Signature`` is RSA-SHA256 over ``timestamp\\nnonce\\nbody\\n``.
4. ``resource`` is decrypted (AEAD_AES_256_GCM with the APIv3 key), and its ``mchid`` (and
   ``appid``, for payments) must be ours. The payments context then checks the amount and trade
   number against its own record and applies the result once.

The keys are secrets: they are kept out of ``repr`` and never logged.
"""

from __future__ import annotations

import asyncio
import json
import logging
import secrets
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import requests
from cryptography import x509
from wechatpayv3 import WeChatPay, WeChatPayType
from wechatpayv3.utils import aes_decrypt, load_public_key, rsa_verify

from backend.core.config import Settings
from backend.core.errors import IntegrationError
from backend.integrations.payments import (
    Ack,
    Charge,
    Notification,
    NotificationRejected,
    PaymentResult,
    RefundRequest,
    RefundResult,
)

log = logging.getLogger("backend.payments")
SIGNATURE_TYPE = "WECHATPAY2-SHA256-RSA2048"
# trade_state → our status; a refunded transaction was paid first
TRADE_STATES = {"SUCCESS": "success", "REFUND": "success", "NOTPAY": "pending", "USERPAYING": "pending",
                "CLOSED": "fail", "REVOKED": "fail", "PAYERROR": "fail"}
REFUND_STATES = {"SUCCESS": ("success", ""), "PROCESSING": ("pending", ""),
                 "CLOSED": ("fail", "退款已关闭"), "ABNORMAL": ("fail", "退款异常，请在微信支付商户平台处理")}


def read_pem(value: str) -> str:
    """A key or certificate given as PEM text, or as the path of a file holding it."""
    text = value.strip()
    if text and not text.startswith("-----BEGIN") and len(text) < 4096 and Path(text).is_file():
        return Path(text).read_text(encoding="utf-8")
    return text


@dataclass(frozen=True)
class WechatPayConfig:
    mchid: str
    appid: str  # JSAPI and H5
    app_appid: str  # the mobile app's (开放平台)
    cert_serial: str
    public_key_id: str
    public_key: str = field(repr=False)
    private_key: str = field(repr=False)
    apiv3_key: str = field(repr=False)
    platform_cert: str = field(default="", repr=False)
    platform_cert_serial: str = ""
    base_url: str = "https://api.mch.weixin.qq.com"
    timeout: float = 10.0

    @classmethod
    def from_settings(cls, settings: Settings) -> WechatPayConfig | None:
        """None when WeChat Pay is not configured; a clear error when it is half configured."""
        if not settings.wechat_pay_mchid:
            return None
        appid = settings.wechat_pay_appid or settings.wechat_appid
        values = {
            "WECHAT_PAY_APPID": appid,
            "WECHAT_PAY_PRIVATE_KEY": settings.wechat_pay_private_key.get_secret_value(),
            "WECHAT_PAY_CERT_SERIAL": settings.wechat_pay_cert_serial,
            "WECHAT_PAY_APIV3_KEY": settings.wechat_pay_apiv3_key.get_secret_value(),
            "WECHAT_PAY_PUBLIC_KEY": settings.wechat_pay_public_key,
            "WECHAT_PAY_PUBLIC_KEY_ID": settings.wechat_pay_public_key_id,
        }
        missing = [name for name, value in values.items() if not value]
        if missing:
            raise RuntimeError(f"WECHAT_PAY_MCHID is set but {', '.join(missing)} is not")
        if len(values["WECHAT_PAY_APIV3_KEY"].encode()) != 32:
            raise RuntimeError("WECHAT_PAY_APIV3_KEY must be the 32-character APIv3 key")
        return cls(
            mchid=settings.wechat_pay_mchid, appid=appid, app_appid=settings.wechat_pay_app_appid or appid,
            cert_serial=settings.wechat_pay_cert_serial, public_key_id=settings.wechat_pay_public_key_id,
            public_key=read_pem(settings.wechat_pay_public_key),
            private_key=read_pem(values["WECHAT_PAY_PRIVATE_KEY"]), apiv3_key=values["WECHAT_PAY_APIV3_KEY"],
            platform_cert=read_pem(settings.wechat_pay_platform_cert),
            platform_cert_serial=settings.wechat_pay_platform_cert_serial,
            base_url=settings.wechat_pay_base_url, timeout=settings.wechat_pay_timeout_seconds,
        )


class WechatPayments:
    """The ``PaymentProvider`` for 微信支付 (code ``wechat``)."""

    code = "wechat"

    def __init__(self, config: WechatPayConfig, notify_url: str, max_age_seconds: int = 300,
                 clock: Any = time.time) -> None:
        self.config = config
        self.notify_url = notify_url
        self.max_age_seconds = max_age_seconds
        self.clock = clock
        self.appids = frozenset({config.appid, config.app_appid})
        self.client = WeChatPay(
            wechatpay_type=WeChatPayType.MINIPROG, mchid=config.mchid, private_key=config.private_key,
            cert_serial_no=config.cert_serial, appid=config.appid, apiv3_key=config.apiv3_key,
            notify_url=notify_url, public_key=config.public_key, public_key_id=config.public_key_id,
            timeout=config.timeout,  # no logger: the SDK's debug log prints headers and decrypted bodies
        )
        self.client._core._gate_way = config.base_url.rstrip("/")  # private: the SDK has no setting for it
        # serial → the key that signs with it; nothing else is ever trusted
        self.keys: dict[str, Any] = {config.public_key_id: load_public_key(config.public_key)}
        if config.platform_cert:
            certificate = x509.load_pem_x509_certificate(config.platform_cert.encode())
            serial = format(certificate.serial_number, "X")
            if config.platform_cert_serial and config.platform_cert_serial.upper().lstrip("0") != serial:
                raise RuntimeError("WECHAT_PAY_PLATFORM_CERT_SERIAL does not match WECHAT_PAY_PLATFORM_CERT")
            self.keys[serial] = certificate.public_key()
            # the SDK checks WeChat's answers signed with it without downloading anything
            self.client._core._certificates.append(certificate)

    def __repr__(self) -> str:
        return f"WechatPayments(mchid={self.config.mchid!r}, appid={self.config.appid!r})"

    # --- paying ----------------------------------------------------------------------------------

    def payer_appid(self, channel: str, in_wechat: bool = False) -> str | None:
        """The appid whose openid a JSAPI payment needs; None for H5 and app."""
        return self.config.appid if self.trade_type(channel, in_wechat) == "jsapi" else None

    @staticmethod
    def trade_type(channel: str, in_wechat: bool = False) -> str:
        if channel == "mp" or (channel == "h5" and in_wechat):
            return "jsapi"
        if channel == "app":
            return "app"
        return "h5"

    async def create(self, charge: Charge, channel: str) -> dict[str, Any]:
        trade_type = self.trade_type(channel, charge.in_wechat)
        appid = self.config.app_appid if trade_type == "app" else self.config.appid
        extra: dict[str, Any] = {}
        if trade_type == "jsapi":
            if not charge.openid:
                raise IntegrationError("缺少付款人的微信 openid", status=422)
            extra["payer"] = {"openid": charge.openid}
        elif trade_type == "h5":
            extra["scene_info"] = {"payer_client_ip": charge.client_ip or "127.0.0.1", "h5_info": {"type": "Wap"}}
        pay_type = {"jsapi": WeChatPayType.JSAPI, "app": WeChatPayType.APP, "h5": WeChatPayType.H5}[trade_type]
        status, answer = await self._call(
            self.client.pay, description=(charge.subject or charge.payment_no)[:127],
            out_trade_no=charge.payment_no, amount={"total": charge.amount, "currency": "CNY"},
            pay_type=pay_type, appid=appid, **extra)
        if status != 200:
            raise _gateway_error("微信支付下单失败", answer)
        base = {"provider": self.code, "payment_no": charge.payment_no, "amount": charge.amount,
                "trade_type": trade_type}
        if trade_type == "h5":
            return {**base, "h5_url": answer["h5_url"]}
        if trade_type == "app":
            return {**base, **self.app_params(appid, answer["prepay_id"])}
        return {**base, **self.jsapi_params(appid, answer["prepay_id"])}

    def jsapi_params(self, appid: str, prepay_id: str) -> dict[str, str]:
        """wx.requestPayment / WeixinJSBridge's parameters, signed with the merchant key."""
        timestamp, nonce, package = str(int(self.clock())), secrets.token_hex(16), f"prepay_id={prepay_id}"
        return {"appId": appid, "timeStamp": timestamp, "nonceStr": nonce, "package": package,
                "signType": "RSA", "paySign": self.client.sign([appid, timestamp, nonce, package])}

    def app_params(self, appid: str, prepay_id: str) -> dict[str, str]:
        """The app SDK's PayReq, signed over appid, timestamp, noncestr and prepayid."""
        timestamp, nonce = str(int(self.clock())), secrets.token_hex(16)
        return {"appid": appid, "partnerid": self.config.mchid, "prepayid": prepay_id, "package": "Sign=WXPay",
                "noncestr": nonce, "timestamp": timestamp,
                "sign": self.client.sign([appid, timestamp, nonce, prepay_id])}

    # --- notifications ---------------------------------------------------------------------------

    def parse_notification(self, headers: dict[str, str], body: bytes) -> Notification:
        data = self._verified(headers, body)
        resource = self._decrypted(data)
        if resource.get("mchid") != self.config.mchid:
            raise NotificationRejected("商户号不符")
        event = str(data.get("event_type", ""))
        if event.startswith("REFUND."):
            return self._refund_notification(data, resource)
        if resource.get("appid") not in self.appids:
            raise NotificationRejected("应用 ID 不符")
        try:
            result = _payment_result(resource)
        except (KeyError, TypeError, ValueError) as exc:
            raise NotificationRejected(f"通知格式错误：{exc!r}") from None
        dedupe = f"{self.code}:{result.trade_no}:{result.status}"
        if not result.succeeded:  # every failed attempt is its own notification
            dedupe += f":{data.get('id', '')}"
        return Notification(kind="payment", dedupe_key=dedupe, payload=resource, payment=result)

    def _verified(self, headers: dict[str, str], body: bytes) -> dict[str, Any]:
        lowered = {key.lower(): value for key, value in headers.items()}
        serial = lowered.get("wechatpay-serial", "")
        signature = lowered.get("wechatpay-signature", "")
        timestamp = lowered.get("wechatpay-timestamp", "")
        nonce = lowered.get("wechatpay-nonce", "")
        if not (serial and signature and timestamp and nonce):
            raise NotificationRejected("缺少签名")
        if lowered.get("wechatpay-signature-type", SIGNATURE_TYPE) != SIGNATURE_TYPE:
            raise NotificationRejected("不支持的签名类型")
        key = self.keys.get(serial) or self.keys.get(serial.upper().lstrip("0"))
        if key is None:
            raise NotificationRejected("未知的微信支付公钥或平台证书序列号")
        if not timestamp.isdigit() or abs(self.clock() - int(timestamp)) > self.max_age_seconds:
            raise NotificationRejected("通知已过期")
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            raise NotificationRejected("通知不是 UTF-8 文本") from None
        if not rsa_verify(timestamp, nonce, text, signature, key):
            raise NotificationRejected("签名错误")
        try:
            data = json.loads(text)
        except ValueError:
            raise NotificationRejected("通知不是 JSON") from None
        if not isinstance(data, dict):
            raise NotificationRejected("通知格式错误")
        return data

    def _decrypted(self, data: dict[str, Any]) -> dict[str, Any]:
        resource = data.get("resource")
        if data.get("resource_type") != "encrypt-resource" or not isinstance(resource, dict):
            raise NotificationRejected("通知缺少加密数据")
        if resource.get("algorithm") != "AEAD_AES_256_GCM":
            raise NotificationRejected("不支持的加密算法")
        try:
            plain = aes_decrypt(nonce=str(resource["nonce"]), ciphertext=str(resource["ciphertext"]),
                                associated_data=str(resource.get("associated_data") or ""),
                                apiv3_key=self.config.apiv3_key)
        except (KeyError, ValueError):
            plain = None
        if plain is None:
            raise NotificationRejected("通知解密失败")
        try:
            decrypted = json.loads(plain)
        except ValueError:
            raise NotificationRejected("通知解密后不是 JSON") from None
        if not isinstance(decrypted, dict):
            raise NotificationRejected("通知格式错误")
        return decrypted

    def _refund_notification(self, data: dict[str, Any], resource: dict[str, Any]) -> Notification:
        try:
            result = _refund_result(resource)
        except (KeyError, TypeError, ValueError) as exc:
            raise NotificationRejected(f"通知格式错误：{exc!r}") from None
        dedupe = f"{self.code}:refund:{result.gateway_refund_no}:{result.status}"
        return Notification(kind="refund", dedupe_key=dedupe, payload=resource, refund=result)

    def accept(self) -> Ack:
        return Ack(204, "")

    def reject(self, status: int, code: str, message: str) -> Ack:
        return Ack(status if status >= 400 else 400, json.dumps({"code": "FAIL", "message": message},
                                                                 ensure_ascii=False))

    # --- queries and refunds ---------------------------------------------------------------------

    async def query(self, payment_no: str) -> PaymentResult:
        status, answer = await self._call(self.client.query, out_trade_no=payment_no)
        if status == 404:
            return PaymentResult(payment_no, "", 0, "pending")
        if status != 200:
            raise _gateway_error("微信支付查询失败", answer)
        if answer.get("mchid") != self.config.mchid or answer.get("appid") not in self.appids:
            raise IntegrationError("微信支付查询结果的商户号或应用 ID 不符")
        return _payment_result(answer)

    async def refund(self, request: RefundRequest) -> RefundResult:
        target = {"transaction_id": request.trade_no} if request.trade_no else {"out_trade_no": request.payment_no}
        status, answer = await self._call(
            self.client.refund, out_refund_no=request.refund_no, reason=request.reason[:80] or None,
            amount={"refund": request.amount, "total": request.total, "currency": "CNY"},
            notify_url=self.notify_url, **target)
        if status == 429 or status >= 500:  # busy: the refund job asks again with the same refund number
            raise _gateway_error("微信支付退款繁忙", answer)
        if status != 200:
            return RefundResult(request.refund_no, "", "fail", _message(answer))
        return _refund_result(answer)

    async def query_refund(self, refund_no: str, payment_no: str = "") -> RefundResult:
        status, answer = await self._call(self.client.query_refund, out_refund_no=refund_no)
        if status != 200:
            raise _gateway_error("微信支付退款查询失败", answer)
        return _refund_result(answer)

    async def _call(self, method, **kwargs) -> tuple[int, dict[str, Any]]:
        """Run one SDK call in a thread; answer (HTTP status, JSON body)."""
        try:
            status, text = await asyncio.to_thread(method, **kwargs)
        except requests.RequestException as exc:
            raise IntegrationError("无法连接微信支付，请稍后再试") from exc
        except Exception as exc:  # the SDK raises a bare Exception when WeChat's answer fails verification
            log.error("wechat pay call %s failed: %s", getattr(method, "__name__", method), exc)
            raise IntegrationError("微信支付应答验签失败") from exc
        try:
            answer = json.loads(text) if text else {}
        except (TypeError, ValueError):
            answer = {}
        return status, answer if isinstance(answer, dict) else {}


def _payment_result(resource: dict[str, Any]) -> PaymentResult:
    status = TRADE_STATES.get(str(resource["trade_state"]), "pending")
    paid_at = datetime.fromisoformat(resource["success_time"]) if status == "success" else None
    return PaymentResult(payment_no=str(resource["out_trade_no"]), trade_no=str(resource.get("transaction_id") or ""),
                         amount=int(resource["amount"]["total"]), status=status, paid_at=paid_at)


def _refund_result(resource: dict[str, Any]) -> RefundResult:
    raw = resource.get("refund_status") or resource.get("status")
    status, message = REFUND_STATES.get(str(raw), ("pending", ""))
    return RefundResult(refund_no=str(resource["out_refund_no"]), gateway_refund_no=str(resource["refund_id"]),
                        status=status, message=message, amount=int(resource["amount"]["refund"]))


def _message(answer: dict[str, Any]) -> str:
    return str(answer.get("message") or answer.get("code") or "未知错误")[:200]


def _gateway_error(prefix: str, answer: dict[str, Any]) -> IntegrationError:
    return IntegrationError(f"{prefix}：{_message(answer)}")


def build_wechat_pay(settings: Settings, notify_url: str) -> WechatPayments | None:
    config = WechatPayConfig.from_settings(settings)
    if config is None:
        return None
    return WechatPayments(config, notify_url, max_age_seconds=settings.payment_notification_max_age_seconds)
