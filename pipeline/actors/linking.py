"""Entity linking rules: pure functions over a parsed Doc.

The ``actor_linker`` component calls :func:`link_entities` once per Doc. In
order, it

1. splits tokens that glue a known name to a hyphen ("U.S.-backed",
   "Russian-") so that the name can be an entity of its own;
2. cleans the model's entities: splits them at line breaks and punctuation
   that never sits inside a name, drops a leading "the", a hyphen prefix
   ("anti-US" -> "US") and a trailing possessive, splits "Russian-Iranian"
   into two names and "Revolutionary Guards’ Quds Force" at the possessive
   before a known name;
3. adds the gazetteer's matches and settles overlaps (longest match wins,
   a malformed model span, or one that only qualifies a name it ends with
   ("Afghan Taliban"), loses to the gazetteer names it contains);
4. sets the label and the canonical actor of every mention: gazetteer forms
   map to their actor, a seat of power used as a place ("in Tehran") to none,
   unknown organisations to their normalised text, people to their
   gazetteer name or else the fullest form of their name in the document
   (:mod:`pipeline.actors.persons`);
5. adds institutions named through their owner ("the Rwandan *army*" ->
   Rwanda Defence Force, beside "Rwandan" -> Rwanda; "Haftar's *forces*",
   "its *intelligence service*"), entities the later stages leave out of
   their arguments (:data:`pipeline.docs.OWNER_NAMED`).

Every mention records the rule that made or changed it in ``ent.id_``
("model" when the statistical model's span was kept as is).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import replace

import numpy
from spacy.attrs import LOWER
from spacy.matcher import PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from pipeline.actors.gazetteer import (
    MODEL_LABEL,
    NO_ENTITY,
    ActorEntry,
    ContextualNames,
    Form,
    Gazetteer,
    LinkingRules,
    fold_accents,
    form_key,
    normalise,
)
from pipeline.actors.mentions import ACTOR_LABELS, MODEL, Mention
from pipeline.actors.persons import canonical_person_names, hyphenated_surnames, person_by_name_cues, untagged_surnames
from pipeline.actors.syntax import after_unknown_name, before_unknown_name, is_headline, named_as_place, subjectless_finite
from pipeline.docs import GAZETTEER_RULE, Words, boilerplate_ranges, tokens_passing, tokens_with
from pipeline.ruledata import RuleDataError

#: the cues and ``unless`` words an article must and must not name for a contextual form (``contextual_names``)
Setting = tuple[re.Pattern, re.Pattern | None]


class ActorMatcher:
    """The gazetteer compiled for one vocabulary: phrase matchers and form lookups.

    Forms are matched case-insensitively (``case_ok`` then checks the case),
    acronyms case-sensitively; a leading "The" of a form is not matched, as
    it is never part of an entity span.
    """

    def __init__(self, gazetteer: Gazetteer, rules: LinkingRules, nlp) -> None:
        self.gazetteer = gazetteer
        self.rules = rules
        self.vocab = nlp.vocab
        self.hyphen_splitter = re.compile("([" + "".join(re.escape(h) for h in rules.hyphens) + "])")
        self._hyphenated: dict[int, bool] = {}  # word id -> has a hyphen, longer than one character
        self._unmarked: dict[int, Form | None] = {}  # word id -> the form it is with an unmarked possessive "s"
        self.ci_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.acronym_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.forms: dict[str, Form] = {}
        self.case_forms: dict[str, str] = {}  # key -> the form's words as capitalised as every spelling needs
        patterns: dict[str, list[str]] = {}
        for form in gazetteer.forms:
            form = replace(form, text=re.sub(r"^the\s+", "", form.text, flags=re.IGNORECASE))
            key = form_key(form.kind, form.text)
            self.forms.setdefault(key, form)  # spellings of one key ("Corps Quds", "Corps-Quds") share it
            self.case_forms[key] = _laxer_case(self.case_forms.get(key, form.text), form.text)
            texts = patterns.setdefault(key, [])
            texts.extend(t for t in ([form.text] if _case_sensitive(form) else _variants(form.text)) if t not in texts)
        #: owner's actor type -> its institution noun phrases, longest first: (("armed", "forces"), "armed_forces")
        self.owner_phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for types, classes in (
            (("state",), rules.institution_nouns),
            (("person",), {"armed_forces": rules.leader_force_nouns}),
            (("armed_group", "political_organisation"), {"armed_wing": rules.wing_nouns}),
        ):
            phrases = sorted(((tuple(p.lower().split()), role) for role, ps in classes.items() for p in ps), key=lambda x: -len(x[0]))
            if phrases:
                self.owner_phrases.update({t: phrases for t in types})
        #: actor -> the actors whose names may qualify its name in a model span it ends (its parent and
        #: owner, and theirs: "U.S. Treasury Department", "U.S. Central Command" of the Department of Defense of the
        #: United States; actors.v18); None for the qualified_types: demonyms, peoples, faiths
        self.qualified: dict[str, frozenset[str] | None] = {
            a.name: None if a.type in rules.qualified_types else _ancestors(a.name, gazetteer)
            for a in gazetteer.actors.values()
        }
        #: actor with an acronym -> the words of its names and aliases and of its ancestors' names, aliases and demonyms
        #: (accents, case and a plural "s" folded): what an expansion of its acronym in brackets may be spelled with
        #: ("the Islamic Revolutionary Guards Corps (IRGC)") for the acronym to keep its actor (``defined_acronyms``)
        words: dict[str, set[str]] = {}  # (every entry's forms are in ``gazetteer.forms``)
        for f in gazetteer.forms:
            if f.actor and f.kind in ("name", "alias", "demonym"):
                words.setdefault(f.actor, set()).update(_word_stems(f.text))
        self.acronym_words: dict[str, frozenset[str]] = {
            a.name: frozenset(words.get(a.name, set()).union(*(words.get(up, set()) for up in _ancestors(a.name, gazetteer))))
            for a in gazetteer.actors.values() if a.acronyms
        }
        #: actors whose name a scope word may qualify ("Global Muslim Brotherhood": scope_qualified_types)
        self.scoped: frozenset[str] = frozenset(a.name for a in gazetteer.actors.values() if a.type in rules.scope_qualified_types)
        #: normalised form -> (cues, unless) of the article it names its actor in (``contextual_names``)
        self.contextual: dict[str, Setting] = {}
        owners = {(normalise(f.text), f.actor) for f in gazetteer.forms}
        for group in rules.contextual_names:
            setting = _setting(group)
            for text in group.forms:
                if (normalise(text), group.actor) not in owners:
                    raise RuleDataError(f"contextual_names: '{text}' is no form of '{group.actor}' in the gazetteer; "
                                        "add it to the actor's entry or drop it from the list")
                self.contextual[normalise(text)] = setting
        #: form key -> (actor, (cues, unless)): a form of another actor's entry that names ``actor`` in an article that
        #: names its setting (``contextual_actors``)
        self.recast: dict[str, tuple[str, Setting]] = {}
        for group in rules.contextual_actors:
            if group.actor not in gazetteer.actors:
                raise RuleDataError(f"contextual_actors: '{group.actor}' is no actor of the gazetteer")
            for text in group.forms:
                key = next((k for k in (form_key("acronym", text), form_key("alias", text)) if k in self.forms), None)
                if key is None:
                    raise RuleDataError(f"contextual_actors: '{text}' is no form in the gazetteer; drop it from the list")
                self.recast[key] = (group.actor, _setting(group))
        keys = list(patterns)
        docs = iter(nlp.tokenizer.pipe([t for k in keys for t in patterns[k]]))
        for key in keys:
            matcher = self.acronym_matcher if _case_sensitive(self.forms[key]) else self.ci_matcher
            matcher.add(key, [next(docs) for _ in patterns[key]])

    def hyphenated_tokens(self, doc: Doc) -> list[int]:
        """Indices of the tokens longer than one character that contain a hyphen (memoised per word)."""
        strings = doc.vocab.strings

        def hyphenated(orth: int) -> bool:
            text = strings[orth]
            return len(text) > 1 and self.hyphen_splitter.search(text) is not None

        return tokens_passing(doc.to_array("ORTH").tolist(), self._hyphenated, hyphenated)

    def lookup(self, text: str) -> Form | None:
        """The form ``text`` is, with the matcher's case rules, or None."""
        form = self.forms.get(form_key("acronym", text))
        if form is not None:
            return form
        key = form_key("alias", text)
        form = self.forms.get(key)
        if form is None or (_case_sensitive(form) and text != form.text):
            return None
        return form if case_ok(text, self.case_forms[key]) else None

    def matches(self, doc: Doc) -> list[Mention]:
        """Every gazetteer match in ``doc`` (overlapping), outside page furniture."""
        found = []
        settings: dict[str, bool] = {}  # contextual form -> whether the article names its setting
        for matcher in (self.ci_matcher, self.acronym_matcher):
            for match_id, start, end in matcher(doc):
                key = self.vocab.strings[match_id]
                form = self.forms[key]
                if not _case_sensitive(form) and not case_ok(doc[start:end].text, self.case_forms[key]):
                    continue
                if not self.in_setting(doc, form, settings):
                    continue  # "Georgia" in an article about Atlanta
                form = self._recast(doc, key, form, settings)  # "SLA" in an article about southern Lebanon
                if form.kind in self.rules.surname_prone_kinds and end - start == 1 and after_unknown_name(doc, start):
                    continue  # "Qandeel Baloch", not the Baloch people
                if form.kind in self.rules.name_part_kinds and before_unknown_name(doc, end, self.rules):
                    continue  # "the Paris Climate Accord", "the London Marathon"
                source = GAZETTEER_RULE if form.kind != "non_actor" else "non_actor_vocab"
                found.append(Mention(start, end, form.label, form.actor, source, form))
        found.extend(self.unmarked_possessives(doc))
        ranges = boilerplate_ranges(doc)
        if ranges:
            found = [m for m in found if not _in_ranges(doc[m.start : m.end], ranges)]
        return found

    def _recast(self, doc: Doc, key: str, form: Form, settings: dict[str, bool]) -> Form:
        """``form``, or the same form naming another actor in an article that names that actor's setting
        (``contextual_actors``: "SLA" beside "Lebanon" or "Lahad" is the South Lebanon Army, not Darfur's movement)."""
        found = self.recast.get(key)
        if found is None:
            return form
        actor, setting = found
        return replace(form, actor=actor) if _names_setting(doc, "recast:" + key, setting, settings) else form

    def in_setting(self, doc: Doc, form: Form, settings: dict[str, bool]) -> bool:
        """False for a contextual form (``contextual_names``) in an article that names none of its cues, or one
        of its ``unless`` words; True for every other form."""
        return self.text_in_setting(doc, form.text, settings)

    def text_in_setting(self, doc: Doc, text: str, settings: dict[str, bool]) -> bool:
        """:meth:`in_setting` for a text: a model span ("National Unity Government") as much as a gazetteer match."""
        key = normalise(text)
        setting = self.contextual.get(key)
        return setting is None or _names_setting(doc, key, setting, settings)

    def unmarked_possessives(self, doc: Doc) -> list[Mention]:
        """A possessive written without its apostrophe ("Pakistans army chief"): a
        capitalised word that is no form itself, whose stem without the final "s"
        is a one-word name, office or seat of an actor, before a word that may be what it owns
        (not a stop word, verb or punctuation)."""
        orths = doc.to_array("ORTH").tolist()
        strings = doc.vocab.strings
        for orth in set(orths).difference(self._unmarked):  # (of this Doc's new words only)
            self._unmarked[orth] = self._unmarked_form(strings[orth])
        out = []
        for i, orth in enumerate(orths):
            form = self._unmarked[orth]
            nxt = doc[i + 1] if form is not None and i + 1 < len(doc) else None
            if nxt is not None and nxt.is_alpha and not nxt.is_stop and nxt.pos_ not in self.rules.malformed_pos:
                out.append(Mention(i, i + 1, form.label, form.actor, "unmarked_possessive", form))
        return out

    def _unmarked_form(self, text: str) -> Form | None:
        if len(text) < 4 or text[-1] != "s" or not text[0].isupper() or not text.isalpha() or self.lookup(text):
            return None
        form = self.lookup(text[:-1])
        return form if form is not None and form.kind in ("name", "alias", "office", "seat") else None


