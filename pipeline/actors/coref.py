"""Heuristic coreference for actors: pronouns and definite descriptions.

No neural coreference model can be downloaded for this project, so this is a
documented rule-based resolver in the spirit of Lappin & Leass (1994). For
each anaphor it collects the earlier actor mentions that agree with it
(entity label, actor type), drops those binding rules out ("Iran backs it"),
and picks the one with the highest salience: recency, grammatical role,
head-noun position, parallel role, frequency. A pronoun is left unresolved
when a plain noun phrase that is no actor is more salient than every actor
("They labeled *it*" after "claimed responsibility for the attack"). Weights
and word lists are in ``configs/coref.yaml``.

Kinds of resolved mention (``CorefMention.rule``), found in document order; a
resolved mention becomes a candidate antecedent for later ones:

- ``modifier``: a head noun with an actor in its own phrase ("the Iranian
  regime", "the Hamas leadership", "Assad's regime forces") -> that actor;
- ``apposition``: a description right before the actor it names ("the
  Iranian-backed group Palestinian Islamic Jihad") -> that actor;
- ``description``: "the group", "the Palestinian militant group" -> the most
  salient earlier actor whose label and type fit the head noun;
- ``former_latter``: "the former", "the latter" -> first/last actor of the
  nearest earlier coordination ("Hamas and Hezbollah");
- ``pronoun``: he/she/it/they and their possessive and reflexive forms.
  Pleonastic "it" ("it seems", "it is important to"), plural pronouns after a
  coordination of actors or a plain plural noun ("Iraqi groups ... their"),
  and quantified ones ("all of them") are left alone.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from pydantic import BaseModel, ConfigDict, Field
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from pipeline.actors.syntax import subjectless_finite
from pipeline.docs import Words, argument_entities, boilerplate_ranges, tokens_with

SUBJECT_DEPS = ("nsubj", "nsubjpass")
OBJECT_DEPS = ("dobj", "dative")
ARGUMENT_DEPS = SUBJECT_DEPS + OBJECT_DEPS + ("attr",)
MODIFIER_DEPS = ("compound", "poss", "amod", "nmod")
CLAUSE_DEPS = ("ccomp", "xcomp", "csubj", "pcomp", "advcl")
ACTOR_LABELS = ("PERSON", "ORG", "GPE")
#: label of a modifier mention by its modifier's: "the Iranian regime" is a state,
#: "the Biden administration" an organisation ("its" may refer to it)
MODIFIER_LABELS = {"NORP": "GPE", "PERSON": "ORG"}
UNKNOWN_TYPE = "unknown"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PronounRule(_Strict):
    words: list[str] = Field(min_length=1)
    labels: list[str] = Field(min_length=1)
    number: str = Field(pattern="^(singular|plural)$")
    types: list[str] | None = None  # gazetteer types it may refer to (None: any)
    gender: str | None = Field(default=None, pattern="^(male|female)$")  # never a person of the other gender


class GenderRules(_Strict):
    titles: dict[str, list[str]]  # gender -> titles before a name ("mrs", "sir")
    first_names_file: str  # relative to the rule file; read by the component into first_names
    first_names: dict[str, str] = {}  # lower-cased first name -> gender


class DescriptionRule(_Strict):
    heads: list[str] = Field(min_length=1)
    labels: list[str] = Field(min_length=1)
    types: list[str] = Field(min_length=1)
    exclude: list[str] = []  # actors it never refers to ("the militia" is no state's force)
    number: str = Field(default="singular", pattern="^(singular|plural)$")  # "the rebels" is plural
    facts: list[str] = []  # state facts the antecedent must have ("the kingdom": kingdom)
    needs_fact_word: bool = False  # only with a fact word among its modifiers ("the Gulf state", not "the state")
    max_sentences_back: int | None = Field(default=None, ge=0)  # nearer than salience.max_sentences_back


class NamedGovernment(_Strict):
    """A state whose government the news names by a proper name where it has a rival: "Libya's internationally
    recognised government", "the Tripoli government" -> the Government of National Accord (``named_governments``)."""

    state: str
    governments: list[str] = Field(min_length=1)  # the one the article names; none named: the first
    seats: list[str] = []  # "the government in Tripoli", "the Tripoli(-based) government" (case-sensitive words)
    words: list[str] = []  # modifiers that name it: "internationally recognised", "shadow" (case-folded phrases)


class Salience(_Strict):
    recency: float
    sentence_decay: float = Field(gt=0, le=1)
    subject: float
    object: float
    oblique: float
    head_noun: float
    parallel: float
    frequency: float
    frequency_cap: int = Field(ge=0)
    max_sentences_back: int = Field(ge=0)


class CorefRules(_Strict):
    version: str = Field(min_length=1)
    pronouns: list[PronounRule]
    unbound: list[str]
    quantifiers: list[str]
    descriptions: list[DescriptionRule]
    fact_words: dict[str, list[str]] = {}  # state fact -> modifiers that ask for it ("gulf": ["gulf", "persian gulf"])
    organ_heads: list[str]
    representation_heads: list[str] = []  # "Iran's UN delegation": the possessor owns it, the organisation hosts it
    former: list[str]
    latter: list[str]
    determiners: list[str]
    pleonastic_verbs: list[str]
    denial_verbs: list[str]
    claim_nouns: list[str]
    #: "Germany sanctioned Iran for its support of X", "sanctions on Iran for its support of X": a possessive in a
    #: reason phrase (``reason_prepositions``) of a verb of judging (``judging_verbs``) or of a penalty noun
    #: (``penalty_nouns``, and a verb taking one as its object) is the one judged, the verb's object or the actor
    #: the penalty is "on" or "against" (coref.v14)
    judging_verbs: list[str] = []
    #: relative adverbs of place: an argument of the clause they open is not the place ("in Syria, where it ...")
    place_relatives: list[str] = []
    penalty_nouns: list[str] = []
    reason_prepositions: list[str] = []
    #: plural nouns of people who act for an actor ("Russian soldiers", "Hezbollah fighters"): a plural pronoun
    #: may refer to the actor through them ("... Their mission" -> Russia)
    personnel_heads: list[str] = []
    #: offices a person holds ("prime minister"): "the Iraqi prime minister" is the person named with that title
    offices: list[str] = []
    #: heads of a state's government ("the government", "the administration") that may name a rival government
    government_heads: list[str] = []
    named_governments: list[NamedGovernment] = []
    #: "the Biden administration" is the United States: a head of ``administration_heads`` named by a leader is the
    #: state the leader led (``administrations``: leader -> state)
    administration_heads: list[str] = []
    administrations: dict[str, str] = {}
    gender: GenderRules
    salience: Salience


@dataclass(frozen=True, slots=True)
class CorefMention:
    """An anaphor (token range) resolved to an actor.

    ``label`` is the entity label of the actor's mentions (PERSON, ORG, GPE),
    ``rule`` the kind of anaphor, ``antecedent`` the antecedent's first token
    (None when the mention names its actor itself: ``modifier``, ``apposition``).
    """

    start: int
    end: int
    actor: str
    label: str
    rule: str
    antecedent: int | None


