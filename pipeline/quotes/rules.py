"""The quote rule data: its schema (validated at load time) and compiled form.

The component reads ``configs/quotes/rules.yaml`` and the shared cue-verb
lexicon into a plain dict (:class:`QuoteRuleData`), which travels inside a
saved model; :meth:`QuoteRules.from_data` turns it into the frozen lookups the
extractor uses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class MarkFamilyData(_Strict):
    family: str
    opens: str = ""
    closes: str = ""
    either: str = ""
    strict: bool


class AudienceData(_Strict):
    object_of: list[str]
    prepositions: list[str]
    participles: list[str]


class TermData(_Strict):
    partial_min_words: int = Field(ge=1)
    max_words: int = Field(ge=1)
    determiners: list[str]
    name_prepositions: list[str] = []
    introducers: list[str]
    labelled_nouns: list[str] = []
    title_minor_words: list[str]


class IndirectData(_Strict):
    clause_deps: list[str] = Field(min_length=1)
    object_clause_verbs: list[str] = []
    min_tokens: int = Field(ge=1)
    max_quoted_share: float = Field(ge=0.0, le=1.0)
    question_words: list[str]
    complementizers: list[str]
    excluded_verbs: list[str] = []
    unnamed_sources: list[str] = []
    vague_quantifiers: list[str] = []
    ownerless_documents: list[str] = []
    parenthetical_deps: list[str] = []
    comment_conjunctions: list[str] = []
    own_act_tags: list[str] = []
    report_conjunctions: list[str] = []
    continuing_conjunctions: list[str] = []


class TranscriptData(_Strict):
    interviewer_label: str
    answer_label: str
    min_questions: int = Field(ge=1)
    first_person: list[str]
    second_person: list[str]
    quotatives: list[str] = []
    thought_verbs: list[str] = []
    reading_verbs: list[str] = []

    @field_validator("interviewer_label", "answer_label")
    @classmethod
    def _compiles(cls, v: str) -> str:
        try:
            re.compile(v)
        except re.error as exc:
            raise ValueError(f"not a regular expression: {v!r} ({exc})") from exc
        return v


class QuoteRuleData(_Strict):
    """Everything under configs/quotes/, with the cue verbs read in."""

    version: str = Field(min_length=1)
    cue_verbs: list[str] = Field(min_length=1)
    cue_verbs_extra: list[str] = []
    cue_verb_classes: dict[str, list[str]] = {}
    cue_verbs_excluded: list[str] = []
    quotation_only_cues: list[str] = []
    quoted_as_verbs: list[str] = []
    quoted_object_verbs: dict[str, list[str]] = {}
    label_prepositions: list[str] = []
    marks: list[MarkFamilyData] = Field(min_length=1)
    window_tokens: int = Field(ge=1)
    source_phrases: list[str]
    speaker_labels: list[str] = Field(min_length=1)
    subject_deps: list[str] = Field(min_length=1)
    inherit_subject_deps: list[str]
    content_clause_words: list[str] = []
    object_control_verbs: list[str] = []
    partitive_nouns: list[str] = []
    pronouns: dict[str, list[list[str]]]
    pronoun_window_sentences: int = Field(ge=0)
    document_window_sentences: int = Field(ge=0)
    recent_speaker_sentences: int = Field(ge=0)
    heading_max_words: int = Field(default=8, ge=1)
    group_members: list[str] = []
    pronoun_gender: dict[str, str] = {}
    plural_pronouns: list[str] = []
    report_nouns: list[str]
    report_labels: list[str]
    name_participles: list[str] = []
    organ_nouns: list[str] = []
    person_bodies: list[str] = []
    owner_prepositions: list[str] = []
    seat_prepositions: list[str] = []
    outlet_prepositions: list[str] = []
    audience: AudienceData
    terms: TermData
    indirect: IndirectData
    transcript: TranscriptData

    @field_validator("source_phrases")
    @classmethod
    def _phrases_have_words(cls, v: list[str]) -> list[str]:
        for phrase in v:
            if not phrase.split():
                raise ValueError("a source phrase is empty")
        return v

    @model_validator(mode="after")
    def _marks_are_distinct(self) -> "QuoteRuleData":
        seen: dict[str, str] = {}
        for fam in self.marks:
            chars = fam.opens + fam.closes + fam.either
            if not chars:
                raise ValueError(f"mark family '{fam.family}' lists no marks")
            for ch in chars:
                if ch in seen:
                    raise ValueError(f"mark {ch!r} is listed twice (families '{seen[ch]}' and '{fam.family}')")
                seen[ch] = fam.family
        return self


OPEN, CLOSE, EITHER = "open", "close", "either"


@dataclass(frozen=True, slots=True)
class MarkFamily:
    name: str
    strict: bool


@dataclass(frozen=True)
class QuoteRules:
    """Compiled rule data: sets and maps for fast lookups."""

    version: str
    cue_verbs: frozenset[str]
    quotation_only_cues: frozenset[str]  # cues of words in marks only, reporting no clause ("expressed")
    cue_forms: frozenset[str]  # regular inflections of the cue verbs, whatever the tagger said ("remarking")
    quoted_as_verbs: frozenset[str]
    quoted_object_verbs: frozenset[str]  # verbs whose quoted object is the subject's words ("praised his 'courage'")
    label_prepositions: frozenset[str]  # "dismissed it as 'fake news'": the fragment is a label
    marks: dict[str, tuple[MarkFamily, str]]  # mark char -> (family, OPEN / CLOSE / EITHER)
    window_tokens: int
    source_phrases: tuple[tuple[str, ...], ...]
    speaker_rank: dict[str, int]  # entity label -> preference (0 = best)
    subject_deps: frozenset[str]
    inherit_subject_deps: frozenset[str]
    content_clause_words: frozenset[str]  # "how the attack unfolded": a described content, no speaker's clause
    object_control_verbs: frozenset[str]  # "led X to express": X is the subject of the cue
    partitive_nouns: frozenset[str]  # "part of the statement": the statement speaks
    pronouns: dict[str, tuple[frozenset[str], ...]]  # pronoun -> tiers of entity labels, preferred first
    pronoun_window_sentences: int
    document_window_sentences: int
    recent_speaker_sentences: int
    heading_max_words: int  # a line above quotations naming their speaker ("Dr Helen Ward, surgeon")
    group_members: frozenset[str]  # "one said", "said another", "a third added": an unnamed source
    pronoun_gender: dict[str, str]  # "he" -> male: never a person the coreference layer knows as a woman
    plural_pronouns: frozenset[str]  # "they": never a singular noun phrase
    report_nouns: frozenset[str]
    report_labels: frozenset[str]
    name_participles: frozenset[str]
    organ_nouns: frozenset[str]  # report nouns included
    person_bodies: frozenset[str]  # a person's collective body speaks as itself ("the Biden campaign")
    owner_prepositions: frozenset[str]
    seat_prepositions: frozenset[str]
    outlet_prepositions: frozenset[str]
    audience_object_of: frozenset[str]
    audience_prepositions: frozenset[str]
    audience_participles: frozenset[str]
    partial_min_words: int
    term_max_words: int
    determiners: frozenset[str]
    name_prepositions: frozenset[str]
    introducers: tuple[tuple[str, ...], ...]
    labelled_nouns: frozenset[str]
    title_minor_words: frozenset[str]
    clause_deps: frozenset[str]
    object_clause_verbs: frozenset[str]
    indirect_min_tokens: int
    indirect_max_quoted_share: float
    question_words: frozenset[str]
    complementizers: frozenset[str]
    indirect_excluded_verbs: frozenset[str]
    vague_quantifiers: frozenset[str]  # "some officials", "many experts": no source
    unnamed_sources: frozenset[str]  # head nouns of unnamed sources that may report speech ("police said")
    ownerless_documents: frozenset[str]  # "according to reports": a document nobody issues names no source
    parenthetical_deps: frozenset[str]
    comment_conjunctions: frozenset[str]
    own_act_tags: frozenset[str]
    report_conjunctions: frozenset[str]
    continuing_conjunctions: frozenset[str]  # "said A, and that B": one report going on
    interviewer_label: re.Pattern
    answer_label: re.Pattern
    transcript_min_questions: int
    first_person: frozenset[str]
    second_person: frozenset[str]
    quotatives: frozenset[str]
    thought_verbs: frozenset[str]  # "I thought: "..."" in an answer: the interviewee's words
    reading_verbs: frozenset[str]  # "I've read ...: "..."" in an answer: someone else's words

    @cached_property
    def mark_pattern(self) -> re.Pattern:
        """Any one character of ``marks``: the quote pairing steps from one mark to the next."""
        return re.compile("[" + "".join(re.escape(ch) for ch in sorted(self.marks) if len(ch) == 1) + "]")

    @classmethod
    def from_data(cls, data: dict) -> "QuoteRules":
        d = QuoteRuleData.model_validate(data)
        marks: dict[str, tuple[MarkFamily, str]] = {}
        for fam in d.marks:
            family = MarkFamily(fam.family, fam.strict)
            for chars, role in ((fam.opens, OPEN), (fam.closes, CLOSE), (fam.either, EITHER)):
                marks.update({ch: (family, role) for ch in chars})
        low = lambda words: frozenset(w.lower() for w in words)  # noqa: E731
        classes = frozenset(v.lower() for verbs in d.cue_verb_classes.values() for v in verbs)
        cue_verbs = (low(d.cue_verbs) | low(d.cue_verbs_extra) | classes) - low(d.cue_verbs_excluded)
        return cls(
            version=d.version,
            cue_verbs=cue_verbs,
            quotation_only_cues=low(d.quotation_only_cues),
            cue_forms=frozenset(form for verb in cue_verbs for form in _inflections(verb)),
            quoted_as_verbs=low(d.quoted_as_verbs),
            quoted_object_verbs=frozenset(v.lower() for verbs in d.quoted_object_verbs.values() for v in verbs),
            label_prepositions=low(d.label_prepositions),
            marks=marks,
            window_tokens=d.window_tokens,
            source_phrases=tuple(tuple(p.lower().split()) for p in d.source_phrases),
            speaker_rank={label: i for i, label in enumerate(d.speaker_labels)},
            subject_deps=frozenset(d.subject_deps),
            inherit_subject_deps=frozenset(d.inherit_subject_deps),
            content_clause_words=low(d.content_clause_words),
            object_control_verbs=low(d.object_control_verbs),
            partitive_nouns=low(d.partitive_nouns),
            pronouns={p.lower(): tuple(frozenset(tier) for tier in tiers) for p, tiers in d.pronouns.items()},
            pronoun_window_sentences=d.pronoun_window_sentences,
            document_window_sentences=d.document_window_sentences,
            recent_speaker_sentences=d.recent_speaker_sentences,
            heading_max_words=d.heading_max_words,
            group_members=low(d.group_members),
            pronoun_gender={p.lower(): g for p, g in d.pronoun_gender.items()},
            plural_pronouns=low(d.plural_pronouns),
            report_nouns=low(d.report_nouns),
            report_labels=frozenset(d.report_labels),
            name_participles=low(d.name_participles),
            organ_nouns=low(d.organ_nouns) | low(d.report_nouns),
            person_bodies=low(d.person_bodies),
            owner_prepositions=low(d.owner_prepositions),
            seat_prepositions=low(d.seat_prepositions),
            outlet_prepositions=low(d.outlet_prepositions),
            audience_object_of=low(d.audience.object_of),
            audience_prepositions=low(d.audience.prepositions),
            audience_participles=low(d.audience.participles),
            partial_min_words=d.terms.partial_min_words,
            term_max_words=d.terms.max_words,
            determiners=low(d.terms.determiners),
            name_prepositions=low(d.terms.name_prepositions),
            introducers=tuple(tuple(p.lower().split()) for p in d.terms.introducers),
            labelled_nouns=low(d.terms.labelled_nouns),
            title_minor_words=low(d.terms.title_minor_words),
            clause_deps=frozenset(d.indirect.clause_deps),
            object_clause_verbs=low(d.indirect.object_clause_verbs),
            indirect_min_tokens=d.indirect.min_tokens,
            indirect_max_quoted_share=d.indirect.max_quoted_share,
            question_words=low(d.indirect.question_words),
            complementizers=low(d.indirect.complementizers),
            indirect_excluded_verbs=low(d.indirect.excluded_verbs),
            unnamed_sources=low(d.indirect.unnamed_sources),
            vague_quantifiers=low(d.indirect.vague_quantifiers),
            ownerless_documents=low(d.indirect.ownerless_documents),
            parenthetical_deps=frozenset(d.indirect.parenthetical_deps),
            comment_conjunctions=low(d.indirect.comment_conjunctions),
            own_act_tags=frozenset(d.indirect.own_act_tags),
            report_conjunctions=low(d.indirect.report_conjunctions),
            continuing_conjunctions=low(d.indirect.continuing_conjunctions),
            interviewer_label=re.compile(d.transcript.interviewer_label),
            answer_label=re.compile(d.transcript.answer_label),
            transcript_min_questions=d.transcript.min_questions,
            first_person=low(d.transcript.first_person),
            second_person=low(d.transcript.second_person),
            quotatives=low(d.transcript.quotatives),
            thought_verbs=low(d.transcript.thought_verbs),
            reading_verbs=low(d.transcript.reading_verbs),
        )


def _inflections(verb: str) -> tuple[str, ...]:
    """Regular forms of a verb lemma (add -> adds, added, adding; note -> noted, noting); a few are not words."""
    stem = verb[:-1] if verb.endswith("e") and not verb.endswith("ee") else verb
    plural = verb + "es" if verb.endswith(("s", "sh", "ch", "x", "z")) else verb + "s"
    return (verb, plural, stem + "ed", stem + "ing")
