"""Relation rules as data: read, validate and compile ``configs/relations/``.

``load_ruleset(folder)`` reads ``rules.yaml`` (version, rule files, vocabulary
files), every rule file (one JSONL file per relation, the file name is the
relation) and every vocabulary, checks them and returns a JSON-able dict in
which every ``@vocab`` reference is expanded. A bad rule raises
:class:`RuleDataError` naming the file and the rule. ``compile_ruleset(data)``
turns that dict into the lookup tables the extractor uses.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from pipeline.records import RELATION_TYPES
from pipeline.relations.patterns import LOWER, WORD, Pattern, PatternError, PatternMatcher, cue_forms, parse_pattern
from pipeline.ruledata import RuleDataError, read_jsonl, read_yaml

Construction = Literal[
    "pattern", "verb", "give", "receive", "nominal", "role_noun", "hyphen", "denial", "denial_clause", "means", "title",
    "purpose", "judged", "judged_clause", "denial_noun", "roles", "uninvolved", "accused_denial",
]

# Constructions whose cues are (or, for a pattern rule with "cue": "verb", may be) verb lemmas; the others
# match lowercase noun forms.
LEMMA_CONSTRUCTIONS = frozenset(
    {
        "pattern", "verb", "give", "receive", "hyphen", "denial", "denial_clause", "means", "purpose", "judged",
        "judged_clause", "uninvolved", "accused_denial",
    }
)
_THEMED = {"give", "receive", "denial", "denial_clause", "means", "purpose", "judged", "judged_clause", "uninvolved",
           "accused_denial"}
# the back-off construction (docs/relations.md, "Cue roles"): its frames and what a frame needs
ROLE_FRAMES = ("act", "give", "receive", "noun", "noun_of_trainee", "agent_noun", "client_noun")
_THEMED_FRAMES = frozenset({"give", "receive"})

# Vocabularies the extractor's grammar and modality logic read by name.
REQUIRED_VOCAB = (
    "group_nouns",
    "nonstate_group_nouns",
    "umbrella_nouns",
    "sovereignty_nouns",
    "conduct_nouns",
    "client_nouns",
    "ally_nouns",
    "owned_force_nouns",
    "part_words",
    "designated_nouns",
    "copulas",
    "reporting_verbs",
    "finding_verbs",
    "attribution_cues",
    "hedge_words",
    "accusation_verbs",
    "negation_words",
    "negation_verbs",
    "prevention_verbs",
    "place_nouns",
    "withholding_verbs",
    "praise_words",
    "declaring_verbs",
    "tie_verbs",
    "territory_nouns",
    "use_verbs",
    "irrealis_verbs",
    "warning_verbs",
    "assault_nouns",
    "speaking_pronouns",
    "dispatch_verbs",
    "spending_verbs",
    "instrument_verbs",
    "campaign_nouns",
    "candidacy_nouns",
    "rising_nouns",
    "time_limit_words",
    "involvement_nouns",
    "effort_verbs",
    "claim_verbs",
    "universal_words",
    "control_verbs",
    "participation_verbs",
    "official_titles",
    "place_preps",
    "truth_words",
    "ground_nouns",
    "alignment_participles",
    "splinter_words",
    "light_verbs",
    "inclusion_cues",
    "form_nouns",
    "representative_nouns",
    "issuing_verbs",
    "relaying_verbs",
    "force_nouns",
    "command_nouns",
    "loyalty_adjectives",
    "transfer_nouns",
    "judged_for_verbs",
    "facing_verbs",
    "purpose_participles",
    "civil_modifiers",
    "delivery_verbs",
    "sum_purpose_verbs",
    "counterpart_nouns",
    "cessation_verbs",
)

# rule fields holding words (or @vocabulary references)
_WORD_LISTS = (
    "cues", "themes", "subject_preps", "object_preps", "source_preps", "recipient_preps", "theme_preps", "exclude_particles",
    "requires", "unless",
)
_PHRASE = re.compile(rf"^[{LOWER}][{LOWER}'’.\-]*( [{LOWER}][{LOWER}'’.\-]*)*$")
# fields whose meaning a pattern rule states in its pattern, with their empty values
_EMPTY_STRUCTURE = {
    "subject_preps": [], "object_preps": [], "source_preps": [], "recipient_preps": [], "theme_preps": [],
    "head_is": None, "clause_role": {}, "negated_object": False,
}
_RULE_ID = re.compile(r"^[a-z_]+(\.[a-z_]+)+$")


class _Settings(BaseModel):
    model_config = ConfigDict(extra="forbid")
    version: str = Field(min_length=1)
    rules: list[str] = Field(min_length=1)
    vocab: dict[str, str]
    event_codes: str
    roles: str | None = None  # the back-off construction's role table (roles.yaml)
    # the relations a denied claim keeps beside its denial, alleged (extract._claimed)
    claimed_relations: list[Literal["funds", "trains", "backs"]] = Field(default_factory=list)


class _Roles(BaseModel):
    """``roles.yaml``: which dependent of a cue gives which role, per frame and voice."""

    model_config = ConfigDict(extra="forbid")
    frames: dict[Literal[ROLE_FRAMES], dict[Literal["active", "passive", "noun"], dict[str, Literal["giver", "receiver"]]]]
    hosts: dict[Literal["giving", "receiving", "with", "enabling"], list[str]]
    max_links: int = Field(ge=0, le=6)
    links: dict[Literal["any", "group", "group_preps", "group_adjectives"], list[str]]


class _EventCodes(BaseModel):
    model_config = ConfigDict(extra="forbid")
    version: str = Field(min_length=1)
    codes: dict[Literal[RELATION_TYPES], dict[Literal["cameo", "plover"], str | None]]


class _Rule(BaseModel):
    """One rule line; see docs/relations.md for what each field means."""

    model_config = ConfigDict(extra="forbid")
    id: str
    construction: Construction
    cues: list[str] = Field(min_length=1)
    themes: list[str] = []
    subject_preps: list[str] = []
    object_preps: list[str] = []
    source_preps: list[str] = []
    recipient_preps: list[str] = []
    theme_preps: list[str] = []
    head_is: Literal["subject", "object"] | None = None
    clause_role: dict[str, Literal["subject", "object"]] = {}
    exclude_deps: list[str] = []
    exclude_particles: list[str] = []
    requires: list[str] = []
    # (pattern rules) words none of which may be among the cue's children or theirs ("sent fighters to Iran for training")
    unless: list[str] = []
    negated_object: bool = False
    # (pattern rules) both parties are bodies, never a person: "the wrestler aligned with X" takes no side in a conflict
    bodies_only: bool = False
    # (pattern rules) the subject is a name, never a description: co-trainers "alongside Spain", not "alongside Kenyan
    # troops" (whom they train with)
    named_subjects: bool = False
    # (pattern rules) the object is a name, never a description: fought "alongside Barland", not "alongside Fooian officers"
    # (comrades, no side backed)
    named_objects: bool = False
    # pattern rules (docs/relations.md, "Patterns")
    cue: Literal["verb", "noun", "adjective"] | None = None
    frame: Literal[ROLE_FRAMES] | None = None  # (roles)
    pattern: list[str] = []
    fallback: list[str] = []
    note: str = ""

    @model_validator(mode="after")
    def _fields_fit_construction(self) -> "_Rule":
        c = self.construction
        if not _RULE_ID.match(self.id):
            raise ValueError("id must look like 'relation.construction[.name]' in lowercase")
        if c == "pattern":
            if self.cue is None or not self.pattern:
                raise ValueError(
                    "a 'pattern' rule needs 'cue' (\"verb\": lemmas; \"noun\" or \"adjective\": word forms) and 'pattern'"
                )
            structural = [k for k in _EMPTY_STRUCTURE if getattr(self, k)]
            if structural:
                raise ValueError(f"{structural} have no meaning for a 'pattern' rule: say it in the pattern")
            return self
        if c == "roles":
            if self.cue not in ("verb", "noun") or self.frame is None:
                raise ValueError("a 'roles' rule needs 'cue' (\"verb\" or \"noun\") and 'frame' (one of roles.yaml's frames)")
            if (self.frame in _THEMED_FRAMES) != bool(self.themes):
                raise ValueError(f"a 'roles' rule has 'themes' exactly when its frame is one of {sorted(_THEMED_FRAMES)}")
            if (self.cue == "noun") != (self.frame.startswith("noun") or self.frame.endswith("_noun")):
                raise ValueError("a noun cue takes a noun frame, a verb cue a verb frame")
            structural = [k for k in _EMPTY_STRUCTURE if getattr(self, k)] + [
                k for k in (
                    "pattern", "fallback", "exclude_deps", "exclude_particles", "requires", "unless", "bodies_only", "named_subjects",
                    "named_objects",
                )
                if getattr(self, k)
            ]
            if structural:
                raise ValueError(f"{structural} have no meaning for a 'roles' rule: its roles are in roles.yaml")
            return self
        if self.bodies_only or self.unless:
            raise ValueError("'bodies_only' and 'unless' only apply to 'pattern' rules")
        if self.named_subjects:
            raise ValueError("'named_subjects' only applies to 'pattern' rules")
        if self.named_objects:
            raise ValueError("'named_objects' only applies to 'pattern' rules")
        if self.frame is not None:
            raise ValueError("'frame' only applies to 'roles' rules")
        if self.cue is not None or self.pattern or self.fallback:
            raise ValueError(f"'cue', 'pattern' and 'fallback' only apply to 'pattern' rules, not '{c}'")
        if c in _THEMED and not self.themes:
            raise ValueError(f"a '{c}' rule needs 'themes' (e.g. [\"@weapons_nouns\"])")
        if self.themes and c not in _THEMED | {"nominal", "role_noun"}:
            raise ValueError(f"'themes' has no meaning for a '{c}' rule")
        if self.subject_preps and c not in ("nominal", "role_noun"):
            raise ValueError(f"'subject_preps' has no meaning for a '{c}' rule")
        if self.object_preps and c not in ("nominal", "role_noun", "denial", "verb", "denial_noun", "uninvolved"):
            raise ValueError(f"'object_preps' has no meaning for a '{c}' rule")
        if c == "nominal" and not self.object_preps:
            raise ValueError("a 'nominal' rule needs 'object_preps' (e.g. [\"for\", \"to\"])")
        if c == "role_noun":
            if self.head_is is None:
                raise ValueError("a 'role_noun' rule needs 'head_is': 'subject' or 'object'")
            other = self.object_preps if self.head_is == "subject" else self.subject_preps
            if not other:
                raise ValueError("a 'role_noun' rule needs the prepositions of its other argument")
        elif c == "title":
            if self.head_is is None:
                raise ValueError("a 'title' rule needs 'head_is': 'subject' or 'object' (what the name is)")
        elif self.head_is is not None:
            raise ValueError(f"'head_is' has no meaning for a '{c}' rule")
        if self.clause_role and c != "nominal":
            raise ValueError("'clause_role' only applies to 'nominal' rules")
        if self.source_preps and c != "receive":
            raise ValueError("'source_preps' only applies to 'receive' rules")
        if self.theme_preps and c != "receive":
            raise ValueError("'theme_preps' only applies to 'receive' rules")
        if self.recipient_preps and c != "give":
            raise ValueError("'recipient_preps' only applies to 'give' rules")
        if (self.exclude_deps or self.exclude_particles) and c != "verb":
            raise ValueError("'exclude_deps' and 'exclude_particles' only apply to 'verb' rules")
        if self.requires and c not in ("verb", "means", "denial", "denial_clause", "judged"):
            raise ValueError("'requires' only applies to 'verb', 'means', 'denial', 'denial_clause' and 'judged' rules")
        if self.negated_object and c not in ("denial", "denial_clause", "uninvolved"):
            raise ValueError("'negated_object' only applies to 'denial', 'denial_clause' and 'uninvolved' rules")
        return self


def read_vocab(path: Path) -> list[str]:
    """One entry per line; ``#`` starts a comment; entries are lowercase words or phrases."""
    try:
        lines = path.read_text(encoding="utf8").splitlines()
    except OSError as exc:
        raise RuleDataError(f"cannot read vocabulary {path}: {exc.strerror}") from exc
    entries = []
    for lineno, line in enumerate(lines, 1):
        entry = line.split("#", 1)[0].strip()
        if not entry:
            continue
        if not _PHRASE.match(entry):
            raise RuleDataError(
                f"{path}:{lineno}: vocabulary entry {entry!r} is not a lowercase word or phrase; fix or remove it"
            )
        entries.append(entry)
    if not entries:
        raise RuleDataError(f"vocabulary {path} is empty: add entries or drop it from rules.yaml")
    return entries