def _ancestors(name: str, gazetteer: Gazetteer) -> frozenset[str]:
    """The actors ``name`` belongs to: its parent and owner, theirs, and so on up."""
    out: set[str] = set()
    todo = [name]
    while todo:
        entry = gazetteer.actors.get(todo.pop())
        for up in (entry.parent, entry.owner) if entry is not None else ():
            if up and up not in out and up != name:
                out.add(up)
                todo.append(up)
    return frozenset(out)


def _setting(group: ContextualNames) -> Setting:
    """The cues and ``unless`` words of a ``contextual_names`` or ``contextual_actors`` group, as patterns."""
    return _words(group.cues), _words(group.unless) if group.unless else None


def _names_setting(doc: Doc, key: str, setting: Setting, settings: dict[str, bool]) -> bool:
    """Whether ``doc`` names one of the setting's cues and none of its ``unless`` words, memoised in ``settings``
    under ``key`` (one search per article)."""
    if key not in settings:
        cues, unless = setting
        settings[key] = cues.search(doc.text) is not None and (unless is None or unless.search(doc.text) is None)
    return settings[key]


def _words(phrases: list[str]) -> re.Pattern:
    """One pattern for any of ``phrases`` as whole words, case-sensitive."""
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)) + r")(?!\w)")


def _case_sensitive(form: Form) -> bool:
    """Acronyms, and non-actor names written in capitals ("UTC", "WEST", "HIV"), match only
    as written: "West" is no time zone."""
    return form.kind == "acronym" or (form.kind == "non_actor" and form.text.isupper() and " " not in form.text)


def _variants(text: str) -> list[str]:
    """A form and its spelling variants: hyphen <-> space, curly <-> straight apostrophe, without accents."""
    out = [text]
    plain = fold_accents(text)
    for v in (re.sub(r"(?<=\w)-(?=\w)", " ", text), text.replace("’", "'"), text.replace("'", "’"), plain):
        if v not in out:
            out.append(v)
    return out


