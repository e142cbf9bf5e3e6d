"""The two coupon state machines, one table each (STYLE §3).

A template is claimable while ``active``; stopping it ends claiming (coupons already held stay
usable). A coupon is used by checkout's submit, goes back to unused when every order it was used
on is cancelled or closed unpaid, and expires by the clock while unused.
"""

from backend.core.states import StateMachine
from backend.coupons.models import Coupon, CouponTemplate

TEMPLATE_TABLE: dict[tuple[str, str], str] = {
    ("active", "stop"): "stopped",
}
COUPON_TABLE: dict[tuple[str, str], str] = {
    ("unused", "use"): "used",
    ("used", "give_back"): "unused",
    ("unused", "expire"): "expired",
}
TEMPLATE = StateMachine("coupon_template", CouponTemplate, TEMPLATE_TABLE)
COUPON = StateMachine("coupon", Coupon, COUPON_TABLE)

TEMPLATE_STATUS_TEXT = {"active": "进行中", "stopped": "已停止"}
COUPON_STATUS_TEXT = {"unused": "未使用", "used": "已使用", "expired": "已过期"}
