"""Logins that may name a person, and the role and service logins that do not."""

from __future__ import annotations

import re

# logins that name a role or a machine image, not a person (CI runners, cloud images, services)
SERVICE_LOGINS = frozenset(
    """root admin administrator user users default public shared guest all runner runneradmin
    ubuntu debian centos fedora alpine ec2-user azureuser opc pi vagrant docker node app appuser
    www-data www nginx apache git gitlab-runner jenkins circleci travis buildkite-agent vsts
    vssadministrator build builder ci dev developer test tester deploy deployer service svc
    postgres mysql redis ansible vscode codespace jovyan coder gitpod cloudshell me you
    username yourname your_username your-username youruser name myuser myname""".split()  # noqa: SIM905
)


def login_user(value: str) -> bool:
    """A login that may name a person: not a role, service or cloud-image account, not a
    placeholder (<user>, $USER, %USERNAME%, {user})."""
    value = value.strip()
    if len(value) < 2 or any(c in value for c in "<>$%{}*"):
        return False
    return value.lower() not in SERVICE_LOGINS


def login_parts(value: str) -> list[str]:
    """The lowercase words of a login, split at dots, underscores, hyphens and digits
    ("ana.lima92" -> ["ana", "lima"], "x-access-token" -> ["x", "access", "token"])."""
    return [p for p in re.split(r"[._\d-]+", value.lower()) if p]
