"""One typed Settings object, built once at the entry point (CLI flags > env > lakesweep.toml)."""

from __future__ import annotations

import datetime as dt
import os
import tomllib
from pathlib import Path
from typing import Any

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

CONFIG_FILE_ENV = "LAKESWEEP_CONFIG"


class SettingsError(ValueError):
    """The settings cannot be built (e.g. LAKESWEEP_CONFIG names no file): exit code 2."""


class Settings(BaseSettings):
    """Everything a run needs to know. Built by :func:`build_settings`, never mutated."""

    model_config = SettingsConfigDict(
        env_prefix="LAKESWEEP_", extra="forbid", frozen=True, populate_by_name=True
    )

    lake: str = Field(description="Lake root: a local folder or s3://bucket/prefix")
    retention_days: int = Field(30, ge=0, description="Default retention when an org has none")
    dry_run: bool = False
    now: dt.datetime | None = Field(
        None, description="Override the run's clock (UTC). For replays and tests only."
    )
    workers: int = Field(2, ge=1, description="Files processed at once on this machine")
    pseudonym_key: SecretStr | None = Field(None, description="HMAC key for sample_id/org_key")
    spacy_model: str = Field("en_core_web_sm", description="spaCy model name or path")
    max_text_chars: int = Field(
        1_000_000, ge=1, description="Rows with a longer prompt/output/document are not exported"
    )
    sanitizer_processes: int = Field(2, ge=1, description="Sanitizer worker processes")
    lease_seconds: int = Field(3600, ge=10, description="Expiry of the one-writer lease")
    lease_wait_seconds: int = Field(0, ge=0, description="How long to wait for a held lease")
    grace_hours: float = Field(
        24.0, ge=0, description="verify: how long a row past its deadline is pending, not due"
    )
    s3_endpoint_url: str | None = Field(None, description="Custom S3-compatible endpoint")
    dask_address: str | None = Field(None, description="tcp://scheduler:8786 of a Dask cluster")
    dask_workers: int | None = Field(None, ge=1, description="Start a local Dask cluster")
    fail_at: str | None = Field(None, description="Fault injection: crash at this step (tests)")

    @field_validator("now")
    @classmethod
    def _utc(cls, value: dt.datetime | None) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        toml_file = Path(os.environ.get(CONFIG_FILE_ENV, "lakesweep.toml"))
        return (
            init_settings,
            env_settings,
            TomlConfigSettingsSource(settings_cls, toml_file=toml_file),
        )


def build_settings(**flags: Any) -> Settings:
    """Build settings from CLI flags (None means "not given"), env and lakesweep.toml.

    Every command builds its settings here, so a ``LAKESWEEP_CONFIG`` that names no file is
    an error (:class:`SettingsError`) for all of them, not a silently ignored file."""
    config = os.environ.get(CONFIG_FILE_ENV)
    if config and not Path(config).is_file():
        raise SettingsError(f"{CONFIG_FILE_ENV} names {config}, which is not a file")
    given = {k: v for k, v in flags.items() if v is not None}
    try:
        return Settings(**given)
    except tomllib.TOMLDecodeError as exc:
        name = config or "lakesweep.toml"
        raise SettingsError(f"cannot read the settings: {name}: {exc}") from None
