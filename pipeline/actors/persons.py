"""People within one document: who is a person, and the fullest form of each name.

The gold convention (FORMAT.md): a person's actor is the fullest form of the
name used in the article, so "Baroud" after "Ramzy Baroud" is "Ramzy Baroud",
while "Biden" alone stays "Biden".
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from spacy.attrs import ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc

from pipeline.actors.gazetteer import Gazetteer, LinkingRules, normalise
from pipeline.actors.mentions import Mention
from pipeline.actors.syntax import named_as_place
from pipeline.docs import Words, tokens_with

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


def hyphenated_surnames(doc: Doc, mentions: list[Mention], words: Words) -> list[Mention]:
    """Each use of a hyphenated surname of a person named in full ("Darwish-Lind"
    after "Yousef Darwish-Lind") becomes a PERSON mention of the whole surname,
    in place of the mentions it covers (the model may tag "Darwish" as NORP
    and leave "Lind" untagged). A span another mention runs past is left alone.
    ``words``: the Doc's :class:`~pipeline.docs.Words`."""
    surnames = {_glued_tail(doc, m) for m in mentions if m.label == PERSON}
    out = list(mentions)
    texts = words.texts if surnames - {None} else []
    for surname in surnames - {None}:
        person = next(m for m in mentions if m.label == PERSON and _glued_tail(doc, m) == surname)
        n = len(surname)
        for i in range(len(doc) - n + 1):
            if tuple(texts[i : i + n]) != surname or (i > 0 and texts[i - 1] == "-"):
                continue
            if i + n < len(doc) and texts[i + n] == "-":
                continue  # part of a longer compound
            overlapping = [m for m in out if m.start < i + n and i < m.end]
            if any(m.start < i or m.end > i + n or (m.start, m.end, m.label) == (i, i + n, PERSON) for m in overlapping):
                continue  # inside a longer name ("Yousef Darwish-Lind" itself), or a person already
            new = replace(person, start=i, end=i + n, actor="", source="person_name", form=None, model_label=None)
            out = sorted([m for m in out if m not in overlapping] + [new], key=lambda m: m.start)
    return out


