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
    username yourname your_username your-username youruser name myuser myname backup backups
    readonly read_only readwrite reader writer replica replicator replication shop store web api
    bot monitor monitoring nagios zabbix prometheus grafana metabase airflow etl report reports
    reporting analytics support ops sysadmin dba sa operator system daemon nobody ftp ftpuser
    mail postfix tomcat hadoop spark kafka elastic kibana webadmin superuser master owner prod
    staging qa uat""".split()  # noqa: SIM905
)
# a bot's or a service's login by its affix (qa-bot, svc_billing, grafana_ro, etl-rw)
_SERVICE_AFFIX = re.compile(
    r"(?i)^(?:svc|sa|srv|app|bot|demo|test)[._-]|[._-]bot$|[._-](?:ro|rw|svc|sa|admin|demo|test)$"
)  # ("demo-admin", "test_user", "ops-admin")


def login_user(value: str) -> bool:
    """A login that may name a person: not a role, service or cloud-image account, not a
    placeholder (<user>, $USER, %USERNAME%, {user})."""
    value = value.strip()
    if len(value) < 2 or any(c in value for c in "<>$%{}*"):
        return False
    return value.lower() not in SERVICE_LOGINS and _SERVICE_AFFIX.search(value) is None


def login_parts(value: str) -> list[str]:
    """The lowercase words of a login, split at dots, underscores, hyphens and digits
    ("ana.lima92" -> ["ana", "lima"], "x-access-token" -> ["x", "access", "token"])."""
    return [p for p in re.split(r"[._\d-]+", value.lower()) if p]
