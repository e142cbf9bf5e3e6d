"""Image uploads for reviews and checkout attachments (ORD-7, CO-6)."""

from __future__ import annotations

import pytest

from backend.demo_media import placeholder_png

UPLOAD = "/api/v1/uploads/images"


class TestUploadImage:
    @pytest.mark.feature("ORD-7")
    async def test_a_shopper_uploads_a_photo_and_it_is_served_at_the_url(self, api):
        token = await api.consumer()
        png = placeholder_png("评价晒图")
        response = await api.post(UPLOAD, token=token, files={"file": ("photo.png", png, "image/png")})
        assert response.status == 201 and response.json["url"].endswith(".png")
        assert "/uploads/user/" in response.json["url"]
        served = await api.get(response.json["url"])
        assert served.status == 200 and served.body == png

    async def test_a_page_named_like_an_image_is_refused(self, api):
        token = await api.consumer()
        response = await api.post(UPLOAD, token=token,
                                  files={"file": ("x.png", b"<html><script>alert(1)</script>", "image/png")})
        assert response.status == 422 and response.error_code == "file_type_not_allowed"

    async def test_nothing_sent_or_nobody_signed_in_is_refused(self, api):
        token = await api.consumer()
        assert (await api.post(UPLOAD, token=token, data={"x": "1"})).error_code == "file_required"
        assert (await api.post(UPLOAD, files={"file": ("a.png", placeholder_png("a"), "image/png")})).status == 401

    async def test_too_large_is_refused(self, api):
        token = await api.consumer()
        big = b"\x89PNG\r\n\x1a\n" + b"0" * (5 * 1024 * 1024)
        response = await api.post(UPLOAD, token=token, files={"file": ("big.png", big, "image/png")})
        assert response.status == 413 and response.error_code == "file_too_large"
