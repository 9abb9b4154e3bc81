"""actor_linker rules on hand-built Docs (no statistical model).

Each Doc gives the words, the model's entities as IOB tags and, where a rule
reads the parse, heads and dependencies; the linker then cleans, completes and
links the entities.
"""

from __future__ import annotations

import pytest
import spacy

from tests.conftest import REPO, make_doc

ACTORS = REPO / "configs" / "actors.yaml"


NO_SPACE_BEFORE = {".", ",", ";", ":", "'s", "’s", "’", "/", "-"}


def doc_of(words, **kwargs):
    """make_doc with the spacing of running text: none around "-" and "/", none before punctuation."""
    spaces = [
        i + 1 < len(words) and words[i] not in ("-", "/") and words[i + 1] not in NO_SPACE_BEFORE and "\n" not in words[i + 1]
        for i in range(len(words))
    ]
    return make_doc(words, spaces=spaces, **kwargs)


def linked(linker, words, ents=None, **parse):
    doc = linker(doc_of(words, ents=ents, **parse))
    return [(e.text, e.label_, e.kb_id_) for e in doc.ents]


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        # "Iran-backed" -> Iran
        (["an", "Iran", "-", "backed", "group"], None, [("Iran", "GPE", "Iran")]),
        # "Russian- and Iran-backed": the model's "Russian-" loses its hyphen
        (
            ["after", "Russian-", "and", "Iran", "-", "backed", "forces"],
            ["O", "B-NORP", "O", "O", "O", "O", "O"],
            [("Russian", "NORP", "Russia"), ("Iran", "GPE", "Iran")],
        ),
        # "Russian-Iranian" is two NORP entities
        (
            ["a", "Russian", "-", "Iranian", "partnership"],
            ["O", "B-NORP", "I-NORP", "I-NORP", "O"],
            [("Russian", "NORP", "Russia"), ("Iranian", "NORP", "Iran")],
        ),
        # two actors joined by a hyphen, no model entity
        (["the", "Israel", "-", "Hamas", "war"], None, [("Israel", "GPE", "Israel"), ("Hamas", "ORG", "Hamas")]),
        # a hyphen prefix is not part of the entity
        (["anti", "-", "US", "groups"], ["B-NORP", "I-NORP", "I-NORP", "O"], [("US", "GPE", "United States")]),
        # a capitalised prefix belongs to the name
        (["Non", "-", "Governmental", "Organizations"], ["B-ORG", "I-ORG", "I-ORG", "I-ORG"], [("Non-Governmental Organizations", "ORG", "Non-Governmental Organizations")]),
    ],
)
def test_actors_linking_hyphen_compounds(linker, words, ents, expected):
    assert linked(linker, words, ents) == expected


def test_actors_linking_splits_glued_hyphen_token(linker):
    doc = linker(doc_of(["U.S.-backed", "forces", "advanced"]))
    assert [t.text for t in doc] == ["U.S.", "-", "backed", "forces", "advanced"]
    assert doc.text == "U.S.-backed forces advanced"
    assert [(e.text, e.label_, e.kb_id_, e.id_) for e in doc.ents] == [("U.S.", "GPE", "United States", "gazetteer")]


def test_actors_linking_split_keeps_span_groups_on_their_characters(linker):
    doc = doc_of(["Russian-", "troops", ".", "Read", "more"], ents=["B-NORP", "O", "O", "O", "O"])
    doc.spans["boilerplate"] = [doc[3:5]]
    doc = linker(doc)
    assert [s.text for s in doc.spans["boilerplate"]] == ["Read more"]


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        # trailing possessive
        (
            ["against", "Bashar", "al", "Assad", "’s", "regime"],
            ["O", "B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O"],
            [("Bashar al Assad", "PERSON", "Bashar al-Assad")],
        ),
        (["Hamas", "’", "attack"], ["B-ORG", "I-ORG", "O"], [("Hamas", "ORG", "Hamas")]),
        # a possessive inside a span ends the owner's name before a known name
        (
            ["by", "the", "Revolutionary", "Guards", "’", "Quds", "Force"],
            ["O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG"],
            [("Revolutionary Guards", "ORG", "Islamic Revolutionary Guard Corps"), ("Quds Force", "ORG", "Quds Force")],
        ),
        (
            ["Hamas", "'s", "Qassam", "Brigades", "fired"],
            ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"],
            [("Hamas", "ORG", "Hamas"), ("Qassam Brigades", "ORG", "Al-Qassam Brigades")],
        ),
        # ... not before an unknown one: one name
        (
            ["the", "Kurdish", "Women", "'s", "Union", "said"],
            ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"],
            [("Kurdish Women's Union", "ORG", "Kurdish Women's Union")],
        ),
        # leading "the"
        (["the", "Wagner", "Group", "said"], ["B-ORG", "I-ORG", "I-ORG", "O"], [("Wagner Group", "ORG", "Wagner Group")]),
        (["The", "Wall", "Street", "Journal", "reported"], ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"], [("Wall Street Journal", "ORG", "The Wall Street Journal")]),
        # a person's name stops at a number
        (["Humberto", "785", "miles", "east"], ["B-PERSON", "I-PERSON", "I-PERSON", "O"], [("Humberto", "PERSON", "Humberto")]),
        (["Blu", "-", "ray", "discs"], ["B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON"], [("Blu", "PERSON", "Blu")]),
        # "Sr." keeps its period
        (["Robert", "Cummings", "Sr.", "died"], ["B-PERSON", "I-PERSON", "I-PERSON", "O"], [("Robert Cummings Sr.", "PERSON", "Robert Cummings Sr.")]),
    ],
)
def test_actors_linking_trims_spans(linker, words, ents, expected):
    assert linked(linker, words, ents) == expected


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        # a line break, a spaced dash, a slash never sit inside an entity
        (["Hamas", "\n\n", "Iran", "said"], ["B-ORG", "I-ORG", "I-ORG", "O"], [("Hamas", "ORG", "Hamas"), ("Iran", "GPE", "Iran")]),
        (["Vladimir", "Putin", "-", "Russia"], ["B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON"], [("Vladimir Putin", "PERSON", "Vladimir Putin"), ("Russia", "GPE", "Russia")]),
        # "City, Country" is two places; "Acme, Inc." stays one organisation
        (["Shelby", ",", "North", "Carolina"], ["B-GPE", "I-GPE", "I-GPE", "I-GPE"], [("Shelby", "GPE", ""), ("North Carolina", "GPE", "")]),
        (["Acme", "Holdings", ",", "Inc."], ["B-ORG", "I-ORG", "I-ORG", "I-ORG"], [("Acme Holdings, Inc.", "ORG", "Acme Holdings, Inc.")]),
        # photo credits: beside a known agency, an unknown name is the photographer
        (
            ["Abed", "Khatib", "/", "Shutterstock", ",", "REUTERS", "/", "Ali", "Omar"],
            ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG"],
            [("Abed Khatib", "PERSON", "Abed Khatib"), ("Shutterstock", "ORG", "Shutterstock"), ("REUTERS", "ORG", "Reuters"), ("Ali Omar", "PERSON", "Ali Omar")],
        ),
    ],
)
def test_actors_linking_splits_at_breaks(linker, words, ents, expected):
    assert linked(linker, words, ents) == expected