def _expand(words: list[str], vocab: dict[str, list[str]], where: str) -> list[str]:
    out: list[str] = []
    for word in words:
        if word.startswith("@"):
            if word[1:] not in vocab:
                raise RuleDataError(f"{where}: unknown vocabulary {word!r}; known: {sorted(vocab)}")
            out.extend(vocab[word[1:]])
        elif WORD.match(word):
            out.append(word)
        else:
            raise RuleDataError(f"{where}: {word!r} is not a lowercase word or an @vocabulary reference")
    return sorted(set(out))


def _verb(rule: dict[str, Any]) -> dict[str, Any]:
    """verb: the verb's subject and object (agent and patient in a passive); or the object of ``object_preps``."""
    preps = ",".join(rule["object_preps"])
    return {"cue": "verb", "pattern": [f"cue >prep|dative|agent[{preps}] >pobj object" if preps else "cue"]}


def _role_noun(rule: dict[str, Any]) -> dict[str, Any]:
    """role_noun: the noun's own referent (``head_is``) and an actor modifying it or the object of its prepositions;
    with ``themes``, a theme modifies the noun or is its "of" object ("arms supplier", "source of weapons")."""
    head, other = ("subject", "object") if rule["head_is"] == "subject" else ("object", "subject")
    preps = ",".join(rule["object_preps"] if head == "subject" else rule["subject_preps"])
    patterns = [f"cue={head} >compound|nmod|poss|amod {other}", f"cue={head} >prep|dative|agent[{preps}] >pobj {other}"]
    if rule["themes"]:
        themes = (">amod|compound|nmod theme", ">prep|dative|agent[of] >pobj theme")
        patterns = [f"{p} ; cue {t}" for p in patterns for t in themes]
    return {"cue": "noun", "pattern": patterns}


