"""A small predictions folder for the report tests, written by hand, with hostile content.

(Also ``require``: skip a test whose tool is missing, except under CI.)

Every payload sets ``window.__pwned`` if it ever runs, so a browser test can
assert that it stays unset. Offsets are computed from the texts, so they are
right by construction.
"""

from __future__ import annotations

import os
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.report.vendor import VendorError, scripts
from pipeline.tables import TABLES, to_table

XSS_SCRIPT = '<script>window.__pwned = "script"</script>'
XSS_IMG = "<img src=x onerror=\"window.__pwned = 'img'\">"
EVIL_ACTOR = 'Evil <b onmouseover="window.__pwned = 1">Front</b> $\\alpha$'
EVIL_URL = "javascript:window.__pwned = 'url'"


def _span(text: str, needle: str, after: int = 0) -> tuple[int, int]:
    start = text.index(needle, after)
    return start, start + len(needle)


def _doc(doc_id: str, text: str, date: str | None, title: str | None, url: str | None = None, **extra) -> dict:
    return {"doc_id": doc_id, "status": "ok", "error": None, "failed_stage": None, "warnings": [], "date": date,
            "title": title, "url": url, "source": "fixture", "n_chars": len(text), "n_words": len(text.split()),
            "content_hash": "0", "text": text, **extra}


def _entity(doc_id: str, text: str, needle: str, label: str, actor: str | None, after: int = 0) -> dict:
    start, end = _span(text, needle, after)
    return {"doc_id": doc_id, "start": start, "end": end, "text": needle, "label": label, "actor": actor,
            "actor_qid": None, "actor_type": None, "sent_index": 0, "source": "fixture"}


CODES = {"funds": ("070", "AID"), "trains": ("072", "AID"), "backs": ("050", "SUPPORT"), "denies": ("016", None)}


def _relation(doc_id: str, text: str, sentence: str, subject: tuple[str, str], relation: str, obj: tuple[str, str],
              modality: str, attributed_to: str | None = None) -> dict:
    """``subject``/``obj`` are (canonical actor, mention text inside the sentence)."""
    ev_start, ev_end = _span(text, sentence)
    s_start, s_end = _span(text, subject[1], ev_start)
    o_start, o_end = _span(text, obj[1], ev_start)
    return {"doc_id": doc_id, "subject": subject[0], "relation": relation, "object": obj[0], "modality": modality,
            "attributed_to": attributed_to, "evidence": sentence, "evidence_start": ev_start, "evidence_end": ev_end,
            "subject_text": subject[1], "subject_start": s_start, "subject_end": s_end,
            "object_text": obj[1], "object_start": o_start, "object_end": o_end,
            "cue": relation, "rule": f"{relation}.fixture", "rules_version": "relation_rules.test",
            **dict(zip(("cameo_code", "plover_code"), CODES[relation] if modality != "negated" else (None, None)))}


def _quote(doc_id: str, text: str, quote: str, speaker: str, speaker_text: str, role: str | None, kind: str = "direct") -> dict:
    start, end = _span(text, quote)
    s_start, s_end = _span(text, speaker_text)
    return {"doc_id": doc_id, "quote": quote, "start": start, "end": end, "kind": kind, "speaker": speaker,
            "speaker_text": speaker_text, "speaker_start": s_start, "speaker_end": s_end, "cue": "said", "role": role,
            "audience": None, "rule": "quote.fixture", "rules_version": "quote_rules.test"}


