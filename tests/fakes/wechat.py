"""A fake WeChat API server on 127.0.0.1 for tests of the real adapter.

    with FakeWechatServer(appid="wx-test", secret="s3cret") as fake:
        mini = WechatpyMiniProgram("wx-test", "s3cret", fake.base_url)
        ...
        assert fake.received[-1]["body"]["touser"] == openid

Scripted login codes: ``"bad"`` → 40029, ``"used"`` → 40163, ``"limit"`` → 45011.
``rotate_token()`` invalidates the issued access token, as WeChat does when another process
fetches a new one; the next call then gets 40001. ``refuse_messages(errcode)`` makes customer
messages fail (e.g. 45015, past the 48-hour window) until called with ``None``.
``fail_shipping = n`` makes the next ``n`` shipping uploads (发货信息录入) answer a system error.

The other direction, WeChat pushing a shopper's customer-service message to our callback, is built
by ``customer_push(...)``: the query WeChat signs (plaintext mode) and the body in JSON or XML.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import time
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qs, urlsplit

from tests.fakes.loopback import LoopbackServer

OK = {"errcode": 0, "errmsg": "ok"}
SCRIPTED_CODES = {
    "bad": {"errcode": 40029, "errmsg": "invalid code"},
    "used": {"errcode": 40163, "errmsg": "code been used"},
    "limit": {"errcode": 45011, "errmsg": "api minute-quota reach limit"},
}


def fake_identity(code: str) -> dict[str, str]:
    """The user the fake returns for a login code (deterministic)."""
    digest = hashlib.sha256(code.encode()).hexdigest()[:16]
    return {"openid": f"fake-openid-{digest}", "unionid": f"fake-unionid-{digest}", "session_key": digest}


class FakeWechatServer(LoopbackServer):
    def __init__(self, appid: str = "wx-test-appid", secret: str = "test-secret") -> None:
        self.appid = appid
        self.secret = secret
        self.access_token = ""
        self.requests: list[tuple[str, str]] = []  # (method, path) of every request
        self.received: list[dict[str, Any]] = []  # {"path", "body"} of every accepted message
        self.fail_shipping = 0
        self.message_error: int | None = None
        self._listen(_Handler)

    @property
    def base_url(self) -> str:
        return self.origin + "/"

    @property
    def token_fetches(self) -> int:
        return self.requests.count(("GET", "/cgi-bin/token"))

    def rotate_token(self) -> None:
        self.access_token = ""

    def refuse_messages(self, errcode: int | None) -> None:
        self.message_error = errcode

    def customer_messages(self, openid: str) -> list[dict[str, Any]]:
        """Customer messages (客服消息) WeChat accepted for this user, in its wire format."""
        return [r["body"] for r in self.received
                if r["path"] == "/cgi-bin/message/custom/send" and r["body"].get("touser") == openid]

    # --- endpoints: (query, body) → JSON reply ---

    def token(self, query: dict[str, str], body: Any) -> dict[str, Any]:
        if query.get("grant_type") != "client_credential" or query.get("appid") != self.appid:
            return {"errcode": 40013, "errmsg": "invalid appid"}
        if query.get("secret") != self.secret:
            return {"errcode": 40125, "errmsg": "invalid appsecret"}
        self.access_token = f"fake-token-{secrets.token_hex(8)}"
        return {"access_token": self.access_token, "expires_in": 7200}

    def jscode2session(self, query: dict[str, str], body: Any) -> dict[str, Any]:
        if query.get("appid") != self.appid or query.get("secret") != self.secret:
            return {"errcode": 40125, "errmsg": "invalid appsecret"}
        if query.get("grant_type") != "authorization_code":
            return {"errcode": 40002, "errmsg": "invalid grant_type"}
        code = query.get("js_code", "")
        if not code:
            return {"errcode": 41008, "errmsg": "missing code"}
        return SCRIPTED_CODES.get(code) or fake_identity(code)

    def message(self, path: str, query: dict[str, str], body: Any) -> dict[str, Any]:
        if not self.access_token or query.get("access_token") != self.access_token:
            return {"errcode": 40001, "errmsg": "invalid credential, access_token is invalid or not latest"}
        if not isinstance(body, dict) or "touser" not in body:
            return {"errcode": 47001, "errmsg": "data format error"}
        if self.message_error is not None:
            return {"errcode": self.message_error, "errmsg": "refused by the fake"}
        self.received.append({"path": path, "body": body})
        return OK

    def upload_shipping_info(self, path: str, query: dict[str, str], body: Any) -> dict[str, Any]:
        if not self.access_token or query.get("access_token") != self.access_token:
            return {"errcode": 40001, "errmsg": "invalid credential, access_token is invalid or not latest"}
        if self.fail_shipping > 0:
            self.fail_shipping -= 1
            return {"errcode": 10060012, "errmsg": "system error"}
        required = ("order_key", "logistics_type", "delivery_mode", "shipping_list", "upload_time", "payer")
        if not isinstance(body, dict) or any(key not in body for key in required):
            return {"errcode": 10060014, "errmsg": "invalid param"}
        if body["delivery_mode"] == 2 and "is_all_delivered" not in body:
            return {"errcode": 10060007, "errmsg": "is_all_delivered required"}
        if any(not item.get("item_desc") or not item.get("tracking_no") for item in body["shipping_list"]):
            return {"errcode": 10060008, "errmsg": "item_desc and tracking_no required"}
        self.received.append({"path": path, "body": body})
        return OK

    def route(self, method: str, path: str, query: dict[str, str], body: Any) -> dict[str, Any] | None:
        self.requests.append((method, path))
        if (method, path) == ("GET", "/cgi-bin/token"):
            return self.token(query, body)
        if (method, path) == ("GET", "/sns/jscode2session"):
            return self.jscode2session(query, body)
        if method == "POST" and path in ("/cgi-bin/message/custom/send", "/cgi-bin/message/subscribe/send"):
            return self.message(path, query, body)
        if (method, path) == ("POST", "/wxa/sec/order/upload_shipping_info"):
            return self.upload_shipping_info(path, query, body)
        return None


def push_signature(token: str, timestamp: str, nonce: str) -> str:
    """WeChat's callback signature: sha1 over the sorted token, timestamp and nonce."""
    return hashlib.sha1("".join(sorted([token, timestamp, nonce])).encode()).hexdigest()


