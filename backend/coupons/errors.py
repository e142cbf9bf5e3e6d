from enum import StrEnum


class CouponError(StrEnum):
    template_not_found = "template_not_found"
    template_invalid = "template_invalid"
    template_stopped = "template_stopped"
    coupon_not_claimable = "coupon_not_claimable"
    coupon_sold_out = "coupon_sold_out"
    coupon_limit_reached = "coupon_limit_reached"
    coupon_unusable = "coupon_unusable"
