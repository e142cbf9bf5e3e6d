"""The payment and refund transition tables: the only way their status changes."""

from backend.core.states import StateMachine
from backend.payments.models import OfflineVoucher, Payment, Refund

PAYMENT = StateMachine("payment", Payment, {
    ("pending", "succeed"): "paid",
    ("pending", "close"): "closed",  # every order it covered was cancelled
    # money arrived for a closed payment: kept on record and refunded automatically
    ("closed", "succeed_late"): "late_paid",
    ("paid", "refund_all"): "refunded",
    ("late_paid", "refund_all"): "refunded",
})
CAPTURED = frozenset({"paid", "late_paid", "refunded"})  # states in which we hold (or held) money

REFUND = StateMachine("refund", Refund, {
    ("pending", "succeed"): "succeeded",
    ("pending", "fail"): "failed",
})
OPEN_REFUNDS = frozenset({"pending", "succeeded"})  # count against what may still be refunded

VOUCHER = StateMachine("offline_voucher", OfflineVoucher, {
    ("submitted", "accept"): "accepted",
    ("submitted", "reject"): "rejected",
})
