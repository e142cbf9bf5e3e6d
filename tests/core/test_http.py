"""The HTTP edge: error shape for every failure, request ids, OpenAPI document."""

import pytest


class TestErrorShape:
    async def test_unknown_route_answers_the_json_error_shape(self, api):
        response = await api.get("/api/v1/no-such-thing")
        assert response.status == 404
        assert response.json == {"error": {"code": "not_found", "message": "请求的资源不存在", "fields": {}}}

    async def test_wrong_method_is_405_with_the_same_shape(self, api):
        response = await api.call("delete", "/healthz")
        assert response.status == 405 and response.error_code == "method_not_allowed"

    @pytest.mark.feature("ARCH-6")
    async def test_validation_errors_name_each_field(self, api):
        response = await api.post("/api/v1/auth/login/password", json={"phone": "123", "password": ""})
        assert response.status == 422 and response.error_code == "validation_failed"
        assert set(response.fields) == {"phone", "password"}


class TestRequestIds:
    async def test_each_response_carries_a_request_id(self, api):
        response = await api.get("/healthz")
        assert len(response.headers["x-request-id"]) == 32

    async def test_a_caller_supplied_request_id_is_kept(self, api):
        response = await api.get("/healthz", headers={"X-Request-ID": "trace-abc-123"})
        assert response.headers["x-request-id"] == "trace-abc-123"

    async def test_a_hostile_request_id_is_replaced(self, api):
        response = await api.get("/healthz", headers={"X-Request-ID": "<script>alert(1)</script>"})
        assert response.headers["x-request-id"] != "<script>alert(1)</script>"


class TestOpenApi:
    async def test_openapi_document_lists_the_api(self, api):
        response = await api.get("/api/docs/openapi.json")
        assert response.status == 200
        paths = response.json["paths"]
        assert "/api/v1/auth/login/sms" in paths and "/api/v1/admin/shops/{shop_id}" in paths

    async def test_docs_page_is_served(self, api):
        response = await api.get("/api/docs")
        assert response.status == 200


class TestFieldMessages:
    @pytest.mark.feature("ARCH-6")
    async def test_field_errors_are_written_in_chinese(self, api):
        response = await api.post("/api/v1/auth/register", json={"phone": "1391234", "code": 123456,
                                                                 "password": "short", "client": "tv"})
        assert response.status == 422
        assert response.fields == {
            "phone": "格式不正确",
            "code": "必须是文本",
            "password": "密码长度需为 8–64 位",
            "client": "可选值：'mp', 'h5', 'app' or 'pc'",
        }