def untagged_surnames(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Each use of the surname of a person named in full that the model left
    untagged ("Radmall conceded ..." after "Ben Radmall") becomes a PERSON
    mention, unless it is part of a longer capitalised name ("Radmall Park",
    "Coach Radmall") or of a hyphen compound, or modifies a noun after it
    ("Young voters" after "Neil Young")."""
    surnames = {doc[m.end - 1].text for m in mentions if m.label == PERSON and m.length > 1 and doc[m.end - 1].text.istitle()
                and all(t.pos_ == "PROPN" for t in doc[m.start : m.end] if t.is_alpha)}  # not "Remarked Center"
    if not surnames:
        return mentions
    covered = {i for m in mentions for i in range(m.start, m.end)}
    found = []
    # (the tokens with a surname's text, found from the word ids)
    for i in tokens_with(doc.to_array(ORTH).tolist(), {get_string_id(s) for s in surnames}):
        tok = doc[i]
        if tok.i in covered:
            continue
        before = doc[tok.i - 1] if tok.i > 0 else None
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if before is not None and (before.text == "-" or (not tok.is_sent_start and before.pos_ == "PROPN" and before.text[:1].isupper())):
            continue
        if after is not None and (after.text == "-" or (after.pos_ == "PROPN" and after.text[:1].isupper())):
            continue
        if tok.dep_ in ("compound", "amod") and tok.head.i > tok.i:
            continue
        found.append(Mention(tok.i, tok.i + 1, PERSON, "", "person_name"))
    return sorted([*mentions, *found], key=lambda m: m.start) if found else mentions


def _glued_tail(doc: Doc, m: Mention) -> tuple[str, ...] | None:
    """The hyphenated last name of a name of two words or more, as token texts
    ("Darwish", "-", "Lind"), or None."""
    j = m.end - 1
    while j - 2 >= m.start and doc[j - 1].text == "-" and not doc[j - 1].whitespace_ and not doc[j - 2].whitespace_:
        j -= 2
    return tuple(t.text for t in doc[j : m.end]) if m.start < j < m.end - 1 else None


def person_by_name_cues(doc: Doc, mentions: list[Mention], texts: list[str], rules: LinkingRules) -> list[Mention]:
    """Relabel as PERSON the mentions that evidence in the document says are people.

    - a name that is the surname of a person named in full in the document
      ("Baroud" tagged GPE after "Ramzy Baroud", "Bloomberg" after "Michael
      Bloomberg"), when at least ``rules.min_person_share`` of the name's
      mentions are PERSON ones (full names, or the model's reading of a name
      the gazetteer took) and none names a place ("in Kudarat"); a first
      name never counts ("Israel" in "Israel Katz"); also a name that ends a
      longer one whatever its label ("Sanders" after "Vermont Bernie
      Sanders", tagged ORG) when more of its own mentions are PERSON ones
      than not;
    - an unknown name followed by ", who" ("Ghattas, who is a fellow..."),
      and every other mention of it;
    - an unknown name that speaks as a person (:func:`_speaks_as_person`),
      and every other mention of it.
    Demonyms, acronyms and non-actor names are never relabelled. ``texts`` are
    the mentions' texts.
    """
    words_of = [name_words(text) for text in texts]
    by_cue: set[tuple[str, ...]] = set()
    for m, words in zip(mentions, words_of):
        after = doc[m.end : m.end + 2]
        cue = len(after) == 2 and after[0].text == "," and after[1].lower_ in rules.person_cues
        if cue and m.form is None and m.label != PERSON and not _modifies_a_name(doc[m.start : m.end].root):
            by_cue.add(words)
        elif m.form is None and m.label != PERSON and _speaks_as_person(doc, m.start, m.end, rules):
            by_cue.add(words)
    out = [
        replace(m, label=PERSON, actor="", source="person_name") if m.form is None and words in by_cue else m
        for m, words in zip(mentions, words_of)
    ]
    person_count = Counter(w for m, w in zip(out, words_of) if m.label == PERSON)
    not_person = Counter(w for m, w in zip(out, words_of) if m.label != PERSON)
    model_person = Counter(w for m, w in zip(out, words_of) if m.label != PERSON and m.model_label == PERSON)
    places = {w for m, w in zip(out, words_of) if m.label != PERSON and named_as_place(doc, m.start, m.end, rules)}
    # the last words of every name of two words or more, whatever its label ("Vermont Bernie Sanders": ORG)
    tails = {w[-n:] for w in words_of for n in range(1, len(w))}
    for i, (m, words) in enumerate(zip(out, words_of)):
        if m.label != PERSON and words not in places and (m.form is None or m.form.kind in RELABELLED_KINDS):
            full = sum(n for f, n in person_count.items() if len(f) > len(words) and f[-len(words) :] == words)
            as_person = full + model_person[words]  # the model's PERSON reading of the name counts too ("Bloomberg")
            if full > 0 and as_person >= rules.min_person_share * (full + not_person[words]):
                out[i] = replace(m, label=PERSON, actor="", source="person_name", form=None)
            elif words in tails and person_count[words] > not_person[words]:
                # a surname tagged PERSON more often than not, and the end of a longer name
                out[i] = replace(m, label=PERSON, actor="", source="person_name", form=None)
    return out


def canonical_person_names(doc: Doc, mentions: list[Mention], texts: list[str], gazetteer: Gazetteer, rules: LinkingRules) -> list[Mention]:
    """Set every PERSON mention's actor: the gazetteer's canonical name for a
    person it knows, else the fullest in-document form of the name.

    A mention maps to the PERSON name that contains its words in order
    ("Baroud" -> "Ramzy Baroud") and was used nearest before it, else nearest
    after it: a surname two people share ("Anna Keller", "John Keller") is
    the one most recently named in full, passing over a relative named in
    passing ("his daughter Nettie Keller": every mention given as someone's
    kin) when another full name has it; a surname goes to full names that end
    in it ("Gloria Keller", not "Keller Whitney") when there are such. That name maps in turn to the
    longest name containing it ("John Keller" -> "Farmer John Keller"; between
    two equally long ones the nearest earlier mention wins, then the nearest
    later one). A name the gazetteer
    knows ("Trump") only maps to full names of the same person ("Donald
    Trump", not "Mary Trump"). When the name chosen is one of a gazetteer
    person's forms, the actor is that person's canonical name, whatever the
    article's spelling ("Bashar Assad", "al-Assad", "Assad" -> "Bashar al-Assad").
    """
    people = [(i, m, text) for i, (m, text) in enumerate(zip(mentions, texts)) if m.label == PERSON]
    by_name: dict[tuple[str, ...], list[tuple[int, str]]] = {}  # words -> (start, text) of its mentions
    for _, m, text in people:
        by_name.setdefault(name_words(text), []).append((m.start, text))
    entry = {words: gazetteer.entry(seen[0][1]) for words, seen in by_name.items()}
    kin = Counter(name_words(text) for _, m, text in people if _kin(doc, m, rules))
    relatives = {words for words, seen in by_name.items() if kin[words] == len(seen)}
    fuller = {w: [v for v in by_name if _contains(v, w)] for w in by_name}
    out = list(mentions)
    for i, m, text in people:
        words = name_words(text)
        known = entry[words] if entry[words] is not None and entry[words].type == PERSON_TYPE else None
        names = [v for v in fuller[words] if known is None or entry[v] is known]
        actor = text
        if names:
            named = [v for v in names if v not in relatives] or names
            named = [v for v in named if v[-len(words) :] == words] or named  # a surname: names ending in it
            nearest = _nearest(((start, v) for v in named for start, _ in by_name[v]), m.start)
            widest = [v for v in (nearest, *fuller[nearest]) if known is None or entry[v] is known]
            longest = max(len(v) for v in widest)
            actor = _nearest(((start, t) for v in widest if len(v) == longest for start, t in by_name[v]), m.start)
        person = gazetteer.entry(actor)
        out[i] = replace(m, actor=person.name if person is not None and person.type == PERSON_TYPE else actor)
    return out


def _kin(doc: Doc, m: Mention, rules: LinkingRules) -> bool:
    """The name is given as someone's relative: right after a kin noun ("daughter
    Nettie Keller", "sister, Maya Keller"), in apposition to one either way
    ("Maya Keller, his wife"), one of its conjuncts ("His parents, Jo Keller
    and Ruth Keller"), or its object ("granddaughter of Cornelius Keller")."""
    kin = rules.kin_nouns
    j = m.start - 1 if m.start > 0 and doc[m.start - 1].text != "," else m.start - 2
    if j >= 0 and doc[j].lemma_.lower() in kin:
        return True
    root = doc[m.start : m.end].root
    if any(c.dep_ == "appos" and c.lemma_.lower() in kin for c in root.children):
        return True
    while root.dep_ in ("appos", "compound", "conj") and root.head.i != root.i:
        root = root.head
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        root = root.head.head
    return root.lemma_.lower() in kin


def _nearest(found, at: int):
    """The item of the (start, item) pairs whose start is nearest before ``at``, else nearest after it."""
    return min(found, key=lambda si: (si[0] > at, abs(si[0] - at)))[1]


def _speaks_as_person(doc: Doc, start: int, end: int, rules: LinkingRules) -> bool:
    """A capitalised name without an organisation word that is set off by
    commas right before a speech verb (", Noor Haddad, says"), or of two words
    or more and the subject of one with a personal pronoun in the next two
    sentences ("Noor Haddad said ... she added")."""
    words = doc[start:end]
    if any(not t.text[:1].isupper() or t.lower_ in rules.organisation_words for t in words if t.text not in ("-", ".")):
        return False
    verbs = set(rules.person_speech_verbs)
    after = doc[end : end + 2]
    if start > 0 and doc[start - 1].text == "," and len(after) == 2 and after[0].text == "," and after[1].lemma_ in verbs:
        return True
    root = words.root
    if len(words) < 2 or root.dep_ != "nsubj" or root.head.lemma_ not in verbs:
        return False
    sents = [s for s in doc.sents if s.end > start][:3]
    return any(t.lower_ in rules.person_pronouns for s in sents for t in s if t.i >= end)


def _modifies_a_name(root) -> bool:
    """ "Alexander Gagay of *Yekaterinburg*, who ...", "someone on the *Conception*, who ...":
    the relative clause is about the word the prepositional phrase modifies."""
    return root.dep_ == "pobj" and root.head.head.pos_ not in ("VERB", "AUX")
