"""The actor gazetteer: schema, validation and lookups.

``configs/actors.yaml`` lists actors (states, armed groups, outlets, people…)
with their canonical name, type, Wikidata QID, parent and every surface form
that names them: aliases, acronyms (case-sensitive), demonyms (-> NORP),
seats of power (-> GPE, used by metonymy) and offices (buildings, -> ORG).
``configs/actors/non_actors.yaml`` lists names that are entities but not
actors (regions, places, religious and ethnic groups): they get a label and
an empty actor. ``configs/actors/linking.yaml`` holds the small word lists the
linking rules use. See docs/actors.md.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from pipeline.ruledata import RuleDataError, read_yaml

ActorType = Literal[
    "state",
    "de_facto_state",
    "armed_group",
    "political_organisation",
    "government_body",
    "media_outlet",
    "international_organisation",
    "think_tank",
    "company",
    "ngo",
    "person",
    "region_bloc",
]
FormKind = Literal["name", "alias", "acronym", "demonym", "seat", "office"]
#: what an institution is to the actor that owns it ("the Rwandan army": Rwanda's armed_forces)
InstitutionRole = Literal["armed_forces", "navy", "air_force", "intelligence", "armed_wing"]
EntityLabel = Literal["PERSON", "ORG", "GPE", "NORP", "LOC"]

#: label of a mention by what kind of form it is (names and aliases: by actor type)
KIND_LABELS: dict[str, str] = {"demonym": "NORP", "seat": "GPE", "office": "ORG"}
TYPE_LABELS: dict[str, str] = {"state": "GPE", "de_facto_state": "GPE", "person": "PERSON"}
DEFAULT_LABEL = "ORG"
#: label of a form that is no entity at all (a non-actor with ``label: null``)
NO_ENTITY = ""
#: the label of a non-actor that keeps the model's label for the same words (no actor), or is no entity where the
#: model saw none: the Sun, a ship-tracking system, a species the model tags ORG, NORP or LOC
MODEL_LABEL = "model"

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "–": "-", "‐": "-"})


def fold_accents(text: str) -> str:
    """ "Erdoğan" -> "Erdogan": letters without their diacritics (transliterations vary in them)."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def normalise(text: str) -> str:
    """Case-, accent-, hyphen- and apostrophe-insensitive key for a name ("Al-Qassam" == "al qassam",
    "Erdoğan" == "Erdogan")."""
    text = fold_accents(text.translate(_APOSTROPHES)).lower().replace("-", " ")
    text = re.sub(r"\s+", " ", text).strip()
    return text[4:] if text.startswith("the ") else text


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ActorEntry(_Strict):
    name: str = Field(min_length=1)
    type: ActorType
    qid: str | None = Field(default=None, pattern=r"^Q[1-9][0-9]*$")
    aliases: list[str] = []
    acronyms: list[str] = []
    demonyms: list[str] = []
    seats: list[str] = []
    offices: list[str] = []
    parent: str | None = None
    #: the institution it is to its owner (``role_of``, else ``parent``): "the Rwandan army",
    #: "Pakistan's intelligence agencies", "Haftar's forces" name it (linking: owner_institutions)
    role: InstitutionRole | None = None
    role_of: str | None = None
    #: a person's office: the state or organisation he holds office in and speaks for (a minister, spokesman, envoy,
    #: a group's official), whose denial he voices when the article gives him no title (relations: Grammar.speaks_for)
    speaks_for: str | None = None
    #: a head of state's or government's state (past or present): his own denial of an act of that state is his denial
    #: of the tie ("Ruto rejected claims that Nairobi backs X"; relations: RuleSet.leaders). He keeps his name as the
    #: denier, unlike a ``speaks_for`` official (the blind sets' gold writes a head of state's denial as his own)
    leads: str | None = None

    @property
    def owner(self) -> str | None:
        """The actor this one is the ``role`` of (None when it has no role)."""
        return (self.role_of or self.parent) if self.role is not None else None

    @property
    def label(self) -> str:
        return TYPE_LABELS.get(self.type, DEFAULT_LABEL)

    def forms(self) -> Iterator[tuple[FormKind, str]]:
        yield "name", self.name
        for kind in ("aliases", "acronyms", "demonyms", "seats", "offices"):
            for text in getattr(self, kind):
                yield ("alias" if kind == "aliases" else kind.rstrip("s")), text  # type: ignore[misc]


