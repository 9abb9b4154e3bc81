"""People within one document: who is a person, and the fullest form of each name.

The gold convention (FORMAT.md): a person's actor is the fullest form of the
name used in the article, so "Baroud" after "Ramzy Baroud" is "Ramzy Baroud",
while "Biden" alone stays "Biden".
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from pipeline.actors.gazetteer import normalise

if TYPE_CHECKING:
    from pipeline.actors.linking import Mention

PERSON = "PERSON"


def name_words(text: str) -> tuple[str, ...]:
    """Comparable words of a name: "Bashar al-Assad" -> ("bashar", "al", "assad")."""
    return tuple(normalise(text).split())


def _contains(full: tuple[str, ...], part: tuple[str, ...]) -> bool:
    n = len(part)
    return 0 < n < len(full) and any(full[i : i + n] == part for i in range(len(full) - n + 1))


def _text(doc: Doc, m: Mention) -> str:
    return " ".join(doc[m.start : m.end].text.split())


def person_by_name_cues(doc: Doc, mentions: list[Mention], cues: list[str]) -> list[Mention]:
    """Relabel as PERSON the mentions that local evidence says are people.

    - a model entity that is part of a person's full name used in the document
      ("Baroud" tagged GPE, "Lavrov" tagged ORG, after "Ramzy Baroud", "Sergei Lavrov");
    - a gazetteer name that is the surname of such a person ("Washington" after
      "George Washington"), never a first name ("Israel" in "Israel Katz" stays Israel);
    - a model entity followed by ", who" ("Ghattas, who is a fellow..."), and
      every other model mention of the same name.
    """
    full_names = [name_words(_text(doc, m)) for m in mentions if m.label == PERSON]
    full_names = [w for w in full_names if len(w) > 1]
    by_cue: set[tuple[str, ...]] = set()
    for m in mentions:
        after = doc[m.end : m.end + 2]
        if m.form is None and m.label != PERSON and len(after) == 2 and after[0].text == "," and after[1].lower_ in cues:
            by_cue.add(name_words(_text(doc, m)))
    out = []
    for m in mentions:
        if m.label != PERSON:
            words = name_words(_text(doc, m))
            if m.form is None and (words in by_cue or any(_contains(f, words) for f in full_names)):
                m = replace(m, label=PERSON, actor="", source="person_name")
            elif m.form is not None and m.form.kind != "non_actor" and any(
                _contains(f, words) and f[-len(words) :] == words for f in full_names
            ):
                m = replace(m, label=PERSON, actor="", source="person_name", form=None)
        out.append(m)
    return out


def canonical_person_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Set every PERSON mention's actor to the fullest in-document form of its name.

    A mention maps to the longest PERSON name that contains its words in order
    ("Assad" -> "Bashar al Assad"); between two equally long ones the nearest
    earlier mention wins, then the nearest later one.
    """
    people = [(i, m, name_words(_text(doc, m))) for i, m in enumerate(mentions) if m.label == PERSON]
    out = list(mentions)
    for i, m, words in people:
        best: tuple[int, int, int] | None = None  # (-length, after?, distance) -> smallest wins
        best_text = _text(doc, m)
        for j, other, other_words in people:
            if j == i or not _contains(other_words, words):
                continue
            key = (-len(other_words), int(other.start > m.start), abs(other.start - m.start))
            if best is None or key < best:
                best, best_text = key, _text(doc, other)
        out[i] = replace(m, actor=best_text)
    return out
