"""Who is meant: actor mentions behind noun phrases and the arguments of verbs.

:class:`Grammar` wraps one Doc. It knows which tokens belong to an actor
mention (an entity with a canonical actor in ``kb_id_``, or a resolved
coreference span) and walks the dependency tree (spaCy's ClearNLP labels) from
a cue to the actors that fill its slots:

- ``referents(token)``: the actors a noun phrase stands for, through
  group nouns ("the Hamas militant group"), appositions ("Hezbollah, an
  Iran-backed group"), predicate nouns ("Hamas is a proxy of Iran"), "one of
  the groups ...", relative pronouns and coordination;
- ``subjects(verb)`` / ``objects(verb)`` / ``agents(verb)``: the logical
  arguments of a verb, through coordination, control ("continues to fund",
  "urged Iran to fund", "by supporting Iran, Moscow ...") and passives.

Word lists come from the rule set's vocabularies; only dependency labels and
part-of-speech tags are spelled out here.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass

import numpy
from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.tokens import Doc, Span, Token

from pipeline.docs import COREF, GAZETTEER_RULE, OWNER_NAMED, argument_entities
from pipeline.relations.patterns import match_order
from pipeline.relations.repairs import (
    dateline_subject,
    in_dateline,
    HYPHENS,
    RELATIVE_TAGS,
    SUBJECT_DEPS,
    absolute_participle,
    adverbial_object,
    auxiliary_subject,
    accuser_of,
    agreeing_conjunct,
    echoed_preposition,
    fronted_apposition,
    reporter_as_apposition,
    is_participle_adjective,
    is_verbal,
    late_conjunct,
    stranded_possession,
    listed_participle,
    perfect_clause,
    verb_read_as_compound,
    split_participle,
    verb_list,
    lost_subject,
    misread_stems,
    noun_tagged_subject,
    of_gerund_subject,
    quoted_gerund_subject,
    preposition_conjunct,
    relative_antecedent,
    source_apposition,
    stranded_gerund,
    raised_object,
    stranded_partner,
    swallowed_source,
    unhyphenated_demonym,
    zero_relative,
)
from pipeline.relations.ruleset import RuleSet

MODIFIER_DEPS = frozenset({"compound", "nmod", "poss", "amod"})
STATE_LABELS = frozenset({"GPE", "NORP"})  # a state named as itself is its actor ("Tehran said" -> Iran)
NAMED_SOURCE_LABELS = frozenset({"PERSON", "ORG"})  # what a definite description of a source may have been named
QUOTE_MARKS = frozenset({'"', "“", "”", "„", "«", "»"})
PERSONAL_PRONOUNS = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself"})
REPEAT_SENTENCES_BACK = 5  # how far back a repeated head noun finds what named it ("the guerrillas")
ALLEGIANCE_PREFIXES = frozenset({"pro", "anti"})  # "pro-Haftar militias" are not Haftar's
EXCLUSION_PREFIXES = frozenset({"non"})  # "non-U.S. arms" are not the United States'
OBJECT_PRONOUNS = frozenset({"it", "them", "him", "her"})  # never bound by their own clause's subject


# verbs that take "charge" as an office, not an accusation: "took charge of training the rebels"
OFFICE_VERBS = frozenset({"take", "assume"})
TOPIC_PREPS = frozenset({"to", "at", "on", "about"})  # "pointed to Fooland's role in ...", "looked at its part in ..."
JUDGED_PREPS = frozenset({"on", "against", "at", "to"})  # "sanctions on Fooco for ...", "anger against Fooland for ..."
# A state's army a description names ("the Azeri army", "the Venezuelan armed forces") is its state as the one that is
# supplied or trained, that supplies, or that a denial is about: the real-news gold of every open set names the state
# there; as a side that is backed ("fighting alongside the Ethiopian army") the army stays (dev's gold names it).
ARMY_AS_STATE = frozenset({"funds", "trains", "denies"})


@dataclass(frozen=True, slots=True)
class Mention:
    """A stretch of text that names (or refers back to) an actor."""

    actor: str
    text: str
    start: int
    end: int
    root: int  # token index of the mention's syntactic root
    named: bool  # an entity, not a pronoun or description resolved by coreference
    #: the state whose army a description names ("the Azeri army", or "it" coreference resolves to the army: Azerbaijan;
    #: ``RuleSet.army_states``), which a row of supply, training or denial names in the army's place
    #: (:data:`ARMY_AS_STATE`); None for every other mention
    state: str | None = None

    def named_in(self, relation: str) -> str:
        """The actor a row of ``relation`` names for this mention: a state's army a description names is its state in
        a row of supply, training or denial, and stays the army as a side that is backed."""
        return self.state if self.state is not None and relation in ARMY_AS_STATE else self.actor


def window_start(tok: Token) -> int:
    """Where the sentence before ``tok``'s starts (its own, for the first): how far back a description, a pronoun or
    "the report" looks for what it names."""
    return tok.doc[max(tok.sent.start - 1, 0)].sent.start


def earlier_uses(noun: Token) -> list[Token]:
    """The earlier uses of a definite noun's word ("the professor", "the report") in its sentence and the one before,
    nearest first; [] for a noun without "the"."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return []
    lemma = noun.lemma_.lower()
    return [t for t in reversed(noun.doc[window_start(noun) : noun.i]) if t.lemma_.lower() == lemma]


def unique(mentions: list[Mention]) -> list[Mention]:
    """Mentions in order, one per actor."""
    seen: set[str] = set()
    out = []
    for m in mentions:
        if m.actor not in seen:
            seen.add(m.actor)
            out.append(m)
    return out