class ActorsPart(_Strict):
    """A file of more entries (``configs/actors/gazetteer/*.yaml``), named in the main file's ``include``."""

    actors: list[ActorEntry]


class ActorsFile(ActorsPart):
    version: str = Field(min_length=1)
    include: list[str] = []  # part files, relative to the companion folder (configs/actors/)


def check_actors(actors: list[ActorEntry]) -> None:
    """Unique canonical names, parents that are entries, no form claimed by two actors (ValueError)."""
    names = [a.name for a in actors]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise ValueError(f"canonical names must be unique, repeated: {dupes}")
    known = set(names)
    states = {a.name for a in actors if a.type in ("state", "de_facto_state")}
    for actor in actors:
        if actor.parent is not None and actor.parent not in known:
            raise ValueError(f"actor '{actor.name}': parent '{actor.parent}' is not an actor of the gazetteer")
        if actor.parent == actor.name:
            raise ValueError(f"actor '{actor.name}' is its own parent")
        if actor.role_of is not None and actor.role_of not in known:
            raise ValueError(f"actor '{actor.name}': role_of '{actor.role_of}' is not an actor of the gazetteer")
        if actor.speaks_for is not None and (actor.type != "person" or actor.speaks_for not in known):
            raise ValueError(f"actor '{actor.name}': speaks_for '{actor.speaks_for}' needs a person and an actor of the gazetteer")
        if actor.leads is not None and (actor.type != "person" or actor.leads not in states):
            raise ValueError(f"actor '{actor.name}': leads '{actor.leads}' needs a person and a state of the gazetteer")
        if actor.role_of is not None and actor.role is None:
            raise ValueError(f"actor '{actor.name}': role_of without a role")
        if actor.role is not None and actor.owner is None:
            raise ValueError(f"actor '{actor.name}': role '{actor.role}' needs a parent or role_of (whose {actor.role} it is)")
    roles: dict[tuple[str, str], str] = {}
    for actor in actors:
        if actor.role is not None:
            key = (actor.owner, actor.role)
            if key in roles:
                raise ValueError(f"'{actor.name}' and '{roles[key]}' are both the {actor.role} of '{actor.owner}'; keep one role")
            roles[key] = actor.name
    owner: dict[str, str] = {}
    for actor in actors:
        for kind, text in actor.forms():
            key = form_key(kind, text)
            if owner.get(key, actor.name) != actor.name:
                raise ValueError(f"'{text}' ({kind}) of '{actor.name}' is already a form of '{owner[key]}'")
            owner[key] = actor.name


def form_key(kind: str, text: str) -> str:
    """Identity of a surface form: acronyms are case-sensitive, other forms are not."""
    return f"acronym:{text}" if kind == "acronym" else normalise(text)


NonActorType = Literal[
    "region", "place", "people", "religion", "time_zone", "disease", "event", "policy", "law",
    "platform", "product", "currency", "natural_object", "technology", "species",
]
#: labels a non-actor may keep: ours, or another label of the model's scheme (not reported as entities)
NonActorLabel = Literal["PERSON", "ORG", "GPE", "NORP", "LOC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART", "FAC", "model"]


class RegionFacts(_Strict):
    within: str | None = None  # a wider region whose states these are too
    states: list[str] = []


class StateFactsFile(_Strict):
    """``configs/actors/state_facts.yaml``: regions and forms of government of states ("the Gulf state", "the kingdom")."""

    regions: dict[str, RegionFacts]
    facts: dict[str, list[str]]


