"""The example rows in docs/analysts.md are what a real run writes for docs/examples/example-001.txt (slow).

After a change that alters them (a rule-set version, a column), regenerate the
blocks with ``UPDATE_DOCS=1 pytest tests/test_docs_examples.py`` and review the
diff of docs/analysts.md.
"""

from __future__ import annotations

import json
import os
import re

import pytest

from pipeline import load_tables
from pipeline.cli import EXIT_OK, main
from tests.conftest import REPO

pytestmark = pytest.mark.slow

DOC = REPO / "docs" / "analysts.md"
EXAMPLE = REPO / "docs" / "examples" / "example-001.txt"
WIDTH = 110


def _block(table: str) -> re.Pattern[str]:
    """The ```json block under the '### `table`' heading."""
    return re.compile(rf"(### `{table}`:.*?```json\n)(.*?)(```)", re.S)


def _example_rows(tables) -> dict[str, dict]:
    """One row per table: the document, the 'Tehran' mention, the funding relation, the direct quote."""
    entities, relations = tables["entities"], tables["relations"]
    picks = {
        "documents": tables["documents"],
        "entities": entities[entities.text == "Tehran"],
        "relations": relations[relations.relation == "funds"],
        "quotes": tables["quotes"].query("kind == 'direct'"),
    }
    return {name: json.loads(rows.head(1).to_json(orient="records", force_ascii=False))[0] for name, rows in picks.items()}


def _format(row: dict) -> str:
    """A row as JSON, wrapped between fields at WIDTH characters (continuation lines indented by one space)."""
    lines, line = [], "{"
    for i, (key, value) in enumerate(row.items()):
        field = f"{json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}" + ("," if i + 1 < len(row) else "}")
        if line not in ("{", " ") and len(line) + 1 + len(field) > WIDTH:
            lines.append(line)
            line = " "
        line += field if line in ("{", " ") else " " + field
    return "\n".join([*lines, line]) + "\n"


def test_docs_examples_text_block_is_the_example_file():
    text = re.search(r"```text\n(.*?)```", DOC.read_text(encoding="utf8"), re.S).group(1)
    assert text == EXAMPLE.read_text(encoding="utf8")


def test_docs_examples_rows_match_a_real_run(tmp_path, monkeypatch):
    monkeypatch.chdir(REPO)  # so the row's source reads docs/examples/example-001.txt
    out = tmp_path / "out"
    assert main(["extract", "-i", str(EXAMPLE.parent.relative_to(REPO)), "-o", str(out), "--no-progress"]) == EXIT_OK
    rows = _example_rows(load_tables(out))
    doc = DOC.read_text(encoding="utf8")
    expected = doc
    for table, row in rows.items():
        expected = _block(table).sub(lambda m, row=row: m.group(1) + _format(row) + m.group(3), expected, count=1)
    if os.environ.get("UPDATE_DOCS"):
        DOC.write_text(expected, encoding="utf8")
    assert doc == expected, "docs/analysts.md example rows differ from a real run: UPDATE_DOCS=1 pytest " + __file__