def _laxer_case(a: str, b: str) -> str:
    """Two spellings of one name, word by word the one in lower case ("Haqqani Network",
    "Haqqani network" -> "Haqqani network"): what any of its spellings lets through."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb):
        return a
    return " ".join(y if y[:1].islower() else x for x, y in zip(wa, wb))


def case_ok(found: str, form: str) -> bool:
    """Whether a case-insensitive match counts.

    Every capitalised word of the form must be capitalised in the text
    ("turkey" is not Turkey, "Islamic state" is not the Islamic State);
    names of three words or more also count in lower case ("axis of resistance").
    """
    if found == form:
        return True
    found_words, form_words = found.split(), form.split()
    if len(found_words) != len(form_words):
        return any(c.isupper() for c in found)
    if len(found_words) >= 3 and found.islower():
        return True
    return all(f[:1].isupper() or not m[:1].isupper() for f, m in zip(found_words, form_words))


def _in_ranges(span: Span, ranges: list[tuple[int, int]]) -> bool:
    return any(span.start_char < b and a < span.end_char for a, b in ranges)


# -- 1. hyphen compounds inside one token ------------------------------------------------


def split_hyphen_tokens(doc: Doc, matcher: ActorMatcher) -> None:
    """Split tokens such as "U.S.-backed", "US-" or "Russian-" around the hyphen.

    Only tokens with a piece that is a known single-word name, or with a
    trailing hyphen inside a model entity, are split. The parse is kept: the
    last word piece takes the token's head and dependency, the name and the
    hyphen attach to it. Span groups are re-aligned.
    """
    splitter = matcher.hyphen_splitter
    todo: list[tuple[Token, list[str]]] = []
    for i in matcher.hyphenated_tokens(doc):
        token = doc[i]
        pieces = [p for p in splitter.split(token.text) if p]
        if len(pieces) < 2 or all(p in matcher.rules.hyphens for p in pieces):
            continue  # no word to split off ("--" written for a dash)
        if pieces[-1] not in matcher.rules.hyphens and matcher.lookup(token.text):
            continue  # a name as a whole ("COVID-19", "Al-Shabab")
        named = any(p not in matcher.rules.hyphens and matcher.lookup(p) for p in pieces)
        dangling = pieces[-1] in matcher.rules.hyphens and token.ent_type_ != ""
        if named or dangling:
            todo.append((token, pieces))
    if not todo:
        return
    groups = {
        key: [(s.start_char, s.end_char, s.label_, s.kb_id_, s.id_) for s in group] for key, group in doc.spans.items()
    }
    with doc.retokenize() as retokenizer:
        for token, pieces in todo:
            words = [i for i, p in enumerate(pieces) if p not in matcher.rules.hyphens]
            main = words[-1] if pieces[words[-1]][:1].islower() or len(words) == 1 else words[0]
            heads, deps, pos, tags = [], [], [], []
            for i, piece in enumerate(pieces):
                if i == main:
                    heads.append(token.head if token.head.i != token.i else (token, i))
                    deps.append(token.dep_)
                    pos.append(token.pos_ if pieces[i][:1].islower() else "PROPN")
                    tags.append(token.tag_ if pieces[i][:1].islower() else "NNP")
                elif piece in matcher.rules.hyphens:
                    heads.append((token, main))
                    deps.append("punct")
                    pos.append("PUNCT")
                    tags.append("HYPH")
                else:
                    heads.append((token, main))
                    deps.append("npadvmod" if pieces[main][:1].islower() else "compound")
                    pos.append("PROPN")
                    tags.append("NNP")
            retokenizer.split(token, pieces, heads=heads, attrs={"DEP": deps, "POS": pos, "TAG": tags, "LEMMA": pieces})
    for key, spans in groups.items():
        restored = []
        for start, end, label, kb_id, span_id in spans:
            span = doc.char_span(start, end, label=label, kb_id=kb_id, span_id=span_id, alignment_mode="expand")
            if span is not None:
                restored.append(span)
        doc.spans[key] = restored


# -- 2. cleaning the model's spans --------------------------------------------------------


def break_kind(token: Token, label: str, rules: LinkingRules) -> str | None:
    """How a token ends a name: "drop" (a separator, a spaced dash, a line break
    token), "after" (a word followed by a line break), or None (may sit inside)."""
    if token.is_space or token.text in rules.breaks:
        return "drop"
    if token.text in rules.place_breaks and label in rules.place_labels:
        return "drop"
    spaced = token.i > 0 and token.doc[token.i - 1].whitespace_ != "" and token.whitespace_ != ""
    if spaced and all(c in rules.hyphens for c in token.text):
        return "drop"  # a spaced hyphen, dash or "--"
    return "after" if "\n" in token.whitespace_ else None


def clean_model_span(doc: Doc, start: int, end: int, label: str, matcher: ActorMatcher) -> list[Mention]:
    """The well-formed pieces of one model entity (see the module docstring, step 2)."""
    rules = matcher.rules
    pieces: list[tuple[int, int]] = []
    piece_start = start
    for i in range(start, end):
        kind = break_kind(doc[i], label, rules)
        if kind is not None:
            pieces.append((piece_start, i + (kind == "after")))
            piece_start = i + 1
    pieces.append((piece_start, end))
    out = []
    for s, e in pieces:
        s, e = _trim(doc, s, e, rules)
        if label == "PERSON":
            s, e = _trim(doc, _person_start(doc, s, e, rules), _person_end(doc, s, e, rules), rules)
            s = _first_name_before(doc, s, e, rules)
        parts = [p for a, b in _split_possessive(doc, s, e, matcher) for p in _split_known_pairs(doc, a, b, matcher)]
        for s2, e2 in parts:
            if label == "ORG" and all(t.lower_.rstrip(".") in rules.person_titles for t in doc[s2:e2]):
                continue  # a title alone ("Supreme Leader", "Prime Minister"): no organisation
            if e2 > s2 and _has_name_word(doc[s2:e2]):
                source = MODEL if (s2, e2) == (start, end) else "model_cleaned"
                out.append(Mention(s2, e2, label, "", source))
    return out


def _trim(doc: Doc, start: int, end: int, rules: LinkingRules) -> tuple[int, int]:
    """Drop a leading "the", preposition, lower-case hyphen prefix ("anti-") and
    punctuation; a trailing possessive, punctuation or conjunction."""
    changed = True
    while changed and start < end:
        changed = False
        first = doc[start]
        if first.lower_ in rules.trim_leading or first.is_punct or first.is_space or first.pos_ in rules.edge_pos:
            start, changed = start + 1, True
        elif first.text in rules.hyphen_prefixes and start + 1 < end and doc[start + 1].text in rules.hyphens:
            start, changed = start + 2, True
    while end > start:
        last = doc[end - 1]
        if last.text == "." and end - start > 1 and len(doc[end - 2].text) <= 3:
            break  # an initial or abbreviation: "George W.", "Robert Cummings Sr."
        if not (last.text in rules.possessives or last.is_punct or last.is_space or last.pos_ in rules.edge_pos):
            break
        end -= 1
    return start, end


def _person_start(doc: Doc, start: int, end: int, rules: LinkingRules) -> int:
    """A person's name starts after the titles, ranks and occupations before it
    ("Sergeant Owen Pritchard", "Dr. Amal Haddad", "Broadcaster Amal Haddad"
    -> "Owen Pritchard", "Amal Haddad")."""
    while end - start > 1 and (
        doc[start].text.lower().rstrip(".") in rules.person_titles or doc[start].lower_ in rules.person_occupations or doc[start].text == "."
    ):
        start += 1
    return start


def _first_name_before(doc: Doc, start: int, end: int, rules: LinkingRules) -> int:
    """Where a one-word name starts with the first name the model left out
    before it ("Sadiq" in "Mayor of London Sadiq Khan" tagged "Khan"): a
    capitalised proper noun, not a title, that modifies the name inside its
    sentence and belongs to no other entity."""
    if end - start != 1 or start == 0:
        return start
    tok = doc[start - 1]
    given = (
        tok.pos_ == "PROPN"
        and tok.dep_ == "compound"
        and tok.head.i == start
        and not tok.ent_type_
        and not tok.is_sent_start
        and tok.text[:1].isupper()
        and tok.text[1:].isalpha()
        and tok.text[1:].islower()
        and tok.lower_.rstrip(".") not in rules.person_titles
    )
    return start - 1 if given else start


def _person_end(doc: Doc, start: int, end: int, rules: LinkingRules) -> int:
    """A person's name stops at a number or a lower-case word that is no name
    particle ("Humberto 785 miles" -> "Humberto"; "Bashar al Assad" stays)."""
    for i in range(start + 1, end):
        token = doc[i]
        if token.like_num or (token.is_lower and token.text not in rules.name_particles):
            return i
    return end


def _split_possessive(doc: Doc, start: int, end: int, matcher: ActorMatcher) -> list[tuple[int, int]]:
    """ "Revolutionary Guards’ Quds Force", "Hamas's Qassam Brigades": a possessive
    inside a span ends the owner's name when a known name follows it ("Women's
    Rights Network" stays one name)."""
    for i in range(start + 1, end - 1):
        if doc[i].text in matcher.rules.possessives and matcher.lookup(doc[i + 1 : end].text):
            return [(s, e) for s, e in ((start, i), (i + 1, end)) if e > s]
    return [(start, end)]


