"""Packages whose names load on first use (PEP 562), so a light command does not pay for a
heavy sibling module: `scrutiny search` needs `pipeline.store.connect`, not pandas.

    __getattr__ = lazy_exports(__name__, {"connect": "schema", "export_store": "export"})
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from typing import Any


def lazy_exports(package: str, homes: Mapping[str, str]) -> Callable[[str], Any]:
    """A module `__getattr__` for `package` that imports `package.<homes[name]>` when `name`
    is first asked for (and keeps it, so the next access is a plain attribute)."""

    def __getattr__(name: str) -> Any:
        if name not in homes:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{homes[name]}"), name)
        setattr(sys.modules[package], name, value)
        return value

    return __getattr__