@pytest.mark.parametrize(
    ("words", "heads", "deps", "expected"),
    [
        # subject: the seat stands for its state
        (["Tehran", "denied", "the", "report"], [1, 1, 3, 1], ["nsubj", "ROOT", "det", "dobj"], [("Tehran", "GPE", "Iran")]),
        # possessor
        (["Moscow", "'s", "role", "grew"], [2, 0, 3, 3], ["poss", "case", "nsubj", "ROOT"], [("Moscow", "GPE", "Russia")]),
        # between two actors, via the first conjunct's role
        (
            ["ties", "between", "Hamas", "and", "Tehran"],
            [0, 0, 1, 2, 2],
            ["ROOT", "prep", "pobj", "cc", "conj"],
            [("Hamas", "ORG", "Hamas"), ("Tehran", "GPE", "Iran")],
        ),
        # a place: "Hamas officials in Beirut"
        (
            ["Hamas", "officials", "in", "Beirut", "met"],
            [1, 4, 1, 2, 4],
            ["compound", "nsubj", "prep", "pobj", "ROOT"],
            [("Hamas", "ORG", "Hamas"), ("Beirut", "GPE", "")],
        ),
        # plain "officials in Beirut" are the state's
        (["officials", "in", "Beirut", "said"], [3, 0, 1, 3], ["nsubj", "prep", "pobj", "ROOT"], [("Beirut", "GPE", "Lebanon")]),
        # "the government in Damascus" is the state
        (["the", "government", "in", "Damascus", "fell"], [1, 4, 1, 2, 4], ["det", "nsubj", "prep", "pobj", "ROOT"], [("Damascus", "GPE", "Syria")]),
        # "Beirut-based" is a place, "Tehran-backed" the state
        (["a", "Beirut", "-", "based", "fellow"], [4, 3, 3, 4, 4], ["det", "npadvmod", "punct", "amod", "ROOT"], [("Beirut", "GPE", "")]),
        (["Tehran", "-", "backed", "groups"], [2, 2, 3, 3], ["npadvmod", "punct", "amod", "ROOT"], [("Tehran", "GPE", "Iran")]),
        # a compound modifier is a place: "the London Marathon"
        (["the", "London", "Marathon", "began"], [2, 2, 3, 3], ["det", "compound", "nsubj", "ROOT"], [("London", "GPE", "")]),
        # ... but before a government noun it is the state: "the Kabul government"
        (["the", "Kabul", "government", "fell"], [2, 2, 3, 3], ["det", "compound", "nsubj", "ROOT"], [("Kabul", "GPE", "Afghanistan")]),
        # after "for" on a noun of support it is the state (actors.v30) ...
        (["support", "for", "Damascus", "waned"], [3, 0, 1, 3], ["nsubj", "prep", "pobj", "ROOT"], [("Damascus", "GPE", "Syria")]),
        # ... not after "for" on another noun: "the battle for Kabul"
        (["the", "battle", "for", "Kabul", "ended"], [1, 4, 1, 2, 4], ["det", "nsubj", "prep", "pobj", "ROOT"], [("Kabul", "GPE", "")]),
    ],
)
def test_actors_linking_seats_by_role(linker, words, heads, deps, expected):
    assert linked(linker, words, heads=heads, deps=deps) == expected


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        # longest match: not Islamic Jihad of Hezbollah
        (["Palestinian", "Islamic", "Jihad", "said"], ["O", "B-ORG", "I-ORG", "O"], [("Palestinian Islamic Jihad", "ORG", "Palestinian Islamic Jihad")]),
        (["Islamic", "Jihad", "said"], ["B-ORG", "I-ORG", "O"], [("Islamic Jihad", "ORG", "Palestinian Islamic Jihad")]),
        # spellings of one alias: "Corps Quds Force" and "Corps-Quds Force"
        (["the", "Islamic", "Revolutionary", "Guard", "Corps", "-", "Quds", "Force"], None, [("Islamic Revolutionary Guard Corps-Quds Force", "ORG", "Quds Force")]),
        (["the", "Iranian", "Revolutionary", "Guards", "Quds", "Force"], ["O", "B-NORP", "B-ORG", "I-ORG", "I-ORG", "I-ORG"], [("Iranian Revolutionary Guards Quds Force", "ORG", "Quds Force")]),
        # acronyms are case-sensitive, other forms need their capitals
        (["PIJ", "fighters"], None, [("PIJ", "ORG", "Palestinian Islamic Jihad")]),
        # short forms of armed groups and their units
        (["Qassam", "fighters", "attacked"], ["B-PERSON", "O", "O"], [("Qassam", "ORG", "Al-Qassam Brigades")]),
        (["Nujaba", "leaders", "met"], ["B-GPE", "O", "O"], [("Nujaba", "ORG", "Harakat Hezbollah al-Nujaba")]),
        (["branches", "of", "Al", "-", "Qard", "Al", "-", "Hassan"], ["O", "O", "B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "I-PERSON"], [("Al-Qard Al-Hassan", "ORG", "Al-Qard Al-Hassan")]),
        (["the", "Africa", "Corps", "and", "Wagner"], None, [("Africa Corps", "ORG", "Africa Corps"), ("Wagner", "ORG", "Wagner Group")]),
        # ... but not a lower-case word of the same letters
        (["the", "nujaba", "of", "the", "town"], None, []),
        (["a", "turkey", "dinner"], None, []),
        (["an", "Islamic", "state", "of", "mind"], None, []),
        (["REUTERS", "reported"], None, [("REUTERS", "ORG", "Reuters")]),
        (["the", "axis", "of", "resistance", "grew"], None, [("axis of resistance", "ORG", "Axis of Resistance")]),
        # a longer model name keeps the name inside it
        (["the", "Carnegie", "Middle", "East", "Center"], ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG"], [("Carnegie Middle East Center", "ORG", "Carnegie Middle East Center")]),
        (["the", "Hamas", "Political", "Bureau"], ["O", "B-ORG", "I-ORG", "I-ORG"], [("Hamas Political Bureau", "ORG", "Hamas Political Bureau")]),
        # demonyms name the state; non-actor groups and places name none
        (["Iranian", "and", "Palestinian", "officials"], ["B-NORP", "O", "B-NORP", "O"], [("Iranian", "NORP", "Iran"), ("Palestinian", "NORP", "")]),
        (["in", "the", "Gaza", "Strip"], ["O", "B-GPE", "I-GPE", "I-GPE"], [("Gaza Strip", "GPE", "")]),
        # unknown organisations keep their text, unknown places no actor
        (["the", "Sentinel", "Drone", "Watch", "said"], ["O", "B-ORG", "I-ORG", "I-ORG", "O"], [("Sentinel Drone Watch", "ORG", "Sentinel Drone Watch")]),
        (["in", "Jabalpur"], ["O", "B-GPE"], [("Jabalpur", "GPE", "")]),
        # the model's entities of other labels keep the names inside them
        (["five", "US", "dollars"], ["B-MONEY", "I-MONEY", "I-MONEY"], [("five US dollars", "MONEY", "")]),
        (["the", "Iraq", "War", "ended"], ["B-EVENT", "I-EVENT", "I-EVENT", "O"], [("the Iraq War", "EVENT", "")]),
        (["speaks", "French"], ["O", "B-LANGUAGE"], [("French", "LANGUAGE", "")]),
    ],
)
def test_actors_linking_gazetteer_and_model(linker, words, ents, expected):
    assert linked(linker, words, ents) == expected


def test_actors_linking_trims_a_leading_preposition(linker):
    words = ["Beyond", "Gaza", ",", "groups", "fight"]
    pos = ["ADP", "PROPN", "PUNCT", "NOUN", "VERB"]
    assert linked(linker, words, ["B-PERSON", "I-PERSON", "O", "O", "O"], pos=pos) == [("Gaza", "GPE", "")]


def test_actors_linking_malformed_model_span_loses_to_names(linker):
    words = ["The", "Wagner", "Group", "Said", "to", "Have", "Armed", "Hamas"]
    pos = ["DET", "PROPN", "PROPN", "VERB", "PART", "AUX", "VERB", "PROPN"]
    ents = ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O"]
    assert linked(linker, words, ents, pos=pos) == [("Wagner Group", "ORG", "Wagner Group"), ("Hamas", "ORG", "Hamas")]


def test_actors_linking_malformed_entity_of_another_label_keeps_no_name(linker):
    words, pos = ["Hezbollah", "Keeps", "Firing"], ["PROPN", "VERB", "VERB"]
    assert linked(linker, words, ["B-PRODUCT", "I-PRODUCT", "O"], pos=pos) == [("Hezbollah", "ORG", "Hezbollah")]


def test_actors_linking_offices_name_their_actor(linker):
    assert linked(linker, ["the", "Kremlin", "said"]) == [("Kremlin", "ORG", "Russia")]
    assert linked(linker, ["the", "Pentagon", "said"]) == [("Pentagon", "ORG", "United States Department of Defense")]
    assert linked(linker, ["a", "speech", "at", "the", "White", "House"]) == [("White House", "ORG", "")]


def test_actors_linking_no_seat_inside_a_longer_unknown_name(linker):
    pos = ["DET", "PROPN", "PROPN", "PROPN", "VERB"]
    assert linked(linker, ["the", "Paris", "Climate", "Accord", "failed"], pos=pos) == []


def test_actors_linking_a_sentence_full_of_names_is_no_headline(linker):
    words = ["Kokesh", "ran", "for", "US", "Congress", "in", "New", "Mexico"]
    ents = ["B-PERSON", "O", "O", "B-ORG", "I-ORG", "O", "B-GPE", "I-GPE"]
    pos = ["PROPN", "VERB", "ADP", "PROPN", "PROPN", "ADP", "PROPN", "PROPN"]
    heads = [1, 1, 1, 4, 2, 1, 7, 5]
    deps = ["nsubj", "ROOT", "prep", "compound", "pobj", "prep", "compound", "pobj"]
    assert linked(linker, words, ents, pos=pos, heads=heads, deps=deps) == [
        ("Kokesh", "PERSON", "Kokesh"),
        ("US Congress", "ORG", "US Congress"),
        ("New Mexico", "GPE", ""),
    ]


def test_actors_linking_no_non_actor_word_as_a_surname(linker):
    pos = ["DET", "NOUN", "PROPN", "PROPN", "VERB", "NOUN"]
    assert linked(linker, ["the", "actress", "Qandeel", "Baloch", "made", "videos"], pos=pos) == []
    assert linked(linker, ["the", "Baloch", "live", "here"], pos=["DET", "PROPN", "VERB", "ADV"]) == [("Baloch", "NORP", "")]


def test_actors_linking_nothing_in_boilerplate(linker):
    doc = doc_of(["Hamas", "fired", ".", "Read", "about", "Hezbollah"], ents=["O", "O", "O", "O", "O", "B-ORG"])
    doc.spans["boilerplate"] = [doc[3:6]]
    doc.ents = []  # boilerplate_filter ran before the linker
    assert [(e.text, e.kb_id_) for e in linker(doc).ents] == [("Hamas", "Hamas")]


def test_actors_linking_records_the_rule(linker):
    doc = linker(doc_of(["the", "Wagner", "Group", "and", "Acme", "met"], ents=["B-ORG", "I-ORG", "I-ORG", "O", "B-ORG", "O"]))
    assert [(e.text, e.id_) for e in doc.ents] == [("Wagner Group", "gazetteer"), ("Acme", "model")]


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        # a later surname maps to the full name, and a misread one becomes a person
        (
            ["Ramzy", "Baroud", "said", "so", ".", "Later", "Baroud", "added", "."],
            ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "B-GPE", "O", "O"],
            [("Ramzy Baroud", "PERSON", "Ramzy Baroud"), ("Baroud", "PERSON", "Ramzy Baroud")],
        ),
        # a person the gazetteer knows gets its canonical name, whatever the article's spelling
        (
            ["Bashar", "al", "Assad", "ruled", ".", "Assad", "fled"],
            ["B-PERSON", "I-PERSON", "I-PERSON", "O", "O", "O", "O"],
            [("Bashar al Assad", "PERSON", "Bashar al-Assad"), ("Assad", "PERSON", "Bashar al-Assad")],
        ),
        (["Biden", "spoke"], ["B-PERSON", "O"], [("Biden", "PERSON", "Joe Biden")]),
        # (its accents as the article writes them since actors.v29: tests/test_actors_r27ref.py)
        (["Erdogan", "spoke"], ["B-PERSON", "O"], [("Erdogan", "PERSON", "Recep Tayyip Erdogan")]),
        # a person it does not know keeps the article's form: alone as written, else the fullest
        (["Kettleworth", "spoke"], ["B-PERSON", "O"], [("Kettleworth", "PERSON", "Kettleworth")]),
        # a known surname maps only to full names of the same person
        (
            ["Mary", "Trump", "and", "Donald", "Trump", "met", ".", "Trump", "spoke"],
            ["B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "O"],
            [("Mary Trump", "PERSON", "Mary Trump"), ("Donald Trump", "PERSON", "Donald Trump"), ("Trump", "PERSON", "Donald Trump")],
        ),
        # "<Name>, who ..." is a person, in every mention
        (
            ["Ghattas", ",", "who", "is", "a", "fellow", ",", "spoke", ".", "Ghattas", "said", "."],
            ["B-ORG", "O", "O", "O", "O", "O", "O", "O", "O", "B-ORG", "O", "O"],
            [("Ghattas", "PERSON", "Ghattas"), ("Ghattas", "PERSON", "Ghattas")],
        ),
        # one stray person span does not turn a city into a person
        (
            ["Greater", "Melbourne", "grew", ".", "Melbourne", "voted", ",", "Melbourne", "won", "and", "Melbourne", "paid"],
            ["B-PERSON", "I-PERSON", "O", "O", "B-GPE", "O", "O", "B-GPE", "O", "O", "B-GPE", "O"],
            [("Greater Melbourne", "PERSON", "Greater Melbourne")] + [("Melbourne", "GPE", "")] * 3,
        ),
        # the model's PERSON reading of a gazetteer name counts as evidence
        (
            ["Michael", "Bloomberg", "ran", ".", "Bloomberg", "won", "and", "Bloomberg", "lost"],
            ["B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "O", "O", "B-PERSON", "O"],
            [("Michael Bloomberg", "PERSON", "Michael Bloomberg")] + [("Bloomberg", "PERSON", "Michael Bloomberg")] * 2,
        ),
        (["Bloomberg", "reported", "it"], ["B-PERSON", "O", "O"], [("Bloomberg", "ORG", "Bloomberg")]),
        # a name used as a place is no surname
        (
            ["Sultan", "Kudarat", "spoke", ".", "A", "quake", "hit", "in", "Kudarat"],
            ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O", "B-GPE"],
            [("Sultan Kudarat", "PERSON", "Sultan Kudarat"), ("Kudarat", "GPE", "")],
        ),
        # "City, State" is a place, not the surname of someone else
        (
            ["Greg", "Allen", "spoke", ".", "He", "lives", "in", "Plano", "near", "Allen", ",", "Texas"],
            ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "B-GPE", "O", "B-GPE", "O", "B-GPE"],
            [("Greg Allen", "PERSON", "Greg Allen"), ("Plano", "GPE", ""), ("Allen", "GPE", ""), ("Texas", "GPE", "")],
        ),
        # a hyphenated surname is the person named in full, however the model tagged its parts
        (
            ["Amira", "Haddad", "-", "Croft", "spoke", ".", "Haddad", "-", "Croft", "left"],
            ["B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O", "O", "B-NORP", "O", "O", "O"],
            [("Amira Haddad-Croft", "PERSON", "Amira Haddad-Croft"), ("Haddad-Croft", "PERSON", "Amira Haddad-Croft")],
        ),
        (
            ["Amira", "Haddad", "-", "Croft", "spoke", ".", "Haddad", "-", "Croft", "left"],
            ["B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O", "O", "O", "O", "B-PERSON", "O"],
            [("Amira Haddad-Croft", "PERSON", "Amira Haddad-Croft"), ("Haddad-Croft", "PERSON", "Amira Haddad-Croft")],
        ),
        # ... but not a piece of another compound, nor a part of a longer name
        (
            ["Amira", "Haddad", "-", "Croft", "spoke", ".", "Haddad", "-", "Croft", "-", "Lee", "left"],
            ["B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O", "O", "O"],
            [("Amira Haddad-Croft", "PERSON", "Amira Haddad-Croft")],
        ),
        # a first name is no surname: "Israel" stays the state
        (
            ["Israel", "Katz", "said", "Israel", "won"],
            ["B-PERSON", "I-PERSON", "O", "B-GPE", "O"],
            [("Israel Katz", "PERSON", "Israel Katz"), ("Israel", "GPE", "Israel")],
        ),
    ],
)
def test_actors_linking_person_names(linker, words, ents, expected):
    assert linked(linker, words, ents) == expected


