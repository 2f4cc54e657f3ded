"""The interactive prompt of `lakesweep sql`: statements end with ';', dot-commands do not.

Reading lines and splitting them into statements lives here; running and printing them is the
CLI's job (it passes ``run`` and ``echo``), so this module stays free of output code.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator

from lakesweep import queries
from lakesweep.analyst.names import VIEW_NAMES, VIEWS_FILE

PROMPT = "lakesweep> "
CONTINUE = "      ...> "
HELP = (
    "End each SQL statement with ';'. Views: "
    + ", ".join(VIEW_NAMES)
    + ".\n.views  list the views and their columns\n.help   this text\n.quit   leave (or Ctrl-D)"
)
_QUIT = {".quit", ".exit", ".q", "\\q", "quit", "exit"}


def statements(read_line: Callable[[str], str], interactive: bool) -> Iterator[str]:
    """Yield each complete statement (or dot-command) read through ``read_line``.

    Ctrl-C drops the statement being typed; end of input ends the loop, running what is left.
    """
    buffer: list[str] = []
    while True:
        prompt = (CONTINUE if buffer else PROMPT) if interactive else ""
        try:
            line = read_line(prompt)
        except EOFError:
            break
        except KeyboardInterrupt:
            buffer.clear()
            continue
        stripped = line.strip()
        if not buffer and (stripped.startswith(".") or stripped.lower() in _QUIT):
            yield stripped
            continue
        if not buffer and not stripped:
            continue
        buffer.append(line)
        if stripped.endswith(";"):
            yield "\n".join(buffer)
            buffer.clear()
    if any(part.strip() for part in buffer):
        yield "\n".join(buffer)


def run_shell(
    run: Callable[[str, dict | None], bool],
    echo: Callable[[str], None],
    read_line: Callable[[str], str] = input,
    interactive: bool | None = None,
) -> None:
    """Read statements until ``.quit`` or end of input; ``run(sql, params)`` shows one result.

    ``run`` returns False when the statement failed; the prompt carries on either way.
    """
    if interactive is None:
        interactive = sys.stdin.isatty()
    if interactive:
        with contextlib.suppress(ImportError):  # line editing and history for input()
            import readline  # noqa: F401
        echo(f"lakesweep SQL prompt (DuckDB). {HELP}")
    for statement in statements(read_line, interactive):
        command = statement.lower()
        if command in _QUIT:
            break
        if command == ".help":
            echo(HELP)
        elif command in {".views", ".tables"}:
            run(queries.query(VIEWS_FILE, "describe_views"), {"names": list(VIEW_NAMES)})
        elif command.startswith("."):
            echo(f"unknown command {statement}; try .help")
        else:
            run(statement, None)
