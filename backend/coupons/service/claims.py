"""领券: the claim centre, claiming, and which products have a coupon to claim (the cards' 领券 mark).

Claiming is one guarded update of the template (``claimed < total``), which also locks its row
until the claim commits: concurrent claims of one template queue there, so the shopper's count
read after it sees every coupon claimed before, and the per-user limit holds under any load.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from tortoise.expressions import F, Q
from tortoise.functions import Count

from backend.core import events, jobs
from backend.core.db import transaction
from backend.core.errors import Conflict, NotFound
from backend.core.pagination import paginate
from backend.coupons.errors import CouponError
from backend.coupons.models import Coupon, CouponTemplate
from backend.coupons.schemas import ClaimableQuery
from backend.coupons.service import _shared
from backend.coupons.service._shared import claimable, shop_names
from backend.coupons.service.held import REMINDER_JOB, new_code

REMIND_BEFORE = timedelta(days=1)


def _covers(template: CouponTemplate, product_id: int) -> bool:
    return template.product_ids is None or product_id in template.product_ids


async def _templates_for(query: ClaimableQuery, moment: datetime) -> tuple[list[CouponTemplate], int]:
    """A product's coupons (its shop's for it or shop-wide, and the platform's), a shop's, or all."""
    queryset = claimable(moment).order_by("-id")
    if query.product_id is None:
        if query.shop_id is not None:
            queryset = queryset.filter(shop_id=query.shop_id)
        return await paginate(queryset, query)
    # imported here: the catalog's cards ask this context which products have coupons
    from backend.catalog import service as catalog

    shop_id = (await catalog.shop_ids_of([query.product_id])).get(query.product_id)
    if shop_id is None:
        return [], 0
    rows = [t for t in await queryset.filter(Q(shop_id=shop_id) | Q(shop_id__isnull=True))
            if _covers(t, query.product_id)]
    return rows[query.offset:query.offset + query.page_size], len(rows)


async def _claimed_by(user_id: int | None, template_ids: list[int]) -> dict[int, int]:
    if user_id is None or not template_ids:
        return {}
    rows = await (Coupon.filter(user_id=user_id, template_id__in=template_ids).annotate(n=Count("id"))
                  .group_by("template_id").values("template_id", "n"))
    return {row["template_id"]: row["n"] for row in rows}


def _claimable_view(template: CouponTemplate, names: dict[int | None, str], mine: int) -> dict[str, Any]:
    return {
        **{name: getattr(template, name) for name in ("id", "shop_id", "title", "threshold", "off", "product_ids",
                                                      "claim_ends_at", "valid_days", "valid_from", "valid_until",
                                                      "per_user_limit")},
        "shop_name": names.get(template.shop_id, ""),
        "remaining": template.total - template.claimed,
        "claimed_by_me": mine,
        "can_claim": mine < template.per_user_limit,
    }


async def list_claimable(user_id: int | None, query: ClaimableQuery) -> tuple[list[dict[str, Any]], int]:
    """Templates claimable now, each with how many the shopper holds and whether they may take one more."""
    templates, total = await _templates_for(query, _shared.now())
    mine = await _claimed_by(user_id, [t.id for t in templates])
    names = await shop_names(t.shop_id for t in templates)
    return [_claimable_view(t, names, mine.get(t.id, 0)) for t in templates], total


def _validity(template: CouponTemplate, moment: datetime) -> tuple[datetime, datetime]:
    if template.valid_days is not None:
        return moment, moment + timedelta(days=template.valid_days)
    return template.valid_from, template.valid_until


def _claim_window_open(template: CouponTemplate, moment: datetime) -> bool:
    return template.status == "active" and template.claim_starts_at <= moment < template.claim_ends_at


async def claim(user_id: int, template_id: int) -> Coupon:
    """One coupon of the template for the shopper: 409 when none is left, the shopper holds their
    limit already, or the template is not claimable now."""
    moment = _shared.now()
    template = await CouponTemplate.get_or_none(id=template_id)
    if template is None:
        raise NotFound(CouponError.template_not_found, "优惠券不存在")
    if not _claim_window_open(template, moment):
        raise Conflict(CouponError.coupon_not_claimable, "该优惠券当前不可领取")
    async with transaction():
        taken = await CouponTemplate.filter(id=template.id, status="active", claimed__lt=F("total")).update(
            claimed=F("claimed") + 1)
        mine = await Coupon.filter(template_id=template.id, user_id=user_id).count()
        if mine >= template.per_user_limit:  # raising rolls the claimed count back
            raise Conflict(CouponError.coupon_limit_reached, f"每人限领 {template.per_user_limit} 张，您已领过了")
        if not taken:
            raise Conflict(CouponError.coupon_sold_out, "优惠券已被领完")
        valid_from, valid_until = _validity(template, moment)
        coupon = await Coupon.create(
            template_id=template.id, user_id=user_id, code=new_code(), shop_id=template.shop_id,
            title=template.title, threshold=template.threshold, off=template.off, product_ids=template.product_ids,
            valid_from=valid_from, valid_until=valid_until)
        if valid_until - REMIND_BEFORE > moment:
            await jobs.enqueue(REMINDER_JOB, {"coupon_id": coupon.id}, run_at=valid_until - REMIND_BEFORE,
                               key=f"{REMINDER_JOB}:{coupon.id}")
    if await CouponTemplate.filter(id=template.id, claimed__gte=F("total")).exists():  # the last one: 领券 goes
        await events.publish("coupons.changed", template_id=template.id)
    return coupon


async def next_claim_boundaries(moment: datetime) -> list[datetime]:
    """When the next claim window of an active template opens and the next one closes (two queries)."""
    found = []
    for column in ("claim_starts_at", "claim_ends_at"):
        found += await CouponTemplate.filter(status="active", **{f"{column}__gt": moment}).order_by(column) \
            .limit(1).values_list(column, flat=True)
    return found


async def page_coupons(template_ids: Iterable[int], shop_id: int | None) -> dict[int, dict[str, Any]]:
    """The decorator's coupon strip: of the templates a page names, those claimable now (on a shop's
    page, that shop's and the platform's only), as tickets ``{id, title, amount, threshold}``. One query."""
    templates = claimable(_shared.now()).filter(id__in=set(template_ids))
    if shop_id is not None:
        templates = templates.filter(Q(shop_id=shop_id) | Q(shop_id__isnull=True))
    return {t.id: {"id": t.id, "title": t.title, "amount": t.off, "threshold": t.threshold, "available": True}
            for t in await templates}


async def products_with_claimable_coupons(pairs: Iterable[tuple[int, int]]) -> set[int]:
    """Of the cards' ``(product_id, shop_id)`` pairs, the products a shopper can claim a coupon for
    now: a shop-wide template of their shop, a template naming them, or a platform-wide one. One query."""
    pairs = list(pairs)
    if not pairs:
        return set()
    shops = Q(shop_id__in={shop for _, shop in pairs}) | Q(shop_id__isnull=True)
    rows = await claimable(_shared.now()).filter(shops).values("shop_id", "product_ids")
    wide = {row["shop_id"] for row in rows if row["product_ids"] is None}  # None in it: the platform's
    named = {product for row in rows for product in row["product_ids"] or ()}
    return {product for product, shop in pairs if None in wide or shop in wide or product in named}