def state_facts(data: StateFactsFile, states: set[str]) -> dict[str, list[str]]:
    """State -> its facts (a region's states are also its wider regions'); ValueError for a name that is no state
    entry, a fact that is also a region, or a ``within`` that is no region or that loops."""
    clash = sorted(set(data.regions) & set(data.facts))
    if clash:
        raise ValueError(f"{clash} named both as a region and as a fact; rename one")
    out: dict[str, set[str]] = {}
    groups = [(r, f.states) for r, f in data.regions.items()] + list(data.facts.items())
    for fact, names in groups:
        for name in names:
            if name not in states:
                raise ValueError(f"'{name}' (under '{fact}') is not the canonical name of a state in the gazetteer")
            out.setdefault(name, set()).add(fact)
    for region, facts in data.regions.items():
        seen, wider = {region}, facts.within
        while wider is not None:
            if wider not in data.regions or wider in seen:
                raise ValueError(f"region '{region}': within '{wider}' is no region or loops back")
            seen.add(wider)
            for name in facts.states:
                out[name].add(wider)
            wider = data.regions[wider].within
    return {name: sorted(facts) for name, facts in sorted(out.items())}


class NonActorGroup(_Strict):
    """Names of one type of non-actor. ``label`` null: no entity at all (a time zone, a
    disease): the model's span over the name is removed."""

    type: NonActorType
    label: NonActorLabel | None
    names: list[str] = Field(min_length=1)


class NonActorsFile(_Strict):
    non_actors: list[NonActorGroup]


class ContextualNames(_Strict):
    """Forms that name ``actor`` only in an article that names its setting: "Georgia" is the Caucasus state
    beside "Tbilisi" or "Abkhazia", and the US state beside neither (``contextual_names`` in linking.yaml)."""

    actor: str
    forms: list[str] = Field(min_length=1)  # forms of the actor's entry (or a spelling of one)
    cues: list[str] = Field(min_length=1)  # whole words or phrases, case-sensitive, anywhere in the article
    unless: list[str] = []  # ... and none of these


class LinkingRules(_Strict):
    """Word lists of the linking rules (``configs/actors/linking.yaml``, documented there)."""

    trim_leading: list[str]
    possessives: list[str]
    hyphens: list[str]
    hyphen_prefixes: list[str]
    breaks: list[str]
    place_breaks: list[str]
    place_labels: list[EntityLabel]
    edge_pos: list[str]
    name_particles: list[str]
    person_titles: list[str] = []
    person_occupations: list[str] = []  # dropped from the start of a name like titles, but no title of "X of Y"
    metonymy_deps: list[str]
    metonymy_prepositions: list[str]
    support_nouns: list[str] = []  # a seat after "for" on one of these is its state: "support for Damascus"
    locative_prepositions: list[str]
    government_nouns: list[str]
    official_nouns: list[str] = []
    place_compound_heads: list[str]
    person_cues: list[str]
    person_speech_verbs: list[str] = []
    person_pronouns: list[str] = []
    organisation_words: list[str] = []
    surname_prone_kinds: list[str]
    min_person_share: float = Field(ge=0, le=1)
    kin_nouns: list[str] = []
    demonym_yields_to: list[str]
    absorbing_labels: list[str]
    absorbed_in_amounts: list[FormKind]
    credit_separators: list[str]
    credit_types: list[ActorType]
    malformed_pos: list[str]
    headline_min_words: int = Field(gt=0)
    headline_small_words: list[str]
    name_part_kinds: list[str]
    qualified_types: list[ActorType] = []
    institution_nouns: dict[InstitutionRole, list[str]] = {}
    leader_force_nouns: list[str] = []
    wing_nouns: list[str] = []
    institution_pronouns: list[str] = []
    #: a state's ministry named through the state ("Russia's Defence Ministry"): its nouns and portfolio words
    organ_nouns: list[str] = []
    organ_words: list[str] = []
    document_heads: list[str] = []
    #: nouns of a kind of thing that is no actor ("the star X", "the tanker X"): the name after one has no actor
    kind_nouns: list[str] = []
    kind_nouns_of_people: list[str] = []  # ... that also name people ("the pop star X"): not before a PERSON name
    #: spellings of one word ("Hezbollah", "Hizbullah"): a name or alias with one is also matched with the others
    spellings: list[list[str]] = []
    scope_qualifiers: list[str] = []  # "Global Muslim Brotherhood" -> Muslim Brotherhood (qualifies these types)
    scope_qualified_types: list[ActorType] = []
    contextual_names: list[ContextualNames] = []
    #: forms of another actor's entry that name ``actor`` instead in an article that names its setting: "SLA" is the
    #: South Lebanon Army beside "Lebanon", and the Sudan Liberation Movement elsewhere (actors.v23)
    contextual_actors: list[ContextualNames] = []
    #: capitalised nouns of a state's people after its name in one model span ("Malian Soldiers"): the name wins
    personnel_heads: list[str] = []
    #: lower-case nouns of a group's kind after its name in one model span ("Rapid Support Forces militia"): the name
    #: wins, as "the militia" is no part of the name
    kind_tails: list[str] = []
    #: a faction named by its group and leader ("SLA-Minnawi", "JEM–Jibril"): the group's types, the nouns
    #: that may follow such a name ("the SLM-Abdel Wahid faction"), at most this many name words
    faction_types: list[ActorType] = []
    faction_nouns: list[str] = []
    faction_max_words: int = Field(default=3, gt=0)

    @field_validator("spellings")
    @classmethod
    def _one_class_per_word(cls, v: list[list[str]]) -> list[list[str]]:
        seen: dict[str, int] = {}
        for i, group in enumerate(v):
            if len(group) < 2:
                raise ValueError(f"spellings[{i}] {group}: a class needs two spellings or more")
            for word in group:
                if " " in word.strip() or not word.strip():
                    raise ValueError(f"spellings[{i}]: '{word}' is not one word")
                if seen.setdefault(normalise(word), i) != i:
                    raise ValueError(f"'{word}' is in spellings[{seen[normalise(word)]}] and spellings[{i}]; keep it in one class")
        return v

    @field_validator("person_titles", "person_occupations", "document_heads", "scope_qualifiers", "kind_nouns", "kind_nouns_of_people",
                     "faction_nouns", "personnel_heads", "kind_tails")
    @classmethod
    def _lower_case(cls, v: list[str]) -> list[str]:
        return [t.lower() for t in v]


