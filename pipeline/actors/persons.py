"""People within one document: who is a person, and the fullest form of each name.

The gold convention (FORMAT.md): a person's actor is the fullest form of the
name used in the article, so "Baroud" after "Ramzy Baroud" is "Ramzy Baroud",
while "Biden" alone stays "Biden".
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from pipeline.actors.gazetteer import Gazetteer, LinkingRules, normalise

if TYPE_CHECKING:
    from pipeline.actors.linking import Mention

PERSON = "PERSON"
PERSON_TYPE = "person"
#: gazetteer form kinds that may turn out to be a person's surname ("Amman", "Jordan")
RELABELLED_KINDS = ("name", "alias", "seat")


def name_words(text: str) -> tuple[str, ...]:
    """Comparable words of a name: "Bashar al-Assad" -> ("bashar", "al", "assad")."""
    return tuple(normalise(text).split())


def _contains(full: tuple[str, ...], part: tuple[str, ...]) -> bool:
    n = len(part)
    return 0 < n < len(full) and any(full[i : i + n] == part for i in range(len(full) - n + 1))


def _text(doc: Doc, m: Mention) -> str:
    return " ".join(doc[m.start : m.end].text.split())


def person_by_name_cues(doc: Doc, mentions: list[Mention], rules: LinkingRules) -> list[Mention]:
    """Relabel as PERSON the mentions that evidence in the document says are people.

    - a name that is the surname of a person named in full in the document
      ("Baroud" tagged GPE after "Ramzy Baroud", "Amman" after "Sudesh Amman"),
      when at least ``rules.min_person_share`` of the name's mentions are
      PERSON ones; a first name never counts ("Israel" in "Israel Katz");
    - an unknown name followed by ", who" ("Ghattas, who is a fellow..."),
      and every other mention of it.
    Demonyms, acronyms and non-actor names are never relabelled.
    """
    words_of = [name_words(_text(doc, m)) for m in mentions]
    full_names = [w for m, w in zip(mentions, words_of) if m.label == PERSON and len(w) > 1]
    by_cue: set[tuple[str, ...]] = set()
    for m, words in zip(mentions, words_of):
        after = doc[m.end : m.end + 2]
        if m.form is None and m.label != PERSON and len(after) == 2 and after[0].text == "," and after[1].lower_ in rules.person_cues:
            by_cue.add(words)
    out = []
    for m, words in zip(mentions, words_of):
        if m.label != PERSON and (m.form is None or m.form.kind in RELABELLED_KINDS):
            as_person = sum(1 for f in full_names if f[-len(words) :] == words)
            others = sum(1 for o, w in zip(mentions, words_of) if w == words and o.label != PERSON)
            surname = as_person > 0 and as_person >= rules.min_person_share * (as_person + others)
            if surname or (m.form is None and words in by_cue):
                m = replace(m, label=PERSON, actor="", source="person_name", form=None)
        out.append(m)
    return out


def canonical_person_names(doc: Doc, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Set every PERSON mention's actor to the fullest in-document form of its name.

    A mention maps to the longest PERSON name that contains its words in order
    ("Assad" -> "Bashar al Assad"); between two equally long ones the nearest
    earlier mention wins, then the nearest later one. A name the gazetteer
    knows ("Trump") only maps to full names of the same person ("Donald
    Trump", not "Mary Trump"); with none in the document it stays as written.
    """
    people = [(i, m, name_words(_text(doc, m))) for i, m in enumerate(mentions) if m.label == PERSON]
    known = {i: gazetteer.entry(_text(doc, m)) for i, m, _ in people}
    out = list(mentions)
    for i, m, words in people:
        best: tuple[int, int, int] | None = None  # (-length, later?, distance): smallest wins
        best_text = _text(doc, m)
        for j, other, other_words in people:
            if j == i or not _contains(other_words, words):
                continue
            if known[i] is not None and known[i].type == PERSON_TYPE and known[j] is not known[i]:
                continue
            key = (-len(other_words), int(other.start > m.start), abs(other.start - m.start))
            if best is None or key < best:
                best, best_text = key, _text(doc, other)
        out[i] = replace(m, actor=best_text)
    return out
