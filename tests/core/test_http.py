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


class TestFrontEnds:
    @pytest.fixture
    async def served(self, tmp_path, settings, db):
        import uuid

        from backend.app import create_app
        from tests.conftest import Api

        dist = tmp_path / "admin-dist"
        (dist / "assets").mkdir(parents=True)
        (dist / "index.html").write_text("<html>后台</html>", encoding="utf-8")
        (dist / "assets" / "app.js").write_text("console.log(1)")
        (tmp_path / "secret.txt").write_text("not for the web")
        app = create_app(settings.model_copy(update={"admin_dist": str(dist)}), with_database=False,
                         name=f"spa_{uuid.uuid4().hex[:6]}")
        return Api(app)

    async def test_the_built_admin_is_served_with_client_side_routes(self, served):
        for path in ("/admin", "/admin/", "/admin/platform/shops"):
            response = await served.get(path)
            assert response.status == 200 and "后台" in response.text, path

    async def test_assets_are_served_and_nothing_outside_the_build(self, served):
        assert (await served.get("/admin/assets/app.js")).text == "console.log(1)"
        escaped = await served.get("/admin/..%2Fsecret.txt")
        assert "not for the web" not in escaped.text

    async def test_h5_is_absent_until_it_is_built(self, served):
        assert (await served.get("/h5/")).status == 404


class TestStartingWorker:
    async def test_a_worker_still_starting_answers_503_and_then_serves(self, app, api):
        app.ctx.ready = False
        starting = await api.get("/healthz")
        assert starting.status == 503 and starting.error_code == "service_starting"
        assert starting.headers["retry-after"] == "1"
        app.ctx.ready = True
        assert (await api.get("/healthz")).status == 200