def _nominal(rule: dict[str, Any]) -> dict[str, Any]:
    """nominal: an event noun's owner or ``subject_preps`` object -> its ``object_preps`` object; else the object
    of those prepositions on a conjunct or on the verb taking the noun as object; ``clause_role``: the clause
    the noun's phrase modifies fills a role ("with the backing of Russia, Assad ...")."""
    subject_preps = ",".join(p for p in rule["subject_preps"] if p not in rule["object_preps"])
    object_preps = ",".join(rule["object_preps"])
    patterns = ["cue >compound|nmod|poss|amod subject"]
    if subject_preps:
        patterns.append(f"cue >prep|dative|agent[{subject_preps}] >pobj subject")
    patterns.append(f"cue >prep|dative|agent[{object_preps}] >pobj object")
    fallback = [
        "cue <dobj{@light_verbs} subject",  # "Iran expressed support for Hamas"
        f"cue >conj >prep|dative|agent[{object_preps}] >pobj object",  # "support and attention to Ukraine"
        f"cue <dobj >prep|dative|agent[{object_preps}] >pobj object",  # "reduce support to Ukraine"
    ]
    fallback += [f"cue <pobj[{prep}] <* {role}" for prep, role in sorted(rule["clause_role"].items())]
    if rule["themes"]:
        themes = (">* theme", ">prep|dative|agent[of] >pobj theme")
        patterns = [f"{p} ; cue {t}" for p in patterns for t in themes]
        fallback = [f"{p} ; cue {t}" for p in fallback for t in themes]
    return {"cue": "noun", "pattern": patterns, "fallback": fallback}