def _split_known_pairs(doc: Doc, start: int, end: int, matcher: ActorMatcher) -> list[tuple[int, int]]:
    """ "Russian-Iranian", "Israel-Hamas": split at hyphens when every part is a known name."""
    cuts = [i for i in range(start + 1, end - 1) if doc[i].text in matcher.rules.hyphens and not doc[i].whitespace_]
    if not cuts:
        return [(start, end)]
    bounds = [start, *cuts, end]
    parts = [(bounds[0], bounds[1])] + [(a + 1, b) for a, b in zip(bounds[1:-1], bounds[2:])]
    if all(matcher.lookup(doc[a:b].text) for a, b in parts):
        return parts
    return [(start, end)]


def _has_name_word(span: Span) -> bool:
    """Names have a capital letter or a digit somewhere ("eTranslate", "G7"); "parley the" has none."""
    return any(c.isupper() or c.isdigit() for c in span.text)


def factions(doc: Doc, names: list[Mention], matcher: ActorMatcher) -> list[Mention]:
    """A group's faction named by its leader, glued to the group's name by a hyphen or dash ("SLA-Minnawi",
    "the SLM–Abdel Wahid faction", "JEM-Jibril"): a gazetteer mention of the group over the whole name (rule
    ``faction``), which wins over the model's span of it. The group's form is an acronym or a name of two words
    or more of an actor of ``faction_types``; the name after the hyphen is one to ``faction_max_words``
    capitalised words (no initials: "ISIS-K") that are no gazetteer form ("Israel-Hamas", "PKK-YPG" stay two), and no
    noun but one of ``faction_nouns`` follows it ("the Houthi-Saleh alliance", "the SDF-Damascus deal" are two
    parties)."""
    rules = matcher.rules
    out = []
    for m in names:
        form = m.form
        if form is None or form.kind == "non_actor" or m.end + 1 >= len(doc):
            continue
        entry = matcher.gazetteer.actors.get(form.actor)
        if entry is None or entry.type not in rules.faction_types or (form.kind != "acronym" and len(form.text.split()) < 2):
            continue
        dash = doc[m.end]
        if dash.text not in rules.hyphens or doc[m.end - 1].whitespace_ or dash.whitespace_:
            continue
        end = m.end + 1
        while end < len(doc) and end - m.end - 1 < rules.faction_max_words and _name_word(doc[end]) and not matcher.lookup(doc[end].text):
            end += 1
        if end == m.end + 1 or (end < len(doc) and _name_word(doc[end])):
            continue  # no name, or a longer one than a leader's
        if matcher.lookup(doc[m.end + 1 : end].text):
            continue
        after = doc[end] if end < len(doc) else None
        if after is not None and after.pos_ in ("NOUN", "PROPN") and after.lower_ not in rules.faction_nouns:
            continue
        out.append(Mention(m.start, end, form.label, form.actor, "faction", form))
    return out


def _name_word(token: Token) -> bool:
    """A capitalised word of a person's name ("Minnawi"), not an initial or acronym ("ISIS-K": Khorasan)."""
    return token.is_alpha and token.text[:1].isupper() and any(c.islower() for c in token.text)


# -- 3. settling overlaps ------------------------------------------------------------------------


def longest_first(mentions: Iterable[Mention]) -> list[Mention]:
    """Non-overlapping mentions, longest first, then leftmost."""
    kept: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (-m.length, m.start)):
        if not any(m.overlaps(k) for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)


def overlapping(names: list[Mention], m: Mention) -> list[Mention]:
    """The mentions of ``names`` that overlap ``m``, in order: ``[g for g in names if g.overlaps(m)]`` for ``names``
    in order that do not overlap each other (as :func:`longest_first` gives them), found by bisection instead of a
    scan of every name for every model span."""
    first = bisect_right(names, m.start, key=lambda g: g.end)  # the first that ends after m starts
    last = first
    while last < len(names) and names[last].start < m.end:
        last += 1
    return names[first:last]


def well_formed(doc: Doc, m: Mention, rules: LinkingRules) -> bool:
    """A model span that may stand against a shorter gazetteer name inside it."""
    span = doc[m.start : m.end]
    if any(t.pos_ in rules.malformed_pos for t in span):
        return False
    has_sentences = doc.has_annotation("SENT_START") or doc.has_annotation("DEP")
    return not (has_sentences and is_headline(doc[m.start].sent, rules))


def resolve(doc: Doc, model: list[Mention], gazetteer: list[Mention], rules: LinkingRules,
            qualified: dict[str, frozenset[str] | None] | None = None, scoped: frozenset[str] = frozenset()) -> list[Mention]:
    """Merge model and gazetteer mentions into non-overlapping entities.

    - a gazetteer name at least as long as a model span wins over it;
    - a longer model span ("Carnegie Middle East Center") keeps the names
      inside it, unless it is malformed ("Iran Tight as Ever") or only
      qualifies a name it ends with (``qualified``: actor -> the actors whose
      names may qualify it, None for only demonyms and names of peoples and
      faiths): "Shi'a-Muslim Houthi", "Afghan Taliban", "U.S. Treasury
      Department", "Houthi Ansar Allah": the names win; so do the names of
      the ``scoped`` actors after only scope words ("Global Muslim Brotherhood");
    - a model span crossing a gazetteer name keeps only its part outside it.
    """
    names = longest_first(gazetteer)  # (in order and apart, and kept so below: ``overlapping`` reads them so)
    kept_model: list[Mention] = []
    for m in model:
        inside = overlapping(names, m)
        if not inside:
            kept_model.append(m)
        elif any(g.covers(m) for g in inside):
            g = next(g for g in inside if g.covers(m))
            if g.label == MODEL_LABEL:  # a non-actor that keeps the model's entity: "Homo" of "Homo sapiens"
                names[names.index(g)] = replace(g, start=m.start, end=m.end, model_label=m.label)
            elif (g.start, g.end) == (m.start, m.end) and g.label != m.label:
                names[names.index(g)] = replace(g, model_label=m.label)  # evidence for persons.py
        elif all(m.covers(g) for g in inside):
            if (well_formed(doc, m, rules) and not _only_names(doc, m, inside, rules) and not _personnel(doc, m, inside, rules)
                    and not _kind_tail(doc, m, inside, rules) and not _maker_and_product(doc, m, inside)
                    and not _qualified(doc, m, inside, qualified or {}, scoped, rules)):
                names = [g for g in names if g not in inside]
                kept_model.append(m)
        else:
            crossing = inside[0] if inside[0].start < m.start else inside[-1]
            rest = (crossing.end, m.end) if crossing.start <= m.start else (m.start, crossing.start)
            if rest[1] > rest[0] and _has_name_word(doc[rest[0] : rest[1]]) and not overlapping(
                names, Mention(*rest, m.label, "", "")
            ):
                kept_model.append(replace(m, start=rest[0], end=rest[1], source="model_cleaned"))
    return sorted(kept_model + names, key=lambda m: m.start)


def _qualified(doc: Doc, m: Mention, inside: list[Mention], qualified: dict[str, frozenset[str] | None],
               scoped: frozenset[str], rules: LinkingRules) -> bool:
    """A model span that ends with a gazetteer name of an actor in ``qualified`` and holds before it
    only names that may qualify it (and punctuation): for an armed group (None) demonyms and names
    of peoples and faiths ("Shi'a-Muslim Houthi", "Lebanese Hezbollah"); for any actor its own
    names ("Houthi Ansar Allah") and those of the actors it belongs to ("U.S. Treasury Department");
    for a ``scoped`` actor also the scope words (``scope_qualifiers``: "Global Muslim Brotherhood")."""
    names = sorted(inside, key=lambda g: g.start)
    last = names[-1]
    if last.end != m.end or last.start == m.start or last.form is None or last.form.kind not in ("name", "alias", "acronym"):
        return False
    owners = qualified.get(last.actor, frozenset())
    ok = [g for g in names[:-1] if g.form is not None and (
        (g.actor and g.actor in (owners or frozenset()) | {last.actor})
        or (owners is None and g.form.kind in ("demonym", "non_actor")))]
    covered = {i for g in ok for i in range(g.start, g.end)}
    if last.actor in scoped:
        covered |= {i for i in range(m.start, last.start) if doc[i].lower_ in rules.scope_qualifiers}
    return all(i in covered or doc[i].is_punct for i in range(m.start, last.start))


