"""House rules that keep the codebase honest: core/ is Streamlit-free, the README documents
every frame column, and the README's commands exist."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from core.frames.schema import COLUMNS

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("path", sorted((ROOT / "core").rglob("*.py")), ids=lambda p: str(p.relative_to(ROOT)))
def test_core_never_imports_streamlit(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module or ""]
        assert not any(n == "streamlit" or n.startswith("streamlit.") for n in names), f"{path} imports streamlit"


@pytest.mark.parametrize(("frame", "column"), [(f, c) for f, cols in COLUMNS.items() for c in cols])
def test_every_frame_column_is_documented(frame, column):
    section = README.split(f"### `{frame}`", 1)
    assert len(section) == 2, f"README has no section for frame {frame}"
    body = section[1].split("###", 1)[0]
    assert f"| `{column}` |" in body, f"README does not document {frame}.{column}"


@pytest.mark.parametrize("script", ["scripts/run", "scripts/test", "scripts/setup", ".ci/run"])
def test_readme_commands_exist(script):
    assert (ROOT / script).is_file()
    if script.startswith("scripts/r") or script == "scripts/test":
        assert re.search(rf"^{re.escape(script)}\b", README, re.M), f"README does not give {script}"


def _settings() -> set[str]:
    names = set()
    for path in [*ROOT.glob("*.py"), *(ROOT / "core").rglob("*.py"), *(ROOT / "ui").rglob("*.py")]:
        names |= set(re.findall(r"[\"'](ACCORD_[A-Z_]+)[\"']", path.read_text(encoding="utf-8")))
    return names


@pytest.mark.parametrize("name", sorted(_settings()))
def test_every_setting_is_documented(name):
    assert f"| `{name}` |" in README, f"README's Settings table does not document {name}"


def test_no_two_core_or_ui_modules_share_a_name():
    seen: dict[str, Path] = {}
    for path in sorted([*(ROOT / "core").rglob("*.py"), *(ROOT / "ui").rglob("*.py")]):
        if path.name in ("__init__.py", "__main__.py"):
            continue
        other = seen.setdefault(path.stem, path)
        assert other == path, f"{path.relative_to(ROOT)} and {other.relative_to(ROOT)} share a name"


def test_core_is_grouped_by_pipeline_stage():
    """Stages import only earlier stages. Aside: vocab (used by all), the entry points (cli, the
    package) and `frames/corpus.py`, whose load() runs every stage in turn."""
    order = ["ingest", "extract", "frames", "meetings", "track", "charts"]
    for path in (ROOT / "core").rglob("*.py"):
        stage = path.relative_to(ROOT / "core").parts[0]
        if stage not in order or path.relative_to(ROOT / "core") == Path("frames/corpus.py"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            module = node.module if isinstance(node, ast.ImportFrom) else None
            parts = (module or "").split(".")
            if len(parts) > 1 and parts[0] == "core" and parts[1] in order:
                assert order.index(parts[1]) <= order.index(stage) or stage == "charts", (
                    f"{path.relative_to(ROOT)} (stage {stage}) imports {module}, a later stage"
                )
