from __future__ import annotations

import stat
import uuid

import boto3
import pytest
from moto.server import ThreadedMotoServer

from backend.core.config import Settings
from backend.core.errors import IntegrationError
from backend.integrations.storage import (
    InvalidStorageKey,
    LocalStorage,
    S3Storage,
    StoredObjectNotFound,
    build_storage,
    validate_key,
)

pytestmark = pytest.mark.feature("ARCH-3")

BAD_KEYS = [
    "",
    "../etc/passwd",
    "a/../../b",
    "a/..",
    "/etc/passwd",
    "a//b",
    "a/",
    ".env",
    "a/.hidden",
    "a\\b",
    "图片.jpg",
    "a b.jpg",
    "a?b",
    "a" * 301,
]


class TestValidateKey:
    @pytest.mark.parametrize("key", ["a.jpg", "products/2024/05/3f2a-b_c.JPG", "a" * 300])
    def test_safe_relative_paths_pass(self, key):
        assert validate_key(key) == key

    @pytest.mark.parametrize("key", BAD_KEYS)
    def test_unsafe_keys_are_refused(self, key):
        with pytest.raises(InvalidStorageKey) as raised:
            validate_key(key)

        assert raised.value.status == 400
        assert raised.value.code == "bad_request"
        assert isinstance(raised.value, IntegrationError)


@pytest.fixture
def local(tmp_path):
    return LocalStorage(tmp_path / "media", "/media/")


class TestLocalStorage:
    async def test_round_trip(self, local):
        url = await local.put("products/1/cover.jpg", b"\xff\xd8jpeg", "image/jpeg")

        assert url == "/media/products/1/cover.jpg"
        assert await local.exists("products/1/cover.jpg")
        assert await local.get("products/1/cover.jpg") == b"\xff\xd8jpeg"

        await local.delete("products/1/cover.jpg")

        assert not await local.exists("products/1/cover.jpg")

    async def test_put_replaces_and_leaves_no_temporary_file(self, local):
        await local.put("a/b.txt", b"one", "text/plain")
        await local.put("a/b.txt", b"two", "text/plain")

        assert await local.get("a/b.txt") == b"two"
        assert [p.name for p in (local.root / "a").iterdir()] == ["b.txt"]

    async def test_stored_file_is_readable_by_the_web_server(self, local):
        await local.put("a.txt", b"x", "text/plain")

        assert stat.S_IMODE((local.root / "a.txt").stat().st_mode) == 0o644

    async def test_missing_key_is_not_found(self, local):
        with pytest.raises(StoredObjectNotFound) as raised:
            await local.get("nope.jpg")

        assert raised.value.status == 404

    async def test_deleting_a_missing_key_is_harmless(self, local):
        await local.delete("nope/never.jpg")

    async def test_a_directory_is_not_an_object(self, local):
        await local.put("dir/file.txt", b"x", "text/plain")

        assert not await local.exists("dir")
        with pytest.raises(StoredObjectNotFound):
            await local.get("dir")

    @pytest.mark.parametrize("key", ["../outside.txt", "/tmp/outside.txt", "a/../../outside.txt"])
    async def test_traversal_is_refused_and_nothing_is_written(self, local, tmp_path, key):
        with pytest.raises(InvalidStorageKey):
            await local.put(key, b"evil", "text/plain")
        with pytest.raises(InvalidStorageKey):
            await local.get(key)

        assert not (tmp_path / "outside.txt").exists()

    def test_url_joins_public_url_and_key(self, local):
        assert local.url("a/b.png") == "/media/a/b.png"


@pytest.fixture(scope="module")
def moto_endpoint():
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture
def bucket(moto_endpoint):
    name = f"media-{uuid.uuid4().hex[:12]}"
    client = boto3.client(
        "s3",
        endpoint_url=moto_endpoint,
        aws_access_key_id="ak",
        aws_secret_access_key="sk",
        region_name="us-east-1",
    )
    client.create_bucket(Bucket=name)
    return name


@pytest.fixture
def s3(moto_endpoint, bucket):
    return S3Storage(moto_endpoint, bucket, "ak", "sk", "us-east-1")