def _personnel(doc: Doc, m: Mention, inside: list[Mention], rules: LinkingRules) -> bool:
    """A model span of a state's (or de-facto state's) name or demonym and a capitalised noun of its people
    (``personnel_heads``): "Malian Soldiers", "Iranian Forces", "Russian Troops" name the state, as "Russian troops"
    does; its name wins over it. Not a name of its own the gazetteer lists ("Lebanese Forces")."""
    names = sorted(inside, key=lambda g: g.start)
    if names[0].start != m.start or not all(g.form is not None and g.form.kind in ("name", "alias", "demonym")
                                            and g.label in ("GPE", "NORP") for g in names):
        return False
    tail = [doc[i] for i in range(names[-1].end, m.end)]
    return bool(tail) and all(t.text[:1].isupper() and t.lower_ in rules.personnel_heads for t in tail)


def _kind_tail(doc: Doc, m: Mention, inside: list[Mention], rules: LinkingRules) -> bool:
    """A model span of one gazetteer name followed by lower-case nouns of its kind (``kind_tails``): "Rapid Support
    Forces militia", "Hamas movement". The name wins; the nouns are no part of it (actors.v17)."""
    if len(inside) != 1 or inside[0].start != m.start or inside[0].form is None or not inside[0].actor \
            or inside[0].form.kind not in ("name", "alias", "acronym"):
        return False  # (a demonym's span is a description: "Saudi coalition", "Russian forces")
    tail = [doc[i] for i in range(inside[0].end, m.end)]
    return bool(tail) and all(t.text.islower() and t.lower_ in rules.kind_tails for t in tail)


#: the label of the non-actors that are products (configs/actors/non_actors.yaml: weapons, platforms, devices)
PRODUCT_LABEL = "PRODUCT"


def _maker_and_product(doc: Doc, m: Mention, inside: list[Mention]) -> bool:
    """A model span of a product's non-actor name after only its maker's demonyms or names: "American F-16",
    "Russian Su-35". The names win: the maker is an entity of its own, the product no actor (actors.v25)."""
    names = sorted(inside, key=lambda g: g.start)
    last = names[-1]
    if len(names) < 2 or last.end != m.end or last.form is None or last.form.kind != "non_actor" or last.label != PRODUCT_LABEL:
        return False
    covered = {i for g in names[:-1] if g.form is not None and g.form.kind in ("name", "alias", "demonym")
               for i in range(g.start, g.end)}
    return all(i in covered or doc[i].is_punct for i in range(m.start, last.start))


def _only_names(doc: Doc, m: Mention, inside: list[Mention], rules: LinkingRules) -> bool:
    """A model span made only of gazetteer names of different things side by side: set
    apart by a comma ("Government of National Accord, Al Arabiya"), or a person's name
    before a group's ("Assad Shabiha"). Its names win over it; a name that qualifies the
    next one stays inside it ("Philippine Red Cross", "Christian Democratic Party")."""
    names = sorted(inside, key=lambda g: g.start)
    covered = {i for g in names for i in range(g.start, g.end)}
    if len(names) < 2 or not all(i in covered or doc[i].is_punct for i in range(m.start, m.end)):
        return False
    return all(
        any(doc[i].text in rules.place_breaks for i in range(a.end, b.start)) or (a.label == "PERSON" and b.label != "PERSON")
        for a, b in zip(names, names[1:])
    )


def outside_other_entities(doc: Doc, names: list[Mention], others: list[Span], rules: LinkingRules) -> list[Mention]:
    """Gazetteer names not nested in the model's entities of other labels.

    A name inside a longer event, law, work or facility ("the Iraq War",
    "Baghdad International Airport") is part of that name and no entity of
    its own; inside a date or an amount only an acronym or demonym is ("US
    dollars", "Iranian rials"). Exceptions: a name in a hyphen compound ("the
    Israel-Hamas war") and a malformed model span ("Hezbollah Keeps"). A
    demonym the model calls a language ("speaks French") stays a language.
    """
    owner = {i: e for e in others for i in range(e.start, e.end)}
    kept = []
    for g in names:
        e = owner.get(g.start)
        if e is not None and g.label == NO_ENTITY:
            continue  # "UTC" in the model's "10:00 UTC"
        if e is not None:
            start, end = _trim(doc, e.start, e.end, rules)
            if (start, end) == (g.start, g.end):
                if e.label_ in rules.demonym_yields_to and g.form is not None and g.form.kind == "demonym":
                    continue
            elif start <= g.start and g.end <= end and _absorbs(doc, e, g, rules):
                continue
        kept.append(g)
    return kept


def _absorbs(doc: Doc, e: Span, g: Mention, rules: LinkingRules) -> bool:
    """Whether the model's entity ``e`` of another label swallows the gazetteer name ``g`` inside it."""
    if _in_hyphen_compound(doc, g, rules) or not well_formed(doc, Mention(e.start, e.end, e.label_, "", MODEL), rules):
        return False
    if _opens_quotation(doc, e):
        return False  # '"The Government of Rwanda continues to ...," said the report': a quotation's first words, no title
    return e.label_ in rules.absorbing_labels or (g.form is not None and g.form.kind in rules.absorbed_in_amounts)


OPENING_QUOTES = ('"', "“")
CLOSING_QUOTES = ('"', "”")


def _opens_quotation(doc: Doc, e: Span) -> bool:
    """Whether a model entity is the first words of a quotation that goes on after it: a title in quotation marks
    ends where they close ('the report "Arming Rwanda"'); the model takes the opening words of a quoted sentence for
    a title ('"The Government of Rwanda continues to ..."'). A word or a comma-free phrase of the quotation must follow
    in the same sentence (actors.v18)."""
    if e.start == 0 or doc[e.start - 1].text not in OPENING_QUOTES or e.end >= len(doc):
        return False
    nxt = doc[e.end]
    return not nxt.is_punct and not nxt.is_sent_start and nxt.text not in CLOSING_QUOTES


def _in_hyphen_compound(doc: Doc, m: Mention, rules: LinkingRules) -> bool:
    before = m.start > 0 and doc[m.start - 1].text in rules.hyphens and not doc[m.start - 1].whitespace_
    after = m.end < len(doc) and doc[m.end].text in rules.hyphens and not doc[m.end - 1].whitespace_
    return before or after


# -- 4. labels and actors ------------------------------------------------------------------------


def seat_as_actor(doc: Doc, m: Mention, rules: LinkingRules) -> bool:
    """Whether a seat of power stands for its state ("Tehran claims", "Moscow's
    role", "talks between Hamas and Tehran", "support for Tehran", "Tehran-backed", "pro-Beijing",
    "the government in Damascus", "officials in Moscow said"), rather than
    naming a place ("in Beirut", "the London Marathon", "Beirut-based"); before a
    government noun it is its state too ("the Kabul government")."""
    before, after = doc[max(m.start - 2, 0) : m.start], doc[m.end : m.end + 2]
    if len(after) == 2 and after[0].text in rules.hyphens and after[1].is_lower:
        return after[1].lower_ not in rules.place_compound_heads
    if len(before) == 2 and before[1].text in rules.hyphens and before[0].text in rules.hyphen_prefixes:
        return True
    token = doc[m.start : m.end].root
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head  # "Hamas and Tehran": the role of the first conjunct
    if token.dep_ in rules.metonymy_deps:
        return True
    if m.end < len(doc) and subjectless_finite(doc[m.end], ("ROOT", "ccomp", "conj")):
        return True  # the subject the parser lost: "At first Moscow kept contacts ..." (Moscow the object of "at")
    if token.dep_ == "compound" and (token.head.lemma_ in rules.government_nouns or token.head.lower_ in rules.government_nouns):
        return True  # "the Kabul government", "the Damascus regime"
    if token.dep_ != "pobj":
        return False
    prep, noun = token.head, token.head.head
    if prep.lower_ in rules.metonymy_prepositions:
        return True
    if prep.lower_ == "for" and noun.lower_ in rules.support_nouns:
        return True  # "support for Damascus", "weapons for Kyiv"
    if prep.lower_ not in rules.locative_prepositions:
        return False
    if noun.lemma_ in rules.government_nouns or noun.lower_ in rules.government_nouns:
        return True
    # "Officials in Tehran", not "Hamas officials in Beirut"
    return noun.lower_ in rules.official_nouns and not any(c.dep_ in ("compound", "amod", "poss", "nmod") for c in noun.children)


