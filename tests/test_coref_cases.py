"""Coreference accuracy on annotated cases (tests/cases/coref_cases.jsonl), with the real model (slow).

Each case is a short text written by the team and, for some of its pronouns
and descriptions, the actor it refers to (null: must stay unresolved, e.g. a
pleonastic "it"). A mention is named by its text and occurrence number.
Accuracy = expected mentions resolved exactly as annotated / all expected.
"""

from __future__ import annotations

import json
import re

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.slow

CASES = REPO / "tests" / "cases" / "coref_cases.jsonl"
#: measured 0.98 (55/56) when the cases were written, 0.98 (61/62) in round three; raise it as the resolver improves
ACCURACY_FLOOR = 0.95


def load_cases() -> list[dict]:
    return [json.loads(line) for line in CASES.read_text(encoding="utf8").splitlines() if line.strip()]


def resolution(doc, start: int, end: int) -> str | None:
    """The actor of the coref mention whose head word is the text at [start, end), or None."""
    word = doc.char_span(start, end)
    for mention in doc.spans["coref"]:
        if word is not None and mention.end - 1 == word.root.i:
            return mention.kb_id_
    return None


def test_coref_cases_are_well_formed():
    for case in load_cases():
        for exp in case["expect"]:
            found = re.findall(rf"\b{re.escape(exp['mention'])}\b", case["text"])
            assert len(found) >= exp["nth"], f"{case['id']}: no occurrence {exp['nth']} of {exp['mention']!r}"


def test_coref_cases_accuracy_holds_its_floor(nlp):
    misses, total = [], 0
    for case in load_cases():
        doc = nlp(case["text"])
        for exp in case["expect"]:
            match = list(re.finditer(rf"\b{re.escape(exp['mention'])}\b", case["text"]))[exp["nth"] - 1]
            got = resolution(doc, match.start(), match.end())
            total += 1
            if got != exp["actor"]:
                misses.append(f"{case['id']}: {exp['mention']!r} -> {got!r}, annotated {exp['actor']!r}")
    accuracy = 1 - len(misses) / total
    assert accuracy >= ACCURACY_FLOOR, f"coreference accuracy {accuracy:.3f} < {ACCURACY_FLOOR}:\n" + "\n".join(misses)
