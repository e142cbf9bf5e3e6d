"""Object storage (对象存储) for uploaded images and files: local disk or S3-compatible.

Keys are relative paths such as ``products/2024/05/3f2a.jpg``; ``validate_key`` refuses
anything that could leave the storage root. ``build_storage(settings)`` picks the backend from
``STORAGE_BACKEND`` (``local`` | ``s3``).
"""

from __future__ import annotations

import asyncio
import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit

import boto3
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError

from backend.core.config import Settings
from backend.core.errors import CoreError, IntegrationError

MAX_KEY_LENGTH = 300
KEY_PATTERN = re.compile(r"[A-Za-z0-9/_.-]+")
DEFAULT_CONTENT_TYPE = "application/octet-stream"


class Storage(Protocol):
    async def put(self, key: str, data: bytes, content_type: str = DEFAULT_CONTENT_TYPE) -> str: ...

    async def get(self, key: str) -> bytes: ...

    async def delete(self, key: str) -> None: ...

    def url(self, key: str) -> str: ...

    async def exists(self, key: str) -> bool: ...


class InvalidStorageKey(IntegrationError):
    """A key that is not a safe relative path: the caller's fault (HTTP 400)."""

    status = 400

    def __init__(self, key: str) -> None:
        super().__init__(
            "文件路径不合法",
            code=CoreError.bad_request,
            fields={"key": f"只能包含字母、数字和 / _ . -，不超过 {MAX_KEY_LENGTH} 个字符，且不能含 .."},
        )
        self.key = key


class StoredObjectNotFound(IntegrationError):
    status = 404

    def __init__(self, key: str) -> None:
        super().__init__("文件不存在", code=CoreError.not_found, fields={"key": key})


def validate_key(key: str) -> str:
    """Return ``key`` if it is a safe relative path, else raise ``InvalidStorageKey``.

    Allowed: ``[A-Za-z0-9/_.-]``, at most 300 characters, no leading ``/``, no ``..``, and no
    empty or dot-first segment (``a//b``, ``a/``, ``.hidden``).
    """
    if (
        not isinstance(key, str)
        or len(key) > MAX_KEY_LENGTH
        or not KEY_PATTERN.fullmatch(key)
        or ".." in key
        or any(not part or part.startswith(".") for part in key.split("/"))
    ):
        raise InvalidStorageKey(str(key)[:MAX_KEY_LENGTH])
    return key


# --- local disk ------------------------------------------------------------------------------


class LocalStorage:
    """Files under ``root_dir``, served by the app or nginx at ``public_url``."""

    def __init__(self, root_dir: str | Path, public_url: str) -> None:
        self.root = Path(root_dir).resolve()
        self.public_url = public_url.rstrip("/")

    def url(self, key: str) -> str:
        return f"{self.public_url}/{validate_key(key)}"

    async def put(self, key: str, data: bytes, content_type: str = DEFAULT_CONTENT_TYPE) -> str:
        path = self._path(key)
        try:
            await asyncio.to_thread(_write_atomically, path, data)
        except OSError as exc:
            raise IntegrationError("文件保存失败") from exc
        return self.url(key)

    async def get(self, key: str) -> bytes:
        path = self._path(key)
        try:
            return await asyncio.to_thread(path.read_bytes)
        except (FileNotFoundError, NotADirectoryError, IsADirectoryError) as exc:
            raise StoredObjectNotFound(key) from exc
        except OSError as exc:
            raise IntegrationError("文件读取失败") from exc

    async def delete(self, key: str) -> None:
        path = self._path(key)
        try:
            await asyncio.to_thread(path.unlink, missing_ok=True)
        except (NotADirectoryError, IsADirectoryError):
            pass  # no object under this key
        except OSError as exc:
            raise IntegrationError("文件删除失败") from exc

    async def exists(self, key: str) -> bool:
        return await asyncio.to_thread(self._path(key).is_file)

    def _path(self, key: str) -> Path:
        return self.root / validate_key(key)


def _write_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary file beside ``path`` and rename it: readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as tmp:
            tmp.write(data)
            tmp.flush()
            os.fsync(tmp.fileno())
        os.chmod(tmp_name, 0o644)  # mkstemp makes 0600; the web server must read it
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


# --- S3-compatible ---------------------------------------------------------------------------


