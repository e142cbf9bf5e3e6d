"""Finance routes: the shopper's wallet (余额), and the platform's books and wallet adjustments."""

from sanic import Blueprint, Request

from backend.core.auth import require, require_consumer
from backend.core.http import json_out, json_response, list_out, parse_body, parse_query
from backend.core.pagination import PageParams
from backend.finance import service
from backend.finance.schemas import (
    AccountOut,
    AccountQuery,
    AdjustIn,
    AdjustmentOut,
    JournalOut,
    JournalQuery,
    WalletOut,
)

bp = Blueprint("finance", url_prefix="/api/v1")


@bp.get("/me/wallet")
@require_consumer
async def my_wallet(request: Request):
    params = parse_query(request, PageParams)
    return json_out(WalletOut, await service.wallet(request.ctx.actor.id, params))


@bp.post("/admin/wallets/<user_id:int>/adjust")
@require("finance:manage")
async def adjust_wallet(request: Request, user_id: int):
    body = parse_body(request, AdjustIn)
    answer = await service.adjust(request.ctx.actor, user_id, body.amount, body.reason,
                                  request.headers.get("idempotency-key"))
    return json_out(AdjustmentOut, answer, status=201)


@bp.get("/admin/finance/accounts")
@require("finance:view")
async def accounts(request: Request):
    query = parse_query(request, AccountQuery)
    rows = [AccountOut.model_validate(row).model_dump() for row in await service.balances(request.ctx.actor,
                                                                                            query.kind)]
    return json_response({"items": rows, "total": sum(row["net"] for row in rows)})


@bp.get("/admin/finance/journal")
@require("finance:view")
async def journal(request: Request):
    query = parse_query(request, JournalQuery)
    items, total = await service.journal_page(request.ctx.actor, query, query.kind, query.reference)
    return list_out(JournalOut, items, total=total, page=query.page, page_size=query.page_size)