@dataclass(frozen=True, slots=True)
class ActorInfo:
    """What the tables need to know about an actor."""

    name: str
    type: str
    qid: str | None
    parent: str | None
    #: regions and forms of government of a state (``configs/actors/state_facts.yaml``): "gulf", "kingdom"...
    facts: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Form:
    """One surface form the matcher looks for."""

    text: str
    kind: str  # a FormKind, or "non_actor"
    actor: str  # canonical name, "" for a non-actor
    label: str


def _validated(model: type[BaseModel], path: Path) -> Any:

    raw = read_yaml(path)
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        problems = "\n".join(f"  {_where(raw, err['loc'])}: {err['msg']}" for err in exc.errors())
        raise RuleDataError(f"{path}: invalid data, fix these entries:\n{problems}") from exc


def _where(raw: Any, loc: tuple) -> str:
    """An error location with the entry's name: "actors[3] (Hamas).type"."""
    if len(loc) >= 2 and isinstance(raw, dict) and isinstance(loc[1], int):
        items = raw.get(loc[0]) or []
        item = items[loc[1]] if loc[1] < len(items) else None
        name = f" ({item['name']})" if isinstance(item, dict) and "name" in item else ""
        rest = "".join(f".{p}" for p in loc[2:])
        return f"{loc[0]}[{loc[1]}]{name}{rest}"
    return ".".join(str(p) for p in loc) or "(top level)"


def companion_dir(path: Path) -> Path:
    """``configs/actors.yaml`` -> ``configs/actors/``: the vocab files that go with it."""
    return path.with_suffix("")


def load_gazetteer_data(path: Path) -> dict[str, Any]:
    """Read and validate the gazetteer and its companion files into one JSON-able dict."""

    main = _validated(ActorsFile, path)
    vocab = companion_dir(path)
    parts = [vocab / name for name in main.include]
    actors = main.actors + [a for part in parts for a in _validated(ActorsPart, part).actors]
    try:
        check_actors(actors)
    except ValueError as exc:
        files = ", ".join(str(p) for p in [path, *parts])
        raise RuleDataError(f"{files}: {exc}; fix the entry") from exc
    non_actors = _validated(NonActorsFile, vocab / "non_actors.yaml")
    rules = _validated(LinkingRules, vocab / "linking.yaml")
    claimed = {form_key(k, t): a.name for a in actors for k, t in a.forms()}
    for group in non_actors.non_actors:
        for text in group.names:
            if normalise(text) in claimed:
                raise RuleDataError(
                    f"{vocab / 'non_actors.yaml'}: '{text}' is also a form of actor "
                    f"'{claimed[normalise(text)]}' in {path}; keep it in one file only"
                )
    facts_path = vocab / "state_facts.yaml"
    try:
        facts = state_facts(_validated(StateFactsFile, facts_path), {a.name for a in actors if a.type == "state"})
    except ValueError as exc:
        raise RuleDataError(f"{facts_path}: {exc}; fix the entry") from exc
    return {
        "version": main.version,
        "actors": [a.model_dump() for a in actors],
        "non_actors": [g.model_dump() for g in non_actors.non_actors],
        "state_facts": facts,
        "rules": rules.model_dump(),
    }


