import pytest


class TestHealth:
    async def test_healthz_reports_database_and_cache(self, api):
        response = await api.get("/healthz")
        assert response.status == 200
        assert response.json == {"status": "ok", "checks": {"database": "ok", "cache": "ok"}}

    @pytest.mark.feature("MEM-1")
    async def test_admin_logs_in(self, api, admin_token):
        me = await api.get("/api/v1/staff/me", token=admin_token)
        assert me.status == 200
        assert me.json["role"]["code"] == "platform_admin"