@dataclass(frozen=True, slots=True)
class _Candidate:
    """An earlier mention: an actor entity, a resolved anaphor, or (actor "") a plain noun phrase."""

    start: int
    end: int
    label: str
    actor: str
    sent: int
    root: Token
    owner_label: str = ""  # a PERSONNEL candidate: the entity label of the actor its people act for


#: words that make an office another one: a vice president is not "the president"
SUBORDINATE_TITLES = ("vice", "deputy", "assistant", "under")

#: label of a candidate that is an actor's people ("Russian soldiers"): an antecedent of plural pronouns only
PERSONNEL = "PERSONNEL"


ActorType = Callable[[str], "str | None"]
ActorFacts = Callable[[str], "frozenset[str]"]
QUOTE_PAIRS = {'"': '"', "\u201c": "\u201d"}
#: the characters :func:`quoted_ranges` acts on: line breaks and the marks (it steps from one to the next)
_QUOTE_EVENTS = re.compile("[" + re.escape("".join(sorted({"\n", *QUOTE_PAIRS, *QUOTE_PAIRS.values()}))) + "]")


MAX_ACRONYM = 8


def _acronym(text: str, name: str) -> bool:
    """Whether ``text`` is an acronym of ``name`` as articles define one: "HQN" of "Haqqani network", "MoD" of
    "Ministry of Defence", "ISIS-K" (not "Iran", "US"; not "NSW" of "Parliament of New South Wales", which
    abbreviates more than the name): mostly capitals, its first letter the name's, its capitals in the name in
    order."""
    letters = [c for c in text if c.isalpha()]
    if not (
        3 <= len(text) <= MAX_ACRONYM and text[0].isupper() and len(letters) >= 2
        and all(c.isalnum() or c == "-" for c in text) and sum(c.isupper() for c in letters) >= len(letters) - 1
    ):
        return False
    words = [w for w in name.split() if w.lower() != "the"]
    if not words or words[0][0].lower() != text[0].lower():
        return False
    rest = iter(" ".join(words).lower())
    return all(c.lower() in rest for c in letters if c.isupper())


def _no_facts(actor: str) -> frozenset[str]:
    return frozenset()


def quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges between paired quotation marks ('"..."', curly double quotes), within a paragraph:
    an unclosed quotation ends at the line break."""
    out: list[tuple[int, int]] = []
    opened: tuple[int, str] | None = None
    for event in _QUOTE_EVENTS.finditer(text):
        i, ch = event.start(), event.group()
        if ch == "\n":
            opened = None
        elif opened is not None and ch == opened[1]:
            out.append((opened[0], i + 1))
            opened = None
        elif opened is None and ch in QUOTE_PAIRS:
            opened = (i, QUOTE_PAIRS[ch])
    return out


@dataclass(frozen=True)
class _RuleIndex:
    """The look-ups :class:`Resolver` reads from a rule set, built once per rule set (:func:`_rule_index`) instead of
    once per Doc."""

    pronouns: dict[str, PronounRule]  # word -> its pronoun rule
    heads: dict[str, DescriptionRule]  # head word -> its description rule
    offices: list[tuple[str, ...]]  # office phrases in lower case, longest first
    office_ends: frozenset[str]
    fact_phrases: list[tuple[str, str]]  # (modifier phrase in lower case with hyphens as spaces, its state fact)
    named: dict[str, NamedGovernment]  # state -> its named government
    anaphor_ids: frozenset[int]  # word ids (LOWER) of the words that may start an anaphor (:meth:`Resolver.run`)
    personnel_ids: frozenset[int]  # word ids (LOWER) of the personnel heads (:meth:`Resolver._personnel`)


#: id of the rule set -> (the rule set, its look-ups)
_RULE_INDEXES: dict[int, tuple[CorefRules, _RuleIndex]] = {}


def _rule_index(rules: CorefRules) -> _RuleIndex:
    """The look-ups of ``rules``, built on the first Doc of a rule set and kept for the next (a rule set is frozen;
    a word id is the hash of its string, the same in every StringStore)."""
    held = _RULE_INDEXES.get(id(rules))
    if held is not None and held[0] is rules:
        return held[1]
    pronouns = {w: p for p in rules.pronouns for w in p.words}
    heads = {h: d for d in rules.descriptions for h in d.heads}
    offices = sorted((tuple(o.lower().split()) for o in rules.offices), key=len, reverse=True)
    office_ends = frozenset(o[-1] for o in offices)
    words = {*pronouns, *heads, *rules.organ_heads, *rules.former, *rules.latter, *office_ends}
    index = _RuleIndex(
        pronouns=pronouns,
        heads=heads,
        offices=offices,
        office_ends=office_ends,
        fact_phrases=[(" ".join(w.lower().replace("-", " ").split()), f) for f, ws in rules.fact_words.items() for w in ws],
        named={g.state: g for g in rules.named_governments},
        anaphor_ids=frozenset(get_string_id(w) for w in words),
        personnel_ids=frozenset(get_string_id(w) for w in rules.personnel_heads),
    )
    if len(_RULE_INDEXES) >= 8:  # (tests build many rule sets: keep the few latest)
        _RULE_INDEXES.pop(next(iter(_RULE_INDEXES)))
    _RULE_INDEXES[id(rules)] = (rules, index)
    return index


class Resolver:
    """Resolves the anaphors of one parsed Doc (use :func:`resolve_coref`)."""

    def __init__(self, doc: Doc, rules: CorefRules, actor_type: ActorType, actor_facts: ActorFacts = _no_facts) -> None:
        self.doc = doc
        self.rules = rules
        self.actor_type = cache(actor_type)  # (asked for every candidate of every anaphor: read once per actor and Doc)
        self.actor_facts = actor_facts
        self._index = index = _rule_index(rules)  # (the rules' look-ups, built once per rule set)
        self.pronouns = index.pronouns
        self.heads = index.heads
        self.offices = index.offices
        self.office_ends = index.office_ends
        #: (modifier phrase in lower case with hyphens as spaces, the state fact it asks for)
        self.fact_phrases = index.fact_phrases
        self.named = index.named
        self.quotes = quoted_ranges(Words(doc).text)  # (doc.text would make a Token object per token)
        self.sent_starts = [sent.start for sent in doc.sents]
        self.ents = ents = argument_entities(doc)
        self.entity_at = {i: e for e in ents for i in range(e.start, e.end)}
        self.actors: list[_Candidate] = []  # in document order
        self.mention_starts: dict[str, list[int]] = {}  # actor -> first tokens of its mentions
        for e in ents:
            if e.kb_id_ and e.label_ in ACTOR_LABELS:
                self._add(_Candidate(e.start, e.end, e.label_, e.kb_id_, self.sent_of(e.start), e.root))
        self.resolved: dict[int, CorefMention] = {}  # head token of a resolved anaphor -> mention
        #: an actor's people ("Russian soldiers"), by head token: candidates of plural pronouns only
        self.personnel: dict[int, _Candidate] = self._personnel()
        #: a state's demonym ("a Burmese company", "Saudi officials"): an antecedent of a description whose head names a
        #: form of government ("the junta", "the kingdom"; coref.v10), which no other kind of actor has
        self.demonyms = [_Candidate(e.start, e.end, "GPE", e.kb_id_, self.sent_of(e.start), e.root) for e in ents
                         if e.label_ == "NORP" and e.kb_id_ and self.actor_type(e.kb_id_) == "state"]
        self.genders = person_genders(doc, rules.gender)  # person actor -> gender, grown by resolved pronouns

    def _personnel(self) -> dict[int, _Candidate]:
        """ "Russian soldiers", "Hezbollah's fighters", "Wagner mercenaries": a plural head of
        ``personnel_heads`` with an actor entity as its modifier (not in a hyphen compound: "Iran-backed
        fighters" are not Iran's; not after a coordination: "Russian and Chinese troops" are two actors')."""
        if not self.rules.personnel_heads:
            return {}
        out = {}
        for i in tokens_with(self.doc.to_array("LOWER").tolist(), self._index.personnel_ids):
            token = self.doc[i]
            if token.tag_ != "NNS" or i in self.entity_at:
                continue
            owners = [self.entity_at[c.i] for c in token.lefts if c.dep_ in MODIFIER_DEPS and c.i in self.entity_at]
            owners = [e for e in owners if e.kb_id_ and e.label_ in ("ORG", "GPE", "NORP") and not self._hyphen_compound(e)]
            if len({e.kb_id_ for e in owners}) != 1 or any(c.dep_ in ("conj", "cc") for e in owners for c in e.root.children):
                continue
            owner = owners[0]
            out[i] = _Candidate(token.left_edge.i, i + 1, PERSONNEL, owner.kb_id_, self.sent_of(i), token,
                                MODIFIER_LABELS.get(owner.label_, owner.label_))
        return out

    def _add(self, cand: _Candidate) -> None:
        insort(self.actors, cand, key=lambda c: c.start)
        starts = self.mention_starts.setdefault(cand.actor, [])
        starts.insert(bisect_left(starts, cand.start), cand.start)

    def sent_of(self, i: int) -> int:
        return bisect_right(self.sent_starts, i) - 1

    # -- the walk -------------------------------------------------------------------------
    def run(self) -> list[CorefMention]:
        """Resolve every anaphor outside page furniture, in order (only tokens whose word may start one are visited)."""
        rules = self.rules
        furniture = boilerplate_ranges(self.doc)
        found: list[CorefMention] = []
        for mention in self.acronyms():
            found.append(mention)
            self._add(_Candidate(mention.start, mention.end, mention.label, mention.actor, self.sent_of(mention.start),
                                 self.doc[mention.start]))
        for i in tokens_with(self.doc.to_array("LOWER").tolist(), self._index.anaphor_ids):
            token = self.doc[i]
            if i in self.entity_at or any(a <= token.idx < b for a, b in furniture):
                continue
            mention = self.anaphor(token)
            if mention is not None:
                found.append(mention)
                self.resolved[i] = mention
                if mention.rule == "modifier" and token.lower_ in rules.representation_heads:
                    continue  # "fled to the Canadian embassy ... out of the country": a state abroad, no antecedent
                gender = self.pronouns[token.lower_].gender if token.lower_ in self.pronouns else None
                if gender is not None and mention.label == "PERSON":
                    self.genders.setdefault(mention.actor, gender)  # "Kim Lee ... she": Kim Lee is a woman
                if token.lower_ in self.pronouns and self.pronouns[token.lower_].number == "plural":
                    # number agreement: "they" is an antecedent of a later plural pronoun only, never of "it"
                    self._add(_Candidate(mention.start, mention.end, PERSONNEL, mention.actor, self.sent_of(i), token, mention.label))
                    continue
                self._add(_Candidate(mention.start, mention.end, mention.label, mention.actor, self.sent_of(i), token))
        return found

    def acronyms(self) -> list[CorefMention]:
        """An acronym the article defines for an actor names it wherever it is used after: "the Haqqani network
        (HQN) ... handed $200,000 to the HQN" -> Haqqani network.

        A definition is an actor entity followed by one capitalised word in parentheses (3 to
        :data:`MAX_ACRONYM` characters, mostly upper case) that is no actor of its own; the later uses are the same
        word, case-sensitive, outside an actor entity."""
        doc, defined = self.doc, {}
        for ent in self.ents:
            if not ent.kb_id_ or ent.label_ not in ACTOR_LABELS or ent.end + 2 >= len(doc):
                continue
            open_, word, close = doc[ent.end], doc[ent.end + 1], doc[ent.end + 2]
            if open_.text == "(" and close.text == ")" and _acronym(word.text, ent.text) and not (
                word.i in self.entity_at and self.entity_at[word.i].kb_id_
            ):
                defined.setdefault(word.text, (word.i, ent))
        out = []
        for text, (at, ent) in defined.items():
            for tok in doc[at + 1 :]:
                if tok.text == text and not (tok.i in self.entity_at and self.entity_at[tok.i].kb_id_):
                    out.append(CorefMention(tok.i, tok.i + 1, ent.kb_id_, ent.label_, "acronym", ent.start))
        return sorted(out, key=lambda m: m.start)

    def anaphor(self, token: Token) -> CorefMention | None:
        government = token.lower_ in self.rules.government_heads and token.pos_ == "NOUN"
        mention = self._anaphor(token)
        if government and (mention is None or mention.rule == "description"):
            mention = self.seat(token) or mention  # a seat over a guess, a name in the phrase over a seat
        if mention is not None and government and mention.actor in self.named:
            mention = self._named_government(token, mention)
        return mention

    def _anaphor(self, token: Token) -> CorefMention | None:
        lower = token.lower_
        if lower in self.pronouns and token.tag_ in ("PRP", "PRP$"):
            return self.pronoun(token)
        if token.pos_ == "NOUN" and lower in self.rules.organ_heads:
            mention = self.modifier(token)
            if mention is not None:
                return mention
        det = self._determiner(token)
        if det is not None and det.lower_ == "the" and lower in self.office_ends and token.pos_ in ("NOUN", "PROPN"):
            mention = self.office(token, det)
            if mention is not None:
                return mention
        tag = _common_tag(token)
        if det is None or not (token.pos_ in ("NOUN", "ADJ") or tag in ("NN", "NNS")):
            return None
        if lower in self.rules.former or lower in self.rules.latter:
            return self.former_latter(token, det)
        if tag == "NN" and det.lower_ == "the":
            return self.apposition(token) or self.description(token)
        if tag == "NNS" and det.lower_ == "the":
            return self.description(token)
        return None

    # -- the kinds of anaphor -------------------------------------------------------------------
    def pronoun(self, token: Token) -> CorefMention | None:
        rule = self.pronouns[token.lower_]
        if token.lower_ == "it" and self._pleonastic(token):
            return None
        if token.head.lower_ == "of" and token.head.head.lower_ in self.rules.quantifiers:
            return None  # "all of them"
        bound = token.lower_ not in self.rules.unbound
        types = set(rule.types) if rule.types is not None else None
        if token.tag_ == "PRP$":
            denier = self._denier(token, set(rule.labels), types)
            if denier is not None:
                return CorefMention(token.i, token.i + 1, denier.kb_id_, denier.label_, "pronoun", denier.start)
            judged = self._judged(token, set(rule.labels), types)
            if judged is not None:
                return CorefMention(token.i, token.i + 1, judged.actor, judged.label, "pronoun", judged.start)
            owner = self._conjunct_owner(token, set(rule.labels), types, rule.gender)
            if owner is not None and rule.number == "singular":
                return CorefMention(token.i, token.i + 1, owner.kb_id_, owner.label_, "pronoun", owner.start)
        labels = set(rule.labels) | ({PERSONNEL} if rule.number == "plural" else set())
        best = self._best(token, labels, types, bound, compete="PERSON" not in rule.labels, gender=rule.gender)
        if best is None or best.actor == "":
            return None
        if rule.number == "plural" and (self._coordination_between(best, token) or self._plural_noun_between(best, token)):
            return None
        return CorefMention(token.i, token.i + 1, best.actor, best.owner_label or best.label, "pronoun", best.start)

    def modifier(self, token: Token) -> CorefMention | None:
        """ "the Iranian regime", "the Hamas leadership", "Assad's regime forces"."""
        lefts = list(token.lefts)
        if token.lower_ in self.rules.representation_heads and any(c.dep_ == "poss" for c in lefts):
            lefts = [c for c in lefts if c.dep_ == "poss"]  # "Iran's UN delegation" is Iran's, accredited to the UN
        for child in reversed(lefts):
            for t in (child, *[g for g in child.lefts if child.dep_ in ("compound", "amod")]):
                ent = self.entity_at.get(t.i)
                if ent is None or not ent.kb_id_ or t.dep_ not in MODIFIER_DEPS or self._hyphen_compound(ent):
                    continue
                if ent.label_ == "NORP" and not self._names_state(token):
                    return None  # "the Lebanese group" is a group based there, not the state: a description
                label = MODIFIER_LABELS.get(ent.label_, ent.label_)
                if token.lower_ in self.rules.administration_heads and ent.kb_id_ in self.rules.administrations:
                    return CorefMention(token.left_edge.i, token.i + 1, self.rules.administrations[ent.kb_id_], "GPE",
                                        "administration", None)  # "the Trump administration" is the state (coref.v9)
                return CorefMention(token.left_edge.i, token.i + 1, ent.kb_id_, label, "modifier", None)
        return None

    def _names_state(self, head: Token) -> bool:
        """Whether a demonym on ``head`` names its state: "the Iranian regime", not "the Lebanese group"."""
        rule = self.heads.get(head.lower_) or self.heads.get(head.lemma_)
        return rule is None or "state" in rule.types

    def apposition(self, token: Token) -> CorefMention | None:
        """ "the Iran-backed militant group Palestinian Islamic Jihad": the description names the entity right after it."""
        ent = self.entity_at.get(token.i + 1)
        if ent is None or ent.start != token.i + 1 or not ent.kb_id_ or ent.label_ not in ACTOR_LABELS:
            return None
        if ent.root.dep_ in SUBJECT_DEPS and ent.root.head.i != token.i:
            return None  # "the progress Russia is making": a relative clause, no apposition
        return CorefMention(token.left_edge.i, token.i + 1, ent.kb_id_, ent.label_, "apposition", ent.start)

    def description(self, token: Token) -> CorefMention | None:
        """ "the group", "the Palestinian militant group", "the Gulf state", "the rebels" -> the most salient
        earlier actor that fits the head noun, and the state facts of the head and its modifiers."""
        rule = self.heads.get(token.lower_) or self.heads.get(token.lemma_)
        if rule is None or rule.number != ("plural" if _common_tag(token) == "NNS" else "singular"):
            return None
        of_state = "state" in rule.types  # fact words narrow descriptions of states only: "the Arab group" is a group
        if any(c.i in self.entity_at and c.dep_ != "amod" and not (of_state and self._fact_place(self.entity_at[c.i]))
               for c in token.lefts):
            return None  # "the US state", "the Mars axis": a name of its own, not an anaphor ("the Gulf state" is one)
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
            return None  # "the group of countries" is no anaphor
        facts = set(rule.facts) | (self._fact_words(token) if of_state else set())
        if rule.needs_fact_word and not facts - set(rule.facts):
            return None  # "the state" alone is too vague; "the Gulf state" is not
        if self._introduced(token):
            return None  # "Saudi Arabia formed a coalition ... The coalition receives ...": that coalition, no actor
        excluded = set(rule.exclude) | self._governing_actors(token)
        repeated = self._repeated_head(token, excluded)
        if repeated is not None:
            return repeated
        best = self._best(token, set(rule.labels), set(rule.types), False, compete=False, exclude=excluded,
                          facts=facts, max_back=rule.max_sentences_back, quoted=True, demonyms=bool(rule.facts))
        if best is None or self._named_by_ally(token, set(rule.types)):
            return None
        return CorefMention(token.left_edge.i, token.i + 1, best.actor, best.label, "description", best.start)

    def _repeated_head(self, token: Token, excluded: set[str]) -> CorefMention | None:
        """A bare description ("the regime", "the junta") repeats the nearest earlier phrase with the same head noun
        that named its actor ("the Syrian regime", "the regime of Bashar al-Assad"), in reach (coref.v13): a reader
        takes the same noun for the same referent before weighing other actors by salience. Not when the nearest such
        phrase names no actor of its own, and not when that actor is bound out (the description is an argument of a
        verb the actor is an argument of: "Iran said the regime ...")."""
        if any(c.dep_ not in ("det", "punct") for c in token.children if c.i < token.i):
            return None  # "the new regime", "the Iranian regime": a description with words of its own
        for i in range(token.i - 1, self._reach_start(token) - 1, -1):
            earlier = self.doc[i]
            if earlier.lower_ != token.lower_ or earlier.pos_ != "NOUN":
                continue
            found = self.resolved.get(i)
            if found is not None and found.rule in ("modifier", "seat", "named_government"):
                actor, label = found.actor, found.label
            else:
                owners = [o for p in earlier.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                          if o.dep_ == "pobj" and o.i in self.entity_at and self.entity_at[o.i].kb_id_]
                if not owners:
                    return None  # the nearest same noun names no actor of its own: no repeat to follow
                actor, label = self.entity_at[owners[0].i].kb_id_, self.entity_at[owners[0].i].label_
            if actor in excluded:
                return None
            return CorefMention(token.left_edge.i, token.i + 1, actor, label, "description", earlier.left_edge.i)
        return None

    def seat(self, token: Token) -> CorefMention | None:
        """ "the government in Kabul": a government head whose "in" names a state's seat (an entity of a state
        actor) is that state's (coref.v9); "the government in Kabul's pocket" or a government of a place that is no
        state ("the regional government in Erbil") is not. "the Tripoli-based government": a seat of a named
        government (``named_governments``) before "based" is its state's."""
        if self._determiner(token) is None:
            return None
        for mod in token.lefts:
            if mod.dep_ == "amod" and mod.lower_ == "based":
                for place in mod.lefts:
                    state = next((g.state for g in self.rules.named_governments if place.text in g.seats), None)
                    if state is not None:
                        return CorefMention(token.left_edge.i, token.i + 1, state, "GPE", "seat", None)
        for prep in token.rights:
            if prep.dep_ != "prep" or prep.lower_ != "in":
                continue
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            ent = self.entity_at.get(obj.i) if obj is not None else None
            if ent is None or not ent.kb_id_ or ent.label_ != "GPE" or self.actor_type(ent.kb_id_) != "state":
                return None
            if any(c.dep_ in ("poss", "case") for c in obj.children) or obj.i != ent.root.i:
                return None
            return CorefMention(token.left_edge.i, token.i + 1, ent.kb_id_, "GPE", "seat", None)
        return None

    def _named_government(self, token: Token, mention: CorefMention) -> CorefMention:
        """ "Libya's internationally recognised government", "the Tripoli-based government", "the government in
        Tripoli" -> the state's government of that name (``named_governments``): the one the article names, else the
        first listed. A plain "the Libyan government" stays the state."""
        named = self.named[mention.actor]
        start = mention.start
        while start > max(token.i - 8, 0) and (prev := self.doc[start - 1]).lower_ not in self.rules.determiners \
                and prev.dep_ in ("amod", "advmod", "punct", "compound", "npadvmod") and prev.head.i > prev.i:
            start -= 1  # "the new, UN-recognised Libyan administration": modifiers the parse hung elsewhere
        words = list(self.doc[start : token.i])
        for prep in token.rights:
            if prep.dep_ == "prep" and prep.lower_ == "in":
                words.extend(c for c in prep.children if c.dep_ == "pobj")
        phrase = f" {' '.join(' '.join(t.lower_ for t in words).replace('-', ' ').split())} "
        if not ({t.text for t in words} & set(named.seats) or any(f" {w} " in phrase for w in named.words)):
            return mention
        named_here = [e.kb_id_ for e in self.ents if e.kb_id_ in named.governments]
        actor = named_here[0] if named_here else named.governments[0]
        return CorefMention(mention.start, mention.end, actor, "ORG", "named_government", mention.antecedent)

    def _named_by_ally(self, token: Token, types: set[str]) -> bool:
        """ "the Saudi-backed government": a description that names its side by an actor of its own kind in a hyphen
        compound is not that actor, and nothing in it says which other one it is: left alone (coref.v9). "the
        Iran-backed group" names a group by a state: an ordinary description."""
        for i in range(token.left_edge.i, token.i):
            ent = self.entity_at.get(i)
            if ent is not None and ent.kb_id_ and self._hyphen_compound(ent) and \
                    (self.actor_type(ent.kb_id_) or UNKNOWN_TYPE) in types:
                return True
        return False

    def _governing_actors(self, token: Token) -> set[str]:
        """Binding for descriptions: a definite description is not the subject or object of the verb it hangs on,
        through prepositions and nouns ("Oman, which sent ships in aid of the government": not Oman), nor the
        controller of a non-finite verb it hangs on ("Chad helps by flying fuel to the government": not Chad; "urging
        Peru to send medics in aid of the group": not Peru). A reported clause ("Iran said the government ..."), an
        adverbial clause, a predicate noun, an apposition and a possessive are no such argument (coref.v9)."""
        node, out = token, set()
        for _ in range(8):
            if node.dep_ in ("ccomp", "parataxis", "ROOT", "advcl", "relcl", "acl", "attr", "appos", "conj", "poss") \
                    or node.head.i == node.i:
                return out  # ("X is the largest party", "X, the country with ...", "X enabled the group's attacks")
            node = node.head
            if node.pos_ in ("VERB", "AUX"):
                break
        else:
            return out
        while True:
            out |= self._arguments(node, token)
            if any(c.dep_ in SUBJECT_DEPS for c in node.children) or node.dep_ not in ("xcomp", "pcomp"):
                return out
            node = node.head if node.head.pos_ in ("VERB", "AUX") else node.head.head  # "by sending": prep -> verb
            if node.pos_ not in ("VERB", "AUX"):
                return out

    def _arguments(self, verb: Token, token: Token) -> set[str]:
        """The actors of ``verb``'s subject, agent and objects (a relative pronoun stands for its antecedent)."""
        out = set()
        for arg in verb.children:
            if arg.dep_ not in SUBJECT_DEPS + OBJECT_DEPS + ("agent",) or arg.i == token.i:
                continue
            if arg.dep_ == "agent":
                arg = next((c for c in arg.children if c.dep_ == "pobj"), arg)
            if arg.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
                arg = verb.head  # "Oman, which sent ships ...": the relative clause's antecedent
            out |= self._actors_at(arg)
        return out

    def _actors_at(self, arg: Token) -> set[str]:
        """The actor an argument stands for: its entity, its resolved mention or its people ("Russian troops"); not
        an actor that only modifies it ("won the Green Party's nomination ahead of the party's convention")."""
        if arg.i in self.entity_at and self.entity_at[arg.i].kb_id_:
            return {self.entity_at[arg.i].kb_id_}
        if arg.i in self.resolved:
            return {self.resolved[arg.i].actor}
        return {self.personnel[arg.i].actor} if arg.i in self.personnel else set()

    def _introduced(self, token: Token) -> bool:
        """The description's noun was brought in as an indefinite object in its sentence or the one before ("formed a
        coalition with eight states. The coalition ..."; not a name's predicate: "Hamas is a militant group. The group
        ..."): it refers back to that phrase, which names no actor (coref.v8)."""
        start = self.sent_starts[max(self.sent_of(token.i) - 1, 0)]
        for t in self.doc[start : token.i]:
            if t.lemma_ != token.lemma_ or t.pos_ != "NOUN" or t.i in self.entity_at or t.i in self.resolved:
                continue
            if t.dep_ != "dobj" or any(c.i in self.entity_at for c in t.children):
                continue  # (an object brought in: "formed a coalition", "set up a group"; not "a major party is expected")
            if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children):
                return True
        return False

    def office(self, token: Token, det: Token) -> CorefMention | None:
        """ "the Iraqi prime minister", "the president" -> the person named nearest before with that office in
        their title ("Iraqi Prime Minister Haider al-Abadi", "Haider al-Abadi, Iraq's prime minister"); the
        actors that qualify the office ("Iraqi") must qualify the person's title too, and an office no actor
        qualifies must have had one holder in the article so far. A description with words other than actors, the
        office and "former" ("the new prime minister", "a deputy prime minister"), an office named in the same noun
        phrase as a person ("the prime minister Haider al-Abadi") and one of a named state ("the president of
        Turkey") are left alone."""
        words = list(self.doc[det.i + 1 : token.i + 1])
        office = next((o for o in self.offices if tuple(t.lower_ for t in words[-len(o):]) == o), None)
        if office is None or any(c.dep_ in ("appos", "compound") and c.i in self.entity_at or c.dep_ == "prep"
                                 and c.lower_ == "of" for c in token.children):
            return None  # "the prime minister Haider al-Abadi" names its person; "the president of Turkey" its state
        before = words[: len(words) - len(office)]
        owners = set()
        for t in before:
            ent = self.entity_at.get(t.i)
            if ent is not None and ent.kb_id_:
                owners.add(ent.kb_id_)
            elif t.lower_ not in ("former", "then", "'s", "’s"):
                return None
        holders = []  # the persons titled with the office before the description, nearest first
        for ent in reversed(self.ents):
            if ent.end > det.i or ent.label_ != "PERSON" or not ent.kb_id_:
                continue
            tokens = self._title_tokens(ent)
            title = [t.lower_ for t in tokens]
            titled = {self.entity_at[t.i].kb_id_ for t in tokens if t.i in self.entity_at}
            if owners <= titled and any(title[i : i + len(office)] == list(office) and (i == 0 or title[i - 1] not in SUBORDINATE_TITLES)
                                        for i in range(len(title))):
                holders.append(ent)
        if not holders or (not owners and len({e.kb_id_ for e in holders}) > 1):
            return None  # "the president" after President Trump and President Erdogan: which one?
        return CorefMention(det.i, token.i + 1, holders[0].kb_id_, "PERSON", "office", holders[0].start)

    def _title_tokens(self, ent: Span) -> list[Token]:
        """The words of a person's title: right before the name in its sentence ("Former Iraqi Prime Minister"),
        or in apposition to it ("..., Iraq's prime minister, ...")."""
        out, i = [], ent.start - 1
        while i >= ent.sent.start and (self.doc[i].is_title or i in self.entity_at) and not self.doc[i].is_punct:
            out.insert(0, self.doc[i])
            i -= 1
        for c in ent.root.children:
            if c.dep_ == "appos":
                out.extend(self.doc[c.left_edge.i : c.i + 1])
        return out

    def _fact_place(self, ent: Span) -> bool:
        """A modifier entity that names no actor but a fact ("Gulf", "Sahel")."""
        return not ent.kb_id_ and any(ent.text.lower().replace("-", " ") == phrase for phrase, _ in self.fact_phrases)

    def _fact_words(self, token: Token) -> set[str]:
        """State facts the modifiers before a head ask for: "the West African nation" -> west_africa."""
        words = " ".join(t.lower_ for t in self.doc[token.left_edge.i : token.i]).replace("-", " ").split()
        text = f" {' '.join(words)} "
        return {fact for phrase, fact in self.fact_phrases if f" {phrase} " in text}

    def _quoted(self, char: int) -> tuple[int, int] | None:
        return next(((a, b) for a, b in self.quotes if a <= char < b), None)

    def former_latter(self, token: Token, det: Token) -> CorefMention | None:
        first = token.lower_ in self.rules.former
        for cand in reversed(self._window(token)):
            if cand.root.dep_ != "conj":
                continue
            partner = next((c for c in self.actors if c.start <= cand.root.head.i < c.end), None)
            if partner is not None:
                chosen = partner if first else cand
                return CorefMention(det.i, token.i + 1, chosen.actor, chosen.label, "former_latter", chosen.start)
        return None

    # -- candidates and salience ------------------------------------------------------------
    def _window(self, token: Token, max_back: int | None = None, personnel: bool = False,
                demonyms: bool = False) -> list[_Candidate]:
        here, limit = self.sent_of(token.i), self.rules.salience.max_sentences_back
        limit = limit if max_back is None else min(limit, max_back)
        people = list(self.personnel.values()) if personnel else []
        people += self.demonyms if demonyms else []
        return [c for c in self.actors + people if c.end <= token.i and here - c.sent <= limit]

    def _reach_start(self, token: Token) -> int:
        """The first token of the sentences a description's antecedent may be in (``salience.max_sentences_back``)."""
        return self.sent_starts[max(self.sent_of(token.i) - self.rules.salience.max_sentences_back, 0)]

    def _noun_phrases(self, token: Token, plural: bool) -> list[_Candidate]:
        """Plain noun phrases (no actor in or on them) in argument roles before ``token``, in its window."""
        out = []
        for t in self.doc[self._reach_start(token) : token.i]:
            if t.tag_ != ("NNS" if plural else "NN") or t.dep_ not in ARGUMENT_DEPS:
                continue
            if t.i in self.entity_at or t.i in self.resolved:
                continue
            if any(c.i in self.entity_at or c.i in self.resolved for c in t.lefts if c.dep_ in MODIFIER_DEPS):
                continue  # "the Hamas leadership" stands for its actor
            out.append(_Candidate(t.i, t.i + 1, "", "", self.sent_of(t.i), t))
        return out

    def _score(self, cand: _Candidate, token: Token) -> float:
        s = self.rules.salience
        role = _role(cand.root)
        weight = s.subject if role in SUBJECT_DEPS else s.object if role in OBJECT_DEPS else s.oblique if role == "pobj" else 0
        score = (s.recency + weight + s.head_noun * (cand.root.dep_ not in MODIFIER_DEPS)) * s.sentence_decay ** (
            self.sent_of(token.i) - cand.sent
        )
        score += s.parallel * (role == _role(token) and role in ARGUMENT_DEPS + ("pobj",))
        if cand.actor:
            score += s.frequency * min(bisect_left(self.mention_starts.get(cand.actor, []), cand.start), s.frequency_cap)
        return score

    def _best(
        self,
        token: Token,
        labels: set[str],
        types: set[str] | None,
        bound: bool,
        compete: bool = True,
        exclude: set[str] = frozenset(),
        gender: str | None = None,
        facts: set[str] = frozenset(),
        max_back: int | None = None,
        quoted: bool = False,
        demonyms: bool = False,
    ) -> _Candidate | None:
        """The most salient agreeing candidate.

        With ``compete`` (pronouns that may refer to things: it, they), a plain
        noun phrase at least as salient wins and the result has actor "".
        ``facts``: state facts the candidate must have; ``max_back``: sentences back at most; ``quoted``:
        a mention inside a quotation that ended before the anaphor's sentence is no candidate for an anaphor
        outside it (the quotation of the anaphor's own sentence is what its speaker said: '"X will win," the
        group said').
        """
        excluded = exclude | (self._clause_actors(token) if bound else set())
        here = self._quoted(token.idx) if quoted else None
        sentence_start = self.doc[self.sent_starts[self.sent_of(token.i)]].idx if quoted else 0
        best, best_score = None, float("-inf")
        for cand in self._window(token, max_back, personnel=PERSONNEL in labels, demonyms=demonyms):
            if cand.label not in labels or cand.actor in excluded:
                continue
            if facts and not facts <= self.actor_facts(cand.actor):
                continue  # "the kingdom" is no republic
            if quoted and (inside := self._quoted(self.doc[cand.start].idx)) is not None and inside != here \
                    and inside[1] <= sentence_start:
                continue  # a name said in an earlier sentence's quotation is no antecedent outside it ("..." the group said: it is)
            if gender is not None and self.genders.get(cand.actor, gender) != gender:
                continue  # "she" is not Mr Holm
            if types is not None and (self.actor_type(cand.actor) or UNKNOWN_TYPE) not in types:
                continue
            score = self._score(cand, token)
            if score >= best_score:  # ties: the later candidate
                best, best_score = cand, score
        if best is not None and compete:
            plural = self.pronouns[token.lower_].number == "plural"
            if any(self._score(np, token) >= best_score for np in self._noun_phrases(token, plural)):
                return _Candidate(best.start, best.end, best.label, "", best.sent, best.root)
        return best

    def _denier(self, pronoun: Token, labels: set[str], types: set[str] | None) -> Span | None:
        """ "Hamas rejected claims that Iran directed its attack": a possessive in a
        denied clause whose subject is another agreeing actor refers to the denier."""
        verb = pronoun.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        matrix = verb.head
        if verb.dep_ == "acl" and matrix.lemma_ in self.rules.claim_nouns:
            matrix = matrix.head
        elif verb.dep_ != "ccomp":
            return None
        if matrix.lemma_ not in self.rules.denial_verbs:
            return None

        def agreeing_subject(v: Token) -> Span | None:
            subj = next((c for c in v.children if c.dep_ in SUBJECT_DEPS), None)
            ent = self.entity_at.get(subj.i) if subj is not None else None
            return ent if self._agrees(ent, labels, types) else None

        denier, doer = agreeing_subject(matrix), agreeing_subject(verb)
        return denier if denier is not None and doer is not None and doer.kb_id_ != denier.kb_id_ else None

    def _judged(self, pronoun: Token, labels: set[str], types: set[str] | None) -> _Candidate | None:
        """ "Germany sanctioned Iran for its support of X", "new sanctions on Iran for its support of X", "sanctions on
        Iran due to Tehran's conduct, particularly its support for X": a possessive in a reason phrase of a verb of
        judging or of a penalty is the one judged (the verb's object; the actor the penalty is on or against), not
        the one who judges, whatever their salience (coref.v14)."""
        if not self.rules.reason_prepositions or pronoun.dep_ != "poss":
            return None
        noun = pronoun.head
        while noun.dep_ in ("appos", "conj") and noun.head.i != noun.i:
            noun = noun.head  # "Tehran's conduct, particularly its support"
        if noun.dep_ != "pobj":
            return None
        prep = noun.head
        if prep.dep_ == "pcomp":
            prep = prep.head  # "due to", "because of"
        if prep.lower_ not in self.rules.reason_prepositions or prep.dep_ != "prep" or prep.head.i == prep.i:
            return None
        judge = prep.head
        if judge.pos_ in ("VERB", "AUX") and judge.lemma_.lower() in self.rules.judging_verbs:
            return self._agreeing(next((c for c in judge.children if c.dep_ == "dobj"), None), labels, types)
        penalties = [judge] if judge.lemma_.lower() in self.rules.penalty_nouns and judge.pos_ in ("NOUN", "PROPN") else []
        if judge.pos_ in ("VERB", "AUX"):
            penalties = [c for c in judge.children if c.dep_ == "dobj" and c.lemma_.lower() in self.rules.penalty_nouns]
            penalties += [judge] if penalties else []  # "impose sanctions on Russia for ...": "on" may hang on the verb
        for node in penalties:
            for c in node.children:
                if c.dep_ == "prep" and c.lower_ in ("on", "against"):
                    target = next((g for g in c.children if g.dep_ == "pobj"), None)
                    return self._agreeing(target, labels, types)
        return None

    def _agrees(self, ent: Span | None, labels: set[str], types: set[str] | None) -> bool:
        """Whether ``ent`` is an actor entity a pronoun of ``labels`` (and gazetteer ``types``) may refer to."""
        return ent is not None and bool(ent.kb_id_) and ent.label_ in labels and (
            types is None or (self.actor_type(ent.kb_id_) or UNKNOWN_TYPE) in types)

    def _agreeing(self, token: Token | None, labels: set[str], types: set[str] | None) -> _Candidate | None:
        """The actor named at ``token`` when it agrees with a pronoun of ``labels`` and ``types``, else None: an actor
        entity rooted there, or a pronoun resolved before ("thanking him for his support": his is him; coref.v15)."""
        if token is None:
            return None
        ent = self.entity_at.get(token.i)
        if ent is not None:
            if not self._agrees(ent, labels, types) or ent.root.i != token.i:
                return None
            return _Candidate(ent.start, ent.end, ent.label_, ent.kb_id_, self.sent_of(ent.start), ent.root)
        found = self.resolved.get(token.i)
        if found is None or found.rule != "pronoun" or found.label not in labels or found.antecedent is None:
            return None
        if types is not None and (self.actor_type(found.actor) or UNKNOWN_TYPE) not in types:
            return None
        return _Candidate(found.antecedent, found.antecedent + 1, found.label, found.actor, self.sent_of(token.i), token)

    def _conjunct_owner(self, pronoun: Token, labels: set[str], types: set[str] | None, gender: str | None) -> Span | None:
        """ "Iran and its proxy militia", "Putin and his allies": a singular possessive on a conjunct refers to the
        agreeing actor the conjunct is coordinated with."""
        noun = pronoun.head
        if pronoun.dep_ != "poss" or noun.dep_ != "conj" or noun.head.i == noun.i:
            return None
        ent = self.entity_at.get(noun.head.i)
        if not self._agrees(ent, labels, types):
            return None
        return ent if gender is None or self.genders.get(ent.kb_id_, gender) == gender else None

    def _clause_actors(self, pronoun: Token) -> set[str]:
        """Binding: actors that are arguments of the pronoun's own verb ("Iran backs it" -> not Iran)."""
        if pronoun.dep_ not in ARGUMENT_DEPS:
            return set()
        out = set()
        for arg in pronoun.head.children:
            if arg.i == pronoun.i or arg.dep_ not in ARGUMENT_DEPS:
                continue
            ent = self.entity_at.get(arg.i)
            if ent is not None and ent.kb_id_:
                out.add(ent.kb_id_)
            elif arg.i in self.resolved:
                out.add(self.resolved[arg.i].actor)
            elif arg.i in self.personnel:
                out.add(self.personnel[arg.i].actor)  # "Russian troops trained them": not Russia
        if pronoun.dep_ == "dobj" and not out:
            out |= self._actors_before(pronoun.head)
        if pronoun.head.dep_ == "relcl" and any(c.lower_ in self.rules.place_relatives for c in pronoun.head.children
                                                if c.dep_ == "advmod"):
            out |= self._actors_at(pronoun.head.head)  # "operating in Syria, where it armed X": not Syria (coref.v15)
        for arg in (_controllers(pronoun.head) if pronoun.dep_ == "dobj" else []):
            if arg.tag_ in ("WDT", "WP") and arg.head.dep_ == "relcl":
                arg = arg.head.head  # "Egypt, which cut ties, accusing it of ...": the relative clause's antecedent
            out |= self._actors_at(arg)  # "Sudan cut ties with the UAE, accusing it of ...": not Sudan (coref.v10)
        return out

    def _actors_before(self, verb: Token) -> set[str]:
        """The named actors right before a finite verb whose subject the parser lost ("..., Moscow and Beijing prop it
        up", the names hung on a noun before them): its subject, as the relation layer reads it (coref.v10)."""
        if not subjectless_finite(verb):
            return set()
        out, i = set(), verb.i - 1
        while i >= 0:
            ent = self.entity_at.get(i)
            if ent is not None and ent.kb_id_:
                out.add(ent.kb_id_)
                i = ent.start - 1
            elif self.doc[i].lower_ in ("and", ",") and out:
                i -= 1
            else:
                break
        return out

    # -- filters ------------------------------------------------------------------------------------
    def _determiner(self, token: Token) -> Token | None:
        return next((c for c in token.lefts if c.dep_ == "det" and c.lower_ in self.rules.determiners), None)

    def _hyphen_compound(self, ent: Span) -> bool:
        """ "Iran-backed": the entity modifies a participle, it does not own the noun."""
        return ent.end < len(self.doc) and self.doc[ent.end].text in ("-", "–") and not self.doc[ent.end - 1].whitespace_

    def _pleonastic(self, token: Token) -> bool:
        """ "it seems", "it is important to ...", "it is worth noting that", "it is believed that"."""
        if token.dep_ == "expl":
            return True
        head = token.head
        if token.dep_ not in SUBJECT_DEPS:
            return False
        if head.lemma_ in self.rules.pleonastic_verbs:
            return True
        clause = any(c.dep_ in CLAUSE_DEPS for c in head.children)
        if token.dep_ == "nsubjpass" and clause:
            return True
        if head.lemma_ != "be" and head.lower_ not in ("’s", "'s"):
            return False
        predicates = [c for c in head.children if c.dep_ in ("acomp", "attr", "advmod") and c.pos_ in ("ADJ", "ADV")]
        return clause or any(d.dep_ in CLAUSE_DEPS for p in predicates for d in p.subtree)

    def _coordination_between(self, cand: _Candidate, pronoun: Token) -> bool:
        """An actor in a coordination ("Hamas and Iran ... their") is not a plural's antecedent on its own."""
        return any(cand.start <= c.start < pronoun.i and c.root.dep_ == "conj" for c in self.actors)

    def _plural_noun_between(self, cand: _Candidate, pronoun: Token) -> bool:
        """A plain plural noun between the candidate and "they" is the likelier antecedent (an actor's people,
        "Russian troops", are candidates of their own)."""
        start = max(cand.end, self.sent_starts[self.sent_of(pronoun.i)])
        return any(t.tag_ == "NNS" and t.i not in self.entity_at and t.i not in self.personnel for t in self.doc[start : pronoun.i])


