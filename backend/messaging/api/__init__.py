"""The messaging context's routes: customer-service chat (REST, WebSocket, the WeChat bridge) and
the message centre (notifications, switches, push devices)."""

from backend.messaging.api import chat, notifications

blueprints = (*chat.blueprints, *notifications.blueprints)