def test_actors_linking_who_after_a_preposition_is_about_its_head(linker):
    words = ["someone", "on", "Conception", ",", "who", "survived", ",", "spoke"]
    heads = [7, 0, 1, 0, 5, 0, 7, 7]
    deps = ["nsubj", "prep", "pobj", "punct", "nsubj", "relcl", "punct", "ROOT"]
    pos = ["PRON", "ADP", "PROPN", "PUNCT", "PRON", "VERB", "PUNCT", "VERB"]
    ents = ["O", "O", "B-ORG", "O", "O", "O", "O", "O"]
    assert linked(linker, words, ents, heads=heads, deps=deps, pos=pos) == [("Conception", "ORG", "Conception")]


def test_actors_linking_info_for_the_table_writer(linker):
    info = linker.info("Quds Force")
    assert (info.name, info.qid, info.type, info.parent) == ("Quds Force", None, "armed_group", "Islamic Revolutionary Guard Corps")
    assert linker.info("Bashar Assad").qid == "Q44329"
    assert linker.info("Sentinel Drone Watch") is None


def test_actors_linking_survives_serialisation(linker, tmp_path):
    linker.to_disk(tmp_path)
    nlp = spacy.blank("en", vocab=make_doc(["x"]).vocab)
    again = nlp.add_pipe("actor_linker").from_disk(tmp_path)
    assert again.version == linker.version
    assert linked(again, ["PIJ", "fighters"]) == [("PIJ", "ORG", "Palestinian Islamic Jihad")]


@pytest.mark.lenient
def test_actors_linking_a_failing_doc_keeps_its_model_entities(linker, monkeypatch):
    def broken(doc, matcher):
        raise RuntimeError("rule bug")

    monkeypatch.setattr("pipeline.components.actors.link_entities", broken)
    doc = linker(doc_of(["Hamas", "said"], ents=["B-ORG", "O"]))
    assert [e.text for e in doc.ents] == ["Hamas"]
    assert "rule bug" in doc._.skipped[0]


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        # titles and ranks are no part of a person's name
        (
            ["Staff", "Sergeant", "Owen", "Pritchard", "spoke"],
            ["O", "B-PERSON", "I-PERSON", "I-PERSON", "O"],
            [("Owen Pritchard", "PERSON", "Owen Pritchard")],
        ),
        (["Dr.", "Amal", "Haddad", "spoke"], ["B-PERSON", "I-PERSON", "I-PERSON", "O"], [("Amal Haddad", "PERSON", "Amal Haddad")]),
        # an occupation opening the sentence, tagged with the name
        (["Broadcaster", "Amal", "Haddad", "spoke"], ["B-PERSON", "I-PERSON", "I-PERSON", "O"], [("Amal Haddad", "PERSON", "Amal Haddad")]),
        # a title-like word inside or after the name stays ("John Major")
        (["John", "Major", "spoke"], ["B-PERSON", "I-PERSON", "O"], [("John Major", "PERSON", "John Major")]),
    ],
)
def test_actors_linking_titles_out_of_person_names(linker, words, ents, expected):
    assert linked(linker, words, ents) == expected


SAYS_AS_APPOSITIVE = ["A", "fellow", "at", "the", "Forum", ",", "Noor", "Haddad", ",", "says", "it", "failed"]


@pytest.mark.parametrize(
    ("words", "ents", "parse", "expected"),
    [
        # set off by commas right before a speech verb
        (
            SAYS_AS_APPOSITIVE,
            ["O", "O", "O", "O", "B-ORG", "O", "B-ORG", "I-ORG", "O", "O", "O", "O"],
            {"lemmas": [w.lower() if w != "says" else "say" for w in SAYS_AS_APPOSITIVE]},
            [("Forum", "ORG", "Forum"), ("Noor Haddad", "PERSON", "Noor Haddad")],
        ),
        # ... not with an organisation word
        (
            ["Then", "the", "Zawiya", "Brigades", ",", "says", "Ali"],
            ["O", "O", "B-ORG", "I-ORG", "O", "O", "B-PERSON"],
            {"lemmas": ["then", "the", "zawiya", "brigades", ",", "say", "ali"]},
            [("Zawiya Brigades", "ORG", "Zawiya Brigades"), ("Ali", "PERSON", "Ali")],
        ),
        # the subject of a speech verb with a personal pronoun after it
        (
            ["Noor", "Haddad", "said", "it", "failed", ".", "She", "left", "."],
            ["B-ORG", "I-ORG", "O", "O", "O", "O", "O", "O", "O"],
            {
                "heads": [1, 2, 2, 4, 2, 2, 7, 7, 7],
                "deps": ["compound", "nsubj", "ROOT", "nsubj", "ccomp", "punct", "nsubj", "ROOT", "punct"],
                "lemmas": ["noor", "haddad", "say", "it", "fail", ".", "she", "leave", "."],
            },
            [("Noor Haddad", "PERSON", "Noor Haddad")],
        ),
        # ... and without one, an organisation stays one
        (
            ["Morgan", "Stanley", "said", "it", "failed", "."],
            ["B-ORG", "I-ORG", "O", "O", "O", "O"],
            {
                "heads": [1, 2, 2, 4, 2, 2],
                "deps": ["compound", "nsubj", "ROOT", "nsubj", "ccomp", "punct"],
                "lemmas": ["morgan", "stanley", "say", "it", "fail", "."],
            },
            [("Morgan Stanley", "ORG", "Morgan Stanley")],
        ),
    ],
)
def test_actors_linking_a_name_that_speaks_as_a_person(linker, words, ents, parse, expected):
    assert linked(linker, words, ents, **parse) == expected


_MAYOR = ["Usman", "Khan", "fled", ".", "Then", "Mayor", "Sadiq", "Khan", "spoke", "."]
_MAYOR_HEADS = [1, 2, 2, 2, 8, 7, 7, 8, 8, 8]