# from a theme slot to the nodes that may hold the theme: the slot, a conjunct, what a quantity or container
# holds ("most of its budget", "oil shipments"), what a sum is in ("$2 billion in aid")
_THEME_PATHS = ("", " >conj", "[@part_words] >prep|dative|agent[of] >pobj", "[@part_words] >compound", " >prep|dative|agent[in,of] >pobj")


def _receive(rule: dict[str, Any]) -> dict[str, Any]:
    """receive: the verb's subject receives a theme (its object, or the object of ``theme_preps``) from the
    object of ``source_preps`` on the verb or the theme; else from the verb's object (with ``theme_preps``:
    "thanked Tehran for weapons"), else from the theme's owner ("enjoys Russia's backing")."""
    sources = ",".join(rule["source_preps"] or ["from"])
    if rule["theme_preps"]:
        slot = f"cue=object >prep|dative|agent[{','.join(rule['theme_preps'])}] >pobj"
    else:
        slot = "cue=object >dobj"
    themes = [f"{slot}{path} theme" for path in _THEME_PATHS]
    source = f">prep|dative|agent[{sources}] >pobj subject"
    patterns = [f"{t} ; cue {source}" for t in themes] + [f"{t} {source}" for t in themes]
    fallback = [f"{t} ; cue >dobj subject" for t in themes] if rule["theme_preps"] else []
    fallback += [f"{t} >compound|nmod|poss|amod subject" for t in themes]
    return {"cue": "verb", "pattern": patterns, "fallback": fallback}