def mention_texts(words: Words, mentions: list[Mention]) -> list[str]:
    """Each mention's text, white space normalised ("Al  Jazeera" -> "Al Jazeera"), from the Doc's ``words``."""
    return [" ".join(words.span_text(m.start, m.end).split()) for m in mentions]


def credit_pairs(doc: Doc, mentions: list[Mention], gazetteer: Gazetteer, rules: LinkingRules) -> list[Mention]:
    """Photo credits "Name/Agency" and "AGENCY/Name": beside a known outlet or
    company, an unknown name is the photographer (PERSON)."""
    out = list(mentions)
    for i in range(len(out) - 1):
        left, right = out[i], out[i + 1]
        if right.start != left.end + 1 or doc[left.end].text not in rules.credit_separators:
            continue
        for known, other, j in ((left, right, i + 1), (right, left, i)):
            entry = gazetteer.actors.get(known.actor) if known.form is not None else None
            if entry is not None and entry.type in rules.credit_types and other.form is None and other.label != "PERSON":
                out[j] = replace(other, label="PERSON", actor="", source="photo_credit")
    return out


def assign_actors(doc: Doc, mentions: list[Mention], matcher: ActorMatcher) -> list[Mention]:
    """Actors of gazetteer and model mentions; people get their fullest in-document name."""
    rules = matcher.rules
    out = []
    for m in mentions:
        if m.form is not None and m.form.kind == "seat" and not seat_as_actor(doc, m, rules):
            m = replace(m, actor="", source="seat_as_place")
        elif m.form is not None and m.form.kind == "office" and named_as_place(doc, m.start, m.end, rules):
            m = replace(m, actor="", source="office_as_place")  # "at the White House"
        out.append(m)
    words = Words(doc)  # (the tokens' strings, read once for the steps below)
    out = hyphenated_surnames(doc, credit_pairs(doc, out, matcher.gazetteer, rules), words)
    texts = mention_texts(words, out)
    out = untagged_surnames(doc, person_by_name_cues(doc, out, texts, rules))
    texts = mention_texts(words, out)
    out = canonical_person_names(doc, out, texts, matcher.gazetteer, rules)
    settings: dict[str, bool] = {}
    out = [replace(m, actor=organisation_actor(text, matcher.gazetteer)
                   if matcher.text_in_setting(doc, text, settings) else text)
           if m.form is None and m.label == "ORG" else m
           for m, text in zip(out, texts)]
    out = kind_named(doc, [document_name(doc, m, rules) for m in out], rules, words)
    return [m for m in defined_acronyms(doc, out, rules, matcher.acronym_words) if not title_complement(doc, m, rules)]


def document_name(doc: Doc, m: Mention, rules: LinkingRules) -> Mention:
    """A model name ending in a policy, law or agreement word (``document_heads``: "the Green New Deal", "the Paris
    Climate Accord") is no actor: label LAW, kept on the Doc, not reported. Gazetteer names are left alone."""
    if m.form is None and m.label in ACTOR_LABELS and m.length > 1 and doc[m.end - 1].lower_ in rules.document_heads:
        return replace(m, label="LAW", actor="", source="document_name")
    return m


#: how a name hangs on the kind noun right before it: "the star AB Aurigae" (compound), "the tanker, Silver Wave" (appos)
KIND_NAME_DEPS = ("appos", "compound", "nmod", "npadvmod")


def kind_named(doc: Doc, mentions: list[Mention], rules: LinkingRules, words: Words) -> list[Mention]:
    """A model name right after a noun that says what kind of thing it is (``kind_nouns``: "the star AB Aurigae",
    "the tanker Silver Wave", "the hurricane Dora"), in compound or apposition, names such a thing: it keeps the
    model's span and label and has no actor, in every mention of the same name in the article. Gazetteer names are
    left alone; a noun that also names people ("the pop star X") is passed over before a PERSON name or a noun.
    ``words``: the Doc's :class:`~pipeline.docs.Words`."""
    texts = mention_texts(words, mentions)
    kinds: set[str] = set()
    for m, text in zip(mentions, texts):
        if m.form is not None or m.label not in ACTOR_LABELS or m.start == 0:
            continue
        noun = doc[m.start - 1]
        if not _kind_before(words.lower, m.start, rules) or not _hangs_on(doc[m.start : m.end], noun):
            continue
        if noun.lower_ in rules.kind_nouns_of_people and (
                m.label == "PERSON" or any(c.dep_ == "compound" for c in noun.children)):
            continue
        kinds.add(text)
    if not kinds:
        return mentions
    return [replace(m, actor="", source="kind_noun") if m.form is None and m.label in ACTOR_LABELS and text in kinds else m
            for m, text in zip(mentions, texts)]


def _kind_before(lower: list[str], start: int, rules: LinkingRules) -> bool:
    """Whether a kind noun (of one to three words: "ship", "cargo ship") ends right before ``start`` (``lower``: each
    token's lowercase form)."""
    return any(start - n >= 0 and " ".join(lower[start - n : start]) in rules.kind_nouns for n in (1, 2, 3))


def _hangs_on(name: Span, noun: Token) -> bool:
    """Whether a name and the noun before it are one noun phrase: the noun modifies the name, or the name is in
    apposition to the noun; not "the vessel Iran seized" (the name starts a relative clause)."""
    if noun.dep_ == "compound" and name.start <= noun.head.i < name.end:
        return True
    return name.root.head.i == noun.i and name.root.dep_ in KIND_NAME_DEPS


def defined_acronyms(doc: Doc, mentions: list[Mention], rules: LinkingRules,
                     acronym_words: dict[str, frozenset[str]] | None = None) -> list[Mention]:
    """An acronym the article defines ("the American Independent Party (AIP)",
    or "AIP (American Independent Party)" when the bracketed expansion is an
    entity) names what its definition names, in every mention: the expansion's
    actor and label when the expansion is an entity; when it is none ("the
    anterior cingulate cortex (ACC)", "Divisional Railway Manager (DRM)" as a
    title), the acronym is no entity either.

    A gazetteer acronym (actors.v25) is touched only where its expansion before
    the brackets is spelled with other words than its actor's names
    (``acronym_words``: "the Somali National Army (SNA)", "the Multidimensional
    Security Support (MSS) mission"); an expansion in the entry's words, or a
    variant of them ("the Islamic Revolutionary Guards Corps (IRGC)"), keeps the
    acronym's actor, and an organisation the gazetteer does not know spanning
    that expansion takes it ("the Sudan Rapid Support Force (RSF)")."""
    at = {(m.start, m.end): m for m in mentions}
    definitions: dict[str, Mention | None] = {}
    named: dict[tuple[int, int], str] = {}  # an unknown organisation's span -> the actor its acronym names
    opening = numpy.flatnonzero(doc.to_array("ORTH") == doc.vocab.strings.add("(")).tolist()
    for i in opening:
        if not 0 < i < len(doc) - 2 or doc[i + 2].text != ")" or not _acronym_like(doc[i + 1].text):
            continue
        acronym = doc[i + 1].text
        start = _expansion_start(doc, i, acronym, rules)
        if start is None or acronym in definitions:
            continue
        known = at.get((i + 1, i + 2))
        if known is not None and known.form is not None and known.form.kind == "acronym" and known.actor:
            if acronym_words is None or _spelled_with(doc[start:i], acronym_words.get(known.actor, frozenset()), rules):
                organisation = next((m for m in mentions if m.end == i and m.start <= start and m.form is None
                                     and m.label == "ORG"), None)
                if organisation is not None:
                    named[(organisation.start, organisation.end)] = known.actor
                continue
        expansion = at.get((start, i)) or at.get((_trim(doc, start, i, rules)[0], i))
        definitions[acronym] = expansion if expansion is not None and expansion.actor else None
    for i in opening:
        # "AEW (All Elite Wrestling)": the expansion in brackets after the acronym, when it is an entity
        close = next((j for j in range(i + 2, min(len(doc), i + 12)) if doc[j].text == ")"), None)
        if i == 0 or close is None or not _acronym_like(doc[i - 1].text) or doc[i - 1].text in definitions:
            continue
        expansion = at.get((i + 1, close))
        if expansion is not None and expansion.actor and _expansion_start(doc, close, doc[i - 1].text, rules) == i + 1:
            definitions[doc[i - 1].text] = expansion
    if not definitions and not named:
        return mentions
    out = []
    for m in mentions:
        text = doc[m.start : m.end].text
        if (m.start, m.end) in named:
            out.append(replace(m, actor=named[(m.start, m.end)], source="defined_acronym"))
        elif m.end - m.start != 1 or text not in definitions or (m.form is not None and m.form.kind != "acronym"):
            out.append(m)
        elif definitions[text] is not None:
            out.append(replace(m, label=definitions[text].label, actor=definitions[text].actor, source="defined_acronym"))
    return out