class Grammar:
    """Argument finding over one Doc (built once per Doc)."""

    def __init__(self, doc: Doc, rules: RuleSet) -> None:
        self.doc = doc
        self.vocab = rules.vocab
        self.rules = rules
        self.at: dict[int, Mention] = {}
        self._subjects_of: dict[int, list[Mention]] = {}  # subjects(), per verb
        self._passive: dict[int, bool] = {}  # is_passive(), per verb
        # titles of people who speak for a body (officials, spokesmen, envoys), and with leaders, every title
        self.officials = self.words("official_titles") | self.words("representative_nouns")
        self.titles = self.words("leader_titles") | self.officials
        kept, dropped = set(), set()
        things = self.words("weapons_nouns") | self.words("funding_nouns") | self.words("training_nouns")
        for ent in argument_entities(doc):
            if not ent.kb_id_:
                continue
            if self._no_actor(ent, things):
                dropped.add(ent.kb_id_)
                continue
            kept.add(ent.kb_id_)
            state = rules.army_states.get(ent.kb_id_) if ent.id_ in OWNER_NAMED else None  # ("the Azeri army")
            self._index(ent, ent.kb_id_, named=True, entity=True, state=state)
        dropped -= kept
        #: heads of descriptions coreference read as a state's named government ("Libya's recognised government in
        #: Tripoli" -> the GNA): their seat already decided whom they name
        self._named_governments: set[int] = set()
        if COREF in doc.spans:
            for span in doc.spans[COREF]:
                if span.label_ == "named_government":
                    self._named_governments.add(span.root.i)
                acronym = span.label_ == "acronym"  # (a name itself, that the article defined for its actor)
                if span.kb_id_ and span.kb_id_ not in dropped and (acronym or not _names_another(span)):
                    # named when it holds its actor's name ("Mali's military government"), is an acronym the
                    # article defined for it, or the actor is named earlier in the same sentence ("Ankara insists
                    # it has no part in ...")
                    named = acronym or any(t.ent_kb_id_ == span.kb_id_ for t in doc[span.sent.start : span.end])
                    state = None if acronym else rules.army_states.get(span.kb_id_)  # ("it", "the army": a description)
                    self._index(span, span.kb_id_, named=named, entity=False, state=state)
        self._quoted: list[bool] | None = None  # (on first use: most articles state no relation)
        self._patterns = rules.patterns
        self._forms: dict[int, frozenset[str]] = {}  # sentence start -> its lowercase words
        self._holds: dict[tuple[int, Callable], bool] = {}  # (sentence start, test) -> some token passes
        self._bounds: dict[int, tuple[int, int]] = {}  # token -> its sentence's (start, end)
        self._at_sorted: list[int] | None = None  # the tokens of ``at`` in order, and their rank in ``at`` (mentions_in)
        self._at_rank: dict[int, int] = {}
        self._cue_at: list[int] | None = None
        self._binding: set[int] = set()  # object pronouns whose binding is being checked (:meth:`_bound_by_subject`)
        self._ids: numpy.ndarray | None = None  # each token's (lowercase form, lemma) word ids
        # named again by their title or kind: "the spokesman", "the president", "the guerrillas", "the ministry"
        self.repeatable = self.titles | self.words("nonstate_group_nouns") | self.words("organ_nouns")
        self._titled: dict[str, list[tuple[int, list[Mention]]]] | None = None  # person -> (from token, bodies)

    def cue_tokens(self, sent: Span) -> list[Token]:
        """The tokens of ``sent`` that may cue a rule, in order: a superset of those
        :func:`~pipeline.relations.constructions.cued_rules` gives rules for (a lemma or a lowercase form
        some rule (specific or back-off) is cued by, or a misread "-ing"/"-ed" form whose verb is, :func:`repairs.verb_lemmas`).
        Found once per Doc from the words' ids, so the sentences without a cue cost no look-up per token."""
        if self._cue_at is None:
            # a word of an actor's proper name cues nothing: "Support" in "the Rapid Support Forces"
            self._cue_at = [i for i in self._cue_positions() if not self._name_word(self.doc[i])]
        at = self._cue_at
        return [self.doc[i] for i in at[bisect_left(at, sent.start) : bisect_left(at, sent.end)]]

    def _cue_positions(self) -> list[int]:
        by_lemma, by_form = self.rules.cue_lemmas, self.rules.cue_forms  # (``roles.backoff`` reads the same tokens)
        form_cues, lemma_cues = self.rules.form_cues, self.rules.lemma_cues  # (memos over the run's Docs)
        strings = self.doc.vocab.strings
        ids = self._word_ids()
        forms, lemmas = ids[:, 0].tolist(), ids[:, 1].tolist()  # (a look-up per token: numpy.isin costs more on a Doc)
        for h in set(forms).difference(form_cues):
            form = strings[h]
            form_cues[h] = form in by_form or any(s in by_lemma for s in misread_stems(form))
        for h in set(lemmas).difference(lemma_cues):
            lemma_cues[h] = strings[h].lower() in by_lemma
        return [i for i, (f, lemma) in enumerate(zip(forms, lemmas)) if form_cues[f] or lemma_cues[lemma]]

    def _name_word(self, tok: Token) -> bool:
        """A proper noun inside the name of an actor the linker found, not its head word alone: "Support" in "the
        Rapid Support Forces", "Aid" in a charity's name (a name of one word is the actor, not a cue of one)."""
        ent = tok.ent_iob_ != "O" and tok.ent_type_ and tok.ent_kb_id_
        return bool(ent) and tok.pos_ == "PROPN" and tok.i in self.at and self.at[tok.i].end - self.at[tok.i].start > len(tok.text)

    def _word_ids(self) -> numpy.ndarray:
        """Each token's (lowercase form, lemma) word ids, read once per Doc."""
        if self._ids is None:
            self._ids = self.doc.to_array([LOWER, LEMMA]).reshape(-1, 2)
        return self._ids

    def _no_actor(self, ent, things: frozenset[str]) -> bool:
        """A name the model tagged that stands for no actor where it is: an idea of a place ("support for **a** united
        Yemen"); a thing given, named by its kind (``things``: "armed **UAVs**", "**Iron Dome** and other missile
        defense systems"), or a make of it the gazetteer does not know ("**Tiger** tanks", "rockets (**R-7**)"; r16args);
        a name the model cut out of a title and left unlinked ("Iran's **Supreme** Leader").
        Coreference spans resolved to such a name are dropped with it."""
        root = ent.root
        if in_dateline(ent) or self._counted_people(ent):
            return True
        if ent.label_ == "GPE" and any(
            c.dep_ == "amod" and c.i == ent.start - 1 and c.lower_ in self.words("region_adjectives") for c in root.children
        ):
            return True  # a region of the state, a place: "fuel from southern Libya" (round 21)
        if _allegiance(ent[0]) or _excluded(ent[0]):
            return True  # a side taken or a thing excluded: "anti-Nicaraguan contras", "non-U.S. arms" (round 21)
        if ent.label_ == "GPE" and any(
            c.dep_ == "det" and c.lower_ in ("a", "an")
            and all(t.pos_ in ("ADJ", "ADV", "CCONJ", "PUNCT") for t in self.doc[c.i + 1 : ent.start])
            for c in root.children
        ):  # (an article of its own, adjectives between: not "an allegation Pyongyang ... rejects")
            return True
        if root.lower_ in things:
            return True
        if ent.kb_id_ == ent.text and ent.id_ != GAZETTEER_RULE and root.dep_ in ("compound", "nmod", "appos") \
                and root.head.lower_ in things:
            return True  # a name the gazetteer does not know on a thing given: its make ("Tiger tanks", "rockets (R-7)")
        kinds = [c for c in (*root.children, root.head) if c.dep_ == "conj" or (root.dep_ == "conj" and c.i == root.head.i)]
        if any(k.tag_ == "NNS" and k.lower_ in things and any(a.lower_ == "other" for a in k.children) for k in kinds):
            return True  # "X and other systems"
        title = root.head
        return (
            len(ent) == 1 and ent.kb_id_ == ent.text and root.dep_ == "compound" and title.i == ent.end
            and title.ent_type_ == "" and (
                title.lower_ in self.words("leader_titles")
                # an official's title too since round 21, for a name the gazetteer does not know: "Georgia's Deputy
                # **Defense** Minister X denied ..." (not "a Hamas official", "Hezbollah chief X")
                or (title.lower_ in self.officials and ent.id_ != GAZETTEER_RULE)
            )
        )

    def _counted_people(self, ent) -> bool:
        """A nation's people counted by a number or a quantity ("2,000 Afghans", "some twenty Iraqis", "a group of
        wealthy Fooians", "a large number of Kenyans and Ugandans") are so many persons, not the state the
        linker names for the demonym: trained, sent or fighting, they make no row of their state (round 21). A plural
        demonym that is not counted still is its state ("the Israelis' involvement", "the Russians backed him")."""
        root = ent.root
        if ent.label_ != "NORP" or len(ent) != 1 or not root.lower_.endswith("s"):
            return False
        first = root
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        if any(c.dep_ == "nummod" for c in first.children):
            return True
        of = first.head
        counts = self.words("crowd_nouns") | self.words("part_words")
        return first.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ in counts

    def pattern_matches(self, rule_id: str, cue: int) -> list[tuple[str, int, dict[str, int]]]:
        """Matches of a pattern rule's patterns at a cue token: [(tier, pattern index, {role: token index})],
        patterns before fallbacks, each in the rule's order."""
        tok = self.doc[cue]
        return sorted(self._patterns[rule_id](tok, *self._sentence_of(tok)), key=match_order)

    def sentence_forms(self, tok: Token) -> frozenset[str]:
        """The lowercase words of the token's sentence."""
        start, end = self._sentence_of(tok)
        if start not in self._forms:
            strings = self.doc.vocab.strings
            self._forms[start] = frozenset(strings[h] for h in set(self._word_ids()[start:end, 0].tolist()))
        return self._forms[start]

    def sentence_holds(self, tok: Token, test: Callable[[Token], bool]) -> bool:
        """Whether a token of ``tok``'s sentence passes ``test`` (asked once per sentence and test)."""
        start, end = self._sentence_of(tok)
        key = (start, test)
        if key not in self._holds:
            self._holds[key] = any(test(t) for t in self.doc[start:end])
        return self._holds[key]

    def mentions_in(self, sent: Span) -> list[Mention]:
        """The actor mentions of a sentence, each once, in the order they were indexed (entities, then coreference)."""
        if self._at_sorted is None:
            self._at_sorted = sorted(self.at)
            self._at_rank = {i: rank for rank, i in enumerate(self.at)}
        keys = self._at_sorted[bisect_left(self._at_sorted, sent.start) : bisect_left(self._at_sorted, sent.end)]
        return list(dict.fromkeys(self.at[i] for i in sorted(keys, key=self._at_rank.__getitem__)))

    def _sentence_of(self, tok: Token) -> tuple[int, int]:
        """(start, end) of the token's sentence; a cue is asked about once per rule it cues, its sentence found once."""
        bounds = self._bounds.get(tok.i)
        if bounds is None:
            sent = tok.sent
            bounds = self._bounds[tok.i] = (sent.start, sent.end)
        return bounds

    def _index(self, span, actor: str, named: bool, entity: bool, state: str | None = None) -> None:
        actor = self.rules.organ_states.get(actor, actor)  # a state's civil organ speaks for the state
        mention = Mention(actor, span.text, span.start_char, span.end_char, span.root.i, named, state)
        for i in range(span.start, span.end):
            if entity or i not in self.at:  # entities win over coreference spans
                self.at[i] = mention

    def words(self, name: str) -> frozenset[str]:
        return self.vocab[name]

    def quoted(self, tok: Token) -> bool:
        """True when ``tok`` lies inside double quotation marks (counted per paragraph)."""
        if self._quoted is None:
            self._quoted = _quoted_flags(self.doc)
        return self._quoted[tok.i]

    def has_quote(self, sent) -> bool:
        return any(t.text in QUOTE_MARKS for t in sent)

    def source_name(self, tok: Token, alone: bool = False) -> str | None:
        """Who a source noun phrase names, in the form the article gives it.

        A state named as itself is the state's actor ("Tehran said" -> Iran); any other name or description keeps
        the article's words: an organisation or outlet ("The Telegraph", "the White House", "the Joint Command of the
        Navy of Chile"), a person by the fullest form of the name the article writes, without the titles
        before it ("Deputy Spokesperson X Y" -> "X Y", "Park Ji-hoon" with its hyphenated given name), a body named by
        a state's adjective ("Iranian officials", "a federal court in Ohio"). A coordination is kept whole ("Peru,
        Chile and the Netherlands"); a name apposed to a description is the name ("Chile's UN envoy X Y"); a
        number is nobody ("two of the cables indicate": the cables). ``alone``: without its conjuncts (a source the
        parser coordinated with the subjects after it: "According to X, Iran and Y ...")."""
        if tok.pos_ == "NUM" or tok.like_num:  # a part of a group is the group: "two of the cables say" -> cables
            wholes = self.pobjs(tok, frozenset({"of"}))
            return self.source_name(wholes[0]) if wholes else None
        if not alone and any(c.dep_ == "conj" for c in tok.children):
            return self._coordination_words(tok)
        if not tok.ent_type_ and (tok.pos_ == "NOUN" or tok.lower_ in self.titles):
            # a description and the name apposed to it: "Chile's UN envoy X Y", "the Peruvian daily El Diario"; a
            # title and the person named after it: "the Envoy to Peru X Y"
            named = [c for c in tok.children if c.dep_ == "appos" and c.ent_type_ in NAMED_SOURCE_LABELS]
            if tok.lower_ in self.titles:
                named += [c for c in self.pobjs(tok, frozenset({"to", "of"})) if c.ent_type_ == "PERSON"]
            if named:
                return self.source_name(named[0])
        if tok.ent_type_ in STATE_LABELS and tok.i in self.at:
            return self._actor_name(self.at[tok.i])
        if tok.ent_type_ == "PERSON":
            return self._person_words(tok)
        if tok.tag_ in RELATIVE_TAGS and tok.head.dep_ == "relcl":  # "an official who claimed that ...": the official
            antecedent = relative_antecedent(tok, tok.head)
            if tok.lower_ == "who" and antecedent.ent_type_ != "PERSON" and antecedent.lower_ not in self.titles:
                # a person's "who" after the appositions the parser hung it on: "X Y, a researcher at Z, a group that
                # tracks arms sales, who said ..."
                people = [t for t in self.doc[tok.sent.start : tok.i] if t.ent_type_ == "PERSON"]
                antecedent = people[-1] if people else antecedent
            return self.source_name(antecedent)
        if not tok.ent_type_ and not self._names_itself(tok):
            named = self._named_before(tok)
            if named is not None:  # "X Y, a professor at Z, ... the professor said" -> X Y
                return self.source_name(named)
            # a pronoun or a bare description stands for the actor it refers to: "its foreign ministry said" -> Iran
            found = self.referents(tok) or self.actor_modifiers(tok)
            described = self._described(tok, found[0].actor) if found and tok.pos_ == "PRON" else None
            if described is not None:
                return self.source_name(described)  # "Libyan officials accuse ... They say ..."
            if found:
                return self._actor_name(found[0])
            if tok.pos_ == "PRON":
                return None
        words = _strip_article(self._phrase_words(tok))
        mention = self.at.get(tok.i)
        return mention.actor if mention is not None and words.isupper() else words  # an acronym: the actor's name

    def _named_before(self, noun: Token) -> Token | None:
        """The name a definite description was given in its sentence or the one before: apposed to it ("X Y, a
        professor at Z" -> "the professor"), before it as a title ("Professor X Y"), or the name it is a word of ("the
        Defence Ministry of Chile" -> "the ministry")."""
        if noun.pos_ != "NOUN":
            return None
        for tok in earlier_uses(noun):
            if tok.ent_type_ in NAMED_SOURCE_LABELS:
                return tok
            if tok.dep_ in ("appos", "compound") and tok.head.ent_type_ in NAMED_SOURCE_LABELS:
                return tok.head
            apposed = [c for c in tok.children if c.dep_ == "appos" and c.ent_type_ in NAMED_SOURCE_LABELS]
            if apposed:
                return apposed[0]
        return None

    def _described(self, pronoun: Token, actor: str) -> Token | None:
        """The description whose modifier a pronoun was resolved to: the latest earlier mention of ``actor`` in this
        sentence or the one before that modifies a subject noun ("Libyan and US officials accuse ... in Libya. They
        say ...": the officials, not Libya)."""
        for i in range(pronoun.i - 1, window_start(pronoun) - 1, -1):
            mention = self.at.get(i)
            if mention is None or mention.actor != actor or not mention.named:
                continue
            tok = self.doc[i]
            while tok.dep_ in ("amod", "compound", "nmod", "conj") and tok.head.i != tok.i:
                tok = tok.head
            if tok.i != i and tok.pos_ == "NOUN" and tok.dep_ in SUBJECT_DEPS:
                return tok
        return None

    def _actor_name(self, mention: Mention) -> str:
        """A mention's actor; a state's organ as itself, not as the state it is in a row."""
        body = self.doc[mention.root].ent_kb_id_
        return body if self.rules.organ_states.get(body) == mention.actor else mention.actor

    def _names_itself(self, tok: Token) -> bool:
        """A description with a name or a proper noun among its modifiers ("Iranian officials", "a UN report"), not a
        bare one ("the foreign ministry", "its troops")."""
        return any(t.ent_type_ or t.pos_ == "PROPN" for t in self.doc[self._modifiers_start(tok) : tok.i + 1])

    def _phrase_words(self, tok: Token) -> str:
        """The words of a name or description headed by ``tok``: the entity it is in ("The Telegraph", "the Institute
        for the Study of X"), else its modifiers before it (a possessive too: "Peru's Interior Ministry", a hyphenated
        last part: "Ji-hoon"); then an "of"/"to" phrase that names something ("the Joint Command of the Navy of
        Chile", "Peru's mission to the African Union"; a title's "for" too: "a spokesman for Hamas"); without the
        titles before a name."""
        ent = next((e for e in self.doc.ents if e.start <= tok.i < e.end), None)
        start, end = (ent.start, ent.end) if ent is not None else (self._modifiers_start(tok), tok.i + 1)
        while ent is not None and start > 0 and self.doc[start - 1].ent_type_ in STATE_LABELS and \
                self.doc[start - 1].head.i == tok.i and self.doc[start - 1].dep_ in ("compound", "nmod"):
            start = next(e.start for e in self.doc.ents if e.start < start <= e.end)
            # a body's name after its state's, two entities: "U.S. Central Command", "the U.S. Treasury Department" (v16)
        prep = next((c for c in tok.rights if c.dep_ == "prep" and c.i >= end), None)
        objects = [o for o in prep.children if o.dep_ == "pobj"] if prep is not None else []
        preps = ("of", "to", "for") if tok.lower_ in self.titles else ("of", "to")  # "a spokesman for X"
        if prep is not None and prep.lower_ in preps and objects and objects[0].pos_ == "PROPN":
            end = objects[0].right_edge.i + 1
        return self._untitled(self.doc[start:end], tok.i).text

    def _untitled(self, words: Span, head: int) -> Span:
        """A name without the titles before it: "Deputy Spokesperson X Y", "Defence Minister X Y-z" -> the name."""
        titles = [t.i for t in words if t.lower_.rstrip(".") in self.titles and t.i < head]
        if not titles:
            return words
        name = self.doc[titles[-1] + 1 : head + 1]  # capitalised words or a hyphenated part ("Ji-hoon")
        if all(t.text[:1].isupper() or t.is_punct or not self.doc[t.i - 1].whitespace_ for t in name):
            return self.doc[titles[-1] + 1 : words.end]
        return words

    def _person_words(self, tok: Token) -> str:
        """A person as the article writes the name at its fullest (its longest mention, without titles); the actor's
        own name when the article gives a shorter one ("Blinken" -> "Antony Blinken")."""
        ents = [
            e for e in self.doc.ents
            if e.label_ == "PERSON" and ((tok.ent_kb_id_ and e.kb_id_ == tok.ent_kb_id_) or e.start <= tok.i < e.end)
        ]
        forms = [self._untitled(e, e.end - 1).text for e in ents] + [tok.ent_kb_id_ or tok.text]
        return max(forms, key=lambda f: len(f.split()))

    def _coordination_words(self, tok: Token) -> str:
        """A coordination of sources as one ("Peru, Chile and the Netherlands")."""
        return _strip_article(self.doc[self._modifiers_start(tok) : last_conjunct(tok).i + 1].text)

    def _modifiers_start(self, tok: Token) -> int:
        left = [c for c in tok.lefts if (c.dep_ in MODIFIER_DEPS and c.tag_ != "PRP$") or c.tag_ == "HYPH"]
        return min([c.left_edge.i for c in left] + [tok.i])

    # -- noun phrases ----------------------------------------------------------
    def referents(self, tok: Token) -> list[Mention]:
        """The actors the noun phrase headed by ``tok`` stands for (may be empty)."""
        return unique(self._refer(tok, set()))

    def _refer(self, tok: Token, seen: set[int]) -> list[Mention]:
        if tok.i in seen:
            return []
        seen.add(tok.i)
        mention = self.at.get(tok.i)
        if tok.tag_ == "PRP" or (mention is not None and not mention.named):
            # an apposition names a pronoun over any antecedent ("harboured them (the PKK)") and a description over
            # its owner ("Fooland's paramilitary force, the Zed Group"; round 36)
            named = self._naming_apposition(tok)
            if named is not None:
                return self._refer(named, seen) if tok.tag_ == "PRP" else [self.at[named.i]]
        if mention is not None and tok.lower_ in ("his", "her"):
            mention = self._light_verb_owner(tok) or mention
        faulted = self._faulted_party(tok)
        if faulted:
            return faulted
        if mention is not None:
            owned = stranded_possession(tok)
            if owned is not None and owned.i in self.at and self.at[owned.i].actor != mention.actor:
                # the owner the parser made the argument, its possession left outside: "arming Yemen's Houthis"
                return self._refer(self.doc[self.at[owned.i].root], seen)
            if self._bound_by_subject(tok, {mention.actor}):
                return []  # an object pronoun is never its own clause's subject: "X cut ties, accusing it of ..."
            for exact in self._said_exactly(tok):
                found = self._refer(exact, seen)
                if found:
                    return found
            root = self.doc[mention.root]
            echoed = [m for o in echoed_preposition(root) for m in self._refer(o, seen)]  # "..., as well as of Qatar"
            return [mention, *self._conjuncts(root, seen), *self._listed_apposition(root, seen), *echoed]
        # relative pronoun: "Hezbollah, which Iran arms", "which Iran has armed and financed"
        if tok.tag_ in RELATIVE_TAGS:
            clause = first_conjunct(tok.head)
            if clause.dep_ == "ccomp" and clause.head.lemma_ == "be":  # a cleft: "it is Iran that supplies ..."
                return [m for c in clause.head.children if c.dep_ == "attr" for m in self._refer(c, seen)]
            if clause.dep_ == "ccomp" and clause.head.dep_ == "relcl" and (
                clause.head.lemma_.lower() in self.words("reporting_verbs")
            ):  # through the saying verb the relative clause opens with: "the network, which officials say supports X"
                clause = clause.head
            if clause.dep_ != "relcl":
                return []
            return self._refer(relative_antecedent(tok, clause), seen)
        if tok.lower_ in ("we", "us", "our") and self.quoted(tok):  # the speaker's body: '"our support ...," X said'
            return self._quoted_speaker(tok)
        if tok.tag_ == "PRP$":
            return self._own_possessor(tok)
        if tok.lower_ == "it" and tok.dep_ == "nsubj" and tok.head.dep_ == "ccomp":
            # an unresolved subject of what a speaker says is the speaker: "Qatar insists that it takes no ..."
            speaker = tok.head.head
            if speaker.lemma_.lower() in self.words("reporting_verbs"):
                return self.subjects(speaker)[:1]
        if tok.lower_ == "it" and tok.dep_ == "nsubj" and tok.head.dep_ in ("acl", "relcl") and any(
            c.dep_ == "mark" for c in tok.head.children
        ):  # an unresolved subject of a claim a denial rejects is the denier: "rejected the notion that it takes ..."
            claim = tok.head.head
            denial = claim.head.head if claim.dep_ == "pobj" else claim.head
            if claim.dep_ in ("dobj", "pobj") and denial.lemma_.lower() in self.words("negation_verbs"):
                return self.subjects(denial)[:1]
        if tok.tag_ == "PRP" and tok.lower_ in ("they", "them"):
            return self._plural_antecedent(tok, seen) or self._plural_speaker(tok)
        count = _counted_reference(tok)
        if count is not None:  # "both", "the two groups", "both countries": as many coordinated actors before it
            found = self._plural_antecedent(tok, seen)
            if tok.lower_ in self.words("nonstate_group_nouns") and any(self.doc[m.root].ent_type_ == "GPE" for m in found):
                found = []  # groups are no states: "blacklisted by Fooland and Barland. Both groups get ..."
            if len(found) == count and self.doc[found[0].root].dep_ != "conj":  # (not the tail of a longer list)
                return found
        # a list of members names whom a noun phrase means: "Iraq's militias, including Kataib Hezbollah",
        # "rebel groups, among them Ahfad Rasoul and the Farouq Brigades"; "the rebels known as the SNA"
        # (both when both are there: "groups known as the Zed Front, including the Bazbal Brigade"; round 36)
        found = [m for obj in self._inclusions(tok) + self.named_as(tok) for m in self._refer(obj, seen)]
        if found:
            return found
        found = self._run_by(tok, seen)  # "the course, run by the U.K., ..."
        if found:
            return found
        # an undertaking stands for its owner: "support to Russia's war" (not a rising's state: "the Fooian
        # uprising"); an actor's sovereignty or territorial integrity when named: "supports Fooland's territorial
        # integrity", not a possessive pronoun's ("Barland's defence of its sovereignty" is Barland's own; round 26);
        # an actor's conduct only when a possessive noun names it: "backs Barland's fight", not "Fooian aggression",
        # not "its fight" (round 27)
        campaign = tok.lower_ in self.words("campaign_nouns")
        conduct = tok.lower_ in self.words("conduct_nouns")
        if campaign or conduct or tok.lower_ in self.words("sovereignty_nouns"):
            deps = ("poss",) if conduct else ("poss", "compound", "amod")
            # (the speaker's own in a quotation: '"We thank X for its support for our operations," Bazbal said')
            owners = [c for c in tok.children if c.dep_ in deps and (
                c.i in self.at or (campaign and c.lower_ == "our" and self.quoted(c)))]
            if tok.lower_ in self.words("rising_nouns"):
                owners = [c for c in owners if not self._state_named(c)]
            if not campaign:
                owners = [c for c in owners if c.tag_ != "PRP$"]
            elif not owners and tok.lower_ in self.words("candidacy_nouns"):  # "the campaign of Ron Paul"
                owners = self.pobjs(tok, frozenset({"of"}))
            elif not owners:  # whose agent says: "an offensive by the Zed Front, supported by Fooland" (round 36)
                owners = self.pobjs(tok, frozenset({"by"}))
            found = [m for c in owners for m in self._refer(c, seen)]
            if found:
                return found
        if tok.lower_ in self.words("force_nouns"):
            # "soldiers of the army under the command of the GNA", "fighters loyal to Haftar"
            found = self._commander(tok, seen) or self._loyal(tok, seen)
            if found:
                return found
        if tok.lower_ in self.words("group_nouns"):
            found = self._group(tok, seen)
            if found:
                return found
        if tok.lower_ in self.words("client_nouns") or tok.lower_ in self.words("ally_nouns"):
            found = self._named_client(tok, seen)
            if found:
                return found
        if tok.lower_ in self.repeatable:
            found = self._repeated(tok)
            if found:
                return found
        if tok.lower_ in self.words("part_words") or tok.tag_ == "CD":
            counted = self.pobjs(tok, frozenset({"of"}))
            renaming = [c for c in tok.children if c.dep_ == "appos"]
            if counted and renaming:  # "one of Iraq's militias, the Badr Organization": the apposition says which one
                return [m for c in renaming for m in self._refer(c, seen)]
            # a quantity stands for what it counts: "thousands of Houthi fighters", "40 of its militiamen"
            found = [m for o in counted for m in self._refer(o, seen)]
            if found:
                return found
        if tok.lower_ in self.words("homeland_nouns"):
            found = self._homeland(tok)
            if found:
                return found
        return self._renamed(tok, seen) or self._beside_description(tok, seen)

    def _beside_description(self, noun: Token, seen: set[int]) -> list[Mention]:
        """The names coordinated with a group noun no rule resolves: "backs the rebels and Hamas" (Hamas), "stands
        with the legitimate government and the Zed Front" (round 35). Names only: a description among them stays
        unread."""
        if noun.pos_ != "NOUN" or noun.lower_ not in self.words("group_nouns"):
            return []
        return [m for m in self._conjuncts(noun, seen) if m.named and self.doc[m.root].dep_ == "conj"]

    def renamed(self, tok: Token) -> list[Mention]:
        """The actors a noun phrase renames (apposition, predicate noun, "as" phrase), leaving aside its owner and
        modifiers: "Wagner, operating as a proxy **force** of the Kremlin" -> Wagner (the force is not Russia's)."""
        return unique(self._renamed(tok, {tok.i}))

    def _renamed(self, tok: Token, seen: set[int]) -> list[Mention]:
        named = self._naming_apposition(tok)
        if named is not None:  # "the group, Hamas, ..."
            return self._refer(named, seen)
        found = self._stray_apposition(tok, seen)
        if found:
            return found
        fronted = fronted_apposition(tok)
        if fronted is not None:  # "A longtime backer of Hamas, Qatar has ..."
            return self._refer(fronted, seen)
        dep, head = tok.dep_, tok.head
        if dep == "appos":
            return self._appositive_anchor(tok, seen)
        # a second predicate noun: "X, the strongest of its factions and a proxy of Iran"
        if dep == "conj" and head.dep_ in ("appos", "attr") and head.i not in self.at:
            return self._refer(head, seen)
        # predicate noun: "Hamas is (one of) ..."
        if dep == "attr" and head.lemma_ in self.words("copulas"):
            if any(c.dep_ == "attr" and c.i < tok.i for c in head.children):
                return self._appositive_anchor(tok, seen)  # a second predicate noun after a comma renames the first
            return self._clause_subject_referents(head, seen)
        # an object predicate noun: "Iran is considered the main backer of ...", "Israel calls Iran Hezbollah's patron"
        if dep == "oprd" and head.pos_ in ("VERB", "AUX"):
            for child in head.children:
                if child.dep_ in ("nsubjpass", "dobj"):
                    return self._refer(child, seen)
        if dep == "pobj":
            prep, governor = head.lower_, head.head
            # partitive: "one of the groups ...", "the most capable of Iran's proxies"
            if prep == "of" and (governor.lower_ in self.words("part_words") or governor.pos_ in ("ADJ", "NUM")) and (
                governor.lower_ not in self.words("membership_nouns")  # (a member of an insurgency is no insurgency)
            ):
                return self._refer(governor, seen)
            if prep == "among" and governor.lemma_ in self.words("copulas"):
                return self._clause_subject_referents(governor, seen)
            # "Hezbollah is seen as Iran's proxy", "described Hezbollah as ..."
            if prep == "as" and governor.pos_ in ("VERB", "AUX"):
                for child in governor.children:
                    if child.dep_ == "dobj" and child.lower_ in REFLEXIVES:
                        # the subject cast in a role: "Qatar has positioned itself as a patron of Hamas"
                        return self._clause_subject_referents(governor, seen)
                    if child.dep_ in ("nsubjpass", "dobj"):
                        return self._refer(child, seen)
                if governor.lemma_ in self.words("copulas"):  # "X has been close to Moscow, as the main recipient of ..."
                    return self._clause_subject_referents(governor, seen)
                # "Hezbollah acts as Iran's proxy", "Wagner, operating as a proxy of the Kremlin, ..."
                if governor.lemma_.lower() in self.words("role_verbs"):
                    if governor.dep_ == "acl":
                        return self._refer(governor.head, seen)
                    # (a participle clause takes its subject from the clause it hangs on: "Wagner, operating as ...")
                    return self._clause_subject_referents(governor, seen) or self.subjects(governor)
            # what something turns into: "Kataib Hezbollah has turned into Iran's proxy", "turned itself into ..."
            if prep == "into" and governor.lemma_.lower() in self.words("becoming_verbs"):
                objects = [c for c in governor.children if c.dep_ == "dobj" and c.lower_ not in REFLEXIVES]
                return self._refer(objects[0], seen) if objects else self._clause_subject_referents(governor, seen)
        if dep == "dobj" and tok.left_edge.i >= 2 and self.doc[tok.left_edge.i - 1].text == ",":
            # an apposition read as a second object of the verb: "reversed an offensive by X, a separatist group
            # supported by Y" (the group is X: the name right before the comma)
            before = self.doc[tok.left_edge.i - 2]
            if before.i in self.at and any(c.dep_ == "dobj" and c.i < tok.i for c in head.children) and any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children
            ):
                return self._refer(before, seen)
        return []

    def _naming_apposition(self, tok: Token) -> Token | None:
        """A named actor in apposition to ``tok``, not set against it, nor the source of a report closing the sentence
        that the parser hung there (", the Baz Journal reported": :func:`repairs.reporter_as_apposition`), nor the
        states a "from" phrase on it counts ("politicians from six countries - Fooland, Barland" are no state), nor
        another name's bracketed acronym (:func:`_acronym_of_other`)."""
        origin = any(p.dep_ == "prep" and p.lower_ == "from" for p in tok.children)
        return next(
            (c for c in tok.children if c.dep_ == "appos" and c.i in self.at and self.at[c.i].named and not _contrasted(c)
             and not self._reporter(c) and not (origin and c.ent_type_ in ("GPE", "NORP")) and not _acronym_of_other(c, tok)),
            None,
        )

    def _hung_apposition(self, conj: Token) -> Token | None:
        """A named apposition right after a last conjunct that the parser hung on the first: "the UAE and Fooland's
        paramilitary force, the Zed Group, are accused ..." (the group renames the force; round 36)."""
        end = conj.right_edge.i
        if end + 2 >= len(self.doc) or self.doc[end + 1].text != ",":
            return None
        return next((c for c in conj.head.children if c.dep_ == "appos" and c.left_edge.i == end + 2 and c.i in self.at
                     and self.at[c.i].named and not _contrasted(c) and not self._reporter(c)), None)

    def _reporter(self, appos: Token) -> bool:
        verb = reporter_as_apposition(appos)
        return verb is not None and verb.lemma_.lower() in self.words("reporting_verbs")

    def _stray_apposition(self, noun: Token, seen: set[int]) -> list[Mention]:
        """An apposition the parser hangs elsewhere, on the place after the noun it renames or as a second object of
        a verb above it: "Tehran's ally in Iraq, the Badr militia" (the militia, not Iraq), also with "in" hung on the
        verb; "refused to back Iran's ally in Iraq, the Badr militia" read as an object of "refused". Nothing when it
        names the place again ("in Yemen, the poorest country")."""
        doc, end, place = self.doc, noun.right_edge.i, None
        for prep in (*noun.children, *noun.head.children):
            if prep.dep_ == "prep" and prep.lower_ == "in" and (prep.head == noun or prep.i == end + 1):
                place = next((p for p in prep.children if p.dep_ == "pobj" and p.ent_type_ in ("GPE", "LOC")), None)
        if place is not None:
            end = max(end, place.right_edge.i)
        stray = [c for c in place.children if c.dep_ == "appos"] if place is not None else []
        if not stray and end + 2 < len(doc) and doc[end + 1].text == ",":
            verbs = [t for t in noun.ancestors if t.pos_ in ("VERB", "AUX")]
            stray = [c for v in verbs for c in v.children if c.dep_ == "dobj" and c.i > end and c.left_edge.i == end + 2]
        place_actor = self.at[place.i].actor if place is not None and place.i in self.at else None
        for appos in stray:
            if not _contrasted(appos):
                found = [m for m in self._refer(appos, seen) if m.actor != place_actor]
                if found:
                    return found
        return []

    def _named_client(self, noun: Token, seen: set[int]) -> list[Mention]:
        """A client or ally that its patron's possessive owns, named by the group that modifies it: "Iran supplied
        weapons to its Houthi allies", "Tehran's Hezbollah proxies" are the Houthis and Hezbollah. Not a state's name
        or demonym there, which says where the client is from ("its Syrian allies", ``nationality_of_client``), and
        not without the possessor ("Hezbollah allies in parliament" are Hezbollah's allies)."""
        if not any(c.dep_ == "poss" for c in noun.children):
            return []
        names = [
            c for c in noun.children
            if c.dep_ in ("compound", "nmod") and c.i < noun.i and c.i in self.at and c.ent_type_ != "NORP"
            and not hyphen_prefix(c) and not self._state_named(c)
        ]
        return [m for c in names[:1] for m in self._refer(c, seen)]

    def _group(self, noun: Token, seen: set[int]) -> list[Mention]:
        """A group noun standing for an actor.

        "the Hamas militant group", "Syrian government", "terrorist group Hamas"; not a faction split from the actor
        ("dissident FARC rebels", ``vocab/splinter_words.txt``); a name in apposition over the owner: "Iran and its
        proxy militia, Hezbollah" (the militia is Hezbollah, not whom "its" stands for).
        """
        named = self._naming_apposition(noun)
        if named is not None and named.i not in seen:
            return self._refer(named, seen)
        if any(c.dep_ == "amod" and c.lower_ in self.words("splinter_words") for c in noun.subtree if c.i < noun.i):
            return []
        for child in noun.children:
            if child.dep_ in MODIFIER_DEPS and not _personal_possessive(child) and not hyphen_prefix(child) and not _allegiance(child):
                if child.i in self.at:
                    if self.demonym_of_group(child, noun):
                        continue  # "Iraqi militias" are not Iraq's
                    if child.ent_type_ == "NORP" and self._organisation_named(noun):
                        continue  # "the Lebanese movement of Hezbollah", "Russian mercenaries from the Wagner group"
                    if child.dep_ == "poss" and self._nearer_name(noun, child):
                        continue  # "Yemen's Houthi rebels" are the Houthis: the name nearer the noun
                    if child.dep_ == "poss" and noun.lower_ in self.words("counterpart_nouns"):
                        continue  # "trained their Fooian counterparts": the counterparts' own side (round 35)
                    # "Iranian and Hezbollah advisers", "Polish, Canadian and Norwegian instructors": every coordinated
                    # modifier, however it is attached (the "and" may hang on any of them)
                    rest = [c for c in noun.children if c.i > child.i and c.dep_ in MODIFIER_DEPS and c.i in self.at]
                    coordinated = any(c.dep_ == "cc" for m in (child, *rest) for c in m.children)
                    listed = [m for c in rest for m in self._refer(c, seen)] if coordinated else []
                    return [*self._refer(child, seen), *listed, *self._conjuncts(noun, seen)]
                if child.lower_ in self.words("group_nouns") and child.i not in seen:
                    seen.add(child.i)
                    found = self._group(child, seen)  # "the Syrian regime's forces"
                    if found:
                        return found
                elif child.dep_ == "amod" and child.lower_ in self.words("alignment_participles"):
                    # "the US-led coalition", "the GNA-allied forces"
                    prefix = [c for c in child.children if c.dep_ in ("npadvmod", "compound", "nmod") and c.i in self.at]
                    if prefix and hyphen_prefix(prefix[0]):
                        return self._refer(prefix[0], seen)
                elif child.dep_ == "compound":  # a name on the noun's own modifier: "Houthi drone operators"
                    named = [c for c in child.children if c.dep_ in ("compound", "amod") and c.i in self.at and c.i < child.i]
                    if named and not hyphen_prefix(named[0]):
                        return self._refer(named[0], seen)
        # "the government of Abdrabbuh Mansur Hadi", "fighters from Hamas and from the Houthis"
        # (not a state its people come from: "fighters from Chad" are no actor of Chad's)
        owners = self._prep_objects(noun, frozenset({"of", "from"})) + _stray_from(noun)
        found = [m for o in owners if not self.origin_of_group(o, noun) for m in self._member_of(o, seen)]
        if not found and noun.lower_ in self.words("government_nouns"):  # "the regime in Syria", "the government in Bamako"
            found = [self.at[o.i] for o in self._prep_objects(noun, frozenset({"in"})) if o.i in self.at]
        if found:
            return [*found, *self._conjuncts(noun, seen)]
        if noun.dep_ in ("compound", "nmod") and noun.head.i in self.at:
            return [self.at[noun.head.i]]
        return []

    def _organisation_named(self, noun: Token) -> bool:
        """A named organisation as the "of"/"from" object of a group noun: it says whose the group is, over a demonym
        that says where it is from ("the Lebanese resistance movement of Hezbollah" is Hezbollah, not Lebanon)."""
        return any(
            o.ent_type_ == "ORG" and o.i in self.at and self.at[o.i].named
            for o in self._prep_objects(noun, frozenset({"of", "from"}))
        )

    def _repeated(self, noun: Token) -> list[Mention]:
        """A bare definite group noun repeating the head of an earlier phrase that named an actor stands for it: "the
        Farc guerrillas ... the guerrillas" -> FARC, "Hamas spokesman Ali Nour ... the spokesman" -> Ali Nour,
        "Iraqi Prime Minister X ... the prime minister" -> X.

        The nearest earlier use of the head word, up to :data:`REPEAT_SENTENCES_BACK` sentences back, decides (when it
        named no actor, nothing is found); the description's own modifiers must all occur in that phrase ("the
        French president" is not "President Trump"), a person's title may have no other ("Vice President X" is not
        "the president"), a phrase naming its group by a leader or ally is none ("Tuareg-led rebels ... the rebels":
        the rebels are not the Tuareg), and a phrase inside a quotation is no antecedent of one outside. Only titles, the
        fighters of armed groups and the bodies of ``organ_nouns`` ("the ministry", "the embassy") are read so ("the
        state", "the military", "the government" stay to coreference).
        A description with anything but modifiers ("the group of ministers", "the group that ...") is left alone."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) or any(
            c.dep_ not in ("det", "amod", "compound") or c.i > noun.i for c in noun.children
        ):
            return []
        words = {c.lower_ for c in noun.children if c.dep_ != "det"}
        start = noun.sent.start
        for _ in range(REPEAT_SENTENCES_BACK):
            if start == 0:
                break
            start = self.doc[start - 1].sent.start
        for tok in reversed(self.doc[start : noun.i]):
            if tok.lower_ != noun.lower_:
                continue
            if (self.quoted(tok) and not self.quoted(noun)) or not words <= {t.lower_ for t in tok.subtree}:
                return []
            title_of = tok.head if tok.dep_ in ("compound", "appos") else None  # "Hamas spokesman Ali Nour"
            if title_of is None or title_of.ent_type_ != "PERSON":
                title_of = next((c for c in tok.children if c.dep_ == "appos"), None)  # "a spokesman, Ali Nour,"
            if title_of is not None and title_of.ent_type_ == "PERSON" and title_of.i in self.at:
                ranks = {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound") and c.i not in self.at}
                if not ranks <= words:
                    return []  # "Vice President X ... the president", "Deputy Minister X ... the minister"
                found = [self.at[title_of.i]]
            elif any(c.dep_ == "amod" and c.lower_ in self.words("alignment_participles") for c in tok.children):
                return []  # "Tuareg-led rebels", "GNA-allied forces": named by a leader or ally, not themselves
            else:
                found = [self.at[tok.i]] if tok.i in self.at else self._group(tok, {tok.i})
            span = self.doc[noun.left_edge.i : noun.i + 1]
            return [Mention(m.actor, span.text, span.start_char, span.end_char, noun.i, False) for m in unique(found)]
        return []

    def _said_exactly(self, tok: Token) -> list[Token]:
        """Words that say more exactly whom a mention means: the members a coreference description lists
        ("Iraq's popular forces, including al-Nujaba") or the place a government description names ("the regime
        in Syria"), an organisation bracketed after a demonym ("the Yemenis (Houthis)")."""
        if not tok.ent_type_:  # a coreference description: its list, or a government's seat ("the regime in Syria")
            seat = self._prep_objects(tok, frozenset({"in"})) if (
                tok.lower_ in self.words("government_nouns") and tok.i not in self._named_governments) else []
            return self._inclusions(tok) + [o for o in seat if o.i in self.at]
        if tok.ent_type_ == "NORP":
            return [c for c in tok.children
                    if c.dep_ == "appos" and c.ent_type_ == "ORG" and c.i in self.at and self.doc[c.i - 1].text == "("]
        return []

    def _quoted_speaker(self, tok: Token) -> list[Mention]:
        """ "We", "us", "our" inside a quotation: the speaker's organisation or state, the subject of the saying verb
        outside it.

        'Chavez told Uribe: "We have not given money to the FARC."' -> Chavez; '"We ...," said Ali Nour, a Hamas
        spokesman' -> Hamas (:meth:`speaks_for`).
        """
        verb = tok.head
        while verb.head.i != verb.i and (self.quoted(verb) or verb.lemma_.lower() not in self.words("reporting_verbs")):
            verb = verb.head
        if self.quoted(verb) or verb.lemma_.lower() not in self.words("reporting_verbs"):
            verb = self._opening_saying_verb(tok)
            if verb is None:
                return []
        speakers = self.subjects(verb)[:1]  # a titled speaker's "we" is his body's: '"We ...," said a Hamas official'
        return (self.speaks_for(speakers[0], verb.sent.end) if speakers else []) or speakers

    def _opening_saying_verb(self, tok: Token) -> Token | None:
        """The saying verb before a quotation that opened in an earlier sentence: 'X said that "Fooland is ... . We
        sent boats to Barland."' (the last verb of saying outside the quotation, before its opening mark)."""
        start = tok.i
        while start > 0 and self.quoted(self.doc[start - 1]):
            start -= 1
        sent = self.doc[start].sent
        if sent.start == tok.sent.start:
            return None
        saying = self.words("reporting_verbs")
        verbs = [t for t in self.doc[sent.start : start] if not self.quoted(t) and t.lemma_.lower() in saying]
        return verbs[-1] if verbs else None

    def _bound_by_subject(self, pronoun: Token, actors: set[str]) -> bool:
        """Whether an object pronoun ("it", "them", "him", "her": the object of a verb or of its preposition) would
        stand for the subject of its own clause, or for a name coordinated with that subject: a plain pronoun never
        does (a reflexive would: "itself"). "Cairo and Riyadh prop it up" (it is neither), "Ankara cut ties with Cairo,
        accusing it of arming X" (it is not Ankara), "A and B trained them" (them is neither)."""
        if pronoun.tag_ != "PRP" or pronoun.lower_ not in OBJECT_PRONOUNS:
            return False
        verb = pronoun.head
        if pronoun.dep_ == "pobj" and verb.dep_ in ("prep", "dative"):
            verb = verb.head
        elif pronoun.dep_ not in ("dobj", "dative"):
            return False
        if not is_verbal(verb) or pronoun.i in self._binding:
            return False
        self._binding.add(pronoun.i)  # (the subject's own resolution may pass through this pronoun)
        try:
            own = {m.actor for m in self.subjects(verb)} | {m.actor for m in self._subject_partners(verb)}
        finally:
            self._binding.discard(pronoun.i)
        return bool(actors & own)

    def _subject_partners(self, verb: Token) -> list[Mention]:
        """Names coordinated with a verb's subject that the parser hung elsewhere: "after the fighters were expelled to
        Lebanon, Iran and Hezbollah trained them" (Iran read as a conjunct of Lebanon): the named mention right before
        an "and" that opens the subject phrase, skipping a bracketed acronym, when the parser made it a conjunct or
        an apposition of something else ("deported to Syria, the Guards (IRGC) and Hezbollah taught them")."""
        doc, out = self.doc, []
        for subject in (c for c in verb.children if c.dep_ in SUBJECT_DEPS):
            j = subject.left_edge.i - 1
            if j < 1 or doc[j].lower_ != "and" or doc[j].head.i == subject.i:
                continue  # (a coordination the parser read is in the subject's own referents)
            j -= 1
            if doc[j].text == ")":
                while j > 0 and doc[j].text != "(":
                    j -= 1
                j -= 1
            mention = self.at.get(j)
            if mention is not None and mention.named and doc[mention.root].dep_ in ("conj", "appos"):
                out.append(mention)  # (not another clause's object: "Egypt hosted Hamas and Iran armed them")
        return out

    def _plural_antecedent(self, pronoun: Token, seen: set[int]) -> list[Mention]:
        """An unresolved "they"/"them": the nearest plural actor reference before it, in its sentence or the one before.

        Coordinated actors ("North Korea and Iran ... because they provided ..."), a plural name, or a plural
        group noun ("the Houthi rebels"); an object pronoun may also stand for a single name in its own sentence
        ("ties with the Houthis and has backed them"), never for its own clause's subject ("Iran backed them").
        """
        doc = self.doc
        sent = pronoun.sent
        start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        subject = pronoun.dep_ in SUBJECT_DEPS
        own = set() if subject else {m.actor for m in (*self.subjects(pronoun.head), *self._subject_partners(pronoun.head))}
        below = self._named_below(pronoun) if subject else set()
        if subject and self._continues_unnamed_subject(pronoun, seen):
            return []
        for j in range(pronoun.i - 1, start - 1, -1):
            t = doc[j]
            if t.dep_ == "conj" and t.head.i < t.i and t.head.i >= start:
                continue  # a later conjunct: the coordination's first conjunct, further back, names all of it
            if j in self.at and self.at[j].named and self.at[j].root == j:
                found = [m for m in self._refer(t, set(seen)) if m.actor not in own]
                if found and {m.actor for m in found} <= below:
                    continue  # "the arms they deliver to Kyiv" are not Ukraine's (the Ukrainians named before)
                # (a lone state is "it", never "them": "fighters expelled to Lebanon ... trained them")
                if found and (len(found) > 1 or t.tag_ == "NNPS" or (not subject and j >= sent.start and t.ent_type_ != "GPE")):
                    return found
            elif t.tag_ == "NNS" and t.lower_ in self.words("group_nouns") and j not in seen:
                found = [m for m in self._group(t, set(seen)) if m.named]
                if found and not own & {m.actor for m in found}:
                    return found
        return []

    def _continues_unnamed_subject(self, pronoun: Token, seen: set[int]) -> bool:
        """A "they" opening its sentence as the subject of its main verb carries on the subject of the sentence before
        when that is a plural noun phrase naming no actor ("Both movements fought a war, drawing support from Zambia,
        Tanzania and Angola. They also received support from X": not the list of states; round 21)."""
        sent = pronoun.sent
        if pronoun.head.i != sent.root.i or sent.start == 0 or any(t.i < pronoun.i and t.is_alpha for t in sent):
            return False
        before = self.doc[sent.start - 1].sent
        subjects = [c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")]
        return bool(subjects) and subjects[0].tag_ in ("NNS", "NNPS") and not subjects[0].ent_type_ and not self._refer(
            subjects[0], set(seen)
        )

    def _named_below(self, pronoun: Token) -> set[str]:
        """The actors named in a subject pronoun's own clause, its objects and their prepositions' objects: "the arms
        they deliver to Kyiv" is not Ukraine's delivering to Ukraine (a name the pronoun commands is not the pronoun;
        relation_rules.v16)."""
        verb = pronoun.head
        out: set[str] = set()
        for child in verb.children:
            if child.dep_ not in ("dobj", "dative", "prep", "attr", "oprd") or child.i < pronoun.i:
                continue
            if child.dep_ == "prep" and any(v.pos_ in ("VERB", "AUX") for o in child.children for v in o.children):
                continue  # an absolute phrase is a clause of its own: "..., with Belarus seeking drones"
            for t in child.subtree:
                path = [a for a in t.ancestors if child.is_ancestor(a)]
                if t.i in self.at and self.at[t.i].named and not any(a.pos_ in ("VERB", "AUX") for a in path):
                    out.add(self.at[t.i].actor)  # (not in a clause inside the object: "arms that Iran makes")
        return out

    def _member_of(self, body: Token, seen: set[int]) -> list[Mention]:
        """The actor a group noun's "of"/"from" object names: a name, or a group noun of its own
        ("recruits from Ukraine's military")."""
        if body.i in self.at:
            return [self.at[body.i]]
        listed = [m for obj in self._inclusions(body) for m in self._refer(obj, seen)]
        if listed:  # "fighters from groups such as Hezbollah and the Houthis"
            return listed
        if body.lower_ in self.words("group_nouns") and body.i not in seen:
            seen.add(body.i)
            return self._group(body, seen)[:1]
        return []

    def _commander(self, forces: Token, seen: set[int]) -> list[Mention]:
        """Whose forces a force noun means when an "under" phrase names their commander: "troops under the command
        of the GNA", "units under Haftar's control" (``vocab/command_nouns.txt``); also the phrase the parser hangs on
        the verb right after the noun phrase of its recipient ("gave training **to** 120 soldiers of the army under the
        command of the GNA"; not after its object: "trained the militia under the command of X" may be the trainer's,
        unless the object is a bare plural: "was training troops under Haftar"); a named actor under which they serve
        is their commander ("units under the GNA", "troops under Khalifa Haftar")."""
        phrases = [c for c in forces.children if c.dep_ == "prep" and c.lower_ == "under"]
        after = forces.right_edge.i + 1
        if forces.dep_ == "pobj" and forces.head.dep_ in ("prep", "dative") and is_verbal(forces.head.head):
            phrases += [c for c in forces.head.head.children if c.i == after and c.dep_ == "prep" and c.lower_ == "under"]
        bare = forces.dep_ == "dobj" and forces.tag_ == "NNS" and not any(
            c.dep_ in ("det", "poss", "compound", "amod", "nmod") for c in forces.children
        )
        if bare and is_verbal(forces.head):  # "was training troops under Haftar": troops of no one else are his
            phrases += [c for c in forces.head.children if c.i == after and c.dep_ == "prep" and c.lower_ == "under"]
        for under in phrases:
            for noun in under.children:
                if noun.dep_ == "pobj" and noun.i in self.at and self.at[noun.i].named:
                    return self._refer(noun, seen)  # "troops under Haftar", "units under the GNA"
                if noun.dep_ == "pobj" and noun.lower_ in self.words("command_nouns"):
                    owners = [c for c in noun.children if c.dep_ in ("poss", "compound", "amod") and c.i in self.at]
                    found = [m for o in owners + self.pobjs(noun, frozenset({"of"})) for m in self._refer(o, seen)]
                    if found:
                        return found
        return []

    def _loyal(self, forces: Token, seen: set[int]) -> list[Mention]:
        """Whose forces a force noun means when an adjective of allegiance names him (``vocab/loyalty_adjectives.txt``;
        relation_rules.v23): "forces loyal to Haftar", "militias answerable to the government" are his. A named actor
        only, not a cause ("fighters loyal to the revolution"), and not a mere alignment ("militias allied with Iran"
        are not Iran's: "allied" is no word of allegiance)."""
        for adj in forces.children:
            if adj.dep_ == "amod" and adj.lower_ in self.words("loyalty_adjectives"):
                for obj in self.pobjs(adj, frozenset({"to"})):
                    if obj.i in self.at and self.at[obj.i].named:
                        return self._refer(obj, seen)
        return []

    def _run_by(self, noun: Token, seen: set[int]) -> list[Mention]:
        """Who runs a programme: "the course, run by the U.K., trains ..." (not "militias led by Iran": people)."""
        if noun.lower_ not in self.words("programme_nouns"):
            return []
        return [
            m
            for acl in noun.children
            if acl.dep_ == "acl" and acl.lemma_.lower() in self.words("running_verbs")
            for obj in self.pobjs(acl, frozenset({"by"}))
            for m in self._refer(obj, seen)
        ]

    def _nearer_name(self, noun: Token, possessor: Token) -> bool:
        """Another actor named between a group noun's possessor and the noun, not a demonym of a non-state group."""
        return any(
            c.i > possessor.i and c.dep_ in ("compound", "nmod") and c.i in self.at
            and self.at[c.i].actor != self.at[possessor.i].actor
            and not self.demonym_of_group(c, noun)
            for c in noun.children
        )

    def named_as(self, noun: Token) -> list[Token]:
        """The name a participle gives a noun: "the rebels known as the SNA", "a militia called Hamas"; also hung on
        the noun's members: "a coalition of militias known as the LNA"."""
        members = [o for o in self.pobjs(noun, frozenset({"of"})) if o.tag_ in ("NNS", "NNPS") and o.i not in self.at]
        return [
            obj
            for phrase in (noun, *members)
            for acl in phrase.children
            if acl.dep_ == "acl" and acl.lemma_.lower() in self.words("naming_verbs")
            for obj in [*self.pobjs(acl, frozenset({"as"})), *(c for c in acl.children if c.dep_ in ("oprd", "attr"))]
        ]

    def _inclusions(self, noun: Token) -> list[Token]:
        """Objects of "including" / "such as" on a plural noun, and names listed after "among them"."""
        if noun.tag_ not in ("NNS", "NNPS"):
            return []
        found = [  # "rebel groups, among them A and B" (the names read as conjuncts of the noun)
            conj
            for conj in noun.children
            if conj.dep_ == "conj"
            and any(p.dep_ == "prep" and p.lower_ == "among" and any(o.lower_ == "them" for o in p.children) for p in conj.children)
        ]
        doc = self.doc
        for k in {noun.i + 1, noun.right_edge.i + 1}:  # the names hung elsewhere: "funds several militias, among them A"
            if k + 3 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ == "among" and doc[k + 2].lower_ == "them":
                if doc[k + 1].head.i > k + 2 and doc[k + 1].head.i in self.at:
                    found.append(doc[k + 1].head)
        for child in noun.children:
            if child.dep_ != "prep":
                continue
            for phrase in self.words("inclusion_cues"):
                words = phrase.split(" ")
                start = child.i - len(words) + 1
                if start >= 0 and [t.lower_ for t in self.doc[start : child.i + 1]] == words:
                    found += [c for c in child.children if c.dep_ == "pobj"]
        return found

    def _conjuncts(self, tok: Token, seen: set[int]) -> list[Mention]:
        out: list[Mention] = []
        for child in tok.children:
            if child.dep_ == "conj" and any(c.dep_ == "neg" for c in child.children):
                continue  # a contrasted conjunct is left out: "supports Hezbollah but not the Houthis"
            if child.dep_ == "conj" and late_conjunct(child) is not None:
                continue  # "X under the patronage of the PMU and Iran's IRGC": IRGC is the PMU's conjunct
            if child.dep_ == "conj" and self._reporter(child):
                continue  # the speaker closing the sentence: "sent jets to Fooland, Ivo Maric, the envoy, said"
            if child.dep_ == "conj" and child.i not in seen:
                seen.add(child.i)
                mention = self.at.get(child.i)
                named = None if mention is not None and mention.named else (
                    self._naming_apposition(child) or self._hung_apposition(child))
                if named is not None:  # "Iran and its ally, Hezbollah"; "X and Fooland's force, the Zed Group" (round 36)
                    out.extend(self._refer(named, seen))
                elif mention is not None:
                    out.append(mention)
                elif child.lower_ in self.words("group_nouns"):
                    out.extend(self._group(child, seen)[:1])
                out.extend(self._conjuncts(child, seen))
        return out

    def _listed_apposition(self, name: Token, seen: set[int]) -> list[Mention]:
        """A list the parser read as an apposition: a name after a name, itself heading a coordination closed by
        "and", continues the list rather than renaming the first ("Oman backs Hamas, the Taliban, Hezbollah
        and the Houthis": every one is backed). Its named members only (a description in such a list, "Hamas, the
        Taliban, Hezbollah's allies and ...", is left out), and not a single name after the comma ("Hamas, the
        Islamist movement"; "Hamas, Gaza's rulers"), nor a list a description heads ("Hamas, a group and a party")."""
        out: list[Mention] = []
        if not name.ent_kb_id_:
            return out  # a name after a description renames it: "the group Fursan, or the Knights"
        for appos in name.children:
            if appos.dep_ != "appos" or appos.i in seen or _contrasted(appos) or not _closed_list(appos):
                continue
            members = [m for m in conjunct_chain(appos) if m.i not in seen and m.i in self.at and m.ent_kb_id_]
            if appos not in members:
                continue
            for member in members:
                seen.add(member.i)
                out.append(self.at[member.i])
        return out

    def _clause_subject_referents(self, verb: Token, seen: set[int]) -> list[Mention]:
        for child in verb.children:
            if child.dep_ in SUBJECT_DEPS:
                return self._refer(child, seen)
        return []

    def _appositive_anchor(self, appos: Token, seen: set[int]) -> list[Mention]:
        """What an apposition renames.

        A plural apposition renames the whole coordination ("Hezbollah and
        Hamas, Iran's proxies"); a singular one the actor right before its
        comma ("leaders of Hamas and Hezbollah, an Iran-backed group"),
        which also repairs attachments the parser gets wrong.
        """
        if appos.tag_ in ("NNS", "NNPS"):
            return self._refer(first_conjunct(appos.head), seen)
        j = appos.left_edge.i - 1
        sent_start = appos.sent.start
        while j >= sent_start and (self.doc[j].is_punct or self.doc[j].is_space):
            j -= 1
        if j >= sent_start and j in self.at:
            return [self.at[j]]
        head = appos.head
        if head.i in self.at:
            return [self.at[head.i]]
        return self._group(head, seen) if head.lower_ in self.words("group_nouns") else []

    def _light_verb_owner(self, pronoun: Token) -> Mention | None:
        """The person who voices, pledges or reaffirms the support "his" or "her" owns: the light verb's subject
        ("when President X voiced his support for Taiwan": X, not a person named earlier in the sentence)."""
        noun = pronoun.head
        if pronoun.dep_ != "poss" or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in self.words("light_verbs"):
            return None
        # (a person's name the recogniser took for an organisation too, never a place's)
        persons = [m for m in self.subjects(noun.head) if self.doc[m.root].ent_type_ not in ("GPE", "NORP", "LOC")]
        return persons[0] if len(persons) == 1 else None

    def _faulted_party(self, pronoun: Token) -> list[Mention]:
        """The party an act answers for "its"/"their" support (or role) given as its reason: "cut ties with Fooland over
        its support for X", "sanctioned Barland for their role in ...", "condemned Fooland and Barland for their
        support to X" -> the party the act is against (the verb's object, or the "with"/"on"/"against" object of the
        act or of its object noun), not the subject the coreference step may have chosen (round 33)."""
        noun = pronoun.head
        if pronoun.lower_ not in ("its", "their") or pronoun.dep_ != "poss" or noun.dep_ != "pobj":
            return []
        if noun.lower_ not in self.words("support_nouns") | self.words("involvement_nouns"):
            return []
        prep = noun.head
        if prep.lower_ not in ("over", "for") or prep.dep_ != "prep":
            return []
        holder = prep.head
        verb = holder if is_verbal(holder) else holder.head if holder.dep_ == "dobj" and is_verbal(holder.head) else None
        if verb is None:
            return []
        targets = [c for c in verb.children if c.dep_ == "dobj"]
        targets += [o for h in (verb, *targets) for o in self.pobjs(h, FAULT_PREPS)]
        doers = {m.actor for m in self.subjects(verb)}
        found = [m for t in targets for m in self.referents(t) if m.actor not in doers]
        return found if pronoun.lower_ == "their" else found[:1]

    def _own_possessor(self, pronoun: Token) -> list[Mention]:
        """An unresolved "its"/"their" in the object of a verb, read as that verb's subject.

        "Iran denies its involvement", "Russia stepped up its support for Hamas".
        """
        if pronoun.lower_ not in ("its", "their"):
            return []
        tok = pronoun.head  # up through the verb's object and prepositions only, not coordination
        while tok.dep_ in ("dobj", "pobj", "prep") and tok.head.i != tok.i:
            tok = tok.head
        if not is_verbal(tok):
            return []
        subjects = self.subjects(tok)
        return subjects if pronoun.lower_ == "their" else subjects[:1]

    def is_person(self, m: Mention) -> bool:
        """A mention of a person: a PERSON name, or a personal pronoun resolved to one ("he", "her")."""
        root = self.doc[m.root]
        return root.ent_type_ == "PERSON" or root.lower_ in PERSONAL_PRONOUNS

    def owns(self, a: Mention, b: Mention) -> bool:
        """Whether one of the two mentions is the owner's word inside the other's institution ("Pakistani" in
        "Pakistani intelligence agencies"): the two name one party, never a relation between them."""
        doc = self.doc
        for owner, institution in ((a, b), (b, a)):
            word, noun = doc[owner.root], doc[institution.root]
            if noun.ent_id_ in OWNER_NAMED and word.dep_ in MODIFIER_DEPS and word.head.i == noun.i:
                return True
        return False

    def origin_of_group(self, place: Token, noun: Token) -> bool:
        """A state after "from" on a non-state group noun says where its people come from, as a demonym does:
        "fighters from northern Syria", "terrorists from Myanmar" are no actor of the state's ("fighters from Hamas"
        are Hamas's); also a list of states ("from Fooland, Barland and Zedland") and a noun a non-state word qualifies
        ("militia leaders from Fooland"; round 36)."""
        nonstate = self.words("nonstate_group_nouns")
        return place.ent_type_ == "GPE" and first_conjunct(place).head.lower_ == "from" and (
            noun.lower_ in nonstate or any(c.dep_ == "compound" and c.lower_ in nonstate for c in noun.children))

    def demonym_of_group(self, modifier: Token, noun: Token) -> bool:
        """A demonym on a non-state group noun (``nonstate_group_nouns``): "Iraqi militias", "Colombian rebels",
        "Afghan insurgents" are people of that nationality, no actor of the state's. A de-facto state's demonym
        names its side ("Abkhaz separatists": ``RuleSet.de_facto_states``)."""
        nonstate = self.words("nonstate_group_nouns")
        if modifier.dep_ == "poss" and modifier.ent_type_ == "GPE" and noun.lower_ in nonstate:
            # a state's possessive likewise: "Iraq's armed groups", "Syria's rebels" are groups in the state, not the
            # state (but "Russia's mercenaries" may be its own: ``owned_force_nouns``)
            return noun.lower_ not in self.words("owned_force_nouns")
        # (round 21) a group noun a non-state word qualifies is one too: "the Sudanese rebel movement", "a Belarusian
        # volunteer brigade"; and a state's name set before such a noun as a modifier is its people's origin, as a
        # demonym is: "Nicaragua rebels"
        if noun.lower_ not in nonstate and not any(c.dep_ == "compound" and c.lower_ in nonstate for c in noun.children):
            return False
        named_by = modifier.ent_type_ == "NORP" or (modifier.ent_type_ == "GPE" and modifier.dep_ in ("compound", "nmod"))
        # a one-word name the gazetteer does not know, set before such a noun, is its people's as a demonym is:
        # "Kashmiri separatists", "the Moro rebels" (a group the gazetteer knows keeps its name: "Houthi rebels"; an
        # acronym or a name with a digit is a group's own: "EPP guerrillas", "M19 rebels")
        named_by = named_by or (
            modifier.dep_ in ("compound", "amod") and modifier.ent_iob_ == "B" and modifier.ent_kb_id_ == modifier.text
            and modifier.ent_id_ != GAZETTEER_RULE and modifier.is_alpha and modifier.is_title  # (not "EPP", "M19")
            and (modifier.i + 1 >= len(modifier.doc) or modifier.doc[modifier.i + 1].ent_iob_ != "I")
        )
        return named_by and not hyphen_prefix(modifier) and modifier.ent_kb_id_ not in self.rules.de_facto_states

    def _state_named(self, modifier: Token) -> bool:
        """A noun's modifier that names a state, by its demonym or its name ("Fooian", "Fooland's"), not a de-facto
        state's side ("Abkhaz") nor the first of a hyphenated word ("the Fooian-backed uprising")."""
        return (
            modifier.ent_type_ in STATE_LABELS and not hyphen_prefix(modifier)
            and modifier.ent_kb_id_ not in self.rules.de_facto_states
        )

    def nationality_of_client(self, modifier: Token) -> bool:
        """A demonym on a client noun (``client_nouns``) that a possessor also modifies says where the client is from,
        not who backs it: "its Lebanese proxy Hezbollah", "Iran's Iraqi proxies" (the possessor is the patron; "the
        Russian proxy" alone keeps its demonym). A force noun likewise (``force_nouns``, round 27): "Haftar's Libyan
        forces" are Haftar's forces in Libya, not Libya's ("the Libyan forces" alone stay Libya's)."""
        if modifier.ent_type_ != "NORP" or modifier.dep_ not in MODIFIER_DEPS or hyphen_prefix(modifier):
            return False
        clients = self.words("client_nouns") | self.words("force_nouns")
        noun = modifier.head
        phrase = [noun, *(c for c in noun.children if c.dep_ in MODIFIER_DEPS and c.lower_ in clients)]
        if noun.lower_ not in clients and len(phrase) == 1:
            return False
        return any(c.dep_ == "poss" and c.i != modifier.i for n in phrase for c in n.children)

    def actor_modifiers(self, noun: Token) -> list[Mention]:
        """Actors among a noun's modifiers: "Russia's support", "American support", "US aid"."""
        out: list[Mention] = []
        for child in noun.children:
            if child.dep_ in MODIFIER_DEPS and (child.i in self.at or child.tag_ == "PRP$"):
                if not self.demonym_of_group(child, noun) and not self.nationality_of_client(child):
                    out.extend(self.referents(child))
        return unique(out)

    def pobjs(self, tok: Token, preps: frozenset[str]) -> list[Token]:
        """Objects of the prepositions in ``preps`` attached to ``tok``."""
        return [
            obj
            for child in tok.children
            if child.dep_ in ("prep", "dative", "agent") and child.lower_ in preps
            for obj in child.children
            if obj.dep_ == "pobj"
        ]

    def _prep_objects(self, tok: Token, preps: frozenset[str]) -> list[Token]:
        """Objects of ``preps`` on ``tok`` and of prepositions coordinated with them ("from X and from Y"), with every
        conjunct of each ("of A, B and C", C hung on B; round 36)."""
        found = []
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in preps):
            for p in (prep, *(c for c in prep.children if c.dep_ == "conj" and c.lower_ in preps)):
                for obj in (o for o in p.children if o.dep_ == "pobj"):
                    found += conjunct_chain(obj)
        return found

    # -- verbs -----------------------------------------------------------------
    def is_passive(self, verb: Token) -> bool:
        """Whether ``verb`` is read in the passive voice (asked by every rule a verb cues, and by each of their
        patterns: read once per verb and document)."""
        if verb.i not in self._passive:
            self._passive[verb.i] = self._is_passive(verb)
        return self._passive[verb.i]

    def _is_passive(self, verb: Token) -> bool:
        deps = {c.dep_ for c in verb.children}
        if deps & {"nsubjpass", "auxpass"}:
            return True
        if "agent" in deps:
            # (not a "by" the parser took for an agent beside an active subject and object: "X denied claims by Y
            # that ...", the claimant's "by")
            return not {"nsubj", "dobj"} <= deps
        if verb_list(verb) is not None or perfect_clause(verb) is not None:
            return False  # "Iran has armed, trained and funded Hezbollah", "Iran has long armed Hezbollah" (modifiers)
        if "nsubj" in deps or any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
            return False
        if verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod", "advcl"):
            return True
        if verb.tag_ == "VBD" and verb.dep_ == "acl" and "dobj" not in deps:
            return True  # a participle tagged as a past tense on a noun: "a militia **trained**, armed and funded by X"
        if is_participle_adjective(verb):
            return True
        return verb.dep_ == "conj" and verb.tag_ == "VBN" and is_verbal(verb.head) and self.is_passive(verb.head)

    def subjects(self, verb: Token) -> list[Mention]:
        """The subject of ``verb``'s clause (the logical subject when active), with the companions an "along with" or
        "together with" before the verb adds to it ("Turkey, along with Iran, has supplied ..."). Read once per verb
        (the mentions are indexed when the Grammar is built, so the answer cannot change); a fresh list each call."""
        if verb.i not in self._subjects_of:
            self._subjects_of[verb.i] = self._subjects_with_companions(verb)
        return list(self._subjects_of[verb.i])

    def _subjects_with_companions(self, verb: Token) -> list[Mention]:
        found = self._subjects(verb)
        companions = [
            m
            for node in (verb, *(c for c in verb.children if c.dep_ in SUBJECT_DEPS or c.dep_ == "npadvmod"))
            for c in node.children
            if c.i < verb.i
            for m in self.referents_of(_companions(c))
        ]
        return unique([*found, *companions]) if companions else found

    def _subjects(self, verb: Token) -> list[Mention]:
        misread = zero_relative(verb)
        if misread is not None:
            return self.referents(misread[1])
        listed = verb_list(verb)
        if listed is not None and verb is not listed[0]:  # "Iran has armed, **trained** and funded Hezbollah"
            return self.subjects(listed[0])
        if verb_read_as_compound(verb) and not any(c.dep_ == "nsubj" for c in verb.children):
            # "Analysts say Qatar funds Hamas": the name hung on the verb as its compound
            return self.referents_of([c for c in verb.children if c.dep_ == "compound" and c.i == verb.i - 1])
        perfect = perfect_clause(verb)
        if perfect is not None:  # "Iran has long armed Hezbollah": the subject of "has" (or of the root noun)
            return self.referents_of([c for c in perfect.children if c.dep_ == "nsubj"][:1])
        demonym = unhyphenated_demonym(verb)
        if demonym is not None:  # "the Afghan backed militants"
            return self.referents(demonym)
        for child in verb.children:
            if child.dep_ in SUBJECT_DEPS and in_dateline(child.doc[child.i : child.i + 1]):
                child = dateline_subject(child)  # the dateline read as the subject: the clause's own, if anywhere
                if child is None:
                    continue
                return self.referents(child)
            if child.dep_ in SUBJECT_DEPS:
                source = swallowed_source(child)  # "According to X, Iran and Hezbollah have helped ..."
                if source is None:
                    source = agreeing_conjunct(child)  # "supports the SNA and Qatar backs Hamas"
                return self.referents_of(source) if source is not None else self.referents(child)
        subject = auxiliary_subject(verb)
        if subject is not None:  # "Iran has armed ...", the subject hung on "has"
            return self.referents(subject)
        subject = source_apposition(verb)
        if subject is not None and subject.i in self.at:  # "According to the weekly X, Ngoma has been backed by ..."
            return self.referents(subject)
        lost = lost_subject(verb)
        if lost is not None:
            found = self.actor_run(lost, -1)
            # (the run ends where a phrase before the subject ends: "by selling tanks to Chad, Egypt and Libya are
            # responsible": Chad, the object of "to", is not a subject)
            cut = next((k for k, m in enumerate(found) if k and self.doc[m.root].dep_ == "pobj"), len(found))
            if found:
                return found[:cut]
        tagged_noun = noun_tagged_subject(verb)
        if tagged_noun is not None:
            return self.referents(tagged_noun)
        for child in verb.children:  # gerund with a possessor: "Iran's providing arms"
            if child.dep_ == "poss":
                return self.referents(child)
        dep, head = verb.dep_, verb.head
        if head.i == verb.i:
            return []
        if absolute_participle(verb):
            return []  # its own subject, not the clause's: "..., with neighbouring Chad backing Musa"
        if dep == "conj" and zero_relative(head) is not None:
            return self.referents(zero_relative(head)[0])  # "Hamas, the group Qatar funds, rejected ..."
        if dep == "conj":
            gerund = stranded_gerund(verb)
            if gerund is not None:  # "accused X of financing and arming Hamas"
                return self.subjects(gerund)
            if is_verbal(head) or head.pos_ == "ADJ":  # "has funded, armed and trained" ("armed" tagged ADJ)
                return self.subjects(head)
            if head.dep_ == "dobj" and is_verbal(head.head):
                # a verb coordinated onto an object: "planning the attack and training Hamas"
                return self.subjects(head.head)
            return []
        if dep == "xcomp":
            # object control: "urged Iran to fund"; else the governing subject, also when people sent do
            # the sender's work: "Iran sent advisers to train SAF crews"; time or money spent is no controller:
            # "the US spent years training the Afghan army"
            if head.lemma_.lower() in self.words("spending_verbs"):
                return self.subjects(head)
            if head.dep_ == "acomp" and head.lower_ in self.words("control_adjectives"):
                return self.subjects(head.head)  # "Fooland is ready to arm X", "is likely to supply X" (round 40)
            if (
                head.lemma_.lower() in self.words("purpose_participles") and head.tag_ == "VBN" and head.dep_ in ("advcl", "acl")
                and not any(c.dep_ in ("nsubjpass", "auxpass") for c in head.children)  # (not "his campaign was designed to")
            ):
                # a thing's purpose is no deed of the clause's subject: "seized rounds of ammunition, intended to arm
                # X" (the seizer arms no one); its agent's, if named ("rifles meant by Fooland to arm X"; round 33)
                return self.agents(head)
            if head.lemma_.lower() in self.words("instrument_verbs"):
                # who uses someone or something to do a thing does it, through them: "Iran used Hezbollah to smuggle
                # arms to Hamas" (Iran, and Hezbollah), "the bloc used the fund to pay for ..." (the bloc)
                # (not a state used as ground or route: "uses Fooland to channel arms to X" is the user's doing)
                used = [
                    m for c in head.children
                    if c.dep_ == "dobj" and c.ent_type_ not in ("GPE", "LOC") and c.lower_ not in self.words("homeland_nouns")
                    for m in self.referents(c)
                ]
                return unique([*self.subjects(head), *used])
            if head.lemma_ in self.words("copulas"):  # a purpose as the subject: "Moscow's main goal was to shield ..."
                for child in head.children:
                    if child.dep_ == "nsubj" and (involved := self._involved(child)) is not None:
                        return involved
            for child in head.children:
                if child.dep_ == "dobj":
                    found = self.referents(child)
                    if found or head.lemma_.lower() not in self.words("dispatch_verbs"):
                        return found
            return self.subjects(head)
        if dep in ("pcomp", "pobj") and head.pos_ == "ADP":
            governor = accuser_of(head) or head.head
            if governor.lower_ == "charge" and governor.dep_ == "dobj" and governor.head.lemma_.lower() in OFFICE_VERBS:
                return self.subjects(governor.head)  # an office taken: "the army took charge of training the rebels"
            if governor.lemma_ in self.words("accusation_verbs"):
                # "accused Iran of arming"; passive: "Wagner is suspected of supplying"
                accused = [c for c in governor.children if c.dep_ == "dobj"]
                return self.referents(accused[0]) if accused else self.subjects(governor)
            if (
                head.lower_ == "of"
                and governor.lower_ in self.words("claim_nouns")
                and governor.dep_ == "dobj"
                and governor.head.lemma_.lower() in self.words("denial_verbs") | self.words("facing_verbs")
            ):
                # the denier of an accusation is the one it accuses: "Fooland denied allegations of backing the
                # militia" (Fooland; round 27); so is the one who faces it: "Fooland faced accusations of ..." (round 33)
                return self.subjects(governor.head)
            if head.lower_ == "for" and governor.lemma_.lower() in self.words("judged_for_verbs"):
                # the one judged did it, not the judge: "Fooland slammed Barland for arming ..." (passive: "Barland
                # was sanctioned for arming ...", its subject)
                judged = [c for c in governor.children if c.dep_ == "dobj"]
                return self.referents(judged[0]) if judged else self.subjects(governor)
            if head.lower_ == "for" and (judged := self._judged_by_noun(governor)) is not None:
                return self.referents_of(judged)
            if governor.pos_ == "ADJ" and governor.dep_ == "acomp":  # "was instrumental in training"
                return self.subjects(governor.head)
            if is_verbal(governor):  # "by supporting Iran, Moscow ..."
                # (an involvement noun before the "in" the parser hung on the verb: "pointed to Fooland's role in
                # arming X" is Fooland's doing, not the pointer's)
                nouns = [c for c in governor.children if c.dep_ == "dobj"] + self.pobjs(governor, TOPIC_PREPS)
                roles = [n for n in nouns if n.i < head.i and n.lower_ in self.words("involvement_nouns")]
                if head.lower_ == "in" and roles:
                    return self._involved(roles[0]) or []
                return self.subjects(governor)
            if governor.dep_ == "advmod" and governor.pos_ == "ADV" and is_verbal(governor.head):
                return self.subjects(governor.head)  # an adverb's phrase: "Washington stopped short of arming ..."
            return self._involved(governor) or []
        if dep == "advcl":  # participle clause: "Backed by Russia, the army ..."
            if (doer := quoted_gerund_subject(verb)) is not None:
                return self.referents(doer)  # 'intelligence about Russia “training ...”' (round 36)
            if head.dep_ == "acomp" and head.head.lemma_ in self.words("copulas"):
                return self.subjects(head.head)  # on a predicate: "Iran is deeply involved, supplying arms to ..."
            return self.subjects(head)
        if dep == "acomp" and verb.tag_ == "VBN" and verb.lemma_ in self.words("accusation_verbs"):
            return self.subjects(head)  # "Iran stands accused of arming ...", "remains suspected of ..."
        if dep == "acl" and verb.tag_ == "VBG":  # "countries funding Hamas"
            if head.lower_ in self.words("statement_nouns") and head.dep_ == "dobj" and (
                head.head.lemma_.lower() in self.words("issuing_verbs")
            ):  # the author of the statement: "X issued a statement denying ..." (round 35)
                return self.subjects(head.head)
            doer = self.reported_doer(verb)
            return self.referents(doer if doer is not None else head)
        if dep == "acl" and verb.tag_ == "VB" and (involved := self._involved(head)) is not None:
            return involved  # "Iran's efforts to arm the Houthis"
        if dep == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and (
            head.lemma_.lower() not in self.words("irrealis_verbs")  # (no plan or attempt states it: "plans by Iran to arm")
        ):
            # an undertaking's owner does what it is to do: "a bid by Abu Dhabi to hide ...", "Russia's decision to back",
            # "the U.S. decision to resume funding X" (an actor named before the noun, round 34)
            return self.referents_of(self.pobjs(head, frozenset({"by"}))) or [
                m for c in head.children
                if c.dep_ == "poss" or (c.dep_ in ("compound", "nmod", "amod") and c.i in self.at and c.i < head.i)
                for m in self.referents(c)
            ]
        return []

    def _judged_by_noun(self, governor: Token) -> list[Token] | None:
        """Whom a judgement a noun names is on, when a "for" gerund says the deed: "imposed sanctions on Fooco for
        supplying ...", "vented his anger against Fooland for arming ..." (the "for" on the verb, or on the one
        judged); None when no such noun governs the gerund."""
        judging = self.words("judged_for_verbs")
        if is_verbal(governor):
            nouns = [c for c in governor.children if c.dep_ == "dobj" and c.lemma_.lower() in judging][:1]
            return [o for n in nouns for o in (*self.pobjs(governor, JUDGED_PREPS), *self.pobjs(n, JUDGED_PREPS))] if nouns else None
        prep = governor.head
        if governor.dep_ == "pobj" and prep.lower_ in JUDGED_PREPS and prep.head.lemma_.lower() in judging:
            return [governor]
        return None

    def reported_doer(self, verb: Token) -> Token | None:
        """Who does what a gerund under a claim or evidence noun says: "reports **of Iran** arming the Houthis", "no
        sign of Russia supplying ..." (:func:`repairs.of_gerund_subject`); the gerund is the noun's content, as a
        "that" clause is (modality reads it so)."""
        doer = of_gerund_subject(verb)
        if doer is None or verb.head.lower_ not in self.words("claim_nouns") | self.words("evidence_nouns"):
            return None
        return doer

    def _plural_speaker(self, tok: Token) -> list[Mention]:
        """An unresolved "they" subject of what a plural-named speaker says, or of a claim it rejects, is the speaker:
        "the Houthis insist that they take no orders", "the rebels rejected claims that they are a proxy" (not a
        state's "they": "Iran said they attacked", the others)."""
        if tok.lower_ != "they" or tok.dep_ != "nsubj":
            return []
        clause = tok.head
        if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in self.words("reporting_verbs"):
            verb = clause.head
        elif clause.dep_ in ("acl", "relcl") and any(c.dep_ == "mark" for c in clause.children) and clause.head.dep_ == "dobj":
            verb = clause.head.head  # "rejected claims that they ..."
            if verb.lemma_.lower() not in self.words("negation_verbs"):
                return []
        else:
            return []
        plural = [
            s for s in verb.children
            if s.dep_ == "nsubj" and (s.tag_ in ("NNS", "NNPS") or (s.tag_ == "NNP" and s.lower_.endswith("s")))
        ]
        return [m for s in plural for m in self.referents(s)][:1]

    def _involved(self, noun: Token) -> list[Mention] | None:
        """Who takes the part a noun of involvement names: its owner ("Iran's role in arming", "Iranian
        involvement in training") or its "of" object ("the role of Iran in arming"), else the subject of a verb of
        ``vocab/effort_verbs.txt`` taking it ("Iran stepped up efforts to train"); None for other nouns."""
        if noun.lower_ not in self.words("involvement_nouns"):
            return None
        judge = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else None
        if judge is not None and is_verbal(judge) and judge.lemma_.lower() in self.words("judged_for_verbs") and any(
            c.dep_ == "poss" and c.tag_ == "PRP$" for c in noun.children
        ):
            # the one judged for its part: "sanctioned X for its role in arming ..." (not the judge)
            judged = [c for c in judge.children if c.dep_ in ("dobj", "nsubjpass")]
            return self.referents(judged[0]) if judged else []
        owner = self.actor_modifiers(noun) or self.referents_of(self.pobjs(noun, frozenset({"of"})))
        if not owner and noun.dep_ == "dobj" and noun.head.lemma_.lower() in self.words("effort_verbs"):
            return self.subjects(noun.head)  # no owner: who makes the effort, "Iran is stepping up efforts to train"
        if not owner and noun.dep_ == "dobj" and noun.head.lemma_.lower() in self.words("denial_verbs"):
            return self.subjects(noun.head)  # a part denied is the denier's: "the UAE denied any role in arming X"
        return owner

    def objects(self, verb: Token) -> list[Mention]:
        """The direct object of an active ``verb``."""
        misread = zero_relative(verb)
        if misread is not None:
            return self.referents(misread[0])
        if perfect_clause(verb) is not None or verb_read_as_compound(verb):
            # "Iran has long armed Hezbollah", "Israel says Iran arms Hezbollah": the noun it was read to modify
            return self.referents(verb.head)
        listed = verb_list(verb)
        if listed is not None and not any(c.dep_ == "dobj" for c in verb.children):
            # the list's one object, wherever the parser hung it: "has armed, trained and funded Hezbollah"
            shared = [c for m in listed for c in m.children if c.dep_ == "dobj"]
            shared += [m.head for m in listed if m.dep_ == "amod" and m.head.i > listed[-1].i]
            if shared and (named := unique(self.referents(shared[0]))):
                return named  # (an object that stands for no actor leaves the other readings: "training and
                # supplying drones to X", the list's object the drones, the recipient X)
        found: list[Mention] = []
        for child in verb.children:
            if child.dep_ == "dobj":
                found.extend(self.referents(child))
            else:
                found.extend(self.referents_of(preposition_conjunct(child)))
        if found:
            return unique(found)
        partner = stranded_partner(verb)
        if partner is not None:  # "accused Iran of training and arming Hezbollah"
            return self.objects(partner)
        raised = raised_object(verb)
        if raised is not None and (named := self.referents(raised)):
            return named  # "has armed, trained, and funded -- often through X -- groups like Y"
        # "helped Hamas break the siege": the subject of the complement clause (a bare infinitive: a finite clause
        # is a statement of its own, "supports the SNA and Qatar backs Hamas" read as a complement)
        for child in verb.children:
            if child.dep_ in ("ccomp", "xcomp") and child.tag_ in ("VB", "VBP"):  # (VBP: a base form misread)
                for sub in child.children:
                    if sub.dep_ == "nsubj":
                        return self.referents(sub)
        # the object the parser coordinated into the subject of the next clause: "supports the SNA and Qatar backs Hamas"
        for child in verb.children:
            if child.dep_ == "ccomp":
                for sub in child.children:
                    own = agreeing_conjunct(sub)
                    if own is not None:
                        theirs = {m.actor for m in self.referents_of(own)}
                        return [m for m in self.referents(sub) if m.actor not in theirs]
        # shared object: "funds and arms Hamas", "funds and provides weapons to Hamas"; not by a verb with an object
        # of its own from a conjunct with its own auxiliary or negation: "it backed the peace plan, did not arm X"
        # (another statement: the plan is what it backed)
        own_object = any(c.dep_ == "dobj" for c in verb.children)
        for child in verb.children:
            if child.dep_ == "conj" and is_verbal(child) and not any(c.dep_ in SUBJECT_DEPS for c in child.children):
                if own_object and any(c.dep_ in ("aux", "neg") for c in child.children):
                    continue
                found = self.objects(child) or self.referents_of(self.pobjs(child, frozenset({"to"})))
                if found:
                    return found
        shared = adverbial_object(verb)
        if shared is not None:  # "Iran trains and funds Hezbollah", the name read as an adverbial of "trains"
            return self.referents(shared)
        # a verb coordinated with a relative clause's, with no subject of its own, shares its object: "Hezbollah,
        # which Iran funds and trains" (*trains* a conjunct of *funds*)
        if verb.dep_ == "conj" and verb.head.dep_ == "relcl" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            clause = verb.head
            found = [m for c in clause.children if c.dep_ == "dobj" for m in self.referents(c)]
            if found or any(c.tag_ == "WRB" or (c.dep_ in SUBJECT_DEPS and c.tag_ in RELATIVE_TAGS) for c in clause.children):
                return unique(found)
            return self.referents(clause.head)  # "the groups Iran funds and trains"
        # relative clause without an object pronoun: "Hamas, which Qatar funds", "the groups Iran arms"
        if verb.dep_ == "relcl" and not any(
            c.tag_ == "WRB" or (c.dep_ in SUBJECT_DEPS and c.tag_ in RELATIVE_TAGS) for c in verb.children
        ):  # (not "Scripps, where he assisted in ...")
            return self.referents(verb.head)
        return []

    def agents(self, verb: Token) -> list[Mention]:
        """The by-agent of a passive ``verb``, shared across coordination ("funded and supported by Iran")."""
        by = self.pobjs(verb, frozenset({"by"}))
        # and a "by" coordinated with it: "funded by Iran and by Qatar", "financed by gold sales and by the UAE"
        by += [o for p in verb.children if p.dep_ == "agent" for c in p.children if c.dep_ == "conj" and c.lower_ == "by"
               for o in c.children if o.dep_ == "pobj"]
        if by:
            return self.referents_of(by)
        for child in verb.children:
            if (child.dep_ == "conj" and is_verbal(child)) or listed_participle(child):
                found = self.agents(child)
                if found:
                    return found
        following = split_participle(verb)  # "which was being trained, equipped and paid by X" split on the comma
        return self.agents(following) if following is not None else []

    def patients(self, verb: Token) -> list[Mention]:
        """What a passive ``verb`` is done to: its subject or the noun it modifies."""
        if verb.dep_ in ("acl", "amod") and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            return self.described(verb.head, self.referents(verb.head))
        if verb.dep_ == "conj" and is_verbal(verb.head) and self.is_passive(verb.head):
            return self.patients(verb.head)  # "groups funded and supported by Iran"
        if verb.dep_ == "acomp" and is_participle_adjective(verb):  # "are armed and financed by Iran"
            return self.subjects(verb.head)
        if listed_participle(verb) and self.is_passive(verb.head):
            return self.patients(verb.head)  # "is funded, armed and trained by X" ("armed" hung on "funded")
        return self.subjects(verb)

    def described(self, noun: Token, found: list[Mention]) -> list[Mention]:
        """``found`` (the actors of ``noun``'s phrase) that a modifier of the common noun ``noun`` describes: not a
        noun phrase of its own that "and" joins to it ("Iran-backed militias and the Revolutionary Guard", "strikes
        on Fooian-armed groups and the Barland government"; round 40). A list set off by a comma renames the noun
        and stays: "Turkish-backed factions, the Hamza Division and the Zed Brigade"."""
        if noun.i in self.at or not any(c.dep_ == "cc" for c in noun.children):
            return found
        return [m for m in found if (c := article_conjunct(self.doc[m.root])) is None or c.head.i != noun.i]

    def actor_run(self, i: int, step: int) -> list[Mention]:
        """Named actors in a coordination starting at token ``i``, read leftwards (-1) or rightwards (+1).

        "Egypt and the United Arab Emirates" read leftwards from "Emirates";
        for verbs the tagger took for nouns or adverbs ("Egypt and the UAE back Haftar").
        """
        doc, out = self.doc, []
        while 0 <= i < len(doc):
            if doc[i].lower_ == "the":
                i += step
                continue
            mention = self.at.get(i)
            if mention is None or not mention.named:
                break
            out.append(mention)
            while 0 <= i + step < len(doc) and self.at.get(i + step) == mention:
                i += step
            i += step
            if 0 <= i < len(doc) and doc[i].lower_ == "the" and step < 0:
                i += step
            if not (0 <= i < len(doc)) or doc[i].lower_ not in ("and", ","):
                break
            i += step
            if 0 <= i < len(doc) and doc[i].lower_ == "and":  # ", and"
                i += step
        return out

    def referents_of(self, toks: list[Token]) -> list[Mention]:
        return unique([m for tok in toks for m in self.referents(tok)])

    # -- who a person speaks for -------------------------------------------------
    def speaks_for(self, person: Mention, at: int) -> list[Mention]:
        """The body a person speaks for, as the nearest title given to him before token ``at`` in the article names
        it: "Ali Barakeh, a senior Hamas official" / "a Hamas spokesman, Ali Barakeh" / "Hamas official Ali Barakeh"
        / "Ali Barakeh, spokesman for Hamas" -> Hamas, for any later mention of him ("He rejects ...", "Barakeh
        said ..."). A title inside a quotation, a past one ("a former Hamas official") or one naming a person ("Putin's
        spokesman") gives nothing."""
        if self._titled is None:
            self._titled = self._titled_persons()
        for start, bodies in reversed(self._titled.get(person.actor, [])):
            if start <= at:
                return bodies
        # an official the gazetteer records with his office, untitled here: "Kanaani rejected ..." -> Iran
        body = self.rules.person_offices.get(person.actor)
        return [] if body is None else [Mention(body, person.text, person.start, person.end, person.root, person.named)]

    def _homeland(self, noun: Token) -> list[Mention]:
        """A titled person's own state through his possessive: "Ivo Maric, the Serbian president, ... his country"
        -> Serbia, "her government" likewise; only when the title names a state (a place or its demonym), never an
        organisation ("a Hamas official ... his country" names nobody)."""
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
        person = self.at.get(owner.i) if owner is not None else None
        if person is None:
            return []
        states = [b for b in self.speaks_for(person, owner.i) if self.doc[b.root].ent_type_ in ("GPE", "NORP")]
        span = self.doc[owner.i : noun.i + 1]
        return [Mention(b.actor, span.text, span.start_char, span.end_char, noun.i, False) for b in unique(states)]

    def _titled_persons(self) -> dict[str, list[tuple[int, list[Mention]]]]:
        out: dict[str, list[tuple[int, list[Mention]]]] = {}
        for ent in self.doc.ents:
            if ent.label_ != "PERSON" or not ent.kb_id_:
                continue
            root = ent.root
            held = [c for c in root.children if c.dep_ == "appos"]
            # a title before the name, on any of its words: "Press Secretary Karine Jean-Pierre" (on "Jean")
            held += [c for t in ent for c in t.children if c.dep_ == "compound" and c.i < ent.start]
            if root.dep_ == "appos":  # "a senior Hamas official, Ali Barakeh,"
                held.append(root.head)
            for title in held:
                if title.lower_ not in self.titles or self.quoted(title):
                    continue
                if any(c.lower_ in self.words("past_title_words") for c in title.children if c.i < title.i):
                    out.setdefault(ent.kb_id_, []).append((ent.start, []))
                    break  # "X, a former Hamas official": he speaks for nobody now (nor for a recorded office)
                bodies = self.referents_of(self.pobjs(title, frozenset({"for", "of"}))) or self.actor_modifiers(title)
                bodies = [b for b in bodies if b.actor != ent.kb_id_ and self.doc[b.root].ent_type_ != "PERSON"]
                if bodies:
                    out.setdefault(ent.kb_id_, []).append((ent.start, bodies))
                    break
        return out


COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4}
# the prepositions that name whom an act is against: "ties with X", "sanctions on X", "action against X"
FAULT_PREPS = frozenset({"with", "on", "against"})


