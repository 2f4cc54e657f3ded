"""The S3 backend of the storage layer (AWS or any S3-compatible endpoint).

Reads and listings go through pyarrow's S3FileSystem; writes that need S3 semantics go
through boto3: a single PUT is atomic, ``If-Match`` guards overwrites, ``If-None-Match: *``
makes exclusive creates, and on a versioned bucket the old versions that held deleted rows
are deleted by version id. Credentials and region come from the standard AWS chain;
the endpoint from ``--s3-endpoint-url`` or ``AWS_ENDPOINT_URL``.
"""

from __future__ import annotations

import os
import posixpath
from typing import Any
from urllib.parse import urlparse

import pyarrow.fs as pafs

from lakesweep.storage import ConcurrentModification, Storage, StorageError, _check_rel


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
        rel = _check_rel(rel)
        return posixpath.join(self.prefix, rel) if self.prefix else rel

    def uri(self, rel: str) -> str:
        rel = _check_rel(rel)
        return self.base if rel == "." else posixpath.join(self.base, rel)

    # -- writes with S3 semantics -----------------------------------------------
    def _write_local(self, rel: str, data: bytes) -> None:
        self.client.put_object(Bucket=self.bucket, Key=self.key(rel), Body=data)

    def write_bytes(self, rel: str, data: bytes) -> None:
        """A single PUT is atomic: no temp object needed."""
        self._write_local(rel, data)

    def create_exclusive(self, rel: str, data: bytes) -> bool:
        try:
            self.client.put_object(
                Bucket=self.bucket, Key=self.key(rel), Body=data, IfNoneMatch="*"
            )
        except self.client.exceptions.ClientError as exc:
            if _status(exc) in (409, 412):
                return False
            raise
        return True

    def fingerprint(self, rel: str) -> str:
        return self.client.head_object(Bucket=self.bucket, Key=self.key(rel))["ETag"]

    def replace(self, src: str, dst: str, if_match: str | None = None) -> None:
        body = self.read_bytes(src)
        extra = {"IfMatch": if_match} if if_match is not None else {}
        try:
            self.client.put_object(Bucket=self.bucket, Key=self.key(dst), Body=body, **extra)
        except self.client.exceptions.ClientError as exc:
            if _status(exc) == 412:
                self.delete(src)
                raise ConcurrentModification(
                    f"{self.root}/{dst} changed since it was read (ETag {if_match}); "
                    "not overwritten"
                ) from exc
            raise
        self.delete(src)

    def delete(self, rel: str, missing_ok: bool = True, if_match: str | None = None) -> None:
        if if_match is not None and self.exists(rel) and self.fingerprint(rel) != if_match:
            raise ConcurrentModification(f"{self.root}/{rel} changed since it was read")
        self.client.delete_object(Bucket=self.bucket, Key=self.key(rel))
        if self.versioned and rel.endswith(".lakesweep-tmp"):
            self.purge_versions(rel)

    # -- versioned buckets ------------------------------------------------------
    @property
    def versioned(self) -> bool:  # type: ignore[override]
        if self._versioned is None:
            status = self.client.get_bucket_versioning(Bucket=self.bucket).get("Status")
            self._versioned = status in ("Enabled", "Suspended")
        return self._versioned

    def purge_versions(self, rel: str) -> list[str]:
        """Delete every version of ``rel`` except the current one (all of them, and the
        delete marker, when the object was deleted); returns the version ids deleted."""
        if not self.versioned:
            return []
        key = self.key(rel)
        found = []
        pages = self.client.get_paginator("list_object_versions").paginate(
            Bucket=self.bucket, Prefix=key
        )
        for page in pages:
            for v in page.get("Versions", []) + page.get("DeleteMarkers", []):
                if v["Key"] == key:
                    found.append(v)
        current = [v for v in found if v.get("IsLatest") and "ETag" in v]  # a live object
        doomed = [v["VersionId"] for v in found if v not in current]
        for version_id in doomed:
            self.client.delete_object(Bucket=self.bucket, Key=key, VersionId=version_id)
        return doomed

    def check_writable(self) -> None:
        """On a versioned bucket, prove we may delete old versions before deleting anything."""
        if not self.versioned:
            return
        probe = "_state/.version-delete-probe"
        self._write_local(probe, b"1")
        self._write_local(probe, b"2")
        try:
            self.purge_versions(probe)
            self.client.delete_object(Bucket=self.bucket, Key=self.key(probe))
            self.purge_versions(probe)
        except self.client.exceptions.ClientError as exc:
            raise StorageError(
                f"s3://{self.bucket} is versioned, and these credentials cannot delete old "
                f"object versions ({exc}). A rewrite would leave deleted rows readable in old "
                "versions, so nothing was changed. Grant s3:DeleteObjectVersion and "
                "s3:ListBucketVersions, or suspend versioning and purge old versions."
            ) from exc


def _status(exc: Any) -> int:
    return int(exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode", 0))