@pytest.mark.parametrize(
    ("given", "pos", "dep", "expected"),
    [
        # a first name the model left out of a one-word name: another person than "Usman Khan"
        ("Sadiq", "PROPN", "compound", ("Sadiq Khan", "PERSON", "Sadiq Khan")),
        # a title is no first name: the surname stays the person named in full
        ("Senator", "PROPN", "compound", ("Khan", "PERSON", "Usman Khan")),
        # a common noun neither
        ("deputy", "NOUN", "compound", ("Khan", "PERSON", "Usman Khan")),
    ],
)
def test_actors_linking_first_name_the_model_left_out(linker, given, pos, dep, expected):
    words = [*_MAYOR[:6], given, *_MAYOR[7:]]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "B-PERSON", "O", "O"]
    poses = ["PROPN", "PROPN", "VERB", "PUNCT", "ADV", "PROPN", pos, "PROPN", "VERB", "PUNCT"]
    deps = ["compound", "nsubj", "ROOT", "punct", "advmod", "compound", dep, "nsubj", "ROOT", "punct"]
    found = linked(linker, words, ents, heads=_MAYOR_HEADS, deps=deps, pos=poses)
    assert found[-1] == expected


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # Ana Rudd won. Rudd spoke.: the surname the model left untagged is the person
        ([("Rudd", "PROPN", 5, "nsubj"), ("spoke", "VERB", 5, "ROOT")], [("Rudd", "PERSON", "Ana Rudd")]),
        # ... Rudd Park opened.: part of a longer capitalised name
        ([("Rudd", "PROPN", 5, "compound"), ("Park", "PROPN", 6, "nsubj"), ("opened", "VERB", 6, "ROOT")], []),
        # ... Rudd voters spoke.: a word modifying the noun after it
        ([("Rudd", "PROPN", 5, "compound"), ("voters", "NOUN", 6, "nsubj"), ("spoke", "VERB", 6, "ROOT")], []),
    ],
)
def test_actors_linking_untagged_surname_of_a_person_named_in_full(linker, second, expected):
    rows = [("Ana", "PROPN", 1, "compound"), ("Rudd", "PROPN", 2, "nsubj"), ("won", "VERB", 2, "ROOT"),
            (".", "PUNCT", 2, "punct"), *second, (".", "PUNCT", 3 + len(second), "punct")]
    words, poses, heads, deps = (list(col) for col in zip(*rows))
    ents = ["B-PERSON", "I-PERSON", *(["O"] * (len(rows) - 2))]
    assert linked(linker, words, ents, heads=heads, deps=deps, pos=poses)[1:] == expected


@pytest.mark.parametrize("dashes", ["--", "–-"])
def test_actors_linking_a_token_of_hyphens_inside_an_entity(linker, dashes):
    # general news writes "--" for a dash; the model may tag it inside a name. The
    # Doc is linked (no unit skipped) and the name on either side keeps its actor.
    doc = linker(make_doc(["Iran", dashes, "Hamas", "met"], ents=["B-ORG", "I-ORG", "I-ORG", "O"]))
    assert doc._.skipped is None
    assert [t.text for t in doc][1] == dashes
    assert ("Iran", "Iran") in [(e.text, e.kb_id_) for e in doc.ents]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        # a possessive without its apostrophe names the actor
        (["Pakistans", "army", "chief", "spoke"], [("Pakistans", "GPE", "Pakistan")]),
        (["the", "Kremlins", "envoy"], [("Kremlins", "ORG", "Russia")]),
        # not before a stop word or a verb, and never a word that is a form itself
        (["two", "Pakistans", "and", "more"], []),
        # a plural that is a name of its own is that name ("the Americas", not America's)
        (["the", "Americas", "region"], [("Americas", "LOC", "")]),
        (["Americans", "voted"], [("Americans", "NORP", "United States")]),
    ],
)
def test_actors_linking_possessive_without_apostrophe(linker, words, expected):
    assert linked(linker, words) == expected


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        # a known name in a spelling the case rules refuse is still that actor
        (["the", "European", "union", "said"], ["O", "B-ORG", "I-ORG", "O"], [("European union", "ORG", "European Union")]),
        # accents do not matter to the match (the name is spelled as the article spells it: actors.v29)
        (["Erdogan", "and", "Recep", "Tayyip", "Erdogan"], None,
         [("Erdogan", "PERSON", "Recep Tayyip Erdogan"), ("Recep Tayyip Erdogan", "PERSON", "Recep Tayyip Erdogan")]),
        # an unknown organisation keeps its text
        (["the", "Kettleworth", "Trust", "said"], ["O", "B-ORG", "I-ORG", "O"], [("Kettleworth Trust", "ORG", "Kettleworth Trust")]),
        # two gangs of Haiti, not one (actors.v33)
        (["the", "Gran", "Grif", "gang", "and", "the", "Grand", "Ravine", "gang"], None,
         [("Gran Grif gang", "ORG", "Gran Grif"), ("Grand Ravine gang", "ORG", "Grand Ravine gang")]),
    ],
)
def test_actors_linking_known_names_get_canonical_actors(linker, words, ents, expected):
    assert linked(linker, words, ents) == expected


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        # a time zone, a disease, a platform, a policy the model took for an organisation: no entity
        (["at", "09:00", "UTC", "."], ["O", "B-TIME", "O", "O"], [("09:00", "TIME", "")]),
        (["spoke", "at", "noon", "UTC", "."], ["O", "O", "O", "B-ORG", "O"], []),
        # a time zone written in capitals matches only so: "the West" is a place
        (["enemies", "of", "the", "West", "."], ["O", "O", "O", "B-LOC", "O"], [("West", "LOC", "")]),
        (["the", "COVID-19", "pandemic"], ["O", "B-ORG", "O"], []),
        (["posted", "on", "Twitter", "."], ["O", "O", "B-ORG", "O"], []),
        (["opposed", "Brexit", "."], ["O", "B-ORG", "O"], []),
        # the model's "10:00 UTC" keeps the time zone
        (["at", "10:00", "UTC"], ["O", "B-TIME", "I-TIME"], [("10:00 UTC", "TIME", "")]),
        # an event or a product keeps its label and names no actor
        (["during", "Ramadan", "."], ["O", "B-ORG", "O"], [("Ramadan", "EVENT", "")]),
        (["bought", "an", "iPhone"], ["O", "O", "B-ORG"], [("iPhone", "PRODUCT", "")]),
        # a tracking or navigation system, a species: the model's label, no actor; no entity where the model saw
        # none (label: model, actors.v14)
        (["its", "AIS", "transponder", "was", "off"], ["O", "B-ORG", "O", "O", "O"], [("AIS", "ORG", "")]),
        (["its", "AIS", "transponder", "was", "off"], None, []),
        (["the", "Automatic", "Identification", "System", "showed"], ["O", "B-ORG", "I-ORG", "I-ORG", "O"],
         [("Automatic Identification System", "ORG", "")]),
        (["jammed", "GPS", "and", "ADS", "-", "B", "signals"], ["O", "B-ORG", "O", "B-ORG", "I-ORG", "I-ORG", "O"],
         [("GPS", "ORG", ""), ("ADS-B", "ORG", "")]),
        (["tools", "made", "by", "Neanderthals", "."], ["O", "O", "O", "B-NORP", "O"], [("Neanderthals", "NORP", "")]),
        (["Neandertals", "and", "Homo", "sapiens", "met"], ["B-ORG", "O", "B-ORG", "I-ORG", "O"],
         [("Neandertals", "ORG", ""), ("Homo sapiens", "ORG", "")]),
        # ... and keeps the model's span inside the name (the model's "Homo" of "Homo sapiens")
        (["Homo", "sapiens", "spread"], ["B-ORG", "O", "O"], [("Homo", "ORG", "")]),
        # traps: a word that only contains such a name, and an actor beside one, stay as they are
        (["the", "Aisling", "Trust", "said"], ["O", "B-ORG", "I-ORG", "O"], [("Aisling Trust", "ORG", "Aisling Trust")]),
        (["Hamas", "used", "GPS"], ["B-ORG", "O", "B-ORG"], [("Hamas", "ORG", "Hamas"), ("GPS", "ORG", "")]),
        # the Sun is a natural object; a newspaper named after it keeps its name
        (["hotter", "than", "the", "Sun", "."], ["O", "O", "O", "B-ORG", "O"], [("Sun", "ORG", "")]),
        (["the", "Dunmore", "Sun", "reported"], ["O", "B-ORG", "I-ORG", "O"], [("Dunmore Sun", "ORG", "Dunmore Sun")]),
    ],
)
def test_actors_linking_non_actors_by_type(linker, words, ents, expected):
    assert linked(linker, words, ents) == expected


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        # a name ending in a policy, law or agreement word is a document, not an actor (document_heads)
        (["endorsed", "the", "Blue", "Ocean", "Deal", "."], ["O", "O", "B-ORG", "I-ORG", "I-ORG", "O"],
         [("Blue Ocean Deal", "LAW", "")]),
        (["signed", "the", "Lisbon", "Water", "Accord"], ["O", "O", "B-ORG", "I-ORG", "I-ORG"],
         [("Lisbon Water Accord", "LAW", "")]),
        # a gazetteer name ending so stays its actor; an organisation with another head stays an actor
        (["the", "World", "Food", "Programme", "said"], ["O", "B-ORG", "I-ORG", "I-ORG", "O"],
         [("World Food Programme", "ORG", "World Food Programme")]),
        (["the", "Blue", "Ocean", "Party", "said"], ["O", "B-ORG", "I-ORG", "I-ORG", "O"],
         [("Blue Ocean Party", "ORG", "Blue Ocean Party")]),
    ],
)
def test_actors_linking_document_names_are_no_actors(linker, words, ents, expected):
    assert linked(linker, words, ents) == expected