def customer_push(token: str, openid: str, msg_type: str = "text", *, fmt: str = "json", msg_id: int | None = None,
                  **fields: Any) -> tuple[dict[str, str], bytes, str]:
    """(query, body, content type) of a customer-service message push as WeChat sends it.

    ``fields`` are the message's own (``Content`` for text, ``PicUrl``/``MediaId`` for image,
    ``Event``/``SessionFrom`` for events); ``ToUserName`` is the mini-program's original id.
    """
    timestamp, nonce = str(int(time.time())), secrets.token_hex(5)
    message: dict[str, Any] = {"ToUserName": "gh_fake_original_id", "FromUserName": openid,
                               "CreateTime": int(timestamp), "MsgType": msg_type, **fields}
    if msg_type != "event":
        message["MsgId"] = msg_id if msg_id is not None else int(secrets.randbits(62))
    query = {"signature": push_signature(token, timestamp, nonce), "timestamp": timestamp, "nonce": nonce,
             "openid": openid}
    if fmt == "json":
        return query, json.dumps(message, ensure_ascii=False).encode(), "application/json"
    inner = "".join(f"<{k}>{v}</{k}>" if isinstance(v, int) else f"<{k}><![CDATA[{v}]]></{k}>"
                    for k, v in message.items())
    return query, f"<xml>{inner}</xml>".encode(), "text/xml"


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self._serve("GET")

    def do_POST(self) -> None:
        self._serve("POST")

    def _serve(self, method: str) -> None:
        url = urlsplit(self.path)
        query = {key: values[-1] for key, values in parse_qs(url.query).items()}
        reply = self.server.fake.route(method, url.path, query, self._json_body())
        if reply is None:
            self.send_error(404)
            return
        data = json.dumps(reply, ensure_ascii=False).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json; encoding=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _json_body(self) -> Any:
        length = int(self.headers.get("Content-Length") or 0)
        if not length:
            return None
        try:
            return json.loads(self.rfile.read(length).decode())
        except ValueError:
            return None

    def log_message(self, format: str, *args) -> None:  # keep test output quiet
        pass
