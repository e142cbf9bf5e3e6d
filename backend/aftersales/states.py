"""The two after-sales flows, one table each (STYLE §3); both move ``AftersaleRequest.status``.

仅退款 (refund only): requested → approved → refunding → refunded.
退货退款 (return and refund): requested → awaiting_return → returning → return_received →
refunding → refunded.
Staff reject at each step before the money moves (refusing a returned parcel is a rejection);
the buyer cancels while nothing is being refunded; a return never shipped in time closes, and so
does a request still open when its order is cancelled or closed (``close``).
A failed refund goes back to the step that waits for execution, to be tried again.
"""

from backend.aftersales.models import AftersaleRequest
from backend.core.states import StateMachine

REFUND_ONLY_TABLE: dict[tuple[str, str], str] = {
    ("requested", "approve"): "approved",
    ("requested", "reject"): "rejected",
    ("requested", "cancel"): "cancelled",
    ("approved", "execute"): "refunding",
    ("approved", "reject"): "rejected",  # the platform declines to pay what a merchant approved
    ("approved", "cancel"): "cancelled",
    ("requested", "close"): "closed",  # the order was cancelled or closed: nothing is left to refund
    ("approved", "close"): "closed",
    ("refunding", "refund_succeed"): "refunded",
    ("refunding", "refund_fail"): "approved",
}
RETURN_REFUND_TABLE: dict[tuple[str, str], str] = {
    ("requested", "approve"): "awaiting_return",
    ("requested", "reject"): "rejected",
    ("requested", "cancel"): "cancelled",
    ("awaiting_return", "ship_return"): "returning",
    ("awaiting_return", "cancel"): "cancelled",
    ("awaiting_return", "timeout"): "closed",
    ("requested", "close"): "closed",  # the order was cancelled or closed before any goods came back
    ("awaiting_return", "close"): "closed",
    ("returning", "receive"): "return_received",
    ("returning", "refuse_receipt"): "rejected",
    ("returning", "cancel"): "cancelled",
    ("return_received", "execute"): "refunding",
    ("return_received", "reject"): "rejected",
    ("return_received", "cancel"): "cancelled",
    ("refunding", "refund_succeed"): "refunded",
    ("refunding", "refund_fail"): "return_received",
}
REFUND_ONLY = StateMachine("aftersale", AftersaleRequest, REFUND_ONLY_TABLE)
RETURN_REFUND = StateMachine("aftersale", AftersaleRequest, RETURN_REFUND_TABLE)
MACHINES = {"refund_only": REFUND_ONLY, "return_refund": RETURN_REFUND}
TYPE_TEXT = {"refund_only": "仅退款", "return_refund": "退货退款"}

STATUS_TEXT = {
    "requested": "待商家处理",
    "approved": "商家已同意，待退款",
    "awaiting_return": "待买家退货",
    "returning": "买家已退货，待商家收货",
    "return_received": "商家已收货，待退款",
    "refunding": "退款中",
    "refunded": "退款成功",
    "rejected": "商家已拒绝",
    "cancelled": "买家已撤销",
    "closed": "已关闭",
}
WAITING_FOR_REFUND = ("approved", "return_received")  # what executing a refund starts from
ENDED = ("rejected", "cancelled", "closed")  # their units and money are free again
LIVE = ("requested", "approved", "awaiting_return", "returning", "return_received", "refunding", "refunded")
OPEN = tuple(s for s in LIVE if s != "refunded")
EVENT_TEXT = {
    "create": "买家发起售后申请",
    "approve": "同意申请",
    "reject": "拒绝申请",
    "cancel": "买家撤销申请",
    "ship_return": "买家寄回商品",
    "timeout": "买家超时未退货，申请关闭",
    "close": "订单已取消或关闭，申请关闭",
    "receive": "商家确认收货",
    "refuse_receipt": "商家拒绝收货",
    "execute": "发起退款",
    "refund_succeed": "退款成功",
    "refund_fail": "退款失败",
}