def plural_demonyms(demonym: str) -> list[str]:
    """'Iranian' -> ['Iranians'], 'Iraqi' -> ['Iraqis']; 'British', 'Chinese' have none."""
    return [demonym + "s"] if demonym[-1:] in ("n", "i") and " " not in demonym else []


#: at most this many spellings of one form (a name of several transliterated words)
MAX_SPELLINGS = 16


def spelling_variants(text: str, spelling: dict[str, list[str]]) -> list[str]:
    """The other spellings of ``text`` with its words replaced by the other spellings of their class
    (``spelling``: normalised word -> its class): "al-Quds Force" -> "al-Qods Force", "al-Kuds Force"; a
    capitalised word's spellings are capitalised. At most MAX_SPELLINGS; [] when no word has a class."""
    parts = re.split(r"([\s\-–‐]+)", text)
    options = []
    for part in parts:
        group = spelling.get(normalise(part)) if part and not re.fullmatch(r"[\s\-–‐]+", part) else None
        if group is None:
            options.append([part])
            continue
        cap = part[:1].isupper()
        alts = [part] + [w[:1].upper() + w[1:] if cap else w[:1].lower() + w[1:] for w in group if normalise(w) != normalise(part)]
        options.append(alts)
    if all(len(o) == 1 for o in options):
        return []
    out = [""]
    for alts in options:
        out = [a + b for a in out for b in alts][: MAX_SPELLINGS + 1]
    return [t for t in out if t != text][:MAX_SPELLINGS]