def _common_tag(token: Token) -> str:
    """The tag of a common noun for a lower-case word the tagger took for a proper noun ("the junta's", tagged NNP):
    names are capitalised (coref.v10)."""
    if token.pos_ == "PROPN" and token.is_lower and token.is_alpha:
        return {"NNP": "NN", "NNPS": "NNS"}.get(token.tag_, token.tag_)
    return token.tag_


#: verb forms of a clause without a subject of its own that takes its subject from the clause it hangs on
NONFINITE_TAGS = ("VB", "VBG", "VBN")


def _controllers(verb: Token) -> list[Token]:
    """Who does the deed of a verb with no subject of its own: the subject of the verb its participle clause, infinitive
    or gerund hangs on ("Sudan cut ties, *accusing* it of ...", "Iran wants to *arm* it", "Egypt helped by *arming* it")
    or of its first conjunct ("Sudan cut ties and *accused* it ..."); the object of that verb when it has one for an
    infinitive or a gerund after a preposition ("urged Iran to *arm* it", "accused Iran of *arming* it": Iran). [] when
    the verb has a subject or is no such clause, or a participle clause is not set off by a comma (coref.v10). Read for
    a pronoun that is the verb's direct object only: "..., earning *him* the title" (a dative) is the deed's beneficiary,
    often the subject itself."""
    for _ in range(3):
        if any(c.dep_ in SUBJECT_DEPS + ("expl", "csubj") for c in verb.children):
            return []
        dep, head = verb.dep_, verb.head
        if dep == "pcomp" and head.dep_ == "prep":
            head = head.head
        elif dep == "conj" and head.pos_ in ("VERB", "AUX"):
            dep = "shared"  # a conjunct shares its subject, not its object
        elif dep not in ("advcl", "xcomp") or verb.tag_ not in NONFINITE_TAGS:
            return []
        elif dep == "advcl" and not _set_off(verb):
            return []  # "... the media falsely describing him": a participle the parse hung on the wrong verb
        if head.pos_ not in ("VERB", "AUX") or head.i == verb.i:
            return []
        objects = [c for c in head.children if c.dep_ in OBJECT_DEPS]
        if dep in ("xcomp", "pcomp") and objects:
            return objects
        subjects = [c for c in head.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            return subjects
        verb = head
    return []


def _set_off(verb: Token) -> bool:
    """Whether a participle clause is set off as a free adjunct: after a comma, or opening its sentence."""
    first = verb.left_edge
    return first.is_sent_start or (first.i > 0 and first.nbor(-1).text in (",", "—", "–", ";"))


def person_genders(doc: Doc, rules: GenderRules) -> dict[str, str]:
    """The gender of each person actor of ``doc`` the text or its name tells:
    a title right before (or opening) a mention ("Mrs Holm", "Sir Tom Evers")
    wins over the first name of the actor's name ("Maria Ortega")."""
    titles = {t: g for g, words in rules.titles.items() for t in words}
    by_title: dict[str, str] = {}
    out: dict[str, str] = {}
    for ent in doc.ents:
        if ent.label_ != "PERSON" or not ent.kb_id_:
            continue
        for tok in (doc[ent.start - 1] if ent.start > 0 else None, ent[0]):
            title = titles.get(tok.lower_.rstrip(".")) if tok is not None else None
            if title is not None:
                by_title.setdefault(ent.kb_id_, title)
        first = ent.kb_id_.split()[0].lower() if len(ent.kb_id_.split()) > 1 else None
        if first is not None and first in rules.first_names:
            out.setdefault(ent.kb_id_, rules.first_names[first])
    return {**out, **by_title}


def gender_spans(doc: Doc, genders: dict[str, str]) -> list[Span]:
    """The person mentions whose gender is known, for ``doc.spans`` (label = gender, kb_id = actor)."""
    return [Span(doc, e.start, e.end, label=genders[e.kb_id_], kb_id=e.kb_id_) for e in doc.ents if e.kb_id_ in genders and e.label_ == "PERSON"]


def _role(token: Token) -> str:
    """A mention's grammatical role; a modifier or conjunct takes the role of its head."""
    while token.dep_ in MODIFIER_DEPS + ("conj",) and token.head.i != token.i:
        token = token.head
    return token.dep_


def resolve_coref(doc: Doc, rules: CorefRules, actor_type: ActorType, actor_facts: ActorFacts = _no_facts) -> list[CorefMention]:
    """All anaphors of ``doc`` resolved to an actor, in document order.

    ``actor_type(actor)`` returns the gazetteer type of an actor, or None when
    the gazetteer does not know it; ``actor_facts(actor)`` its state facts
    (regions, forms of government: ``configs/actors/state_facts.yaml``).
    """
    return resolve_with_genders(doc, rules, actor_type, actor_facts)[0]


def resolve_with_genders(
    doc: Doc, rules: CorefRules, actor_type: ActorType, actor_facts: ActorFacts = _no_facts
) -> tuple[list[CorefMention], dict[str, str]]:
    """:func:`resolve_coref`, and the gender of each person actor that the
    text, the name or a resolved pronoun tells (:func:`person_genders`)."""
    if not doc.has_annotation("DEP"):
        return [], {}
    resolver = Resolver(doc, rules, actor_type, actor_facts)
    return resolver.run(), resolver.genders


def mention_spans(doc: Doc, mentions: list[CorefMention]) -> list[Span]:
    """The resolved mentions as spans for ``doc.spans["coref"]`` (label = rule, kb_id = actor)."""
    return [Span(doc, m.start, m.end, label=m.rule, kb_id=m.actor) for m in mentions]