def _companions(tok: Token) -> list[Token]:
    """The objects of an "along with" / "together with" phrase headed by ``tok``, however the parser hangs the adverb
    ("along" over "with", or "together" under it)."""
    if tok.dep_ in ("prep", "advmod") and tok.lower_ in ("along", "together"):
        return [o for w in tok.children if w.dep_ == "prep" and w.lower_ == "with" for o in w.children if o.dep_ == "pobj"]
    if tok.dep_ == "prep" and tok.lower_ == "with" and any(
        c.dep_ == "advmod" and c.lower_ in ("along", "together") for c in tok.children
    ):
        return [o for o in tok.children if o.dep_ == "pobj"]
    return []


def _closed_list(head: Token) -> bool:
    """``head`` heads a coordination whose last conjunct an "and" opens: "B, C and D" (not "or": "B, or C" renames)."""
    last = last_conjunct(head)
    return last is not head and any(c.dep_ == "cc" and c.lower_ == "and" and c.i < last.i for c in last.head.children)


def first_conjunct(tok: Token) -> Token:
    """The first word of the coordination ``tok`` is a conjunct in, up its heads: "A, B and C" -> A; ``tok`` alone."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def last_conjunct(tok: Token) -> Token:
    """The last word of the coordination ``tok`` heads, down its last conjuncts: "A, B and C" -> C; ``tok`` alone."""
    while conj := [c for c in tok.children if c.dep_ == "conj"]:
        tok = conj[-1]
    return tok


def _stray_from(noun: Token) -> list[Token]:
    """The object of a "from" phrase right after a verb's object that the parser hung on the verb: "was training two
    units | from Fooland" (the units are Fooland's; round 36). States only: "pushed the government | from its
    headquarters" is where it was pushed from."""
    if noun.dep_ != "dobj":
        return []
    preps = [p for p in noun.head.children if p.dep_ == "prep" and p.lower_ == "from" and p.i == noun.right_edge.i + 1]
    return [o for p in preps for obj in p.children if obj.dep_ == "pobj" for o in conjunct_chain(obj)
            if o.ent_type_ == "GPE"]