class TestS3Storage:
    async def test_round_trip(self, s3, moto_endpoint, bucket):
        url = await s3.put("products/1/cover.jpg", b"\xff\xd8jpeg", "image/jpeg")

        assert url == f"{moto_endpoint}/{bucket}/products/1/cover.jpg"
        assert await s3.exists("products/1/cover.jpg")
        assert await s3.get("products/1/cover.jpg") == b"\xff\xd8jpeg"

        await s3.delete("products/1/cover.jpg")

        assert not await s3.exists("products/1/cover.jpg")

    async def test_content_type_is_stored(self, s3, bucket):
        await s3.put("a.png", b"png", "image/png")

        head = s3.client.head_object(Bucket=bucket, Key="a.png")
        assert head["ContentType"] == "image/png"

    async def test_missing_key_is_not_found(self, s3):
        with pytest.raises(StoredObjectNotFound):
            await s3.get("nope.jpg")

    async def test_traversal_is_refused_before_any_request(self, s3):
        with pytest.raises(InvalidStorageKey):
            await s3.put("../x", b"x", "text/plain")

    async def test_public_url_prefix_is_used_for_urls(self, moto_endpoint, bucket):
        s3 = S3Storage(moto_endpoint, bucket, "ak", "sk", "us-east-1", public_url="https://cdn.example.com/")

        assert await s3.put("a.jpg", b"x", "image/jpeg") == "https://cdn.example.com/a.jpg"

    async def test_missing_bucket_is_an_integration_error(self, moto_endpoint):
        s3 = S3Storage(moto_endpoint, "no-such-bucket", "ak", "sk", "us-east-1")

        with pytest.raises(IntegrationError, match="bucket 不存在"):
            await s3.put("a.jpg", b"x", "image/jpeg")

    async def test_unreachable_endpoint_is_an_integration_error(self):
        s3 = S3Storage("http://127.0.0.1:9", "media", "ak", "sk", "us-east-1")

        with pytest.raises(IntegrationError, match="无法连接对象存储"):
            await s3.get("a.jpg")


class TestBuildStorage:
    def test_local_backend_serves_files_under_the_public_url(self, tmp_path):
        settings = Settings(
            storage_backend="local", storage_local_dir=str(tmp_path), storage_public_url="/media"
        )
        storage = build_storage(settings)

        assert isinstance(storage, LocalStorage)
        assert storage.url("a.jpg") == "/media/a.jpg"

    async def test_s3_backend_talks_to_the_configured_endpoint(self, moto_endpoint, bucket):
        settings = Settings(
            storage_backend="s3",
            s3_endpoint_url=moto_endpoint,
            s3_bucket=bucket,
            s3_access_key="ak",
            s3_secret_key="sk",
            storage_public_url="https://img.example.com",
        )
        storage = build_storage(settings)

        assert await storage.put("x/y.jpg", b"y", "image/jpeg") == "https://img.example.com/x/y.jpg"
        assert await storage.get("x/y.jpg") == b"y"

    def test_s3_with_relative_public_url_uses_the_bucket_url(self, moto_endpoint):
        settings = Settings(
            storage_backend="s3",
            s3_endpoint_url=moto_endpoint,
            s3_bucket="media",
            storage_public_url="/media",
        )

        assert build_storage(settings).url("a.jpg") == f"{moto_endpoint}/media/a.jpg"

    def test_aliyun_oss_endpoint_uses_virtual_hosted_urls(self):
        settings = Settings(
            storage_backend="s3",
            s3_endpoint_url="https://s3.oss-cn-hangzhou.aliyuncs.com",
            s3_bucket="shop-media",
            s3_region="cn-hangzhou",
            storage_public_url="/media",
        )

        assert (
            build_storage(settings).url("a.jpg") == "https://shop-media.s3.oss-cn-hangzhou.aliyuncs.com/a.jpg"
        )

    def test_s3_without_bucket_fails_clearly(self):
        with pytest.raises(IntegrationError, match="S3_BUCKET"):
            build_storage(Settings(storage_backend="s3", s3_bucket=""))

    def test_unknown_backend_fails_clearly(self):
        with pytest.raises(IntegrationError, match="STORAGE_BACKEND"):
            build_storage(Settings(storage_backend="floppy"))
