"""A fake JPush REST API v3 on 127.0.0.1 for tests of the real adapter (the official SDK).

    with FakeJPushServer(app_key="k", master_secret="s") as fake:
        sender = JPushSender("k", "s", api_base_url=fake.base_url)
        ...
        assert fake.received[-1]["audience"] == {"registration_id": ["rid-1"]}

It checks what JPush checks: HTTP Basic auth with app key and master secret (401, code 1004),
then the push body: a platform, a non-empty audience of known selectors, a notification whose
android and ios parts carry the alert and the same extras (400, code 1003 otherwise).
``fail_next(n)`` answers the next n pushes with a 503 (JPush having a bad minute);
registration ids starting with ``gone`` match no device (400, code 1011).
"""

from __future__ import annotations

import base64
import json
import threading
from http.server import BaseHTTPRequestHandler
from typing import Any

from tests.fakes.loopback import LoopbackServer

PLATFORMS = {"android", "ios", "winphone", "hmos", "quickapp"}
AUDIENCE_KEYS = {"tag", "tag_and", "tag_not", "alias", "registration_id", "segment", "abtest"}


class FakeJPushServer(LoopbackServer):
    def __init__(self, app_key: str = "test-app-key", master_secret: str = "test-master-secret") -> None:
        self.app_key = app_key
        self.master_secret = master_secret
        self.received: list[dict[str, Any]] = []  # every accepted push body
        self.refused: list[tuple[int, dict[str, Any]]] = []  # (status, error) of every refused request
        self._failures = 0
        self._lock = threading.Lock()
        self._listen(_Handler)

    @property
    def base_url(self) -> str:
        return self.origin + "/"

    def fail_next(self, count: int) -> None:
        self._failures = count

    def _authorized(self, header: str) -> bool:
        expected = base64.b64encode(f"{self.app_key}:{self.master_secret}".encode()).decode()
        return header == f"Basic {expected}"

    def push(self, authorization: str, body: Any) -> tuple[int, dict[str, Any]]:
        with self._lock:
            if not self._authorized(authorization):
                return self._refuse(401, 1004, "Authen failed")
            if self._failures > 0:
                self._failures -= 1
                return self._refuse(503, 1030, "Internal service timeout")
            problem = _problem(body)
            if problem:
                return self._refuse(400, 1003, problem)
            if all(rid.startswith("gone") for rid in body["audience"].get("registration_id", ["x"])):
                return self._refuse(400, 1011, "cannot find user by this audience")
            self.received.append(body)
            return 200, {"sendno": "0", "msg_id": str(1000 + len(self.received))}

    def _refuse(self, status: int, code: int, message: str) -> tuple[int, dict[str, Any]]:
        error = {"code": code, "message": message}
        self.refused.append((status, error))
        return status, {"error": error}


def _problem(body: Any) -> str | None:
    """What JPush would refuse in a push body, or None."""
    if not isinstance(body, dict):
        return "Missing body"
    platform = body.get("platform")
    if platform != "all" and not (isinstance(platform, list) and platform and set(platform) <= PLATFORMS):
        return "platform is invalid"
    audience = body.get("audience")
    if audience != "all" and not (
        isinstance(audience, dict) and audience and set(audience) <= AUDIENCE_KEYS
        and all(isinstance(v, list) and v and all(isinstance(x, str) and x for x in v) for v in audience.values())
    ):
        return "audience is invalid"
    notification = body.get("notification")
    if not isinstance(notification, dict):
        return "notification is missing"
    android, ios = notification.get("android"), notification.get("ios")
    if not isinstance(android, dict) or not isinstance(android.get("alert"), str) or not android["alert"]:
        return "notification.android.alert is missing"
    if not isinstance(ios, dict) or not ios.get("alert"):
        return "notification.ios.alert is missing"
    if not isinstance(android.get("extras"), dict) or android.get("extras") != ios.get("extras"):
        return "extras must be an object"
    return None


class _Handler(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        if self.path != "/v3/push":
            self.send_error(404)
            return
        length = int(self.headers.get("Content-Length") or 0)
        try:
            body = json.loads(self.rfile.read(length).decode()) if length else None
        except ValueError:
            body = None
        status, reply = self.server.fake.push(self.headers.get("Authorization", ""), body)
        data = json.dumps(reply).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args) -> None:  # keep test output quiet
        pass
