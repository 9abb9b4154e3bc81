"""Dependency patterns with named argument roles: the structure of a ``pattern`` rule.

A pattern is a small tree around the cue word, written as chains of steps::

    cue >dobj theme ; cue >prep[to,for] >pobj object

- ``;`` separates chains; every chain starts at ``cue`` or at a role named in an earlier chain;
- ``>dep`` steps down to a child with that dependency label, ``<dep`` up to the head of a node
  with that label; ``dep1|dep2`` allows several labels, ``*`` any;
- ``[w1,w2]`` after a step: the node reached must be one of these lowercase words (``@vocab`` allowed);
  ``{w1,w2}``: one of these lemmas;
- ``~repair`` steps from a node to the tokens a named parser repair gives for it (:mod:`repairs`,
  ``TOKEN_REPAIRS``; words in brackets go to the repair), evaluated in Python after the match:
  ``theme ~modifier_dative[to,for] object``;
- a role name after a step names the node reached: ``subject``, ``object`` (the relation's arguments)
  or ``theme`` (must be one of the rule's ``themes``); ``cue=subject`` / ``cue=object`` gives the cue
  itself a role ("Iran, the main **financier** of Hezbollah");
- ``cue[active]`` / ``cue[passive]``: the pattern only applies to a cue verb in that voice.

``parse_pattern`` checks a pattern and raises :class:`PatternError` saying what is wrong;
``PatternMatcher`` compiles a rule's patterns and returns, at a cue token, the role tokens of each
match. A pattern compiles to spaCy ``DependencyMatcher`` entries (``Pattern.matcher_entries``), and is
matched by walking the parse from the cue (:class:`Walk`): every step goes to the children or the head
of a node already matched, which is what the DependencyMatcher's ``>`` and ``<`` mean, without its
product of every token each node could be in the sentence (tests compare the two on every rule). What
the role tokens stand for (argument resolution), the defaults of roles no match fills, repairs and
modality are Python: see ``constructions.pattern``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Token

from pipeline.relations.repairs import TOKEN_REPAIRS

ROLES = ("subject", "object", "theme")
CUE_ROLES = ("subject", "object")
# the parser's labels (spaCy English pipelines, ClearNLP scheme)
DEP_LABELS = frozenset(
    "ROOT acl acomp advcl advmod agent amod appos attr aux auxpass case cc ccomp compound conj csubj csubjpass "
    "dative dep det dobj expl intj mark meta neg nmod npadvmod nsubj nsubjpass nummod oprd parataxis pcomp pobj "
    "poss preconj predet prep prt punct quantmod relcl xcomp".split()
)
_STEP = re.compile(r"^([<>])([A-Za-z*|]+)(?:\[([^\]]*)\]|\{([^}]*)\})?$")
_REPAIR = re.compile(r"^~([a-z_]+)(?:\[([^\]]*)\])?$")
LOWER = "a-zà-öø-ÿ"  # lowercase letters, accented ones too ("protégé")
WORD = re.compile(rf"^[{LOWER}][{LOWER}'’.\-]*$")  # a lowercase word (also for rule files)


class PatternError(ValueError):
    """A pattern that does not parse; the message says what to fix."""


@dataclass(frozen=True, slots=True)
class Pattern:
    """A parsed pattern: DependencyMatcher entries (node ids in order) and which node fills which role."""

    text: str
    nodes: tuple[str, ...]  # node ids in DependencyMatcher order ("cue" first)
    attrs: dict[str, dict]  # node id -> token attributes
    edges: tuple[tuple[str, str, str], ...]  # (left node, operator, right node)
    roles: dict[str, str]  # role -> node id
    voice: str | None = None  # "active" / "passive": only a cue verb in that voice (decided in Python)
    # node -> (repair, node it starts from, words given to the repair)
    repaired: dict[str, tuple[str, str, tuple[str, ...]]] = field(default_factory=dict)

    def matcher_entries(self, cue_attrs: dict) -> list[dict]:
        entries = [{"RIGHT_ID": "cue", "RIGHT_ATTRS": {**cue_attrs, **self.attrs["cue"]}}]
        for left, op, right in self.edges:
            entries.append({"LEFT_ID": left, "REL_OP": op, "RIGHT_ID": right, "RIGHT_ATTRS": self.attrs[right]})
        return entries


def parse_pattern(text: str, vocab: dict[str, list[str]] | None = None) -> Pattern:
    """Parse and check one pattern (see the module docstring for the syntax)."""
    vocab = vocab or {}
    attrs: dict[str, dict] = {"cue": {}}
    edges: list[tuple[str, str, str]] = []
    roles: dict[str, str] = {}
    repaired: dict[str, tuple[str, str, tuple[str, ...]]] = {}
    voice = None
    chains = [c.split() for c in text.split(";")]
    if not any(chains):
        raise PatternError("the pattern is empty; write at least 'cue'")
    for chain in chains:
        if not chain:
            raise PatternError("an empty chain between ';' separators")
        start, _, cue_role = chain[0].partition("=")
        if start in ("cue[active]", "cue[passive]"):
            if voice is not None or cue_role:
                raise PatternError(f"{chain[0]!r}: give the voice once, on a plain 'cue' (e.g. 'cue[passive] >nsubjpass object')")
            start, voice = "cue", start[4:-1]
        if start == "cue" and cue_role:
            if cue_role not in CUE_ROLES:
                raise PatternError(f"'cue={cue_role}': the cue can only be {' or '.join(CUE_ROLES)}")
            _name(roles, cue_role, "cue")
        elif start != "cue" and start not in roles:
            raise PatternError(f"a chain starts with {chain[0]!r}: start at 'cue' or at a role named before it")
        here = "cue" if start == "cue" else roles[start]
        for word in chain[1:]:
            if here in repaired and (here in roles.values() or word not in CUE_ROLES):
                raise PatternError(f"{word!r}: a repair step ends its chain with the role it fills (subject or object)")
            repair = _REPAIR.match(word)
            if repair is not None:
                if repair.group(1) not in TOKEN_REPAIRS:
                    raise PatternError(f"unknown repair {word!r}; repair steps: {', '.join('~' + r for r in TOKEN_REPAIRS)}")
                node = f"r{len(repaired)}"
                words = tuple(_words(repair.group(2), vocab, word)) if repair.group(2) is not None else ()
                repaired[node] = (repair.group(1), here, words)
                here = node
                continue
            step = _STEP.match(word)
            if step is None:
                if word not in ROLES:
                    raise PatternError(f"{word!r} is neither a step ('>dep', '<dep[words]') nor a role ({', '.join(ROLES)})")
                if here == "cue" or here in roles.values():
                    raise PatternError(f"role {word!r} must follow the step that reaches its node")
                _name(roles, word, here)
                continue
            op, labels, forms, lemmas = step.groups()
            deps = labels.split("|")
            unknown = [d for d in deps if d != "*" and d not in DEP_LABELS]
            if unknown:
                raise PatternError(f"unknown dependency label(s) {unknown} in {word!r}; labels: {' '.join(sorted(DEP_LABELS))}")
            node = f"n{len(attrs)}"
            attrs[node] = {}
            dep_attr = {} if "*" in deps else {"DEP": {"IN": deps}}
            if op == ">":  # down to a child with this label
                attrs[node].update(dep_attr)
            else:  # up to the head of a node with this label
                attrs[here].update(dep_attr)
            if forms is not None:
                attrs[node]["LOWER"] = {"IN": _words(forms, vocab, word)}
            if lemmas is not None:
                attrs[node]["LEMMA"] = {"IN": _words(lemmas, vocab, word)}
            edges.append((here, op, node))
            here = node
    dangling = [repair for node, (repair, _, _) in repaired.items() if node not in roles.values()]
    if dangling:
        raise PatternError(f"repair step ~{dangling[0]} must be followed by the role it fills (subject or object)")
    return Pattern(text, ("cue", *(e[2] for e in edges)), attrs, tuple(edges), roles, voice, repaired)


def _name(roles: dict[str, str], role: str, node: str) -> None:
    if role in roles:
        raise PatternError(f"role {role!r} is named twice; a pattern names each role once (write another pattern)")
    roles[role] = node


def _words(spec: str, vocab: dict[str, list[str]], step: str) -> list[str]:
    out: list[str] = []
    for w in (w.strip() for w in spec.split(",")):
        if w.startswith("@") and w[1:] in vocab:
            out.extend(vocab[w[1:]])
        elif w.startswith("@"):
            raise PatternError(f"unknown vocabulary {w!r} in {step!r}")
        elif WORD.match(w):
            out.append(w)
        else:
            raise PatternError(f"{w!r} in {step!r} is not a lowercase word or an @vocabulary")
    return sorted(set(out))


def cue_forms(lemma: str) -> list[str]:
    """Lemmas a verb cue's token may carry when the tagger misreads it ("arming", "armed"; "financing"; "supplied" in
    "Iranian-supplied", :func:`repairs.misread_stems`)."""
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    forms = [lemma, stem + "ing", stem + "ed", lemma + "d"]
    if len(lemma) > 2 and lemma.endswith("y") and lemma[-2] not in "aeiou":
        forms.append(lemma[:-1] + "ied")
    return forms


# what a step may ask of a token (spaCy token attributes, as in a DependencyMatcher entry) -> the Token's string
TOKEN_ATTRS = {"DEP": "dep_", "LOWER": "lower_", "LEMMA": "lemma_"}


class Walk:
    """One pattern's DependencyMatcher entries matched from a given cue token, inside the cue's sentence.

    The entries form a tree rooted at the cue (each node is reached by one ``>`` or ``<`` step from an
    earlier node), so the matches are found depth-first: a ``>`` step tries the node's children, a ``<``
    step its head, each kept when it has the node's attributes. As in spaCy's DependencyMatcher run on
    the sentence alone, a head outside the sentence counts as none and a child outside it as no child;
    the nodes of a match need not be different tokens."""

    def __init__(self, entries: list[dict]) -> None:
        self.entries = entries
        index = {entry["RIGHT_ID"]: i for i, entry in enumerate(entries)}
        self.tests = [self._test(entry["RIGHT_ATTRS"]) for entry in entries]
        # node i >= 1: (the node it steps from, ">" or "<")
        self.steps = [(index[entry["LEFT_ID"]], entry["REL_OP"]) for entry in entries[1:]]
        bad = {op for _, op in self.steps} - {">", "<"}
        if bad:
            raise ValueError(f"a pattern step uses the operator(s) {sorted(bad)}; only '>' and '<' are walked")

    @staticmethod
    def _test(attrs: dict) -> tuple[tuple[str, frozenset[str]], ...]:
        unknown = set(attrs) - set(TOKEN_ATTRS)
        if unknown or any(set(spec) != {"IN"} for spec in attrs.values()):
            raise ValueError(f"a pattern node asks for {attrs}; a walk reads only {sorted(TOKEN_ATTRS)} with 'IN'")
        return tuple((TOKEN_ATTRS[name], frozenset(spec["IN"])) for name, spec in attrs.items())

    def matches(self, cue: Token, start: int, end: int) -> Iterator[list[Token]]:
        """Each match at ``cue``, whose sentence is tokens ``start`` to ``end``: the tokens of the nodes, in entry
        order ("cue" first)."""
        if self.fits(cue, 0):
            yield from self._extend([cue], start, end)

    def fits(self, tok: Token, node: int) -> bool:
        """The token has the attributes of node ``node`` (0: the cue)."""
        for attr, values in self.tests[node]:
            if getattr(tok, attr) not in values:
                return False
        return True

    def _extend(self, found: list[Token], lo: int, hi: int) -> Iterator[list[Token]]:
        node = len(found)
        if node == len(self.tests):
            yield list(found)
            return
        left, op = self.steps[node - 1]
        here = found[left]
        if op == ">":
            nexts = [c for c in here.children if lo <= c.i < hi]
        else:
            head = here.head
            nexts = [head] if head.i != here.i and lo <= head.i < hi else []
        for tok in nexts:
            if self.fits(tok, node):
                found.append(tok)
                yield from self._extend(found, lo, hi)
                found.pop()


class PatternMatcher:
    """One rule's patterns, compiled once with the rule set and matched at a cue token (:class:`Walk`)."""

    def __init__(self, rule_id: str, cue_attrs: dict, pattern: tuple[Pattern, ...], fallback: tuple[Pattern, ...]) -> None:
        self.rule_id = rule_id
        self.walks: list[tuple[str, int, Pattern, Walk]] = []
        self.bare: list[tuple[str, int, Pattern]] = []  # just the cue ("cue", "cue[passive]"): matches at every cue
        for tier, patterns in (("pattern", pattern), ("fallback", fallback)):
            for index, p in enumerate(patterns):
                if not p.edges and not p.repaired:
                    self.bare.append((tier, index, p))
                else:
                    self.walks.append((tier, index, p, Walk(p.matcher_entries(cue_attrs))))

    def __call__(self, cue: Token, start: int, end: int) -> list[tuple[str, int, dict[str, int | tuple]]]:
        """[(tier, pattern index, {role: token index, or (repair, token index, words) for a repair step})] at
        ``cue``, whose sentence is tokens ``start`` to ``end``, in the rule's order (sort them with
        :func:`match_order`)."""
        found: list[tuple[str, int, dict[str, int | tuple]]] = [
            (tier, index, {role: cue.i for role in p.roles}) for tier, index, p in self.bare
        ]
        for tier, index, p, walk in self.walks:
            for tokens in walk.matches(cue, start, end):
                at: dict[str, int | tuple] = {node: tok.i for node, tok in zip(p.nodes, tokens)}
                at.update({node: (repair, at[base], words) for node, (repair, base, words) in p.repaired.items()})
                found.append((tier, index, {role: at[node] for role, node in p.roles.items()}))
        return found


def match_order(match: tuple[str, int, dict]) -> tuple:
    """Patterns before fallbacks, each in the rule's order, then by the tokens matched."""
    tier, index, roles = match
    return (tier != "pattern", index, sorted(roles.items(), key=str))