class S3Storage:
    """An S3-compatible bucket (MinIO, AWS S3, Aliyun OSS, …) through boto3 in a thread.

    ``addressing_style`` is ``"path"`` (MinIO, moto) or ``"virtual"`` (Aliyun OSS refuses path
    style with ``SecondLevelDomainForbidden``). Checksums are sent only when an operation
    requires them: boto3 ≥ 1.36 adds CRC headers by default that many S3-compatible services reject.
    """

    def __init__(
        self,
        endpoint_url: str,
        bucket: str,
        access_key: str,
        secret_key: str,
        region: str = "us-east-1",
        public_url: str | None = None,
        *,
        addressing_style: str = "path",
    ) -> None:
        if not bucket:
            raise IntegrationError("未配置对象存储的 bucket（S3_BUCKET）")
        self.bucket = bucket
        self.client = boto3.session.Session().client(
            "s3",
            endpoint_url=endpoint_url or None,
            aws_access_key_id=access_key or None,
            aws_secret_access_key=secret_key or None,
            region_name=region,
            config=Config(
                s3={"addressing_style": addressing_style},
                connect_timeout=5,
                read_timeout=30,
                retries={"max_attempts": 3, "mode": "standard"},
                request_checksum_calculation="when_required",
                response_checksum_validation="when_required",
            ),
        )
        base = public_url or _bucket_url(endpoint_url, bucket, region, addressing_style)
        self.public_url = base.rstrip("/")

    def url(self, key: str) -> str:
        return f"{self.public_url}/{validate_key(key)}"

    async def put(self, key: str, data: bytes, content_type: str = DEFAULT_CONTENT_TYPE) -> str:
        key = validate_key(key)
        await self._run(
            key, self.client.put_object, Bucket=self.bucket, Key=key, Body=data, ContentType=content_type
        )
        return self.url(key)

    async def get(self, key: str) -> bytes:
        key = validate_key(key)
        return await self._run(key, self._read, key)

    async def delete(self, key: str) -> None:
        key = validate_key(key)
        await self._run(key, self.client.delete_object, Bucket=self.bucket, Key=key)

    async def exists(self, key: str) -> bool:
        key = validate_key(key)
        try:
            await self._run(key, self.client.head_object, Bucket=self.bucket, Key=key)
        except StoredObjectNotFound:
            return False
        return True

    def _read(self, key: str) -> bytes:
        response = self.client.get_object(Bucket=self.bucket, Key=key)
        with response["Body"] as body:
            return body.read()

    async def _run(self, key: str, func: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run one blocking boto3 call in a thread and translate its errors."""
        try:
            return await asyncio.to_thread(func, *args, **kwargs)
        except ClientError as exc:
            raise _client_error(exc, key) from exc
        except BotoCoreError as exc:
            raise IntegrationError("无法连接对象存储服务，请稍后再试") from exc


def _client_error(exc: ClientError, key: str) -> IntegrationError:
    code = str(exc.response.get("Error", {}).get("Code", ""))
    if code in ("NoSuchKey", "404", "NotFound"):
        return StoredObjectNotFound(key)
    if code == "NoSuchBucket":
        return IntegrationError("对象存储的 bucket 不存在")
    return IntegrationError(f"对象存储请求失败（{code or '未知错误'}）")


def _bucket_url(endpoint_url: str, bucket: str, region: str, addressing_style: str) -> str:
    endpoint = (endpoint_url or f"https://s3.{region}.amazonaws.com").rstrip("/")
    if addressing_style != "virtual":
        return f"{endpoint}/{bucket}"
    parts = urlsplit(endpoint)
    return f"{parts.scheme}://{bucket}.{parts.netloc}{parts.path}"


# --- factory ---------------------------------------------------------------------------------


def build_storage(settings: Settings) -> Storage:
    """``local``: files under STORAGE_LOCAL_DIR served at STORAGE_PUBLIC_URL.

    ``s3``: objects in S3_BUCKET; their URLs start with STORAGE_PUBLIC_URL when it is an absolute
    URL (a CDN or the bucket's own domain), else the bucket's URL on S3_ENDPOINT_URL.
    """
    backend = settings.storage_backend
    if backend == "local":
        return LocalStorage(settings.storage_local_dir, settings.storage_public_url)
    if backend == "s3":
        return S3Storage(
            settings.s3_endpoint_url,
            settings.s3_bucket,
            settings.s3_access_key,
            settings.s3_secret_key,
            settings.s3_region,
            public_url=_absolute_or_none(settings.storage_public_url),
            addressing_style=_addressing_style(settings.s3_endpoint_url, settings.s3_addressing_style),
        )
    raise IntegrationError(f"不支持的文件存储方式：{backend!r}（STORAGE_BACKEND 可选：local、s3）")


def _absolute_or_none(url: str) -> str | None:
    return url if url.startswith(("http://", "https://")) else None


def _addressing_style(endpoint_url: str, configured: str = "auto") -> str:
    """Aliyun OSS accepts only virtual-hosted style; MinIO and most others want path style."""
    if configured in ("path", "virtual"):
        return configured
    host = urlsplit(endpoint_url).hostname or ""
    return "virtual" if host.endswith(".aliyuncs.com") else "path"
