"""The one-way dependency rule: handlers -> bot, store; store -> bot; bot -> nothing of ours, no I/O libraries."""
import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
IO_LIBRARIES = {"slack_bolt", "slack_sdk", "sqlite_utils", "sqlite3", "apscheduler", "aiohttp", "websockets",
                "requests", "urllib", "http", "socket", "docx", "openpyxl"}


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


def modules(package: str):
    return sorted((ROOT / package).rglob("*.py"))


@pytest.mark.parametrize("path", modules("bot"), ids=lambda p: str(p.relative_to(ROOT)))
def test_bot_is_pure(path):
    bad = imports_of(path) & (IO_LIBRARIES | {"store", "handlers", "app"})
    assert not bad, f"{path.name} imports {bad}"


@pytest.mark.parametrize("path", modules("store"), ids=lambda p: str(p.relative_to(ROOT)))
def test_store_does_not_reach_up(path):
    bad = imports_of(path) & {"handlers", "app", "slack_bolt", "slack_sdk"}
    assert not bad, f"{path.name} imports {bad}"


@pytest.mark.parametrize("path", modules("bot") + modules("store") + modules("handlers"),
                         ids=lambda p: str(p.relative_to(ROOT)))
def test_every_module_opens_with_a_docstring(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    assert ast.get_docstring(tree), f"{path} has no module docstring"