# "the star AB Aurigae": a kind noun before a name, in compound or apposition, says what the name names
# (kind_nouns in linking.yaml, actors.v14): the model's span and label, no actor. Words, heads, deps, entities.
_KIND_CASES = [
    # compound: "the star Velka Orionis brightened" -> a star (LOC), no actor
    ((["the", "star", "Velka", "Orionis", "brightened"], [3, 3, 3, 4, 4], ["det", "compound", "compound", "nsubj", "ROOT"],
      ["O", "O", "B-ORG", "I-ORG", "O"]), [("Velka Orionis", "ORG", "")]),
    # apposition: "the tanker Marisol Dawn sank" -> a vessel (PRODUCT)
    ((["the", "tanker", "Marisol", "Dawn", "sank"], [1, 4, 3, 1, 4], ["det", "nsubj", "compound", "appos", "ROOT"],
      ["O", "O", "B-ORG", "I-ORG", "O"]), [("Marisol Dawn", "ORG", "")]),
    # a two-word kind noun, a PERSON-tagged storm, a software name tagged ORG
    ((["the", "cargo", "ship", "Brenna", "docked"], [2, 2, 4, 2, 4], ["det", "compound", "nsubj", "appos", "ROOT"],
      ["O", "O", "O", "B-PERSON", "O"]), [("Brenna", "PERSON", "")]),
    ((["the", "hurricane", "Odalys", "weakened"], [2, 2, 3, 3], ["det", "compound", "nsubj", "ROOT"],
      ["O", "O", "B-PERSON", "O"]), [("Odalys", "PERSON", "")]),
    ((["they", "forked", "the", "software", "Quillnote"], [1, 1, 4, 4, 1], ["nsubj", "ROOT", "det", "compound", "dobj"],
      ["O", "O", "O", "O", "B-ORG"]), [("Quillnote", "ORG", "")]),
    # the article's other mentions of the name follow its introduction
    ((["the", "planet", "Teravin", "b", "orbits", ".", "Teravin", "b", "is", "hot"],
      [3, 3, 3, 4, 4, 4, 7, 8, 8, 8], ["det", "compound", "compound", "nsubj", "ROOT", "punct", "compound", "nsubj", "ROOT", "acomp"],
      ["O", "O", "B-ORG", "I-ORG", "O", "O", "B-ORG", "I-ORG", "O", "O"]),
     [("Teravin b", "ORG", ""), ("Teravin b", "ORG", "")]),
    # traps: groups, militias, parties, countries and newspapers named so are actors
    ((["the", "group", "Hamas", "said"], [1, 3, 1, 3], ["det", "nsubj", "appos", "ROOT"],
      ["O", "O", "B-ORG", "O"]), [("Hamas", "ORG", "Hamas")]),
    ((["the", "militia", "Kessler", "Front", "fired"], [1, 4, 3, 1, 4], ["det", "nsubj", "compound", "appos", "ROOT"],
      ["O", "O", "B-ORG", "I-ORG", "O"]), [("Kessler Front", "ORG", "Kessler Front")]),
    ((["the", "party", "Harbor", "Union", "won"], [3, 3, 3, 4, 4], ["det", "compound", "compound", "nsubj", "ROOT"],
      ["O", "O", "B-ORG", "I-ORG", "O"]), [("Harbor Union", "ORG", "Harbor Union")]),
    ((["the", "newspaper", "Valley", "Courier", "reported"], [1, 4, 3, 1, 4], ["det", "nsubj", "compound", "appos", "ROOT"],
      ["O", "O", "B-ORG", "I-ORG", "O"]), [("Valley Courier", "ORG", "Valley Courier")]),
    # traps: a name that starts a relative clause after the noun ("the vessel Oskarland seized"), a noun that is
    # no kind of thing ("the operator Brightwave"), a known actor after a kind noun, people called stars
    ((["the", "vessel", "Oskarland", "seized", "sank"], [1, 4, 3, 1, 4], ["det", "nsubj", "nsubj", "relcl", "ROOT"],
      ["O", "O", "B-GPE", "O", "O"]), [("Oskarland", "GPE", "")]),
    ((["the", "vessel", "Brightwave", "Marine", "owns"], [1, 4, 3, 4, 4], ["det", "dobj", "compound", "nsubj", "ROOT"],
      ["O", "O", "B-ORG", "I-ORG", "O"]), [("Brightwave Marine", "ORG", "Brightwave Marine")]),
    ((["the", "operator", "Brightwave", "said"], [1, 3, 1, 3], ["det", "nsubj", "appos", "ROOT"],
      ["O", "O", "B-ORG", "O"]), [("Brightwave", "ORG", "Brightwave")]),
    ((["the", "drone", "Hezbollah", "launched"], [1, 3, 1, 3], ["det", "nsubj", "appos", "ROOT"],
      ["O", "O", "B-ORG", "O"]), [("Hezbollah", "ORG", "Hezbollah")]),
    ((["the", "star", "Dana", "Kovac", "sang"], [3, 3, 3, 4, 4], ["det", "compound", "compound", "nsubj", "ROOT"],
      ["O", "O", "B-PERSON", "I-PERSON", "O"]), [("Dana Kovac", "PERSON", "Dana Kovac")]),
    ((["the", "pop", "star", "Velvetine", "sang"], [3, 2, 3, 4, 4], ["det", "compound", "compound", "nsubj", "ROOT"],
      ["O", "O", "O", "B-ORG", "O"]), [("Velvetine", "ORG", "Velvetine")]),
]


@pytest.mark.parametrize(("doc", "expected"), _KIND_CASES)
def test_actors_linking_kind_noun_names_no_actor(linker, doc, expected):
    words, heads, deps, ents = doc
    assert linked(linker, words, ents, heads=heads, deps=deps) == expected


def test_actors_gazetteer_non_actor_types_are_data(linker):
    from pipeline.actors.gazetteer import load_gazetteer_data

    types = {g["type"] for g in load_gazetteer_data(ACTORS)["non_actors"]}
    assert {"time_zone", "disease", "platform", "product", "event", "policy", "currency", "technology", "species"} <= types


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        # an acronym the article defines names its definition's actor, in every mention
        (
            ["the", "Kettleworth", "Rail", "Trust", "(", "KRT", ")", "said", ".", "KRT", "won"],
            ["O", "B-ORG", "I-ORG", "I-ORG", "O", "B-ORG", "O", "O", "O", "B-ORG", "O"],
            [("Kettleworth Rail Trust", "ORG", "Kettleworth Rail Trust"), ("KRT", "ORG", "Kettleworth Rail Trust"),
             ("KRT", "ORG", "Kettleworth Rail Trust")],
        ),
        # ... also when the expansion follows the acronym in brackets
        (
            ["for", "KRT", "(", "Kettleworth", "Rail", "Trust", ")", ".", "KRT", "won"],
            ["O", "B-ORG", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "B-ORG", "O"],
            [("KRT", "ORG", "Kettleworth Rail Trust"), ("Kettleworth Rail Trust", "ORG", "Kettleworth Rail Trust"),
             ("KRT", "ORG", "Kettleworth Rail Trust")],
        ),
        # ... and when the definition is no entity ("the left caudal nucleus"), the acronym is none either
        (
            ["the", "left", "caudal", "nucleus", "(", "LCN", ")", "grew", ".", "The", "LCN", "shrank"],
            ["O", "O", "O", "O", "O", "B-ORG", "O", "O", "O", "O", "B-ORG", "O"],
            [],
        ),
        # a gazetteer acronym keeps its actor
        (["the", "United", "Nations", "(", "UN", ")"], None, [("United Nations", "ORG", "United Nations"), ("UN", "ORG", "United Nations")]),
        # a one-word organisation inside a person's title is part of the title
        (["Secretary", "of", "State", "Ann", "Kettleworth"], ["O", "O", "B-ORG", "B-PERSON", "I-PERSON"],
         [("Ann Kettleworth", "PERSON", "Ann Kettleworth")]),
    ],
)
def test_actors_linking_defined_acronyms_and_titles(linker, words, ents, expected):
    assert linked(linker, words, ents) == expected


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        # a model span that is only names side by side loses to them
        (["Assad", "Shabiha", "fighters"], ["B-ORG", "I-ORG", "O"],
         [("Assad", "PERSON", "Bashar al-Assad"), ("Shabiha", "ORG", "Shabiha")]),
        (["Assad", "Shabiha", "fighters"], ["B-PERSON", "I-PERSON", "O"],
         [("Assad", "PERSON", "Bashar al-Assad"), ("Shabiha", "ORG", "Shabiha")]),
        # a person's name of two known names stays one person
        (["Hamas", "Assad", "spoke"], ["B-PERSON", "I-PERSON", "O"], [("Hamas Assad", "PERSON", "Hamas Assad")]),
        (["the", "Government", "of", "National", "Accord", ",", "Al", "Arabiya", "said"],
         ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O"],
         [("Government of National Accord", "ORG", "Government of National Accord"), ("Al Arabiya", "ORG", "Al Arabiya")]),
        # a name that qualifies the next one stays inside the model's span
        (["the", "Philippine", "Red", "Cross", "said"], ["O", "B-ORG", "I-ORG", "I-ORG", "O"],
         [("Philippine Red Cross", "ORG", "Philippine Red Cross")]),
        (["the", "Christian", "Democratic", "Party", "won"], ["O", "B-ORG", "I-ORG", "I-ORG", "O"],
         [("Christian Democratic Party", "ORG", "Christian Democratic Party")]),
        # but a name with other words keeps them, and so does a place after a demonym
        (["the", "Kettleworth", "Hezbollah", "Study"], ["O", "B-ORG", "I-ORG", "I-ORG"],
         [("Kettleworth Hezbollah Study", "ORG", "Kettleworth Hezbollah Study")]),
        (["in", "Iraqi", "Kurdistan"], ["O", "B-GPE", "I-GPE"], [("Iraqi Kurdistan", "GPE", "")]),
        # a compound of peoples stays one group
        (["African", "American", "voters"], ["B-NORP", "I-NORP", "O"], [("African American", "NORP", "")]),
    ],
)
def test_actors_linking_a_span_of_names_only(linker, words, ents, expected):
    assert linked(linker, words, ents) == expected


