"""lakesweep: keeps a lake of logged LLM API requests inside its data usage promises."""

import os

# Nothing may download or phone home at run time. These must be set before Prefect,
# tldextract (via presidio) or huggingface libraries are imported, so they live here.
for _name, _value in {
    "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": "",
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "HF_HUB_OFFLINE": "1",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    "TRANSFORMERS_OFFLINE": "1",
    "TRANSFORMERS_VERBOSITY": "error",
}.items():
    os.environ.setdefault(_name, _value)


def _child_ignores_ctrl_c() -> None:
    """A Ctrl-C reaches the whole process group. In a child process (the sanitizer's worker
    processes, a local Dask cluster's) it is ignored from the first import on: the parent
    decides what it stops (lakesweep.interrupt), and no child prints a traceback for it."""
    import sys

    mp = sys.modules.get("multiprocessing")  # a spawned child imported it before us
    if mp is None or mp.current_process().name == "MainProcess":
        return
    import signal
    import threading

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)


_child_ignores_ctrl_c()

__version__ = "0.1.0"
