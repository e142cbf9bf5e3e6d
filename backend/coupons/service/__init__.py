"""Coupon rules, one module per use case: ``templates`` (the back office), ``claims`` (领券 and the
cards' mark) and ``held`` (a shopper's coupons: list, checkout, giving back, expiry).

Callers import ``backend.coupons.service``; every public name of the use-case modules is here.
"""

from backend.coupons.service.claims import (
    claim,
    list_claimable,
    next_claim_boundaries,
    page_coupons,
    products_with_claimable_coupons,
)
from backend.coupons.service.held import (
    coupon_out,
    coupons_for_checkout,
    list_my_coupons,
    schedule_sweep,
    use_coupons,
)
from backend.coupons.service.templates import (
    create_template,
    get_template,
    list_templates,
    stop_template,
    update_template,
)

__all__ = ["claim", "coupon_out", "coupons_for_checkout", "create_template", "get_template", "list_claimable",
           "list_my_coupons", "list_templates", "next_claim_boundaries", "page_coupons",
           "products_with_claimable_coupons", "schedule_sweep", "stop_template", "update_template", "use_coupons"]