def fixture_rows() -> dict[str, list[dict]]:
    t1 = ("Iran funds Hezbollah with cash, officials said. " + XSS_SCRIPT + " Russia trains Hezbollah fighters "
          "near the border, according to Reuters.\n\n\"We back Hezbollah fully,\" said Ali Vaezi, a spokesman.")
    t2 = (f"The {EVIL_ACTOR} denied any links with Iran. Iran did not fund the {EVIL_ACTOR}, analysts wrote. "
          f"Its leader said \"{XSS_IMG} is only a picture\".")
    t3 = "Hamas thanked Qatar for its backing, observers believe."
    documents = [
        _doc("d1", t1, "2024-01-10", "Tehran sends money " + XSS_IMG, EVIL_URL),
        _doc("d2", t2, "2024-03-02", "Front denies ties", "https://example.org/front"),
        _doc("d3", t3, None, "Quiet week"),
        {**_doc("d4-broken", "", None, None), "status": "failed", "failed_stage": "read",
         "error": "could not decode " + XSS_SCRIPT, "n_chars": 0, "n_words": 0, "text": None},
    ]
    entities = [
        _entity("d1", t1, "Iran", "GPE", "Iran"),
        _entity("d1", t1, "Hezbollah", "ORG", "Hezbollah"),
        _entity("d1", t1, "Russia", "GPE", "Russia"),
        _entity("d1", t1, "Hezbollah", "ORG", "Hezbollah", after=t1.index("Russia")),
        _entity("d1", t1, "Reuters", "ORG", "Reuters"),
        _entity("d1", t1, "Hezbollah", "ORG", "Hezbollah", after=t1.index("We back")),
        _entity("d1", t1, "Ali Vaezi", "PERSON", "Ali Vaezi"),
        _entity("d2", t2, EVIL_ACTOR, "ORG", EVIL_ACTOR),
        _entity("d2", t2, "Iran", "GPE", "Iran"),
        _entity("d2", t2, "Iran", "GPE", "Iran", after=t2.index("Iran did")),
        _entity("d2", t2, EVIL_ACTOR, "ORG", EVIL_ACTOR, after=t2.index("did not fund")),
        _entity("d3", t3, "Hamas", "ORG", "Hamas"),
        _entity("d3", t3, "Qatar", "GPE", "Qatar"),
    ]
    relations = [
        _relation("d1", t1, "Iran funds Hezbollah with cash, officials said.", ("Iran", "Iran"), "funds",
                  ("Hezbollah", "Hezbollah"), "reported", "officials"),
        _relation("d1", t1, "Russia trains Hezbollah fighters near the border, according to Reuters.",
                  ("Russia", "Russia"), "trains", ("Hezbollah", "Hezbollah"), "reported", "Reuters"),
        _relation("d2", t2, f"The {EVIL_ACTOR} denied any links with Iran.", (EVIL_ACTOR, EVIL_ACTOR), "denies",
                  ("Iran", "Iran"), "asserted"),
        _relation("d2", t2, f"Iran did not fund the {EVIL_ACTOR}, analysts wrote.", ("Iran", "Iran"), "funds",
                  (EVIL_ACTOR, EVIL_ACTOR), "negated", "analysts"),
        _relation("d3", t3, t3, ("Qatar", "Qatar"), "backs", ("Hamas", "Hamas"), "alleged"),
    ]
    quotes = [
        _quote("d1", t1, "We back Hezbollah fully,", "Ali Vaezi", "Ali Vaezi", "spokesman"),
        _quote("d2", t2, f"{XSS_IMG} is only a picture", EVIL_ACTOR, "Its leader", "leader " + XSS_SCRIPT),
    ]
    return {"documents": documents, "entities": entities, "relations": relations, "quotes": quotes}


def write_fixture(folder: Path) -> Path:
    """The fixture as a predictions folder (one part file per table, like 'extract' writes)."""
    for name, rows in fixture_rows().items():
        (folder / f"{name}.parquet").mkdir(parents=True)
        pq.write_table(to_table(name, rows), folder / f"{name}.parquet" / "part-000000.parquet")
    assert set(fixture_rows()) == set(TABLES)
    return folder


def require(what: str, found: object) -> None:
    """Skip when an optional tool is missing on a user's machine; fail under CI=true, where it must run."""
    if found:
        return
    message = f"{what} is absent: run `make test` (it installs requirements/lock.txt) and .ci/install-browser.sh"
    if os.environ.get("CI") == "true":
        pytest.fail(f"{message}; CI must run this test, not skip it")
    pytest.skip(message)


def vendored() -> bool:
    """Whether build/vendor holds the graph library, so reports carry the interactive network: ours, the vendored
    packages, the network's code and its JSON data are then the page's scripts (else ours alone)."""
    try:
        scripts()
    except VendorError:
        return False
    return True
