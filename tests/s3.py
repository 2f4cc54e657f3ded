"""A real S3 HTTP endpoint for tests: moto's ThreadedMotoServer on 127.0.0.1."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import boto3


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server():
    from moto.server import ThreadedMotoServer

    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    return server, f"http://127.0.0.1:{port}"


def client():
    return boto3.client("s3", endpoint_url=os.environ["AWS_ENDPOINT_URL"], region_name="us-east-1")


def upload(local: Path, bucket: str, prefix: str) -> None:
    s3 = client()
    for path in sorted(local.rglob("*")):
        if path.is_file():
            s3.put_object(
                Bucket=bucket,
                Key=f"{prefix}/{path.relative_to(local).as_posix()}",
                Body=path.read_bytes(),
            )


def download(bucket: str, prefix: str, local: Path) -> Path:
    s3 = client()
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix + "/"):
        for obj in page.get("Contents", []):
            dst = local / obj["Key"][len(prefix) + 1 :]
            dst.parent.mkdir(parents=True, exist_ok=True)
            dst.write_bytes(s3.get_object(Bucket=bucket, Key=obj["Key"])["Body"].read())
    return local