def _give(rule: dict[str, Any]) -> dict[str, Any]:
    """give: the verb's subject (agent in a passive) gives a theme to a recipient: the object of
    ``recipient_preps`` (default to, for) on the verb or the theme, a dative, the object when the theme comes
    with "with"; in a passive, what it is said of ("Hamas was given weapons", "arms shipped to ...")."""
    preps = ",".join(rule["recipient_preps"] or ["to", "for"])
    to = f">prep|dative|agent[{preps}] >pobj object"
    patterns = [
        f"cue[active] >dobj theme ; cue {to}",  # "provides weapons to Hamas"
        f"cue[active] >dobj theme {to}",
        "cue[active] >dobj theme ; cue >dative object",  # "sold Iran jets"
        f"cue[active] >dative theme ; cue {to}",  # a theme read as a dative before the recipient: "sent trainers, ... | to X"
        "cue[active] >dobj object ; cue >prep|dative|agent[with] >pobj theme",  # "supplied the Houthis with drones"
        "cue[passive] >nsubjpass object ; cue >dobj theme",  # "Hamas was given weapons"
        "cue[passive] <acl object ; cue >dobj theme",
    ]
    for slot in (">nsubjpass theme", "<acl theme"):  # "weapons were supplied to Hamas", "arms shipped by Iran to ..."
        patterns += [f"cue[passive] {slot} ; cue {to}", f"cue[passive] {slot} {to}", f"cue[passive] {slot} ; cue >dative object"]
    patterns += [f"cue[passive] {slot} ; cue >prep|dative|agent[with] >pobj theme" for slot in (">nsubjpass object", "<acl object")]
    # a dative read as the theme's modifier, when no recipient is parsed: "shipped Russia (short-range) missiles"
    patterns.append(f"cue[active] >dobj theme ~modifier_dative[{preps}] object")
    return {"cue": "verb", "pattern": patterns}


# Construction names from before pattern rules, still read: each expands at load into the pattern rule it
# stands for (configs/relations/ is written in the expanded form; these keep older rule lines working).
SHORTHANDS = {"verb": _verb, "give": _give, "receive": _receive, "nominal": _nominal, "role_noun": _role_noun}


def as_pattern(rule: dict[str, Any]) -> dict[str, Any]:
    """The pattern rule a shorthand rule (``SHORTHANDS``) stands for; its other fields unchanged."""
    out = {**rule, **_EMPTY_STRUCTURE, "construction": "pattern", "pattern": [], "fallback": []}
    out.update(SHORTHANDS[rule["construction"]](rule))
    return out


def _check_patterns(rule: dict[str, Any], vocab: dict[str, list[str]], where: str) -> None:
    named: set[str] = set()
    for tier in ("pattern", "fallback"):
        for text in rule[tier]:
            try:
                named |= set(parse_pattern(text, vocab).roles)
            except PatternError as exc:
                raise RuleDataError(f"{where}: {tier} {text!r}: {exc}") from exc
    if rule["construction"] == "pattern" and bool(rule["themes"]) != ("theme" in named):
        raise RuleDataError(
            f"{where}: 'themes' and a 'theme' role go together: "
            + ("name the theme in a pattern (e.g. 'cue >dobj theme')" if rule["themes"] else "add 'themes' to the rule")
        )


