"""Everything in the repository is written by the team: no file repeats a sentence of the shared real news.

Rules are learnt from the shared real-news passages and seed articles as constructions; examples in code,
comments, docs, tests and our own sample articles are invented. This test looks for runs of ``RUN`` words
(lowercased, punctuation dropped) that a repository file shares with those texts. The Wikinews gold folders
are exempt: they quote CC BY 2.5 Wikinews evidence sentences with attribution (their READMEs). A run that lies
inside one actor name or alias of the gazetteer ("National Union for the Total Independence of Angola") is a name,
a fact, not a sentence: it is exempt wherever it is written, and a line is checked in the pieces between the
gazetteer's names of three words or more, so a run through a long name and its neighbour (its alias in another
language, its acronym) is a name's too.

Real-news sets kept outside the repository (blind work and closed sets) are checked the same way when
``NEWS_PROVENANCE_EXTRA`` names them (JSONL files with a ``text`` field, separated by ``os.pathsep``).
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import yaml

from tests.conftest import REAL_DEV, REPO, SEEDS_DIR, require_shared

RUN = 8
SUFFIXES = {".py", ".md", ".yaml", ".yml", ".json", ".jsonl", ".txt", ".tsv", ".cfg", ".toml"}
SKIP_DIRS = {".git", ".venv", "build", "models", "node_modules", "__pycache__", ".pytest_cache", ".ruff_cache"}
EXEMPT = ("data/gold/wikinews", "data/processed")  # attributed Wikinews quotations; extraction output


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def _runs(text: str) -> set[tuple[str, ...]]:
    w = _words(text)
    return {tuple(w[i:i + RUN]) for i in range(len(w) - RUN + 1)}


def _names() -> list[str]:
    """Every actor name and alias of the gazetteer (configs/actors.yaml and its parts)."""
    names: list[str] = []

    def walk(node) -> None:
        if isinstance(node, dict):
            names.extend(v for v in [node.get("name"), *(node.get("aliases") or [])] if isinstance(v, str))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for path in [REPO / "configs" / "actors.yaml", *sorted((REPO / "configs" / "actors").rglob("*.yaml"))]:
        walk(yaml.safe_load(path.read_text(encoding="utf-8")))
    return names


def _parse_tables(text: str):
    """The sentences of hand-built parse tables (a triple-quoted block whose lines all hold a word and its parse):
    (first line number, the words joined)."""
    for block in re.finditer(r'"""(.*?)"""', text, re.S):
        rows = [line.split() for line in block.group(1).splitlines() if line.strip()]
        if len(rows) >= 4 and all(len(row) >= 3 for row in rows):
            yield text.count("\n", 0, block.start()) + 1, " ".join(row[0].split("/")[0] for row in rows)


def _repo_files():
    for path in sorted(REPO.rglob("*")):
        rel = path.relative_to(REPO).as_posix()
        if any(part in SKIP_DIRS for part in path.relative_to(REPO).parts) or rel.startswith(EXEMPT):
            continue
        if path.is_file() and (path.suffix in SUFFIXES or path.name == "Makefile"):
            yield rel, path


def test_provenance_words_runs_found_in_text():
    """The scanner itself: a shared run is found across punctuation and case, a changed word breaks it."""
    assert _runs("Alpha, beta: gamma delta epsilon zeta eta theta.") == _runs("alpha beta gamma delta epsilon zeta eta theta")
    assert not _runs("alpha beta gamma delta epsilon zeta eta") & _runs("alpha beta gamma delta epsilon zeta eta theta")
    table = 'x = """\n  Alpha/a NNP nsubj 1\n  beta VBZ ROOT 1\n  gamma NN dobj 1\n  . . punct 1\n"""'
    assert list(_parse_tables(table)) == [(1, "Alpha beta gamma .")]


def test_provenance_actor_names_are_facts():
    """A long official name's runs are a name's; a sentence around a short name has runs of its own."""
    name_runs = set().union(*map(_runs, _names()))
    assert _runs("National Union for the Total Independence of Angola") <= name_runs
    sentence = _runs("Iran said on Monday that it armed the group")
    assert sentence and not sentence & name_runs


def test_provenance_no_file_repeats_shared_real_news():
    shared: dict[tuple[str, ...], str] = {}
    for line in require_shared(REAL_DEV).read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        shared.update(dict.fromkeys(_runs(record["text"]), record["id"]))
    for seed in sorted(require_shared(SEEDS_DIR).glob("*.txt")):
        shared.update(dict.fromkeys(_runs(seed.read_text(encoding="utf-8")), seed.name))
    for extra in filter(None, os.environ.get("NEWS_PROVENANCE_EXTRA", "").split(os.pathsep)):
        for line in Path(extra).read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                shared.update(dict.fromkeys(_runs(record["text"]), f"{Path(extra).name}:{record.get('id')}"))
    names = _names()
    for run in set().union(*map(_runs, names)):
        shared.pop(run, None)
    long_names = sorted((n for n in names if len(_words(n)) >= 3), key=len, reverse=True)
    between_names = re.compile(r"\b(?:" + "|".join(map(re.escape, long_names)) + r")\b", re.I)
    found = []
    for rel, path in _repo_files():
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except UnicodeDecodeError:
            continue
        units = list(enumerate(lines, 1)) + (list(_parse_tables("\n".join(lines))) if rel.endswith(".py") else [])
        for number, line in units:
            hit = next((shared[r] for part in between_names.split(line) for r in _runs(part) if r in shared), None)
            if hit:
                found.append(f"{rel}:{number} repeats {hit}: {line.strip()[:120]}")
    assert not found, (
        f"{len(found)} line(s) repeat {RUN} or more words of a shared real-news text; write an invented example "
        "of the construction instead:\n" + "\n".join(found)
    )
