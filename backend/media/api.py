"""Uploads: any signed-in shopper or staff member may upload an image and gets its URL back."""

from sanic import Blueprint, Request

from backend.core.auth import authenticated
from backend.core.http import json_response
from backend.media import service

bp = Blueprint("media", url_prefix="/api/v1/uploads")


@bp.post("/images")
async def upload_image(request: Request):
    actor = await authenticated(request)
    upload = request.files.get("file") if request.files else None
    folder = "shop" if actor.kind == "staff" else "user"
    return json_response(await service.save_image(upload.body if upload else None, folder), status=201)