def load_ruleset(folder: str | Path) -> dict[str, Any]:
    """Read and validate the relation rules in ``folder`` (a JSON-able dict)."""
    folder = Path(folder)
    settings_path = folder / "rules.yaml" if folder.is_dir() else folder
    folder = settings_path.parent
    try:
        settings = _Settings.model_validate(read_yaml(settings_path))
    except ValidationError as exc:
        raise RuleDataError(f"{settings_path}: invalid relation rule settings:\n{exc}") from exc
    missing = [name for name in REQUIRED_VOCAB if name not in settings.vocab]
    if missing:
        raise RuleDataError(f"{settings_path}: the 'vocab' section lacks {missing}; the extractor needs them")
    vocab = {name: read_vocab(folder / rel) for name, rel in settings.vocab.items()}

    rules: list[dict[str, Any]] = []
    seen: dict[str, str] = {}
    for rel_file in settings.rules:
        path = folder / rel_file
        relation = path.stem
        if relation not in RELATION_TYPES:
            raise RuleDataError(f"{path}: rule files are named after a relation, one of {list(RELATION_TYPES)}")
        if not path.exists():
            raise RuleDataError(f"{settings_path}: lists {rel_file}, which does not exist in {folder}")
        for n, raw in enumerate(read_jsonl(path), 1):
            where = f"{path}: rule #{n} ({raw.get('id', 'no id') if isinstance(raw, dict) else raw!r})"
            try:
                rule = _Rule.model_validate(raw)
            except ValidationError as exc:
                raise RuleDataError(f"{where}: invalid rule:\n{exc}") from exc
            if not rule.id.startswith(relation + "."):
                raise RuleDataError(f"{where}: the id must start with '{relation}.' (the file's relation)")
            if rule.id in seen:
                raise RuleDataError(f"{where}: id '{rule.id}' is already used in {seen[rule.id]}")
            seen[rule.id] = str(path)
            data = rule.model_dump(exclude={"note"})
            data["relation"] = relation
            for key in _WORD_LISTS:
                data[key] = _expand(data[key], vocab, where)
            if data["construction"] in SHORTHANDS:
                data = as_pattern(data)
            _check_patterns(data, vocab, where)
            if data["construction"] == "roles" and settings.roles is None:
                raise RuleDataError(f"{where}: a 'roles' rule needs the role table: add 'roles: roles.yaml' to {settings_path}")
            rules.append(data)
    codes_path = folder / settings.event_codes
    try:
        codes = _EventCodes.model_validate(read_yaml(codes_path))
    except ValidationError as exc:
        raise RuleDataError(f"{codes_path}: invalid event codes:\n{exc}") from exc
    roles = None
    if settings.roles is not None:
        roles_path = folder / settings.roles
        try:
            roles = _Roles.model_validate(read_yaml(roles_path)).model_dump()
        except ValidationError as exc:
            raise RuleDataError(f"{roles_path}: invalid role table:\n{exc}") from exc
        for frame in {r["frame"] for r in rules if r["construction"] == "roles"} - set(roles["frames"]):
            raise RuleDataError(f"{roles_path}: no frame '{frame}', which a 'roles' rule names")
    return {"version": settings.version, "rules": rules, "vocab": vocab, "event_codes": codes.model_dump(), "roles": roles,
            "claimed_relations": settings.claimed_relations}


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    relation: str
    construction: str
    cues: frozenset[str]
    themes: frozenset[str]
    object_preps: frozenset[str]  # (denial)
    exclude_deps: frozenset[str]
    exclude_particles: frozenset[str]
    requires: frozenset[str]
    unless: frozenset[str]
    negated_object: bool
    head_is: str | None  # (title) which argument the named noun is
    cue: str | None
    frame: str | None  # (roles)
    pattern: tuple[Pattern, ...]
    fallback: tuple[Pattern, ...]
    # every pattern of the rule names a theme: no theme word in a sentence, no match in it (set by compile_ruleset)
    needs_theme: bool = False
    bodies_only: bool = False  # (pattern) no person as either party
    named_subjects: bool = False  # (pattern) the subject a name, not a description
    named_objects: bool = False  # (pattern) the object a name, not a description

    @property
    def by_lemma(self) -> bool:
        """Cues are verb lemmas (else lowercase word forms)."""
        if self.construction in ("pattern", "roles"):
            return self.cue == "verb"
        return self.construction in LEMMA_CONSTRUCTIONS


