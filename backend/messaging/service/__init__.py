"""Messaging rules, one module per use case: ``chat`` (在线客服) and ``notifications`` (站内信, push, SMS).

Callers keep importing ``backend.messaging.service``: every public name of the use-case modules is
re-exported here (a star import, so a function added to ``chat`` is exported without a second edit).
"""

from backend.messaging.service.chat import *  # noqa: F403
from backend.messaging.service.notifications import *  # noqa: F403
