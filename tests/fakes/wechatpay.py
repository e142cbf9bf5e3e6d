"""A fake WeChat Pay APIv3 gateway on 127.0.0.1 for tests of the real provider.

    keys = WechatPayKeys.generate()
    with FakeWechatPayServer(keys, mchid="1900000109", appids={"wx-test-appid"}) as fake:
        ...  # point WECHAT_PAY_BASE_URL at fake.base_url
        headers, body = fake.pay(payment_no)           # the shopper pays in WeChat
        await fake.send(headers, body)                 # WeChat notifies the notify_url it was given

It checks every request as WeChat does (``Authorization: WECHATPAY2-SHA256-RSA2048`` signed with
the merchant's key over ``method\\npath\\ntimestamp\\nnonce\\nbody\\n``), signs every answer with the
WeChat Pay key (the SDK verifies them), and builds notifications exactly as WeChat does: RSA-SHA256
over ``timestamp\\nnonce\\nbody\\n``, resource AEAD_AES_256_GCM-encrypted with the APIv3 key.
"""

from __future__ import annotations

import base64
import json
import re
import secrets
import threading
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import urlsplit

import httpx
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.x509.oid import NameOID

from tests.fakes.loopback import LoopbackServer

SIGNATURE_TYPE = "WECHATPAY2-SHA256-RSA2048"
_AUTH = re.compile(r'(\w+)="([^"]*)"')


def _rsa() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def private_pem(key: rsa.RSAPrivateKey) -> str:
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption()).decode()


def public_pem(key: rsa.RSAPrivateKey) -> str:
    return key.public_key().public_bytes(serialization.Encoding.PEM,
                                         serialization.PublicFormat.SubjectPublicKeyInfo).decode()


def sign(key: rsa.RSAPrivateKey, message: str) -> str:
    return base64.b64encode(key.sign(message.encode(), padding.PKCS1v15(), hashes.SHA256())).decode()


def verify(public_key: Any, message: str, signature: str) -> bool:
    try:
        public_key.verify(base64.b64decode(signature), message.encode(), padding.PKCS1v15(), hashes.SHA256())
    except (InvalidSignature, ValueError):
        return False
    return True


@dataclass(frozen=True)
class WechatPayKeys:
    """The merchant's API key and certificate serial, the WeChat Pay public key (with its id), a
    platform certificate (the older mode) with its own key, and the APIv3 key."""

    merchant: rsa.RSAPrivateKey
    merchant_serial: str
    platform: rsa.RSAPrivateKey
    public_key_id: str
    cert_key: rsa.RSAPrivateKey
    certificate: x509.Certificate
    apiv3_key: str

    @classmethod
    def generate(cls) -> WechatPayKeys:
        cert_key = _rsa()
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Tenpay.com Root CA")])
        start = datetime.now(UTC) - timedelta(days=1)
        certificate = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
                       .public_key(cert_key.public_key()).serial_number(x509.random_serial_number())
                       .not_valid_before(start).not_valid_after(start + timedelta(days=365))
                       .sign(cert_key, hashes.SHA256()))
        return cls(merchant=_rsa(), merchant_serial=secrets.token_hex(20).upper(), platform=_rsa(),
                   public_key_id=f"PUB_KEY_ID_{secrets.token_hex(16).upper()}", cert_key=cert_key,
                   certificate=certificate, apiv3_key=secrets.token_hex(16))

    @property
    def cert_serial(self) -> str:
        return format(self.certificate.serial_number, "X")

    @property
    def cert_pem(self) -> str:
        return self.certificate.public_bytes(serialization.Encoding.PEM).decode()

    def settings(self, mchid: str, base_url: str, *, platform_cert: bool = True) -> dict[str, Any]:
        """The WECHAT_PAY_* settings of a merchant holding these keys."""
        from pydantic import SecretStr

        values: dict[str, Any] = {
            "wechat_pay_mchid": mchid, "wechat_pay_private_key": SecretStr(private_pem(self.merchant)),
            "wechat_pay_cert_serial": self.merchant_serial, "wechat_pay_apiv3_key": SecretStr(self.apiv3_key),
            "wechat_pay_public_key": public_pem(self.platform), "wechat_pay_public_key_id": self.public_key_id,
            "wechat_pay_base_url": base_url.rstrip("/"), "wechat_pay_timeout_seconds": 5.0,
        }
        if platform_cert:
            values |= {"wechat_pay_platform_cert": self.cert_pem, "wechat_pay_platform_cert_serial": self.cert_serial}
        return values


