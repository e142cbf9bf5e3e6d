"""Coupon templates in the back office: a merchant issues its shop's, platform staff the platform's
(``shop_id`` null) and see every shop's; another shop's template answers 404."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from backend.core import events
from backend.core.auth import Actor
from backend.core.db import transaction
from backend.core.errors import Conflict, Invalid
from backend.core.pagination import paginate
from backend.core.tenancy import get_scoped, scoped
from backend.coupons.errors import CouponError
from backend.coupons.models import CouponTemplate
from backend.coupons.schemas import TemplateChange, TemplateIn, TemplateQuery
from backend.coupons.service import _shared
from backend.coupons.states import TEMPLATE

NOT_FOUND = (CouponError.template_not_found, "优惠券不存在")


async def list_templates(actor: Actor, query: TemplateQuery) -> tuple[list[CouponTemplate], int]:
    queryset = scoped(CouponTemplate.all(), actor)
    if query.status:
        queryset = queryset.filter(status=query.status)
    if query.shop_id is not None and actor.is_platform:
        queryset = queryset.filter(shop_id=query.shop_id) if query.shop_id else queryset.filter(shop_id__isnull=True)
    if query.keyword:
        queryset = queryset.filter(title__icontains=query.keyword)
    return await paginate(queryset.order_by("-id"), query)


async def get_template(actor: Actor, template_id: int) -> CouponTemplate:
    return await get_scoped(CouponTemplate.all(), actor, template_id, *NOT_FOUND)


def _window_errors(starts: datetime, ends: datetime, valid_until: datetime | None, moment: datetime,
                   ends_given: bool) -> dict[str, str]:
    fields = {}
    if ends <= starts:
        fields["claim_ends_at"] = "领取结束时间须晚于开始时间"
    elif ends_given and ends <= moment:
        fields["claim_ends_at"] = "领取结束时间须晚于现在"
    elif valid_until is not None and ends > valid_until:
        fields["claim_ends_at"] = "领取结束时间不能晚于有效期结束时间"
    return fields


def _validity_errors(data: TemplateIn, moment: datetime) -> dict[str, str]:
    fixed = (data.valid_from, data.valid_until)
    if data.valid_days is not None and any(fixed):
        return {"valid_days": "领取后有效天数与固定有效期只能选一种"}
    if data.valid_days is None and not all(fixed):
        return {"valid_days": "请设置有效期：领取后有效天数，或固定有效期的开始和结束时间"}
    if data.valid_days is None and data.valid_until <= data.valid_from:
        return {"valid_until": "有效期结束时间须晚于开始时间"}
    if data.valid_days is None and data.valid_until <= moment:
        return {"valid_until": "有效期结束时间须晚于现在"}
    return {}


def _terms_errors(data: TemplateIn, moment: datetime) -> dict[str, str]:
    fields = {}
    if data.threshold and data.off >= data.threshold:
        fields["off"] = "优惠金额须小于使用门槛（无门槛券除外）"
    fields |= _validity_errors(data, moment)
    valid_until = data.valid_until if data.valid_days is None else None
    fields |= _window_errors(data.claim_starts_at or moment, data.claim_ends_at, valid_until, moment, True)
    return fields


async def _product_errors(actor: Actor, product_ids: list[int] | None) -> dict[str, str]:
    """A merchant's coupon names its own products; the platform's may name any shop's."""
    if not product_ids:
        return {}
    # imported here: the catalog's cards ask this context which products have coupons
    from backend.catalog import service as catalog

    shop_of = await catalog.shop_ids_of(product_ids)
    foreign = [p for p in product_ids if p not in shop_of or not (actor.is_platform or shop_of[p] == actor.shop_id)]
    if foreign:
        return {"product_ids": f"商品 {', '.join(map(str, foreign))} 不存在或不属于本店"}
    return {}


async def create_template(actor: Actor, data: TemplateIn) -> CouponTemplate:
    moment = _shared.now()
    fields = _terms_errors(data, moment) | await _product_errors(actor, data.product_ids)
    if fields:
        raise Invalid(CouponError.template_invalid, "优惠券设置有误，请检查标出的项", fields)
    values = data.model_dump()
    values["claim_starts_at"] = data.claim_starts_at or moment
    template = await CouponTemplate.create(**values, shop_id=None if actor.is_platform else actor.shop_id,
                                           created_by=actor.label())
    await _changed(template)
    return template


async def _changed(template: CouponTemplate) -> None:
    """Pages showing coupons (the decorator's coupon strip) must be built again."""
    await events.publish("coupons.changed", template_id=template.id)


def _change_errors(template: CouponTemplate, changes: dict[str, Any], moment: datetime) -> dict[str, str]:
    starts = changes.get("claim_starts_at", template.claim_starts_at)
    ends = changes.get("claim_ends_at", template.claim_ends_at)
    fields = _window_errors(starts, ends, template.valid_until, moment, "claim_ends_at" in changes)
    if changes.get("total", template.claimed) < template.claimed:
        fields["total"] = f"已领取 {template.claimed} 张，发放总量不能少于已领取数量"
    return fields


async def update_template(actor: Actor, template_id: int, data: TemplateChange) -> CouponTemplate:
    """Title, total, claim window and per-user limit of an active template; the total never drops
    below what was claimed, even while shoppers claim (the update is guarded by it)."""
    changes = data.model_dump(exclude_none=True)
    async with transaction():
        template = await get_template(actor, template_id)
        if template.status != "active":
            raise Conflict(CouponError.template_stopped, "优惠券已停止发放，不能再修改")
        if fields := _change_errors(template, changes, _shared.now()):
            raise Invalid(CouponError.template_invalid, "优惠券设置有误，请检查标出的项", fields)
        guard = {"claimed__lte": changes["total"]} if "total" in changes else {}
        if changes and not await CouponTemplate.filter(id=template.id, status="active", **guard).update(
                **changes, updated_at=_shared.now()):
            moved = await CouponTemplate.get(id=template.id)
            if moved.status != "active":
                raise Conflict(CouponError.template_stopped, "优惠券已停止发放，不能再修改")
            raise Invalid(CouponError.template_invalid, "优惠券刚被领取，请重新设置发放总量",
                          {"total": f"已领取 {moved.claimed} 张，发放总量不能少于已领取数量"})
    template = await CouponTemplate.get(id=template_id)
    await _changed(template)
    return template


async def stop_template(actor: Actor, template_id: int) -> CouponTemplate:
    """No more claims; coupons already claimed stay usable until they expire."""
    template = await TEMPLATE.fire(await get_template(actor, template_id), "stop", actor=actor.label(),
                                   updated_at=_shared.now())
    await _changed(template)
    return template
