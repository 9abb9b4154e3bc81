"""news_layout: page furniture, the date header and paragraph sentence breaks.

Runs before the parser. It finds character ranges that are not article text
(the ``date`` header, tracking banners, trailing navigation lists), stores them
as ``doc.spans["boilerplate"]`` and makes every range boundary and every line
break a sentence start, so the parser never glues a headline or a caption to
the next sentence (not a single break before a lowercase word: a hard-wrapped
line goes on). ``boilerplate_filter`` (after the NER) removes entities the
statistical model still finds inside those ranges.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator
from spacy.attrs import IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.components.base import RuleSetComponent
from pipeline.ruledata import RuleDataError, read_yaml
from pipeline.docs import BOILERPLATE, Words, boilerplate_ranges


class _BoilerplateRule(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    pattern: str
    to_end: bool = False
    min_position: float = 0.0

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, v: str) -> str:
        try:
            re.compile(v, re.MULTILINE)
        except re.error as exc:
            raise ValueError(f"not a valid regular expression: {exc}") from exc
        return v


class _LayoutRules(BaseModel):
    model_config = ConfigDict(extra="forbid")
    version: str
    header: str
    boilerplate: list[_BoilerplateRule]
    break_sentences_at_newlines: bool = True
    join_wrapped_lines: bool = True


def find_header(text: str, header_pattern: str) -> re.Match[str] | None:
    return re.match(header_pattern, text)


def find_boilerplate(text: str, rules: list[dict[str, Any]], header_pattern: str) -> list[tuple[int, int, str]]:
    """(start, end, rule id) of every non-article range in ``text``."""
    found: list[tuple[int, int, str]] = []
    header = find_header(text, header_pattern)
    if header and header.end() > header.start():
        found.append((header.start(), header.end(), "header"))
    for rule in rules:
        for m in re.finditer(rule["pattern"], text, re.MULTILINE):
            if m.start() < rule.get("min_position", 0.0) * len(text):
                continue
            end = len(text) if rule.get("to_end") else m.end()
            if end > m.start():
                found.append((m.start(), end, rule["id"]))
            if rule.get("to_end"):
                break
    return sorted(found)


def wrapped_line(space: str, after: str) -> bool:
    """A single line break before a lowercase word: a hard-wrapped line, not a new sentence ("sent arms to the\\n
    militia"); a blank line or a capital after the break still starts one."""
    return space.count("\n") == 1 and after[:1].islower()


class NewsLayout(RuleSetComponent):
    data_file = "layout.json"

    def load_data(self, path: Path) -> dict[str, Any]:
        try:
            rules = _LayoutRules.model_validate(read_yaml(path))
        except ValidationError as exc:
            raise RuleDataError(f"{path}: invalid layout rules:\n{exc}") from exc
        return rules.model_dump()

    def __call__(self, doc: Doc) -> Doc:
        data = self.require_data()
        spans = []
        words = Words(doc)  # (doc.text makes a Token object per token: the text from the word ids)
        for start, end, rule_id in find_boilerplate(words.text, data["boilerplate"], data["header"]):
            span = doc.char_span(start, end, label=rule_id, alignment_mode="expand")
            if span is not None and len(span):
                spans.append(span)
        doc.spans[BOILERPLATE] = spans
        starts = {s.start for s in spans} | {s.end for s in spans if s.end < len(doc)}
        if data["break_sentences_at_newlines"]:  # after each token holding a line break (never trailing space)
            texts = words.texts
            starts |= {
                i + 1 for i, text in enumerate(texts[:-1])
                if "\n" in text and not (data["join_wrapped_lines"] and wrapped_line(text, texts[i + 1]))
            }
        # set as one array: Token.is_sent_start scans the whole Doc for a parse at every assignment
        if doc.has_annotation("DEP"):
            raise ValueError("news_layout runs before the parser: it cannot set sentence starts on a parsed Doc")
        sent_starts, spaces = doc.to_array([SENT_START]), doc.to_array(IS_SPACE)
        for i in starts:
            if 0 < i < len(doc) and not spaces[i]:
                sent_starts[i] = 1
        doc.from_array([SENT_START], sent_starts)
        return doc


@Language.factory("news_layout", assigns=["doc.spans", "token.is_sent_start"])
def make_news_layout(nlp: Language, name: str) -> NewsLayout:
    return NewsLayout(nlp, name)


@Language.component("boilerplate_filter", requires=["doc.ents"], assigns=["doc.ents"])
def boilerplate_filter(doc: Doc) -> Doc:
    """Drop entities that lie inside page furniture."""
    ranges = boilerplate_ranges(doc)
    if ranges:
        doc.ents = [e for e in doc.ents if not any(e.start_char < b and a < e.end_char for a, b in ranges)]
    return doc
