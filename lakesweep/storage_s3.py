"""The S3 backend of the storage layer (AWS or any S3-compatible endpoint).

Listings go through pyarrow's S3FileSystem (which DuckDB-facing readers also use); reads and
writes that need S3 semantics go through boto3: a single PUT is atomic, ``If-Match`` guards
overwrites, ``If-None-Match: *`` makes create-only writes, and on a versioned bucket the
old versions of a rewritten object are listed and deleted by version id. Credentials and
region come from the standard AWS chain; the endpoint from ``--s3-endpoint-url`` or
``AWS_ENDPOINT_URL``.
"""

from __future__ import annotations

import os
import posixpath
from typing import Any
from urllib.parse import urlparse

import pyarrow.fs as pafs

from lakesweep.files import (
    TMP_SUFFIX,
    Blob,
    ConcurrentModification,
    FileInfo,
    Staged,
    StorageError,
    check_rel,
)
from lakesweep.storage import Storage


class S3Storage(Storage):
    def __init__(self, root: str, endpoint_url: str | None = None) -> None:
        parsed = urlparse(root)
        self.bucket, self.prefix = parsed.netloc, parsed.path.strip("/")
        if not self.bucket:
            raise StorageError(f"{root!r} has no bucket: use s3://bucket/prefix")
        self.root = root
        self.endpoint_url = endpoint_url or os.environ.get("AWS_ENDPOINT_URL") or None
        self.base = posixpath.join(self.bucket, self.prefix) if self.prefix else self.bucket
        self._client: Any = None
        self._versioned: bool | None = None
        self.fs = self._filesystem()

    def _filesystem(self) -> pafs.S3FileSystem:
        kwargs: dict[str, Any] = {"region": self._region()}
        if self.endpoint_url:
            url = urlparse(self.endpoint_url)
            kwargs.update(endpoint_override=url.netloc + url.path, scheme=url.scheme or "https")
        creds = self._boto_session().get_credentials()
        if creds is not None:  # the same chain boto3 uses (env, profile, instance role)
            frozen = creds.get_frozen_credentials()
            kwargs.update(
                access_key=frozen.access_key,
                secret_key=frozen.secret_key,
                session_token=frozen.token,
            )
        return pafs.S3FileSystem(**kwargs)

    def __getstate__(self) -> dict[str, Any]:  # boto3 clients do not pickle (Dask, processes)
        return {**self.__dict__, "_client": None}

    def _boto_session(self) -> Any:
        import boto3

        return boto3.session.Session()

    def _region(self) -> str:
        return (
            os.environ.get("AWS_REGION")
            or os.environ.get("AWS_DEFAULT_REGION")
            or self._boto_session().region_name
            or "us-east-1"
        )

    @property
    def client(self) -> Any:
        if self._client is None:
            self._client = self._boto_session().client(
                "s3", endpoint_url=self.endpoint_url, region_name=self._region()
            )
        return self._client

    def key(self, rel: str) -> str:
        rel = check_rel(rel)
        return posixpath.join(self.prefix, rel) if self.prefix else rel

    # -- metadata -----------------------------------------------------------------
    def list(self, prefix: str, suffix: str = "", data_only: bool = True) -> list[FileInfo]:
        """Objects under ``prefix`` (keys ending in ``/`` are folder markers, not files)."""
        out = []
        pages = self.client.get_paginator("list_objects_v2").paginate(
            Bucket=self.bucket, Prefix=self._folder(prefix)
        )
        for page in pages:
            for obj in page.get("Contents", []):
                key = obj["Key"]
                if key.endswith("/"):
                    continue
                rel = key[len(self.prefix) + 1 :] if self.prefix else key
                name = posixpath.basename(rel)
                if not rel.endswith(suffix) or (data_only and name.startswith((".", "_"))):
                    continue
                out.append(FileInfo(rel, int(obj["Size"]), obj["LastModified"].timestamp()))
        return sorted(out, key=lambda f: f.path)

    def is_dir(self, rel: str = ".") -> bool:
        from botocore.exceptions import BotoCoreError, ClientError

        prefix = self._folder(rel)
        try:
            found = self.client.list_objects_v2(Bucket=self.bucket, Prefix=prefix, MaxKeys=1)
        except self.client.exceptions.NoSuchBucket as exc:
            raise StorageError(f"{self.root}: bucket {self.bucket!r} does not exist") from exc
        except (BotoCoreError, ClientError) as exc:
            raise StorageError(
                f"cannot read the lake at {self.root}: {exc} (check the credentials, the "
                "bucket and --s3-endpoint-url)"
            ) from exc
        return bool(found.get("KeyCount")) or (prefix == "" and self._bucket_exists())

    def _folder(self, rel: str) -> str:
        """The key prefix of folder ``rel`` ("" for the bucket root), ending in "/"."""
        key = self.prefix if check_rel(rel) == "." else self.key(rel)
        return key.rstrip("/") + "/" if key else ""

    def _bucket_exists(self) -> bool:
        try:
            self.client.head_bucket(Bucket=self.bucket)
        except self.client.exceptions.ClientError:
            return False
        return True

    def exists(self, rel: str) -> bool:
        return self.token(rel) is not None

    def _head(self, rel: str) -> dict | None:
        try:
            return self.client.head_object(Bucket=self.bucket, Key=self.key(rel))
        except self.client.exceptions.ClientError as exc:
            if _status(exc) == 404:
                return None
            raise

    def token(self, rel: str) -> str | None:
        head = self._head(rel)
        return None if head is None else head["ETag"]

    def size(self, rel: str) -> int:
        head = self._head(rel)
        if head is None:
            raise FileNotFoundError(f"{self.root}/{rel}")
        return int(head["ContentLength"])

    def mtime(self, rel: str) -> float:
        head = self._head(rel)
        if head is None:
            raise FileNotFoundError(f"{self.root}/{rel}")
        return head["LastModified"].timestamp()

    # -- reads and writes with S3 semantics ----------------------------------------
    def read_object(self, rel: str) -> Blob:
        try:
            got = self.client.get_object(Bucket=self.bucket, Key=self.key(rel))
        except self.client.exceptions.NoSuchKey as exc:
            raise FileNotFoundError(f"{self.root}/{rel}") from exc
        return Blob(got["Body"].read(), got["ETag"])

    def _put(self, rel: str, data: bytes, **conditions: str) -> str:
        got = self.client.put_object(Bucket=self.bucket, Key=self.key(rel), Body=data, **conditions)
        return got["ETag"]

    def write_bytes(self, rel: str, data: bytes) -> str:
        """A single PUT is atomic: no temp object needed."""
        self._write_allowed()
        return self._put(rel, data)

    def create(self, rel: str, data: bytes) -> str | None:
        self._write_allowed()
        try:
            return self._put(rel, data, IfNoneMatch="*")
        except self.client.exceptions.ClientError as exc:
            if _status(exc) in (409, 412):
                return self._landed(rel, data, exc)
            raise

    def put_if_match(self, rel: str, data: bytes, token: str) -> str:
        self._write_allowed()
        try:
            return self._put(rel, data, IfMatch=token)
        except self.client.exceptions.ClientError as exc:
            if _status(exc) in (404, 409, 412):
                landed = self._landed(rel, data, exc)
                if landed is not None:
                    return landed
                raise ConcurrentModification(
                    f"{self.root}/{rel} changed (ETag {token}); not overwritten"
                ) from exc
            raise

    def _landed(self, rel: str, data: bytes, exc: Any) -> str | None:
        """After a conditional PUT failed on a *retry*: did our own first attempt land (its
        response was lost)? Then the object holds exactly our bytes; its ETag, else None."""
        if not _retried(exc):
            return None  # the first attempt itself was refused: someone else's object
        try:
            blob = self.read_object(rel)
        except FileNotFoundError:
            return None
        return blob.token if blob.data == data else None

    def stage(self, rel: str, data: bytes) -> Staged:
        """Nothing to stage on S3: one PUT is atomic (the bytes wait in memory)."""
        self._write_allowed()
        return Staged(rel, "", data)

    def commit_staged(self, staged: Staged, if_match: str | None) -> str:
        if if_match is None:
            return self.write_bytes(staged.rel, staged.data)
        return self.put_if_match(staged.rel, staged.data, if_match)

    def discard(self, staged: Staged) -> None:
        return None

    def barrier(self) -> None:
        return None  # every PUT is durable when it returns

    def delete(self, rel: str, missing_ok: bool = True, if_match: str | None = None) -> None:
        self._write_allowed()
        condition = {"IfMatch": if_match} if if_match is not None else {}
        try:
            self.client.delete_object(Bucket=self.bucket, Key=self.key(rel), **condition)
        except self.client.exceptions.ClientError as exc:
            if _status(exc) == 404 and missing_ok:
                return
            if _status(exc) == 412 and _retried(exc) and self.token(rel) is None:
                return  # our first attempt deleted it; only its response was lost
            if _status(exc) == 412:
                raise ConcurrentModification(
                    f"{self.root}/{rel} changed since it was read; not deleted"
                ) from exc
            raise
        if self.versioned and rel.endswith(TMP_SUFFIX):
            self.delete_versions(rel, self.noncurrent_versions(rel))

    # -- versioned buckets -------------------------------------------------------------
    @property
    def versioned(self) -> bool:  # type: ignore[override]
        if self._versioned is None:
            status = self.client.get_bucket_versioning(Bucket=self.bucket).get("Status")
            self._versioned = status in ("Enabled", "Suspended")
        return self._versioned

    def noncurrent_versions(self, rel: str) -> list[str]:
        """Every version of ``rel`` except the current live one (all of them, delete markers
        included, when the object is deleted)."""
        if not self.versioned:
            return []
        key, found = self.key(rel), []
        pages = self.client.get_paginator("list_object_versions").paginate(
            Bucket=self.bucket, Prefix=key
        )
        for page in pages:
            for v in page.get("Versions", []) + page.get("DeleteMarkers", []):
                if v["Key"] == key and not (v.get("IsLatest") and "ETag" in v):
                    found.append(v["VersionId"])
        return found

    def delete_versions(self, rel: str, version_ids: list[str]) -> None:
        self._write_allowed()
        for version_id in version_ids:
            self.client.delete_object(Bucket=self.bucket, Key=self.key(rel), VersionId=version_id)

    def check_writable(self) -> None:
        """On a versioned bucket, prove we may delete old versions before deleting anything."""
        if not self.versioned:
            return
        probe = "_state/.version-delete-probe"
        self._put(probe, b"1")
        self._put(probe, b"2")
        try:
            self.client.delete_object(Bucket=self.bucket, Key=self.key(probe))
            self.delete_versions(probe, self.noncurrent_versions(probe))
        except self.client.exceptions.ClientError as exc:
            raise StorageError(
                f"s3://{self.bucket} is versioned, and these credentials cannot delete old "
                f"object versions ({exc}). A rewrite would leave deleted rows readable in old "
                "versions, so nothing was changed. Grant s3:DeleteObjectVersion and "
                "s3:ListBucketVersions, or suspend versioning and purge old versions."
            ) from exc


def _status(exc: Any) -> int:
    return int(exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode", 0))


def _retried(exc: Any) -> bool:
    """Did the client send the request more than once (an earlier attempt may have landed)?"""
    return bool(exc.response.get("ResponseMetadata", {}).get("RetryAttempts", 1))
