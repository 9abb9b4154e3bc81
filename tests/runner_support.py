"""Helpers for the runner, store, crash, Dask and fuzz tests: a tiny corpus and table comparison.

The articles are written for these tests (short, news-like, with quotes, odd
layout and one that cannot be read), so the real model parses them in well
under a second.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd

from pipeline.tables import TABLES

ARTICLES: list[dict[str, str]] = [
    {"id": "a1", "date": "2024-02-01", "title": "Talks in Geneva",
     "text": "Iran and Russia held talks in Geneva on Monday. \"We agreed on nothing,\" said Sergei Lavrov, "
             "the Russian foreign minister.\n\nThe United Nations welcomed the meeting."},
    {"id": "a2", "title": "Aid pledge",
     "text": "The European Union pledged new aid to Lebanon. Officials in Brussels said the money would "
             "reach hospitals in Beirut by March."},
    {"id": "a3",
     "text": "Hezbollah denied that it had received weapons from Tehran.\n\n\n\nA spokesman called the "
             "report \"a fabrication\"."},
    {"id": "a4", "date": "2024-03-12",
     "text": "Ukrainian forces shelled positions near Donetsk, the Ministry of Defence in Kyiv said. "
             "NATO ministers will meet in Brussels next week."},
    {"id": "a5",
     "text": "Qatar mediated between Hamas and Israel. According to Egyptian officials, talks in Cairo "
             "continued late into the night. 'It is a slow process,' one diplomat said."},
    {"id": "a6", "title": "Sanctions",
     "text": "The United States imposed sanctions on three companies in Dubai accused of helping Iran "
             "buy drone parts. The Treasury said the firms had used front companies in Hong Kong."},
    {"id": "a7", "text": "   "},  # fails: whitespace only
    {"id": "a8",
     "text": "Syrian state media reported air strikes near Damascus. No group claimed responsibility.\n"
             "Latest Posts\nHezbollah leader speaks in Beirut"},
]


def write_jsonl(path: Path, articles: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf8")
    return path


def read_tables(folder: Path) -> dict[str, pd.DataFrame]:
    """Every table of an output folder, rows in a canonical order."""
    out = {}
    for name in TABLES:
        df = pd.read_parquet(folder / f"{name}.parquet")
        key = df.astype(str)
        out[name] = df.loc[key.sort_values(list(key.columns)).index].reset_index(drop=True)
    return out


def assert_same_tables(got: Path, expected: Path) -> None:
    a, b = read_tables(got), read_tables(expected)
    for name in TABLES:
        pd.testing.assert_frame_equal(a[name], b[name], obj=f"table {name}")


def leftovers(folder: Path) -> list[Path]:
    """Files a reader must never see: temporary files of an interrupted write."""
    return [p for p in folder.rglob(".*") if p.is_file() and p.name != ".lock"]


def bump_rule_version(rule_dir: Path) -> str:
    """Change the rule-set version in a copied rule folder (a rule change that alters no rule)."""
    for path in sorted(rule_dir.glob("*.yaml")):
        text = path.read_text(encoding="utf8")
        new, n = re.subn(r"(?m)^version:\s*(\S+)\s*$", r"version: \1-changed", text, count=1)
        if n:
            path.write_text(new, encoding="utf8")
            return path.name
    raise AssertionError(f"no top-level 'version:' line in {rule_dir}/*.yaml")