@pytest.mark.parametrize(
    ("words", "heads", "deps", "expected"),
    [
        # a demonym and a noun of the armed-forces class: the state's armed forces, the state stays
        (["the", "Rwandan", "army", "denied", "it"], [2, 2, 3, 3, 3], ["det", "amod", "nsubj", "ROOT", "dobj"],
         [("Rwandan", "NORP", "Rwanda"), ("army", "ORG", "Rwanda Defence Force")]),
        # a state's possessive
        (["Myanmar", "'s", "military", "seized", "power"], [2, 0, 3, 3, 3], ["poss", "case", "nsubj", "ROOT", "dobj"],
         [("Myanmar", "GPE", "Myanmar"), ("military", "ORG", "Tatmadaw")]),
        # an intelligence noun phrase
        (["Pakistani", "intelligence", "agencies", "set", "up", "the", "cell"], [2, 2, 3, 3, 3, 6, 3],
         ["amod", "compound", "nsubj", "ROOT", "prt", "det", "dobj"],
         [("Pakistani", "NORP", "Pakistan"), ("intelligence agencies", "ORG", "Inter-Services Intelligence")]),
        # a leader's force, only with the possessive
        (["Haftar", "'s", "forces", "took", "the", "port"], [2, 0, 3, 3, 5, 3], ["poss", "case", "nsubj", "ROOT", "det", "dobj"],
         [("Haftar", "PERSON", "Khalifa Haftar"), ("forces", "ORG", "Libyan National Army")]),
        # not when the noun modifies the next one
        (["Rwandan", "army", "chiefs", "met"], [2, 2, 3, 3], ["amod", "compound", "nsubj", "ROOT"], [("Rwandan", "NORP", "Rwanda")]),
        (["the", "Rwandan", "military", "budget", "grew"], [3, 3, 3, 4, 4], ["det", "amod", "amod", "nsubj", "ROOT"],
         [("Rwandan", "NORP", "Rwanda")]),
        # not when the name does not modify the noun
        (["Rwanda", "sent", "army", "units"], [1, 1, 3, 1], ["nsubj", "ROOT", "compound", "dobj"], [("Rwanda", "GPE", "Rwanda")]),
        # a state's troops and forces stay the state
        (["Rwandan", "troops", "crossed"], [1, 2, 2], ["amod", "nsubj", "ROOT"], [("Rwandan", "NORP", "Rwanda")]),
        # a state with no armed forces entry keeps the demonym alone
        (["the", "Icelandic", "army", "trained", "them"], [2, 2, 3, 3, 3], ["det", "amod", "nsubj", "ROOT", "dobj"],
         [("Icelandic", "NORP", "Iceland")]),
        # a group's armed wing
        (["Hamas", "'s", "armed", "wing", "fired"], [3, 0, 3, 4, 4], ["poss", "case", "amod", "nsubj", "ROOT"],
         [("Hamas", "ORG", "Hamas"), ("armed wing", "ORG", "Al-Qassam Brigades")]),
        # ... but a group's "army" is no state's institution, and a leader needs the possessive
        (["the", "Hamas", "army", "fired"], [2, 2, 3, 3], ["det", "compound", "nsubj", "ROOT"], [("Hamas", "ORG", "Hamas")]),
        (["Haftar", "forces", "took", "it"], [1, 2, 2, 2], ["compound", "nsubj", "ROOT", "dobj"], [("Haftar", "PERSON", "Khalifa Haftar")]),
    ],
)
def test_actors_linking_owner_institutions(linker, words, heads, deps, expected):
    assert linked(linker, words, heads=heads, deps=deps) == expected


@pytest.mark.parametrize(
    ("words", "heads", "deps", "expected"),
    [
        # "its" + an institution noun: the nearest earlier state's institution of that role ...
        (["Pakistan", "said", "its", "intelligence", "service", "had", "warned"], [1, 1, 4, 4, 6, 6, 1],
         ["nsubj", "ROOT", "poss", "compound", "nsubj", "aux", "ccomp"],
         [("Pakistan", "GPE", "Pakistan"), ("intelligence service", "ORG", "Inter-Services Intelligence")]),
        # ... or the state itself when it has none
        (["Kenya", "said", "its", "intelligence", "service", "had", "warned"], [1, 1, 4, 4, 6, 6, 1],
         ["nsubj", "ROOT", "poss", "compound", "nsubj", "aux", "ccomp"],
         [("Kenya", "GPE", "Kenya"), ("intelligence service", "ORG", "Kenya")]),
        # the sentence before, when the pronoun's own has no actor
        (["Pakistan", "denied", "it", ".", "Its", "army", "said", "so"], [1, 1, 1, 1, 5, 6, 6, 6],
         ["nsubj", "ROOT", "dobj", "punct", "poss", "nsubj", "ROOT", "advmod"],
         [("Pakistan", "GPE", "Pakistan"), ("army", "ORG", "Pakistan Army")]),
        # the nearest actor is no state: "its" may mean it, nothing is added
        (["Kenya", "said", "Hamas", "and", "its", "army", "fought"], [1, 1, 6, 2, 5, 2, 1],
         ["nsubj", "ROOT", "nsubj", "cc", "poss", "conj", "ccomp"],
         [("Kenya", "GPE", "Kenya"), ("Hamas", "ORG", "Hamas")]),
        # ... unless the noun is its kind of institution and the gazetteer knows it
        (["Hamas", "said", "its", "military", "wing", "fired"], [1, 1, 4, 4, 5, 1],
         ["nsubj", "ROOT", "poss", "amod", "nsubj", "ccomp"],
         [("Hamas", "ORG", "Hamas"), ("military wing", "ORG", "Al-Qassam Brigades")]),
        (["Likud", "said", "its", "armed", "wing", "fired"], [1, 1, 4, 4, 5, 1],
         ["nsubj", "ROOT", "poss", "amod", "nsubj", "ccomp"], [("Likud", "ORG", "Likud")]),
    ],
)
def test_actors_linking_its_institution(linker, words, heads, deps, expected):
    assert linked(linker, words, heads=heads, deps=deps) == expected


def test_actors_linking_institutions_record_their_rule(linker):
    doc = linker(doc_of(["the", "Rwandan", "army", "denied", "it"], heads=[2, 2, 3, 3, 3], deps=["det", "amod", "nsubj", "ROOT", "dobj"]))
    assert [(e.text, e.id_) for e in doc.ents] == [("Rwandan", "gazetteer"), ("army", "owner_institution")]


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        # an armed group's name after words of a people or faith only: the group
        (["the", "Shi'a", "-", "Muslim", "Houthi", "rebels"], ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"],
         [("Shi'a", "NORP", ""), ("Muslim", "NORP", ""), ("Houthi", "ORG", "Houthis")]),
        (["the", "Afghan", "Taliban", "said"], ["O", "B-ORG", "I-ORG", "O"], [("Afghan", "NORP", "Afghanistan"), ("Taliban", "ORG", "Taliban")]),
        # a qualifier that is a name of its own stays whole
        (["the", "Pakistani", "Taliban", "said"], ["O", "B-ORG", "I-ORG", "O"], [("Pakistani Taliban", "ORG", "Tehreek-e-Taliban Pakistan")]),
        # other types keep the longer name
        (["the", "Christian", "Democratic", "Party", "won"], ["O", "B-ORG", "I-ORG", "I-ORG", "O"],
         [("Christian Democratic Party", "ORG", "Christian Democratic Party")]),
        # an unknown word before the group's name keeps the model's span
        (["the", "Kettleworth", "Hezbollah", "said"], ["O", "B-ORG", "I-ORG", "O"], [("Kettleworth Hezbollah", "ORG", "Kettleworth Hezbollah")]),
    ],
)
def test_actors_linking_a_qualified_group_is_the_group(linker, words, ents, expected):
    assert linked(linker, words, ents) == expected


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        # a body's name after its state's: the body
        (["the", "U.S.", "Treasury", "Department", "said"], ["O", "B-ORG", "I-ORG", "I-ORG", "O"],
         [("U.S.", "GPE", "United States"), ("Treasury Department", "ORG", "United States Department of the Treasury")]),
        # two names of one actor side by side
        (["the", "Houthi", "Ansar", "Allah", "said"], ["O", "B-ORG", "I-ORG", "I-ORG", "O"],
         [("Houthi", "ORG", "Houthis"), ("Ansar Allah", "ORG", "Houthis")]),
        # another state's name before a body keeps the model's span
        (["the", "Iran", "Treasury", "Department", "said"], ["O", "B-ORG", "I-ORG", "I-ORG", "O"],
         [("Iran Treasury Department", "ORG", "Iran Treasury Department")]),
    ],
)
def test_actors_linking_a_name_qualified_by_its_owner(linker, words, ents, expected):
    assert linked(linker, words, ents) == expected