def _word_stems(text: str) -> list[str]:
    """The words of a name, accents, case and a trailing plural "s" folded ("Guards" -> "guard")."""
    words = re.findall(r"[^\W\d_]+", fold_accents(text).lower())
    return [w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words]


def _spelled_with(expansion: Span, words: frozenset[str], rules: LinkingRules) -> bool:
    """Whether every word of an acronym's expansion but the small ones is one of ``words``, or a word of which one
    is the start of the other ("Korea" of "Korean", "South" of "Southern", "Guards" of "Guard")."""
    for token in expansion:
        if token.lower_ in rules.headline_small_words or token.lower_ in rules.name_particles:
            continue
        stem = _word_stems(token.text)
        if not stem:
            continue
        w = stem[0]
        if w not in words and not any(len(v) >= 3 and len(w) >= 3 and (v.startswith(w) or w.startswith(v)) for v in words):
            return False
    return True


def _acronym_like(text: str) -> bool:
    """ "AIP", "ACC", "R&AW": two to eight letters (or &), at least two capitals, starting with one."""
    return 2 <= len(text) <= 8 and text[0].isupper() and sum(c.isupper() for c in text) >= 2 and all(c.isalpha() or c == "&" for c in text)


def _expansion_start(doc: Doc, paren: int, acronym: str, rules: LinkingRules) -> int | None:
    """Where the words before "(" whose initials spell the acronym start (small words such
    as "of", "the", "and" may sit between them and carry no letter), or None."""
    letters = [c.lower() for c in acronym if c.isalpha()]
    j, k = paren - 1, len(letters) - 1
    while j >= 0 and k >= 0 and paren - j <= 2 * len(letters) + 2:
        word = doc[j]
        if not word.is_alpha:
            return None
        if word.lower_[0] == letters[k]:
            k -= 1
        elif word.lower_ not in rules.headline_small_words and word.lower_ not in rules.name_particles:
            return None
        j -= 1
    return j + 1 if k < 0 else None


def title_complement(doc: Doc, m: Mention, rules: LinkingRules) -> bool:
    """A one-word organisation the model found in a person's title ("Secretary of *State*",
    "Minister of *Interior*"): part of the title, no entity. Gazetteer forms keep theirs."""
    if m.form is not None or m.label != "ORG" or m.end - m.start != 1 or m.start < 2:
        return False
    return doc[m.start - 1].lower_ == "of" and doc[m.start - 2].lower_.rstrip(".") in rules.person_titles


def owner_institutions(doc: Doc, mentions: list[Mention], matcher: ActorMatcher) -> list[Mention]:
    """Institutions named by their owner and a noun of their class: "the Rwandan army", "Myanmar's
    military" (a state's ``institution_nouns``), "Haftar's forces" (a person's ``leader_force_nouns``,
    with "'s" only), "Hamas's armed wing" (a group's or party's ``wing_nouns``), "its intelligence
    service". The noun phrase becomes an entity whose actor is the owner's institution of that role
    (``institutions`` of the gazetteer); the owner's mention stays. After ``its``
    (``institution_pronouns``) the owner is the nearest earlier actor in the sentence, else in the
    one before, and a state stands for its institution when it has no entry of that role. Needs the
    parse; only where the noun phrase ends at the institution noun."""
    rules, gazetteer = matcher.rules, matcher.gazetteer
    if not matcher.owner_phrases or not doc.has_annotation("DEP"):
        return mentions
    taken = {i for m in mentions for i in range(m.start, m.end)}
    added: list[Mention] = []
    words = Words(doc)  # (the phrases are compared with the tokens' lowercase forms, read once)

    def add(owner: str, start: int, end: int, role: str, source: str, fallback: str | None = None) -> None:
        actor = gazetteer.institutions.get((owner, role)) or fallback
        if actor is not None and not any(i in taken for i in range(start, end)):
            added.append(Mention(start, end, "ORG", actor, source))
            taken.update(range(start, end))

    for m in mentions:
        entry = gazetteer.actors.get(m.actor) if m.actor else None
        phrases = matcher.owner_phrases.get(entry.type) if entry is not None else None
        if not phrases:
            continue
        start = m.end
        if start < len(doc) and doc[start].text in rules.possessives:
            start += 1
        elif entry.type == "person":
            continue  # a leader's force only as "Haftar's forces"
        found = _institution_phrase(doc, start, phrases, words.lower)
        if found is not None and _modifies(doc[m.start : m.end].root, start, found[0]):
            add(entry.name, start, found[0], found[1], "owner_institution")
    pronouns = {get_string_id(w) for w in rules.institution_pronouns}  # (found from the word ids)
    for i in tokens_with(doc.to_array(LOWER).tolist(), pronouns):
        token = doc[i]
        if token.dep_ != "poss":
            continue
        owner = _nearest_actor(token, mentions, gazetteer)
        phrases = matcher.owner_phrases.get(owner.type) if owner is not None and owner.type != "person" else None
        found = _institution_phrase(doc, token.i + 1, phrases, words.lower) if phrases else None
        if found is not None and _modifies(token, token.i + 1, found[0]):
            # a state stands for its institution ("its intelligence service"); a group's wing must be known
            add(owner.name, token.i + 1, found[0], found[1], "possessive_institution",
                owner.name if owner.type == "state" else None)
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


#: rule name of a state's ministry named through the state (:func:`owned_organs`)
OWNER_ORGAN = "owner_organ"


