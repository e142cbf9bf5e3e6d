"""Consumer account status: audit when registration audit is on, and disabling by operators."""

from backend.accounts.models import User
from backend.core.states import StateMachine

USER_STATUS = StateMachine("user", User, {
    ("pending_audit", "approve"): "active",
    ("pending_audit", "reject"): "rejected",
    ("rejected", "resubmit"): "pending_audit",
    ("active", "disable"): "disabled",
    ("pending_audit", "disable"): "disabled",
    ("rejected", "disable"): "disabled",
    ("disabled", "enable"): "active",
})