@pytest.mark.parametrize(
    ("second_first", "expected"),
    [
        ("Anna", "Anna Keller"),  # two people share the surname: the one named in full most recently
        ("John", "Farmer John Keller"),  # the same person again: the longest form of that name
    ],
)
def test_actors_linking_shared_surname_is_the_person_named_most_recently(linker, second_first, expected):
    # Farmer John Keller won. Anna Keller lost. Keller spoke.
    words = ["Farmer", "John", "Keller", "won", ".", second_first, "Keller", "lost", ".", "Keller", "spoke", "."]
    ents = ["B-PERSON", "I-PERSON", "I-PERSON", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "O", "O"]
    heads = [2, 2, 3, 3, 3, 6, 7, 7, 7, 10, 10, 10]
    deps = ["compound", "compound", "nsubj", "ROOT", "punct", "compound", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "punct"]
    pos = ["PROPN", "PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "PUNCT"]
    found = linked(linker, words, ents, heads=heads, deps=deps, pos=pos)
    assert found[0] == ("Farmer John Keller", "PERSON", "Farmer John Keller")
    assert found[-1] == ("Keller", "PERSON", expected)


def test_actors_linking_surname_before_a_second_person_keeps_the_first(linker):
    # John Keller won. Keller spoke. Anna Keller lost.
    words = ["John", "Keller", "won", ".", "Keller", "spoke", ".", "Anna", "Keller", "lost", "."]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "O", "O", "B-PERSON", "I-PERSON", "O", "O"]
    heads = [1, 2, 2, 2, 5, 5, 5, 8, 9, 9, 9]
    deps = ["compound", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "punct", "compound", "nsubj", "ROOT", "punct"]
    pos = ["PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT"]
    found = linked(linker, words, ents, heads=heads, deps=deps, pos=pos)
    assert found[1] == ("Keller", "PERSON", "John Keller")


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        # the model tagged the full name ORG ("Vermont Bernie Sanders") and one use of the surname ORG:
        # the surname is tagged PERSON more often than not and ends a longer name, so it is the person
        (["Vermont", "Ana", "Rudd"], "PERSON"),
        # without a longer name ending in it, the model's ORG stays
        (["Vermont", "voted"], "ORG"),
    ],
)
def test_actors_linking_surname_tagged_org_is_the_person(linker, opening, expected):
    # <opening> . Rudd[ORG] spoke . Rudd[PERSON] left . Rudd[PERSON] won .
    ent_of = {"Vermont": "B-ORG", "Ana": "I-ORG", "Rudd": "I-ORG"} if len(opening) == 3 else {"Vermont": "B-GPE", "voted": "O"}
    words = [*opening, ".", "Rudd", "spoke", ".", "Rudd", "left", ".", "Rudd", "won", "."]
    ents = [ent_of[w] for w in opening] + ["O", "B-ORG", "O", "O", "B-PERSON", "O", "O", "B-PERSON", "O", "O"]
    found = [f for f in linked(linker, words, ents) if f[0] == "Rudd"]
    assert [label for _, label, _ in found] == [expected, "PERSON", "PERSON"]


@pytest.mark.parametrize(("kin", "expected"), [("daughter", "John Keller"), ("rival", "Anna Keller")])
def test_actors_linking_shared_surname_passes_over_a_relative_named_in_passing(linker, kin, expected):
    # John Keller won. His daughter Anna Keller cheered. Keller spoke.
    words = ["John", "Keller", "won", ".", "His", kin, "Anna", "Keller", "cheered", ".", "Keller", "spoke", "."]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "O", "O"]
    heads = [1, 2, 2, 2, 5, 7, 7, 8, 8, 8, 11, 11, 11]
    deps = ["compound", "nsubj", "ROOT", "punct", "poss", "compound", "compound", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "punct"]
    pos = ["PROPN", "PROPN", "VERB", "PUNCT", "PRON", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "PUNCT"]
    found = linked(linker, words, ents, heads=heads, deps=deps, pos=pos)
    assert found[-1] == ("Keller", "PERSON", expected)


def test_actors_linking_shared_surname_goes_to_a_name_ending_in_it(linker):
    # John Keller won. Anna Keller Whitney cheered. Keller spoke.
    words = ["John", "Keller", "won", ".", "Anna", "Keller", "Whitney", "cheered", ".", "Keller", "spoke", "."]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "I-PERSON", "I-PERSON", "O", "O", "B-PERSON", "O", "O"]
    heads = [1, 2, 2, 2, 6, 6, 7, 7, 7, 10, 10, 10]
    deps = ["compound", "nsubj", "ROOT", "punct", "compound", "compound", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "punct"]
    pos = ["PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "PUNCT"]
    assert linked(linker, words, ents, heads=heads, deps=deps, pos=pos)[-1] == ("Keller", "PERSON", "John Keller")


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        # another transliteration of a word in a gazetteer name is the same actor (linking.yaml: spellings)
        (["the", "Hizbullah", "Brigades", "fired"], ["O", "B-ORG", "O", "O"], [("Hizbullah Brigades", "ORG", "Kataib Hezbollah")]),
        (["the", "Qods", "Force", "trained", "them"], None, [("Qods Force", "ORG", "Quds Force")]),
        (["Kataeb", "Hizballah", "denied", "it"], ["B-ORG", "I-ORG", "O", "O"], [("Kataeb Hizballah", "ORG", "Kataib Hezbollah")]),
        (["Hasan", "Nasrullah", "spoke"], ["B-PERSON", "I-PERSON", "O"], [("Hasan Nasrullah", "PERSON", "Hassan Nasrallah")]),
        (["the", "Taleban", "advanced"], None, [("Taleban", "ORG", "Taliban")]),
        # the word alone is no name: a spelling of a first name names nobody of the gazetteer
        (["Mohamad", "Kettleworth", "spoke"], ["B-PERSON", "I-PERSON", "O"], [("Mohamad Kettleworth", "PERSON", "Mohamad Kettleworth")]),
        # a spelling of the group's word alone stays the group it names ("Hizbullah" is Hezbollah, not the Brigades)
        (["Hizbullah", "fighters", "crossed"], None, [("Hizbullah", "ORG", "Hezbollah")]),
    ],
)
def test_actors_linking_spellings_of_a_word_are_one_name(linker, words, ents, expected):
    assert linked(linker, words, ents) == expected


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        # a group's or movement's name after a word of scope only: the group
        (["the", "Global", "Muslim", "Brotherhood", "networks"], ["O", "B-ORG", "I-ORG", "I-ORG", "O"],
         [("Muslim Brotherhood", "ORG", "Muslim Brotherhood")]),
        (["the", "international", "Islamic", "State", "network"], ["O", "B-ORG", "I-ORG", "I-ORG", "O"],
         [("Islamic State", "ORG", "Islamic State")]),
        # other types keep their whole name: a think tank, an outlet
        (["the", "International", "Crisis", "Group", "said"], ["O", "B-ORG", "I-ORG", "I-ORG", "O"],
         [("International Crisis Group", "ORG", "International Crisis Group")]),
        (["the", "Global", "Times", "said"], ["O", "B-ORG", "I-ORG", "O"], [("Global Times", "ORG", "Global Times")]),
        # a word that is no scope word keeps the model's span
        (["the", "Kettleworth", "Muslim", "Brotherhood", "said"], ["O", "B-ORG", "I-ORG", "I-ORG", "O"],
         [("Kettleworth Muslim Brotherhood", "ORG", "Kettleworth Muslim Brotherhood")]),
    ],
)
def test_actors_linking_a_scope_word_before_a_group_is_no_part_of_its_name(linker, words, ents, expected):
    assert linked(linker, words, ents) == expected


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        # a model ORG span made only of title words is a title, no organisation
        (["Iran", "'s", "Supreme", "Leader", "spoke"], ["B-GPE", "O", "B-ORG", "I-ORG", "O"], [("Iran", "GPE", "Iran")]),
        (["Iran", "'s", "Supreme", "Leader", "Ali", "Khamenei", "spoke"], ["B-GPE", "O", "B-ORG", "B-PERSON", "I-PERSON", "I-PERSON", "O"],
         [("Iran", "GPE", "Iran"), ("Ali Khamenei", "PERSON", "Ali Khamenei")]),
        (["the", "Prime", "Minister", "spoke"], ["O", "B-ORG", "I-ORG", "O"], []),
        # traps: a title word inside a longer organisation's name stays
        (["the", "Supreme", "Court", "ruled"], ["O", "B-ORG", "I-ORG", "O"], [("Supreme Court", "ORG", "Supreme Court")]),
    ],
)
def test_actors_linking_a_title_alone_is_no_organisation(linker, words, ents, expected):
    assert linked(linker, words, ents) == expected


# -- round 12: world conflicts (actors.v16) ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        # a de-facto state is an actor labelled as a place of its own: its name, demonym and seat
        (["Russia", "recognised", "Abkhazia", "in", "2008"], None,
         [("Russia", "GPE", "Russia"), ("Abkhazia", "GPE", "Abkhazia")]),
        (["Abkhaz", "officials", "met", "Transnistrian", "envoys"], None,
         [("Abkhaz", "NORP", "Abkhazia"), ("Transnistrian", "NORP", "Transnistria")]),
        (["Tskhinvali", "rejected", "the", "offer"], None, [("Tskhinvali", "GPE", "")]),  # no parse: a place
        (["a", "port", "deal", "with", "the", "Republic", "of", "Somaliland"], None,
         [("Republic of Somaliland", "GPE", "Somaliland")]),
        # a state's formal name is the state (actors.v33)
        (["arms", "for", "the", "Republic", "of", "Moldova"], None, [("Republic of Moldova", "GPE", "Moldova")]),
        (["the", "Kingdom", "of", "Saudi", "Arabia", "said"], None, [("Kingdom of Saudi Arabia", "GPE", "Saudi Arabia")]),
        # a demonym the press also writes (actors.v34)
        (["trained", "Afghani", "security", "personnel"], ["O", "B-NORP", "O", "O"], [("Afghani", "NORP", "Afghanistan")]),
        # ... and its seat used as a place is no actor, as a state's is
        (["fighting", "in", "Sukhumi", "."], ["O", "O", "B-GPE", "O"], [("Sukhumi", "GPE", "")]),
        # an armed group named by its people's word is the group ("Ambazonian rebels", "Ambazonian fighters")
        (["the", "Ambazonian", "commanders", "said"], ["O", "B-NORP", "O", "O"],
         [("Ambazonian", "ORG", "Ambazonian separatists")]),
        (["the", "Ambazonian", "militants", "said"], ["O", "B-NORP", "O", "O"],
         [("Ambazonian militants", "ORG", "Ambazonian separatists")]),
    ],
)
def test_actors_linking_de_facto_states(linker, words, ents, expected):
    assert linked(linker, words, ents) == expected