@dataclass(frozen=True, slots=True)
class RuleSet:
    """Compiled rules: cue lookups by lemma and by lowercase form, vocabularies as sets, the pattern matcher."""

    version: str
    rules: tuple[Rule, ...]
    by_lemma: dict[str, tuple[Rule, ...]]
    by_form: dict[str, tuple[Rule, ...]]
    vocab: dict[str, frozenset[str]]
    patterns: dict[str, PatternMatcher]  # rule id -> its compiled patterns
    event_codes: dict[str, dict[str, str | None]]  # relation -> {"cameo": code, "plover": code}
    # word id -> whether that lowercase form / that lemma may cue a rule (Grammar.cue_tokens), filled as Docs come
    form_cues: dict[int, bool] = field(default_factory=dict, compare=False, repr=False)
    lemma_cues: dict[int, bool] = field(default_factory=dict, compare=False, repr=False)
    # the back-off rules (construction "roles"), kept out of by_lemma/by_form: tried after the specific rules
    backoff_by_lemma: dict[str, tuple[Rule, ...]] = field(default_factory=dict)
    backoff_by_form: dict[str, tuple[Rule, ...]] = field(default_factory=dict)
    roles: dict[str, Any] | None = None  # roles.yaml, validated
    # every lemma / lowercase form that cues a rule, specific or back-off (Grammar.cue_tokens)
    cue_lemmas: frozenset[str] = frozenset()
    cue_forms: frozenset[str] = frozenset()
    # a state's civil organ -> the state it speaks for in a row ("Ministry of Foreign Affairs of Turkey" -> "Turkey"):
    # from the actor gazetteer, set by :func:`with_state_organs`; empty when the rules run without it
    organ_states: dict[str, str] = field(default_factory=dict)
    # a state's armed forces -> the state, which a row of supply, training or denial names where a description names the
    # army ("the Azeri army" -> "Azerbaijan"): from the actor gazetteer, set by :func:`with_state_armies`; empty when
    # the rules run without it
    army_states: dict[str, str] = field(default_factory=dict)
    # a state's armed forces that is a side in a war for rule of the state (Sudan's, Myanmar's) -> the state: a row keeps
    # the army where one phrase names both ("the Myanmar military"); set by :func:`with_warring_armies`
    warring_armies: dict[str, str] = field(default_factory=dict)
    # de-facto states ("Abkhazia"), whose demonym on a non-state group noun names their side ("Abkhaz separatists"):
    # from the actor gazetteer, set by :func:`with_de_facto_states`; empty when the rules run without it
    de_facto_states: frozenset[str] = frozenset()
    # a person -> the body he holds office in and speaks for ("Nasser Kanaani" -> "Iran"): from the actor gazetteer,
    # set by :func:`with_person_offices`; empty when the rules run without it
    person_offices: dict[str, str] = field(default_factory=dict)
    # a head of state or government -> his state ("William Ruto" -> "Kenya"): from the actor gazetteer, set by
    # :func:`with_leaders`; empty when the rules run without it
    leaders: dict[str, str] = field(default_factory=dict)
    # the relations a denied claim keeps beside its denial, alleged ("denied allegations that it backs X"; rules.yaml)
    claimed_relations: frozenset[str] = frozenset()

    def codes(self, relation: str, modality: str) -> tuple[str | None, str | None]:
        """(CAMEO, PLOVER) codes of a row; none for a negated row, which states that no event happened."""
        code = self.event_codes.get(relation, {}) if modality != "negated" else {}
        return code.get("cameo"), code.get("plover")


def compile_ruleset(data: dict[str, Any]) -> RuleSet:
    rules = []
    matchers: dict[str, PatternMatcher] = {}
    for raw in data["rules"]:
        if raw["construction"] in SHORTHANDS:  # rule data saved with a model built before pattern rules
            raw = as_pattern(raw)
        fields = {k: raw[k] for k in ("id", "relation", "construction", "negated_object", "head_is")}
        fields["cue"] = raw.get("cue")
        fields["frame"] = raw.get("frame")
        for tier in ("pattern", "fallback"):
            fields[tier] = tuple(parse_pattern(text, data["vocab"]) for text in raw.get(tier) or ())
        fields["bodies_only"] = bool(raw.get("bodies_only"))
        fields["named_subjects"] = bool(raw.get("named_subjects"))
        fields["named_objects"] = bool(raw.get("named_objects"))
        fields["needs_theme"] = bool(fields["pattern"]) and all("theme" in p.roles for p in fields["pattern"] + fields["fallback"])
        for key in Rule.__slots__:
            if key not in fields:
                fields[key] = frozenset(raw.get(key) or ())
        rule = Rule(**fields)
        rules.append(rule)
        if rule.construction == "pattern":
            if rule.cue == "verb":  # (a superset: the extractor checks the cue word itself)
                cue_attrs = {"LEMMA": {"IN": sorted({f for c in rule.cues for f in cue_forms(c)})}}
            else:
                cue_attrs = {"LOWER": {"IN": sorted(rule.cues)}}
            matchers[rule.id] = PatternMatcher(rule.id, cue_attrs, rule.pattern, rule.fallback)
    by_lemma: dict[str, list[Rule]] = {}
    by_form: dict[str, list[Rule]] = {}
    backoff_lemma: dict[str, list[Rule]] = {}
    backoff_form: dict[str, list[Rule]] = {}
    for rule in rules:
        if rule.construction == "roles":
            table = backoff_lemma if rule.by_lemma else backoff_form
        else:
            table = by_lemma if rule.by_lemma else by_form
        for cue in rule.cues:
            table.setdefault(cue, []).append(rule)
    return RuleSet(
        version=data["version"],
        rules=tuple(rules),
        by_lemma={k: tuple(v) for k, v in by_lemma.items()},
        by_form={k: tuple(v) for k, v in by_form.items()},
        vocab={name: frozenset(words) for name, words in data["vocab"].items()},
        patterns=matchers,
        event_codes=data["event_codes"]["codes"],
        backoff_by_lemma={k: tuple(v) for k, v in backoff_lemma.items()},
        backoff_by_form={k: tuple(v) for k, v in backoff_form.items()},
        roles=data.get("roles"),
        cue_lemmas=frozenset(by_lemma) | frozenset(backoff_lemma),
        cue_forms=frozenset(by_form) | frozenset(backoff_form),
        # (rule data saved with a model before the setting was data kept backing claims)
        claimed_relations=frozenset(data.get("claimed_relations", ["backs"])),
    )