@dataclass
class Transaction:
    out_trade_no: str
    appid: str
    trade_type: str
    total: int
    notify_url: str
    description: str
    openid: str = ""
    prepay_id: str = field(default_factory=lambda: f"wx{secrets.token_hex(14)}")
    transaction_id: str = ""
    trade_state: str = "NOTPAY"
    success_time: str = ""


@dataclass
class RefundRecord:
    out_refund_no: str
    refund_id: str
    out_trade_no: str
    transaction_id: str
    refund: int
    total: int
    notify_url: str
    status: str = "PROCESSING"
    success_time: str = ""


class FakeWechatPayServer(LoopbackServer):
    def __init__(self, keys: WechatPayKeys, *, mchid: str, appids: set[str]) -> None:
        self.keys = keys
        self.mchid = mchid
        self.appids = set(appids)
        self.transactions: dict[str, Transaction] = {}
        self.refunds: dict[str, RefundRecord] = {}
        self.requests: list[dict[str, Any]] = []  # {"method", "path", "body"} of every request
        self.refund_status = "PROCESSING"  # what a new refund answers (WeChat: usually PROCESSING)
        self.notify_transport: httpx.AsyncBaseTransport | None = None  # e.g. httpx.ASGITransport(app)
        self._lock = threading.Lock()
        self._listen(_Handler)

    @property
    def base_url(self) -> str:
        return self.origin

    # --- the wire: our requests are checked, WeChat's answers are signed -------------------------

    def authorized(self, method: str, target: str, headers: Any, body: str) -> bool:
        scheme, _, params = (headers.get("Authorization") or "").partition(" ")
        fields = dict(_AUTH.findall(params))
        if scheme != SIGNATURE_TYPE or fields.get("mchid") != self.mchid:
            return False
        if fields.get("serial_no") != self.keys.merchant_serial:
            return False
        if abs(time.time() - int(fields.get("timestamp") or 0)) > 300:
            return False
        message = f"{method}\n{target}\n{fields['timestamp']}\n{fields.get('nonce_str', '')}\n{body}\n"
        return verify(self.keys.merchant.public_key(), message, fields.get("signature", ""))

    def answer_headers(self, body: str) -> dict[str, str]:
        timestamp, nonce = str(int(time.time())), secrets.token_hex(16)
        return {"Wechatpay-Timestamp": timestamp, "Wechatpay-Nonce": nonce,
                "Wechatpay-Serial": self.keys.public_key_id, "Wechatpay-Signature-Type": SIGNATURE_TYPE,
                "Wechatpay-Signature": sign(self.keys.platform, f"{timestamp}\n{nonce}\n{body}\n"),
                "Request-ID": uuid.uuid4().hex}

    def route(self, method: str, target: str, headers: Any, raw: str) -> tuple[int, dict[str, Any] | None]:
        url = urlsplit(target)
        body = json.loads(raw) if raw else None
        with self._lock:
            self.requests.append({"method": method, "path": url.path, "query": url.query, "body": body})
        if not self.authorized(method, target, headers, raw):
            return 401, {"code": "SIGN_ERROR", "message": "签名错误"}
        with self._lock:
            if method == "POST" and (m := re.fullmatch(r"/v3/pay/transactions/(jsapi|app|h5)", url.path)):
                return self.prepay(m.group(1), body or {})
            if method == "GET" and (m := re.fullmatch(r"/v3/pay/transactions/out-trade-no/([^/]+)", url.path)):
                if url.query != f"mchid={self.mchid}":
                    return 400, {"code": "PARAM_ERROR", "message": "mchid 不正确"}
                found = self.transactions.get(m.group(1))
                return (200, self.transaction_view(found)) if found else (404, {"code": "ORDER_NOT_EXIST",
                                                                               "message": "订单不存在"})
            if (method, url.path) == ("POST", "/v3/refund/domestic/refunds"):
                return self.create_refund(body or {})
            if method == "GET" and (m := re.fullmatch(r"/v3/refund/domestic/refunds/([^/]+)", url.path)):
                found = self.refunds.get(m.group(1))
                return (200, self.refund_view(found)) if found else (404, {"code": "RESOURCE_NOT_EXISTS",
                                                                          "message": "退款单不存在"})
        return 404, {"code": "NOT_FOUND", "message": "no such API"}

    def prepay(self, trade_type: str, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        if body.get("mchid") != self.mchid or body.get("appid") not in self.appids:
            return 400, {"code": "APPID_MCHID_NOT_MATCH", "message": "appid和mch_id不匹配"}
        total = (body.get("amount") or {}).get("total")
        if not isinstance(total, int) or total <= 0 or not body.get("out_trade_no") or not body.get("notify_url"):
            return 400, {"code": "PARAM_ERROR", "message": "参数错误"}
        openid = (body.get("payer") or {}).get("openid", "")
        if trade_type == "jsapi" and not openid:
            return 400, {"code": "PARAM_ERROR", "message": "缺少参数 payer.openid"}
        if trade_type == "h5" and not (body.get("scene_info") or {}).get("payer_client_ip"):
            return 400, {"code": "PARAM_ERROR", "message": "缺少参数 scene_info"}
        existing = self.transactions.get(body["out_trade_no"])
        if existing and existing.trade_state == "SUCCESS":
            return 400, {"code": "ORDERPAID", "message": "该订单已支付"}
        record = Transaction(body["out_trade_no"], body["appid"], trade_type.upper(), total, body["notify_url"],
                             body.get("description", ""), openid)
        self.transactions[record.out_trade_no] = record
        if trade_type == "h5":
            return 200, {"h5_url": f"https://wx.tenpay.com/cgi-bin/mmpayweb-bin/checkmweb?prepay_id={record.prepay_id}"}
        return 200, {"prepay_id": record.prepay_id}

    def create_refund(self, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        paid = next((t for t in self.transactions.values() if t.trade_state == "SUCCESS" and (
            t.transaction_id == body.get("transaction_id") or t.out_trade_no == body.get("out_trade_no"))), None)
        if paid is None:
            return 404, {"code": "RESOURCE_NOT_EXISTS", "message": "订单不存在"}
        amount = body.get("amount") or {}
        if amount.get("total") != paid.total or not 0 < (amount.get("refund") or 0) <= paid.total:
            return 400, {"code": "PARAM_ERROR", "message": "退款金额不正确"}
        if existing := self.refunds.get(body.get("out_refund_no", "")):
            return 200, self.refund_view(existing)  # the same refund number: the same refund
        record = RefundRecord(body["out_refund_no"], f"50{secrets.randbelow(10**28):028d}", paid.out_trade_no,
                              paid.transaction_id, amount["refund"], paid.total, body.get("notify_url", ""),
                              status=self.refund_status)
        if record.status == "SUCCESS":
            record.success_time = _now()
        self.refunds[record.out_refund_no] = record
        return 200, self.refund_view(record)

    # --- what WeChat's side does ------------------------------------------------------------------

    def transaction_view(self, t: Transaction) -> dict[str, Any]:
        view: dict[str, Any] = {
            "appid": t.appid, "mchid": self.mchid, "out_trade_no": t.out_trade_no, "trade_type": t.trade_type,
            "trade_state": t.trade_state, "trade_state_desc": "支付成功" if t.trade_state == "SUCCESS" else "未支付",
            "amount": {"total": t.total, "currency": "CNY"}}
        if t.trade_state == "SUCCESS":
            view |= {"transaction_id": t.transaction_id, "bank_type": "OTHERS", "success_time": t.success_time,
                     "payer": {"openid": t.openid}, "attach": "",
                     "amount": {"total": t.total, "payer_total": t.total, "currency": "CNY", "payer_currency": "CNY"}}
        return view

    def refund_view(self, r: RefundRecord) -> dict[str, Any]:
        view = {"mchid": self.mchid, "refund_id": r.refund_id, "out_refund_no": r.out_refund_no,
                "transaction_id": r.transaction_id, "out_trade_no": r.out_trade_no, "channel": "ORIGINAL",
                "user_received_account": "支付用户零钱", "status": r.status, "create_time": _now(),
                "amount": {"total": r.total, "refund": r.refund, "payer_total": r.total, "payer_refund": r.refund,
                           "currency": "CNY"}}
        if r.success_time:
            view["success_time"] = r.success_time
        return view

    def pay(self, out_trade_no: str, **changes: Any) -> tuple[dict[str, str], bytes]:
        """The shopper pays: the transaction succeeds; answers WeChat's TRANSACTION.SUCCESS
        notification, its resource overridden by ``changes`` (a test's lie: amount, appid …)."""
        with self._lock:
            t = self.transactions[out_trade_no]
            if t.trade_state != "SUCCESS":
                t.trade_state, t.success_time = "SUCCESS", _now()
                t.transaction_id = f"42000{secrets.randbelow(10**23):023d}"
            resource = self.transaction_view(t) | changes
        return self.notification("TRANSACTION.SUCCESS", "transaction", resource)

    def finish_refund(self, out_refund_no: str, status: str = "SUCCESS",
                      **changes: Any) -> tuple[dict[str, str], bytes]:
        """The refund reaches the payer (or not); answers WeChat's REFUND.* notification."""
        with self._lock:
            r = self.refunds[out_refund_no]
            r.status = status
            r.success_time = _now() if status == "SUCCESS" else ""
            resource = {key: value for key, value in self.refund_view(r).items() if key != "status"}
            resource |= {"refund_status": status, **changes}
        return self.notification(f"REFUND.{status}", "refund", resource)

    def notification(self, event_type: str, original_type: str, resource: dict[str, Any], *,
                     serial: str | None = None, key: rsa.RSAPrivateKey | None = None,
                     timestamp: int | None = None) -> tuple[dict[str, str], bytes]:
        """A notification signed and encrypted as WeChat does; by default signed with the WeChat
        Pay public key's private half (serial: its id). ``serial``/``key`` choose another signer."""
        nonce = secrets.token_urlsafe(9)[:12]
        associated_data = original_type
        ciphertext = AESGCM(self.keys.apiv3_key.encode()).encrypt(
            nonce.encode(), json.dumps(resource, ensure_ascii=False).encode(), associated_data.encode())
        summary = {"TRANSACTION.SUCCESS": "支付成功", "REFUND.SUCCESS": "退款成功"}.get(event_type, "退款异常")
        body = json.dumps({
            "id": str(uuid.uuid4()), "create_time": _now(), "resource_type": "encrypt-resource",
            "event_type": event_type, "summary": summary,
            "resource": {"original_type": original_type, "algorithm": "AEAD_AES_256_GCM",
                         "ciphertext": base64.b64encode(ciphertext).decode(), "associated_data": associated_data,
                         "nonce": nonce}}, ensure_ascii=False)
        return self.signed(body, serial=serial, key=key, timestamp=timestamp), body.encode()

    def signed(self, body: str, *, serial: str | None = None, key: rsa.RSAPrivateKey | None = None,
               timestamp: int | None = None) -> dict[str, str]:
        stamp, nonce = str(timestamp if timestamp is not None else int(time.time())), secrets.token_hex(16)
        return {"Wechatpay-Timestamp": stamp, "Wechatpay-Nonce": nonce,
                "Wechatpay-Serial": serial or self.keys.public_key_id, "Wechatpay-Signature-Type": SIGNATURE_TYPE,
                "Wechatpay-Signature": sign(key or self.keys.platform, f"{stamp}\n{nonce}\n{body}\n"),
                "Content-Type": "application/json"}

    def signed_with_certificate(self, body: bytes) -> dict[str, str]:
        """The same notification signed in platform-certificate mode."""
        return self.signed(body.decode(), serial=self.keys.cert_serial, key=self.keys.cert_key)

    async def send(self, headers: dict[str, str], body: bytes, url: str | None = None) -> httpx.Response:
        """POST a notification to the notify_url our last prepay named (or ``url``)."""
        target = url or next(reversed(self.transactions.values())).notify_url
        async with httpx.AsyncClient(transport=self.notify_transport, timeout=10) as client:
            return await client.post(target, content=body, headers=headers)


def _now() -> str:
    return datetime.now(UTC).astimezone().replace(microsecond=0).isoformat()


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self._serve("GET")

    def do_POST(self) -> None:
        self._serve("POST")

    def _serve(self, method: str) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length).decode() if length else ""
        status, reply = self.server.fake.route(method, self.path, self.headers, raw)
        data = json.dumps(reply, ensure_ascii=False) if reply is not None else ""
        encoded = data.encode()
        self.send_response(status)
        for name, value in self.server.fake.answer_headers(data).items():
            self.send_header(name, value)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(encoded)))
        self.end_headers()
        self.wfile.write(encoded)

    def log_message(self, format: str, *args) -> None:  # keep test output quiet
        pass
