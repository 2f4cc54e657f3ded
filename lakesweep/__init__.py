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

__version__ = "0.1.0"
