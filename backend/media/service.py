"""Images people upload (review photos, checkout attachments, product pictures), kept in storage.

The type is read from the file's first bytes, never from its name or the header the client sent,
so an HTML page renamed ``x.png`` is refused rather than served from our domain.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from backend.core.errors import BadRequest, DomainError, Invalid
from backend.core.runtime import runtime
from backend.media.errors import MediaError

MAX_IMAGE_BYTES = 5 * 1024 * 1024
SIGNATURES = (  # magic bytes → (extension, content type)
    (b"\xff\xd8\xff", ("jpg", "image/jpeg")),
    (b"\x89PNG\r\n\x1a\n", ("png", "image/png")),
    (b"GIF87a", ("gif", "image/gif")),
    (b"GIF89a", ("gif", "image/gif")),
)


def image_type(data: bytes) -> tuple[str, str] | None:
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp", "image/webp"
    return next((kind for magic, kind in SIGNATURES if data.startswith(magic)), None)


async def save_image(data: bytes | None, folder: str) -> dict[str, str]:
    """Store an uploaded image under ``folder`` and answer its public URL."""
    if not data:
        raise BadRequest(MediaError.file_required, "请选择要上传的图片", {"file": "必填"})
    if len(data) > MAX_IMAGE_BYTES:
        raise DomainError(MediaError.file_too_large, "图片不能超过 5MB", {"file": "图片不能超过 5MB"}, status=413)
    kind = image_type(data)
    if kind is None:
        raise Invalid(MediaError.file_type_not_allowed, "只能上传 JPG、PNG、GIF 或 WebP 图片",
                      {"file": "格式不支持"})
    extension, content_type = kind
    key = f"uploads/{folder}/{datetime.now(UTC):%Y%m}/{uuid.uuid4().hex}.{extension}"
    return {"url": await runtime().storage.put(key, data, content_type)}