def owned_organs(doc: Doc, mentions: list[Mention], matcher: ActorMatcher) -> list[Mention]:
    """A state's ministry named through the state (actors.v26): a model organisation the gazetteer does not know,
    a ministry noun with portfolio words only (``organ_nouns``, ``organ_words``: "Defence Ministry", "Ministry of
    Foreign Affairs"), right after a state's possessive ("Russia's Defence Ministry"), opening with the state's
    name, demonym or seat in the same span ("Turkish Ministry of Defence", "Mali's Ministry of Foreign Affairs") or
    closing with "of" and the state's name ("Foreign Ministry of Iraq") names the state's body of that name where
    the gazetteer knows one ("Russian Defence Ministry" -> Ministry of Defence of Russia), else the state. No parse
    needed; the span is unchanged (rule ``owner_organ``)."""
    rules, gazetteer = matcher.rules, matcher.gazetteer
    if not rules.organ_nouns:
        return mentions

    def state(actor: str | None) -> ActorEntry | None:
        entry = gazetteer.actors.get(actor) if actor else None
        return entry if entry is not None and entry.type == "state" else None

    def state_named(text: str) -> ActorEntry | None:
        form = matcher.lookup(text)
        return state(form.actor if form is not None else None)

    out = list(mentions)
    ends = {m.end: m for m in mentions if m.actor}
    for k, m in enumerate(mentions):
        if m.label != "ORG" or m.length < 2 or m.actor in gazetteer.actors:
            continue
        owner, body = None, m.start
        for j in range(min(m.end - 2, m.start + 4), m.start, -1):  # the owner inside the span, longest first
            owner = state_named(doc[m.start : j].text)
            if owner is not None:
                body = j + (doc[j].text in rules.possessives)
                break
        end = m.end
        if owner is None:  # ... or closing it: "Foreign Ministry of Iraq", "Ministry of Defence of the Netherlands"
            for j in range(m.start + 2, m.end - 1):
                if doc[j].lower_ != "of":
                    continue
                owner = state_named(doc[j + 1 + (doc[j + 1].lower_ == "the") : m.end].text)
                if owner is not None:
                    end = j
                    break
        if owner is None:  # ... or right before it: "Russia's Defence Ministry", "Iranian Foreign Ministry"
            at = m.start - 1 if m.start > 0 and doc[m.start - 1].text in rules.possessives else m.start
            before = ends.get(at)
            owner = state(before.actor if before is not None else None)
        if owner is None or not _organ_words([t.lower_ for t in doc[body:end]], rules):
            continue
        out[k] = replace(m, actor=_organ_of(owner, doc[body:end].text, gazetteer), source=OWNER_ORGAN)
    return out


def _organ_words(words: list[str], rules: LinkingRules) -> bool:
    """Whether ``words`` are one ministry noun and portfolio words only: "defence ministry", "ministry of
    foreign affairs" (not "ministry spokesman", "ministry of defense andrii cherniak")."""
    nouns = [i for i, w in enumerate(words) if w in rules.organ_nouns]
    if len(nouns) != 1 or len(words) < 2:
        return False
    i = nouns[0]
    if i not in (0, len(words) - 1) or (i == 0 and words[1] != "of"):
        return False
    rest = [w for j, w in enumerate(words) if j != i]
    return all(w in rules.organ_words for w in rest) and any(w not in ("of", "and", "the") for w in rest)


def _organ_of(state: ActorEntry, body: str, gazetteer: Gazetteer) -> str:
    """The gazetteer's body of ``state`` named by the state's demonym or name and ``body`` ("Russian" + "Defence
    Ministry", "Ministry of Defence of" + "Russia"), else the state's name."""
    for text in [f"{w} {body}" for w in (*state.demonyms, state.name, *state.aliases)] + [f"{body} of {state.name}"]:
        entry = gazetteer.entry(text)
        if entry is not None and entry.parent == state.name and entry.type == "government_body":
            return entry.name
    return state.name


def _institution_phrase(
    doc: Doc, start: int, phrases: list[tuple[tuple[str, ...], str]], lower: list[str]
) -> tuple[int, str] | None:
    """(end, role) of the institution noun phrase of ``phrases`` (longest first) starting at
    ``start`` that ends its noun phrase ("army said", not "army chiefs"), or None. ``lower``: the Doc's tokens'
    lowercase forms (:attr:`Words.lower`)."""
    for words, role in phrases:
        end = start + len(words)
        if end > len(lower) or tuple(lower[start:end]) != words:
            continue
        last = doc[end - 1]
        if last.head.i >= end and last.dep_ in ("compound", "amod", "nmod", "poss"):
            return None  # "Rwandan army chiefs", "Russian military aid"
        if end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN") and doc[end].head.i != end - 1:
            return None
        return end, role
    return None


def _modifies(owner: Token, start: int, end: int) -> bool:
    """Whether the owner's word hangs on the institution phrase."""
    return owner.dep_ in ("amod", "compound", "nmod", "poss") and start <= owner.head.i < end


def _nearest_actor(pronoun: Token, mentions: list[Mention], gazetteer: Gazetteer) -> ActorEntry | None:
    """The gazetteer entry of the nearest earlier actor mention in the pronoun's sentence, else in the
    sentence before (None when there is none, or that actor is unknown to the gazetteer)."""
    doc, sent = pronoun.doc, pronoun.sent
    windows = [(sent.start, pronoun.i)]
    if sent.start > 0:
        windows.append((doc[sent.start - 1].sent.start, sent.start))
    for lo, hi in windows:
        before = [m for m in mentions if lo <= m.start and m.end <= hi and m.actor]
        if before:
            return gazetteer.actors.get(before[-1].actor)
    return None


def organisation_actor(text: str, gazetteer: Gazetteer) -> str:
    """The actor of an organisation the matcher did not take: the canonical name when the
    text is a form of a known actor in a spelling the matcher's case rules refused
    ("European union"), else the text itself."""
    entry = gazetteer.entry(text)
    return entry.name if entry is not None else text


def article_spellings(doc: Doc, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """A person of the gazetteer is named as the article spells the name when the two differ only by accents: the
    entry "Recep Tayyip Erdoğan" is "Recep Tayyip Erdogan" in an article that writes "Erdogan" and never "Erdoğan"
    (FORMAT.md: a person's actor is the fullest form of the name the article uses). Each word of the entry's name with
    an accent is re-spelled when a mention of the person writes it without and none with it; a name the article
    never writes ("Nicolás" of a "Maduro" article) keeps the entry's spelling (actors.v29)."""
    written: dict[str, set[str]] = {}
    for m in mentions:
        if m.actor and not m.actor.isascii():
            written.setdefault(m.actor, set()).update(doc[m.start : m.end].text.split())
    renamed = {}
    for actor, words in written.items():
        entry = gazetteer.actors.get(actor)
        if entry is None or entry.type != "person":
            continue
        spelled = [fold_accents(w) if not w.isascii() and fold_accents(w) in words and w not in words else w
                   for w in actor.split()]
        if spelled != actor.split():
            renamed[actor] = " ".join(spelled)
    return [replace(m, actor=renamed[m.actor]) if m.actor in renamed else m for m in mentions] if renamed else mentions


# -- the whole step -----------------------------------------------------------------------------


def link_entities(doc: Doc, matcher: ActorMatcher) -> None:
    """Replace ``doc.ents``: cleaned model entities + gazetteer names, each with its actor."""
    split_hyphen_tokens(doc, matcher)
    model: list[Mention] = []
    others: list[Span] = []
    for ent in doc.ents:
        if ent.label_ in ACTOR_LABELS:
            model.extend(clean_model_span(doc, ent.start, ent.end, ent.label_, matcher))
        else:
            others.append(ent)
    names = outside_other_entities(doc, matcher.matches(doc), others, matcher.rules)
    names.extend(factions(doc, names, matcher))
    mentions = assign_actors(doc, resolve(doc, model, names, matcher.rules, matcher.qualified, matcher.scoped), matcher)
    mentions = owner_institutions(doc, mentions, matcher)
    mentions = owned_organs(doc, mentions, matcher)
    mentions = article_spellings(doc, mentions, matcher.gazetteer)
    # a non-actor of ``label: model`` keeps the model's label for the same words, and is no entity without one
    mentions = [replace(m, label=m.model_label or NO_ENTITY) if m.label == MODEL_LABEL else m for m in mentions]
    mentions = [m for m in mentions if m.label != NO_ENTITY]  # time zones, diseases...: no entity at all
    ents = [Span(doc, m.start, m.end, label=m.label, kb_id=m.actor, span_id=m.source) for m in mentions]
    taken = {i for m in mentions for i in range(m.start, m.end)}
    ents.extend(e for e in others if not any(i in taken for i in range(e.start, e.end)))
    doc.ents = sorted(ents, key=lambda e: e.start)
