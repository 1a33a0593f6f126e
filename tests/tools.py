"""System tools some tests need (Chromium, LibreOffice): skipped with a reason when absent, a failure under CI=true."""
from __future__ import annotations

import os
import shutil

import pytest


def need_tool(*names: str, packages: str = "chromium chromium-driver") -> list[str]:
    """The paths of these programs; skip the test when one is missing (fail instead when CI=true)."""
    paths = [shutil.which(n) for n in names]
    missing = [n for n, p in zip(names, paths) if not p]
    if missing:
        message = f"needs {', '.join(missing)} (Debian: apt-get install {packages})"
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true and the test {message}")
        pytest.skip(message)
    return paths