class Gazetteer:
    """Lookups over validated gazetteer data (the dict :func:`load_gazetteer_data` returns)."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.actors = {a["name"]: ActorEntry.model_validate(a) for a in data["actors"]}
        self.facts = {name: frozenset(facts) for name, facts in data.get("state_facts", {}).items()}
        self.forms: list[Form] = []
        self._by_key: dict[str, ActorEntry] = {}
        for actor in self.actors.values():
            for kind, text in actor.forms():
                texts = [text] + (plural_demonyms(text) if kind == "demonym" else [])
                for t in texts:
                    self.forms.append(Form(t, kind, actor.name, KIND_LABELS.get(kind, actor.label)))
                if kind in ("name", "alias", "acronym"):
                    self._by_key[form_key(kind, text)] = actor
        for group in data["non_actors"]:
            for text in group["names"]:
                self.forms.append(Form(text, "non_actor", "", group["label"] or NO_ENTITY))
        self._add_spellings(data.get("rules", {}).get("spellings") or [])
        #: (owner, role) -> the institution: ("Rwanda", "armed_forces") -> "Rwanda Defence Force"
        self.institutions: dict[tuple[str, str], str] = {
            (a.owner, a.role): a.name for a in self.actors.values() if a.role is not None and a.owner is not None
        }

    def _add_spellings(self, classes: list[list[str]]) -> None:
        """Each name and alias again with every other spelling of its words (``spellings`` in linking.yaml:
        "Hezbollah Brigades" -> "Hizbullah Brigades"), as an alias of the same actor; never a form that is
        already another actor's or a non-actor's (an explicit form wins)."""
        if not classes:
            return
        spelling = {normalise(w): group for group in classes for w in group}
        claimed = {form_key(f.kind, f.text) for f in self.forms}
        for form in list(self.forms):
            if form.kind not in ("name", "alias"):
                continue
            for text in spelling_variants(form.text, spelling):
                key = form_key("alias", text)
                if key in claimed:
                    continue
                claimed.add(key)
                self.forms.append(Form(text, "alias", form.actor, form.label))
                self._by_key.setdefault(key, self.actors[form.actor])

    def entry(self, name: str) -> ActorEntry | None:
        """The actor a canonical name, alias or acronym names, or None."""
        if name in self.actors:
            return self.actors[name]
        return self._by_key.get(form_key("acronym", name)) or self._by_key.get(normalise(name))

    def info(self, name: str) -> ActorInfo | None:
        """qid, type and parent of the actor ``name`` names (canonical name or alias), or None."""
        entry = self.entry(name)
        if entry is None:
            return None
        return ActorInfo(
            name=entry.name, type=entry.type, qid=entry.qid, parent=entry.parent, facts=self.facts.get(entry.name, frozenset())
        )


def de_facto_states(gazetteer: Gazetteer | None) -> list[str]:
    """The de-facto states of ``gazetteer`` (none without one): :func:`pipeline.relations.with_de_facto_states`."""
    return [] if gazetteer is None else [a.name for a in gazetteer.actors.values() if a.type == "de_facto_state"]


def state_bodies(gazetteer: Gazetteer | None) -> list[tuple[str, str]]:
    """(name, state) of each government body of a state without a military or intelligence role in ``gazetteer``
    (none without one): the organs :func:`pipeline.relations.with_state_organs` may read as their state."""
    if gazetteer is None:
        return []
    actors = gazetteer.actors
    return [
        (a.name, a.parent)
        for a in actors.values()
        if a.type == "government_body" and a.role is None and a.parent in actors and actors[a.parent].type == "state"
    ]


#: the state fact of a state whose army is a side in a war for rule of the state (configs/actors/state_facts.yaml)
ARMY_AT_WAR = "army_at_war_for_rule"


def state_armies(gazetteer: Gazetteer | None) -> list[tuple[str, str]]:
    """(army, state) of each state's armed forces in ``gazetteer`` (none without one), but a state's whose army is a side
    in a war for rule of the state (:data:`ARMY_AT_WAR`): the armies :func:`pipeline.relations.with_state_armies` lets a
    row of supply, training or denial name as their state where a description names them ("the Azeri army" ->
    Azerbaijan; "the Sudanese army" stays itself)."""
    return _armies(gazetteer, at_war=False)


def warring_armies(gazetteer: Gazetteer | None) -> list[tuple[str, str]]:
    """(army, state) of each state's armed forces that is a side in a war for rule of the state (:data:`ARMY_AT_WAR`;
    none without a gazetteer): the armies a relation row keeps as themselves where one phrase names both the army and
    its state (:func:`pipeline.relations.with_warring_armies`)."""
    return _armies(gazetteer, at_war=True)


def _armies(gazetteer: Gazetteer | None, at_war: bool) -> list[tuple[str, str]]:
    """(army, state) of each state's armed forces whose state has (``at_war``) or lacks :data:`ARMY_AT_WAR`."""
    if gazetteer is None:
        return []
    actors = gazetteer.actors
    return [
        (a.name, a.owner)
        for a in actors.values()
        if a.role == "armed_forces" and a.owner in actors and actors[a.owner].type == "state"
        and (ARMY_AT_WAR in gazetteer.facts.get(a.owner, frozenset())) == at_war
    ]


def person_states(gazetteer: Gazetteer | None) -> list[tuple[str, str]]:
    """(person, state) of each head of state or government of ``gazetteer`` (``leads``; none without a gazetteer): the
    leaders :func:`pipeline.relations.with_leaders` reads."""
    if gazetteer is None:
        return []
    return [(a.name, a.leads) for a in gazetteer.actors.values() if a.leads is not None]


def person_offices(gazetteer: Gazetteer | None) -> list[tuple[str, str]]:
    """(person, body) of each person of ``gazetteer`` recorded as speaking for a body (``speaks_for``; none without a
    gazetteer): the offices :func:`pipeline.relations.with_person_offices` reads."""
    if gazetteer is None:
        return []
    return [(a.name, a.speaks_for) for a in gazetteer.actors.values() if a.speaks_for is not None]