def conjunct_chain(tok: Token) -> list[Token]:
    """``tok`` and every conjunct below it, in order: "A, B, C and D" (B hangs on A, C and D on B or A)."""
    out, todo = [], [tok]
    while todo:
        n = todo.pop()
        out.append(n)
        todo += [c for c in n.children if c.dep_ == "conj"]
    return sorted(out, key=lambda t: t.i)


def _counted_reference(tok: Token) -> int | None:
    """How many actors a counted plural reference means: "both" alone (2), "the two groups", "both countries"; None
    for any other word (and for "both" before a name: "both Iran and Russia" names its own)."""
    if tok.lower_ == "both" and tok.tag_ == "DT" and tok.dep_ in (*SUBJECT_DEPS, "dobj", "pobj"):
        return 2
    if tok.tag_ != "NNS" or tok.ent_type_:
        return None
    counts = [COUNTS[c.lower_] for c in tok.children if c.dep_ in ("nummod", "det") and c.lower_ in COUNTS]
    if not counts or (counts[0] != 2 and not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)):
        return None  # "three groups" counts nothing known; "the three groups" refers back
    if any(c.dep_ in MODIFIER_DEPS or c.dep_ in ("prep", "relcl", "acl") for c in tok.children):
        return None  # "the two Iranian-backed groups", "the two groups in Iraq": a description of their own
    return counts[0]