def with_de_facto_states(rules: RuleSet, names: Iterable[str]) -> RuleSet:
    """``rules`` reading a de-facto state's demonym on a non-state group noun as the de-facto state ("Abkhaz
    separatists", "Transnistrian rebels" are its side), while a state's stays no actor ("Iraqi militias")."""
    return replace(rules, de_facto_states=frozenset(names))


def with_state_organs(rules: RuleSet, bodies: Iterable[tuple[str, str]]) -> RuleSet:
    """``rules`` reading each civil organ of a state as the state: ``bodies`` are (name, state) pairs of a state's
    government bodies without a military or intelligence role (the caller reads them from its gazetteer); a body
    counts when a word of its name is in ``state_organ_nouns`` ("Ministry of Foreign Affairs of Turkey", "British
    Foreign Office", "State Department"), so "the Turkish Foreign Ministry denied ..." names Turkey, as FORMAT.md's gold
    does. A rule set whose vocabulary lacks the class (rule data saved before it) is returned unchanged."""
    nouns = rules.vocab.get("state_organ_nouns", frozenset())
    organs = {
        name: state
        for name, state in bodies
        if name != state and any(w in nouns for w in name.lower().replace(",", " ").split())
    }
    return replace(rules, organ_states=organs) if organs else rules


def with_state_armies(rules: RuleSet, armies: Iterable[tuple[str, str]]) -> RuleSet:
    """``rules`` knowing the state of each state's army: ``armies`` are (army, state) pairs the caller reads from its
    gazetteer. Where a description names the army ("Israel supplied the Azeri army with drones"), a row of supply,
    training or denial names the state (``arguments.ARMY_AS_STATE``); the army's own name ("the Sudanese Armed Forces",
    "the IDF") stays the army (:meth:`Grammar.__init__`)."""
    found = dict(armies)
    return replace(rules, army_states=found) if found else rules


def with_warring_armies(rules: RuleSet, armies: Iterable[tuple[str, str]]) -> RuleSet:
    """``rules`` knowing the state of each army that is a side in a war for rule of its state: ``armies`` are (army,
    state) pairs the caller reads from its gazetteer. Where one phrase gives a row to the army and one to its state
    ("supplies weapons to the Myanmar military"), the army's stays (``extract._army_beside_state``)."""
    found = dict(armies)
    return replace(rules, warring_armies=found) if found else rules


def with_person_offices(rules: RuleSet, offices: Iterable[tuple[str, str]]) -> RuleSet:
    """``rules`` knowing the body each recorded official speaks for: ``offices`` are (person, body) pairs the caller
    reads from its gazetteer (a minister, spokesman or envoy of a state, an official of a group); his denial is the
    body's when the article gives him no title of his own (:meth:`Grammar.speaks_for`)."""
    found = dict(offices)
    return replace(rules, person_offices=found) if found else rules


def with_leaders(rules: RuleSet, leaders: Iterable[tuple[str, str]]) -> RuleSet:
    """``rules`` knowing the state each recorded head of state or government leads: ``leaders`` are (person, state)
    pairs the caller reads from its gazetteer; his denial of that state's act is his own denial of the tie
    (``constructions.denial_clause``)."""
    found = dict(leaders)
    return replace(rules, leaders=found) if found else rules