def test_actors_linking_de_facto_state_info(linker):
    info = linker.info("Republic of Abkhazia")
    assert (info.name, info.type) == ("Abkhazia", "de_facto_state")


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        # "Georgia" is the Caucasus state in an article that names its setting ...
        (["Georgia", "fought", "South", "Ossetia", "."],
         [("Georgia", "GPE", "Georgia"), ("South Ossetia", "GPE", "South Ossetia")]),
        (["Georgian", "troops", "left", "Tbilisi", "."], [("Georgian", "NORP", "Georgia"), ("Tbilisi", "GPE", "")]),
        # ... no actor in one that names none of its cues, or one of its "unless" words
        (["Georgia", "voted", "on", "Tuesday", "."], []),
        (["Georgians", "in", "Atlanta", "and", "the", "Caucasus", "."], [("Caucasus", "LOC", "")]),
        # ... or beside Russia's war (actors.v32), unless the article is about American politics
        (["Georgia", "supports", "Ukraine", "."], [("Georgia", "GPE", "Georgia"), ("Ukraine", "GPE", "Ukraine")]),
        (["A", "Georgia", "Senator", "backed", "aid", "to", "Ukraine", "."], [("Ukraine", "GPE", "Ukraine")]),
        # ... or beside the EU it hopes to join (actors.v33)
        (["the", "EU", "funds", "Georgia", "."], [("EU", "ORG", "European Union"), ("Georgia", "GPE", "Georgia")]),
        # a bare "Congo" is the DRC beside its cues, not beside Brazzaville's
        (["Rwanda", "accused", "Congo", "."], [("Rwanda", "GPE", "Rwanda"), ("Congo", "GPE", "Democratic Republic of the Congo")]),
        (["Congo", "and", "Rwanda", "met", "in", "Brazzaville", "."], [("Rwanda", "GPE", "Rwanda"), ("Brazzaville", "GPE", "")]),
        (["Congo", "exports", "timber", "."], []),
        # a short acronym that mostly names something else is its group's only in an article about its conflict
        (["the", "AA", "fought", "in", "Rakhine", "."], [("AA", "ORG", "Arakan Army")]),
        (["AA", "batteries", "ran", "out", "."], []),
        (["the", "ADF", "attacked", "in", "North", "Kivu"], [("ADF", "ORG", "Allied Democratic Forces")]),
        (["the", "ADF", "sent", "ships", ",", "Australian", "officials", "said"], [("Australian", "NORP", "Australia")]),
        # the unambiguous forms never ask for a setting
        (["the", "DRC", "said"], [("DRC", "GPE", "Democratic Republic of the Congo")]),
        # "National Unity Government" is Myanmar's only in an article about Myanmar (actors.v17)
        (["the", "National", "Unity", "Government", "met", "in", "Yangon", "."],
         [("National Unity Government", "ORG", "National Unity Government of Myanmar")]),
        (["the", "National", "Unity", "Government", "left", "Tripoli", "."], [("Tripoli", "GPE", "")]),
    ],
)
def test_actors_linking_contextual_names_need_their_setting(linker, words, expected):
    assert linked(linker, words) == expected


def test_actors_linking_contextual_name_must_be_a_form_of_its_actor(tmp_path):
    from pipeline.actors.gazetteer import Gazetteer, LinkingRules, load_gazetteer_data
    from pipeline.actors.linking import ActorMatcher
    from pipeline.ruledata import RuleDataError

    data = load_gazetteer_data(ACTORS)
    rules = data["rules"] | {"contextual_names": [{"actor": "Georgia", "forms": ["Gruzia"], "cues": ["Tbilisi"]}]}
    with pytest.raises(RuleDataError, match="'Gruzia' is no form of 'Georgia'"):
        ActorMatcher(Gazetteer(data), LinkingRules.model_validate(rules), spacy.blank("en"))


@pytest.mark.parametrize(
    ("words", "ents", "pos", "expected"),
    [
        # a faction named by its group and its leader is the group
        (["the", "SLA", "-", "Minnawi", "faction", "said"], None, None,
         [("SLA-Minnawi", "ORG", "Sudan Liberation Movement")]),
        (["JEM", "-", "Jibril", "fighters", "withdrew"], ["B-PERSON", "I-PERSON", "I-PERSON", "O", "O"], None,
         [("JEM-Jibril", "ORG", "Justice and Equality Movement")]),
        (["the", "SLM", "-", "Abdel", "Wahid", "group"], ["O", "O", "O", "B-PERSON", "I-PERSON", "O"], None,
         [("SLM-Abdel Wahid", "ORG", "Sudan Liberation Movement")]),
        (["the", "Sudan", "Liberation", "Movement", "-", "Minni", "Minawi", "signed"], None, None,
         [("Sudan Liberation Movement-Minni Minawi", "ORG", "Sudan Liberation Movement")]),
        # traps: two parties joined by a hyphen stay two, a noun after the pair makes it a pair
        (["the", "PKK", "-", "YPG", "link"], None, None, [("PKK", "ORG", "PKK"), ("YPG", "ORG", "YPG")]),
        (["the", "SDF", "-", "Damascus", "deal"], None, None,
         [("SDF", "ORG", "Syrian Democratic Forces"), ("Damascus", "GPE", "")]),
        (["the", "SLA", "-", "Nour", "alliance"], None, ["DET", "PROPN", "PUNCT", "PROPN", "NOUN"],
         [("SLA", "ORG", "Sudan Liberation Movement")]),
        # a one-word name of a group is no faction's head ("Hamas-Dahlan"), nor is a spaced dash
        (["the", "Hamas", "-", "Dahlan", "talks"], None, None, [("Hamas", "ORG", "Hamas")]),
        # a letter after the dash is no leader ("ISIS-K" is the Khorasan branch, an acronym of its own)
        (["the", "ISIS", "-", "K", "said"], None, None, [("ISIS-K", "ORG", "Islamic State Khorasan Province")]),
        (["the", "ISIS", "-", "X", "said"], None, None, [("ISIS", "ORG", "Islamic State")]),
        (["the", "SLA", "–", "Minnawi", "said"], None, None, [("SLA", "ORG", "Sudan Liberation Movement")]),
    ],
)
def test_actors_linking_factions_named_by_their_leader(linker, words, ents, pos, expected):
    # doc_of glues "-" to its neighbours and spaces "–": "the SLA – Minnawi said"
    assert [(e.text, e.label_, e.kb_id_) for e in linker(doc_of(words, ents=ents, pos=pos)).ents] == expected


def test_actors_linking_a_faction_glued_by_an_en_dash(linker):
    doc = make_doc(["the", "SLM", "–", "Minnawi", "camp"], spaces=[True, False, False, True, False])
    assert [(e.text, e.kb_id_, e.id_) for e in linker(doc).ents] == [("SLM–Minnawi", "Sudan Liberation Movement", "faction")]


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        # a model span of a state's demonym and a capitalised noun of its people names the state (actors.v16)
        (["trained", "Malian", "Soldiers", "."], ["O", "B-ORG", "I-ORG", "O"], [("Malian", "NORP", "Mali")]),
        (["Iranian", "Forces", "left"], ["B-ORG", "I-ORG", "O"], [("Iranian", "NORP", "Iran")]),
        (["Abkhaz", "Officials", "said"], ["B-ORG", "I-ORG", "O"], [("Abkhaz", "NORP", "Abkhazia")]),
        # traps: a name of its own the gazetteer lists, an institution's name, another noun, a group's name
        (["the", "Lebanese", "Forces", "said"], ["O", "B-ORG", "I-ORG", "O"], [("Lebanese Forces", "ORG", "Lebanese Forces")]),
        (["the", "Nigerien", "Army", "said"], ["O", "B-ORG", "I-ORG", "O"], [("Nigerien Army", "ORG", "Nigerien Army")]),
        (["the", "Iranian", "Cultural", "Centre", "said"], ["O", "B-ORG", "I-ORG", "I-ORG", "O"],
         [("Iranian Cultural Centre", "ORG", "Iranian Cultural Centre")]),
        (["the", "Tigray", "Forces", "said"], ["O", "B-ORG", "I-ORG", "O"], [("Tigray Forces", "ORG", "Tigray Forces")]),
    ],
)
def test_actors_linking_a_states_people_in_capitals_name_the_state(linker, words, ents, expected):
    assert linked(linker, words, ents) == expected


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        # a model span of a known name and lower-case nouns of its kind: the name wins (actors.v17)
        (["the", "Rapid", "Support", "Forces", "militia", "attacked"], ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"],
         [("Rapid Support Forces", "ORG", "Rapid Support Forces")]),
        (["the", "Hamas", "movement", "said"], ["O", "B-ORG", "I-ORG", "O"], [("Hamas", "ORG", "Hamas")]),
        (["Wagner", "mercenaries", "and", "paramilitaries", "left"], ["B-ORG", "I-ORG", "O", "O", "O"],
         [("Wagner", "ORG", "Wagner Group")]),
        # a demonym's span is no name with a tail
        (["the", "Saudi", "coalition", "struck"], ["O", "B-ORG", "I-ORG", "O"], [("Saudi coalition", "ORG", "Saudi coalition")]),
        # capitalised words are part of a name of their own
        (["the", "Hamas", "Militia", "Council", "met"], ["O", "B-ORG", "I-ORG", "I-ORG", "O"],
         [("Hamas Militia Council", "ORG", "Hamas Militia Council")]),
        # a noun of no group's kind stays in the model's span
        (["the", "Hamas", "leadership", "office", "said"], ["O", "B-ORG", "I-ORG", "I-ORG", "O"],
         [("Hamas leadership office", "ORG", "Hamas leadership office")]),
    ],
)
def test_actors_linking_a_name_before_nouns_of_its_kind(linker, words, ents, expected):
    assert linked(linker, words, ents) == expected


def test_actors_linking_overlapping_is_the_scan_of_names_in_order():
    """``overlapping`` (bisection over names in order that do not overlap each other) finds what a scan of every
    name finds, in the same order: touching ends do not overlap, a span over several names finds them all."""
    import random

    from pipeline.actors.linking import longest_first, overlapping
    from pipeline.actors.mentions import Mention

    rng = random.Random(23)
    for _ in range(300):
        spans = [(a, a + rng.randint(1, 4)) for a in (rng.randint(0, 40) for _ in range(rng.randint(0, 15)))]
        names = longest_first(Mention(a, b, "ORG", "X", "gazetteer") for a, b in spans)
        for start in range(0, 45):
            for end in range(start + 1, start + 8):
                m = Mention(start, end, "ORG", "", "model")
                assert overlapping(names, m) == [g for g in names if g.overlaps(m)]
