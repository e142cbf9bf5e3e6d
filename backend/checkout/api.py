"""Checkout routes: preview and submit (consumer)."""

from sanic import Blueprint, Request

from backend.checkout import service
from backend.checkout.schemas import PreviewIn, SubmitIn
from backend.core.auth import require_consumer
from backend.core.http import json_response, parse_body

bp = Blueprint("checkout", url_prefix="/api/v1/checkout")


@bp.post("/preview")
@require_consumer
async def preview(request: Request):
    data = parse_body(request, PreviewIn)
    channel = request.args.get("channel", "h5")
    return json_response(await service.preview(request.ctx.actor.id, data, channel))


@bp.post("/submit")
@require_consumer
async def submit(request: Request):
    data = parse_body(request, SubmitIn)
    answer, created = await service.submit(request.ctx.actor.id, request.headers.get("idempotency-key"), data)
    return json_response(answer, status=201 if created else 200)
