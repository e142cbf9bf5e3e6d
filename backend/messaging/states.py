"""The conversation's transition table: the only way a conversation's status changes."""

from backend.core.states import StateMachine
from backend.messaging.models import Conversation

conversations = StateMachine("conversation", Conversation, {
    ("open", "customer_message"): "waiting",
    ("waiting", "accept"): "active",
    ("active", "transfer"): "active",
    ("open", "close"): "closed",
    ("waiting", "close"): "closed",
    ("active", "close"): "closed",
})