def _names_another(span) -> bool:
    """A description holding a name that is no actor names that thing, whatever the coreference resolved it to:
    "the **Brexit** movement" is not the Conservative Party."""
    return any(t.pos_ == "PROPN" and not t.ent_kb_id_ and not hyphen_prefix(t) for t in span)


def _contrasted(appos: Token) -> bool:
    """An apposition set against its noun, not renaming it: "supports the Palestinian people, **not** Hamas"."""
    return any(c.dep_ == "neg" and c.i < appos.i for c in appos.head.children if c.i > appos.head.i)


def _acronym_of_other(appos: Token, noun: Token) -> bool:
    """A bracketed apposition right after another name than ``noun``'s: that name's acronym, which the parser hung on
    the noun ("the M23 rebels in eastern Fooland Republic (FR)" renames the place, not the rebels)."""
    doc = appos.doc
    if appos.i < 2 or doc[appos.i - 1].text != "(":
        return False
    before = doc[appos.i - 2]
    return bool(before.ent_type_) and before.i != noun.i and not (noun.left_edge.i <= before.i < noun.i)


def hyphen_prefix(tok: Token) -> bool:
    """ "Russian" in "the Russian- and Iran-backed government": it backs the group, it does not own it."""
    doc = tok.doc
    return tok.text[-1] in HYPHENS or (tok.i + 1 < len(doc) and doc[tok.i + 1].text in HYPHENS and not tok.whitespace_)


