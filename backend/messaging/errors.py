from enum import StrEnum


class NotificationError(StrEnum):
    notification_not_found = "notification_not_found"
    device_not_found = "device_not_found"
    unknown_type = "unknown_type"


class ChatError(StrEnum):
    conversation_not_found = "conversation_not_found"
    conversation_closed = "conversation_closed"
    not_assigned = "not_assigned"
    agent_not_found = "agent_not_found"
    invalid_message = "invalid_message"
    shop_not_found = "shop_not_found"
    agent_not_online = "agent_not_online"
    quick_reply_not_found = "quick_reply_not_found"
    bad_signature = "bad_signature"
    bridge_disabled = "bridge_disabled"
    message_not_stored = "message_not_stored"  # storing failed: nothing was stored, send it again
    # WebSocket frames only
    bad_frame = "bad_frame"
    frame_too_large = "frame_too_large"
    rate_limited = "rate_limited"