def _allegiance(tok: Token) -> bool:
    """ "Haftar" in "pro-Haftar militias", "Russian" in "anti-Russian protesters": a side taken, not an owner; also
    every word of a name the prefix opens ("Egyptian" in "pro-Cairo Egyptian fighters", tagged as one name)."""
    doc, start = tok.doc, tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    return start >= 2 and doc[start - 1].text in HYPHENS and doc[start - 2].lower_ in ALLEGIANCE_PREFIXES


def _excluded(tok: Token) -> bool:
    """ "U.S." in "non-U.S. arms": what the phrase is not (also when the tokenizer split the prefix off)."""
    doc = tok.doc
    return tok.i >= 2 and doc[tok.i - 1].text in HYPHENS and doc[tok.i - 2].lower_ in EXCLUSION_PREFIXES


def _personal_possessive(tok: Token) -> bool:
    """ "his"/"her": a person's group ("his Iranian-backed group") is not that person."""
    return tok.tag_ == "PRP$" and bool(set(tok.morph.get("Gender")) & {"Masc", "Fem"})


def _quoted_flags(doc: Doc) -> list[bool]:
    """Per token: inside double quotation marks? A line break (a space token holding one) closes an open quotation.

    Read from the word ids: only the marks and line breaks are looked at, one by one."""
    orths = doc.to_array(ORTH)
    strings = doc.vocab.strings
    # word id -> what the word does: opens (True), closes (False), toggles (None); a line break closes too
    effect: dict[int, bool | None] = {}
    for h in numpy.unique(orths).tolist():
        text = strings[h]
        if text in ("“", "„", "«"):
            effect[h] = True
        elif text in ("”", "»") or (text.isspace() and "\n" in text):
            effect[h] = False
        elif text == '"':
            effect[h] = None
    flags = numpy.zeros(len(doc), dtype=bool)
    if not effect:
        return flags.tolist()
    inside, since = False, 0
    for i in numpy.flatnonzero(numpy.isin(orths, numpy.array(list(effect), dtype=orths.dtype))).tolist():
        flags[since:i] = inside
        does = effect[orths[i]]
        inside = (not inside) if does is None else does
        since = i
    flags[since:] = inside
    return flags.tolist()


def _strip_article(text: str) -> str:
    first, _, rest = text.partition(" ")
    return rest if first in ("the", "a", "an") and rest else text  # (a name's own "The" stays: "The Telegraph")


def article_conjunct(tok: Token) -> Token | None:
    """The conjunct ``tok`` heads (through names and possessors) when it has its own article: "... and the SDF",
    "... and the army of Congo"."""
    while tok.dep_ in ("pobj", "prep", "compound", "nmod", "poss") and tok.head.i != tok.i:
        tok = tok.head
    return tok if tok.dep_ == "conj" and any(c.dep_ == "det" for c in tok.children) else None
