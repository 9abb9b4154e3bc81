"""Quote rules on hand-built Docs (pipeline/quotes/): no statistical model.

Each Doc is written as rows ``(word, head, dep, pos[, lemma][, ent])`` with
absolute head indices and IOB entity tags; spaces follow the usual typography
(none before , . : ” ’, none after “ ‘, none around a paragraph break).
"""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from pipeline.docs import BOILERPLATE, COREF
from pipeline.quotes.extract import _title_case, extract_quotes
from tests.conftest import make_doc

NO_SPACE_BEFORE = {",", ".", ":", ";", "?", "!", "”", "’", "\n\n"}
NO_SPACE_AFTER = {"“", "‘", "\n\n"}
PARA = ("\n\n", 0, "dep", "SPACE")  # head fixed up by parse(): the token before


def parse(*rows):
    words, heads, deps, pos, lemmas, ents = [], [], [], [], [], []
    for i, row in enumerate(rows):
        word, head, dep, tag = row[:4]
        extra = row[4:]
        ent = next((x for x in extra if x[:2] in ("B-", "I-")), "O")
        lemma = next((x for x in extra if x[:2] not in ("B-", "I-")), word.lower())
        words.append(word)
        heads.append(i - 1 if row is PARA else head)
        deps.append(dep)
        pos.append(tag)
        lemmas.append(lemma)
        ents.append(ent)
    spaces = [
        i + 1 < len(words) and words[i] not in NO_SPACE_AFTER and words[i + 1] not in NO_SPACE_BEFORE
        for i in range(len(words))
    ]
    return make_doc(words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, ents=ents, spaces=spaces)


def quotes(doc, rules):
    return extract_quotes(doc, rules)


def only(doc, rules):
    (quote,) = quotes(doc, rules)
    return quote


# -- direct quotations --------------------------------------------------------
def haddad_said():
    # “We will win,” Dalia Haddad said.
    return parse(
        ("“", 3, "punct", "PUNCT"), ("We", 3, "nsubj", "PRON"), ("will", 3, "aux", "AUX"),
        ("win", 8, "ccomp", "VERB"), (",", 8, "punct", "PUNCT"), ("”", 8, "punct", "PUNCT"),
        ("Dalia", 7, "compound", "PROPN", "B-PERSON"), ("Haddad", 8, "nsubj", "PROPN", "I-PERSON"),
        ("said", 8, "ROOT", "VERB", "say"), (".", 8, "punct", "PUNCT"),
    )


def test_quotes_extract_direct_quote_with_cue_after(quote_rules):
    doc = haddad_said()
    q = only(doc, quote_rules)
    assert (q.quote, q.kind, q.speaker, q.cue, q.rule) == ("We will win", "direct", "Dalia Haddad", "said", "direct.cue_after")
    assert doc.text[q.start : q.end] == "We will win"
    assert doc.text[q.speaker_start : q.speaker_end] == q.speaker_text == "Dalia Haddad"
    assert q.rules_version == quote_rules.version == "quote_rules.v11"


def test_quotes_extract_inverted_order_and_role(quote_rules):
    # “We will win,” said Dalia Haddad, the envoy.
    doc = parse(
        ("“", 3, "punct", "PUNCT"), ("We", 3, "nsubj", "PRON"), ("will", 3, "aux", "AUX"),
        ("win", 6, "ccomp", "VERB"), (",", 6, "punct", "PUNCT"), ("”", 6, "punct", "PUNCT"),
        ("said", 6, "ROOT", "VERB", "say"), ("Dalia", 8, "compound", "PROPN", "B-PERSON"),
        ("Haddad", 6, "nsubj", "PROPN", "I-PERSON"), (",", 8, "punct", "PUNCT"), ("the", 11, "det", "DET"),
        ("envoy", 8, "appos", "NOUN"), (".", 6, "punct", "PUNCT"),
    )
    q = only(doc, quote_rules)
    assert (q.speaker, q.role, q.rule) == ("Dalia Haddad", "the envoy", "direct.cue_after")


def test_quotes_extract_inverted_speaker_the_parse_took_for_an_object(quote_rules):
    # “...” rather than an armed group says Liel: the name after the verb, not the noun before
    doc = parse(
        ("“", 3, "punct", "PUNCT"), ("The", 2, "det", "DET"), ("enemy", 3, "nsubj", "NOUN"),
        ("is", 3, "ROOT", "AUX", "be"), ("strong", 3, "acomp", "ADJ"), ("”", 3, "punct", "PUNCT"),
        ("rather", 7, "advmod", "ADV"), ("than", 4, "prep", "ADP"), ("a", 9, "det", "DET"),
        ("group", 10, "nsubj", "NOUN"), ("says", 3, "ccomp", "VERB", "say"),
        ("Liel", 10, "dobj", "PROPN", "B-PERSON"), (".", 3, "punct", "PUNCT"),
    )
    q = only(doc, quote_rules)
    assert (q.quote, q.speaker, q.cue) == ("The enemy is strong", "Liel", "says")


def misparsed_coach(*between):
    # “We will win it,” club coach[VERB] Mira Soto {between} said.
    n = len(between)
    return parse(
        ("“", 4, "punct", "PUNCT"), ("We", 4, "nsubj", "PRON"), ("will", 4, "aux", "AUX"),
        ("win", 11 + n, "ccomp", "VERB"), ("it", 3, "dobj", "PRON"), (",", 11 + n, "punct", "PUNCT"),
        ("”", 11 + n, "punct", "PUNCT"), ("club", 8, "nsubj", "PROPN"), ("coach", 11 + n, "ccomp", "VERB"),
        ("Mira", 10, "compound", "PROPN", "B-PERSON"), ("Soto", 8, "dobj", "PROPN", "I-PERSON"),
        *between, ("said", 11 + n, "ROOT", "VERB", "say"), (".", 11 + n, "punct", "PUNCT"),
    )


@pytest.mark.parametrize(
    "between, expected",
    [
        ((), "Mira Soto"),  # the "clause" runs up to the verb: a noun the parser took for a verb
        (((",", 12, "punct", "PUNCT"),), None),  # a clause set off by a comma: its object is no speaker
    ],
)
def test_quotes_extract_nearest_name_inside_a_misparsed_clause(between, expected, quote_rules):
    q = only(misparsed_coach(*between), quote_rules)
    assert (q.quote, q.speaker) == ("We will win it", expected)


def test_quotes_extract_cue_before_with_colon_and_audience(quote_rules):
    # Haddad told reporters: “We win.”
    doc = parse(
        ("Haddad", 1, "nsubj", "PROPN", "B-PERSON"), ("told", 1, "ROOT", "VERB", "tell"),
        ("reporters", 1, "dobj", "NOUN"), (":", 1, "punct", "PUNCT"), ("“", 6, "punct", "PUNCT"),
        ("We", 6, "nsubj", "PRON"), ("win", 1, "ccomp", "VERB"), (".", 6, "punct", "PUNCT"),
        ("”", 1, "punct", "PUNCT"),
    )
    q = only(doc, quote_rules)
    assert (q.quote, q.speaker, q.audience, q.rule) == ("We win", "Haddad", "reporters", "direct.cue_before")


def test_quotes_extract_appositive_role_and_audience(quote_rules):
    # “We win,” Samir Aoun, an analyst, told Al Jazeera.
    doc = parse(
        ("“", 2, "punct", "PUNCT"), ("We", 2, "nsubj", "PRON"), ("win", 11, "ccomp", "VERB"),
        (",", 11, "punct", "PUNCT"), ("”", 11, "punct", "PUNCT"),
        ("Samir", 6, "compound", "PROPN", "B-PERSON"), ("Aoun", 11, "nsubj", "PROPN", "I-PERSON"),
        (",", 6, "punct", "PUNCT"), ("an", 9, "det", "DET"), ("analyst", 6, "appos", "NOUN"),
        (",", 6, "punct", "PUNCT"), ("told", 11, "ROOT", "VERB", "tell"),
        ("Al", 13, "compound", "PROPN", "B-ORG"), ("Jazeera", 11, "dobj", "PROPN", "I-ORG"),
        (".", 11, "punct", "PUNCT"),
    )
    q = only(doc, quote_rules)
    assert (q.quote, q.speaker, q.role, q.audience) == ("We win", "Samir Aoun", "an analyst", "Al Jazeera")


def ridley_then_pronoun():
    # “We hit the sites,” Ridley said. “We lost none,” he added.
    return parse(
        ("“", 2, "punct", "PUNCT"), ("We", 2, "nsubj", "PRON"), ("hit", 8, "ccomp", "VERB"),
        ("the", 4, "det", "DET"), ("sites", 2, "dobj", "NOUN"), (",", 8, "punct", "PUNCT"),
        ("”", 8, "punct", "PUNCT"), ("Ridley", 8, "nsubj", "PROPN", "B-PERSON"),
        ("said", 8, "ROOT", "VERB", "say"), (".", 8, "punct", "PUNCT"),
        ("“", 12, "punct", "PUNCT"), ("We", 12, "nsubj", "PRON"), ("lost", 17, "ccomp", "VERB", "lose"),
        ("none", 12, "dobj", "PRON"), (",", 17, "punct", "PUNCT"), ("”", 17, "punct", "PUNCT"),
        ("he", 17, "nsubj", "PRON"), ("added", 17, "ROOT", "VERB", "add"), (".", 17, "punct", "PUNCT"),
    )


def test_quotes_extract_pronoun_speaker_falls_back_to_the_latest_speaker(quote_rules):
    second = quotes(ridley_then_pronoun(), quote_rules)[1]
    assert (second.quote, second.speaker, second.speaker_text, second.cue) == ("We lost none", "Ridley", "he", "added")


def test_quotes_extract_pronoun_speaker_quoted_just_before_beats_coreference(quote_rules):
    doc = ridley_then_pronoun()
    doc.spans[COREF] = [Span(doc, 16, 17, label="pronoun", kb_id="Karen Alley")]
    second = quotes(doc, quote_rules)[1]
    assert (second.speaker, second.speaker_text) == ("Ridley", "he")


def test_quotes_extract_pronoun_speaker_uses_the_coreference_layer(quote_rules):
    # He met Alley. “We lost none,” he added.
    doc = parse(
        ("He", 1, "nsubj", "PRON"), ("met", 1, "ROOT", "VERB", "meet"),
        ("Alley", 1, "dobj", "PROPN", "B-PERSON"), (".", 1, "punct", "PUNCT"),
        ("“", 6, "punct", "PUNCT"), ("We", 6, "nsubj", "PRON"), ("lost", 11, "ccomp", "VERB", "lose"),
        ("none", 6, "dobj", "PRON"), (",", 11, "punct", "PUNCT"), ("”", 11, "punct", "PUNCT"),
        ("he", 11, "nsubj", "PRON"), ("added", 11, "ROOT", "VERB", "add"), (".", 11, "punct", "PUNCT"),
    )
    assert only(doc, quote_rules).speaker == "Alley"  # no coreference: the latest name
    doc.spans[COREF] = [Span(doc, 10, 11, label="pronoun", kb_id="Mark Alley")]
    assert only(doc, quote_rules).speaker == "Mark Alley"


def test_quotes_extract_continuation_quote_takes_the_previous_speaker(quote_rules):
    # “We hit the sites,” Ridley said. “We lost none.”
    doc = parse(
        ("“", 2, "punct", "PUNCT"), ("We", 2, "nsubj", "PRON"), ("hit", 8, "ccomp", "VERB"),
        ("the", 4, "det", "DET"), ("sites", 2, "dobj", "NOUN"), (",", 8, "punct", "PUNCT"),
        ("”", 8, "punct", "PUNCT"), ("Ridley", 8, "nsubj", "PROPN", "B-PERSON"),
        ("said", 8, "ROOT", "VERB", "say"), (".", 8, "punct", "PUNCT"),
        ("“", 12, "punct", "PUNCT"), ("We", 12, "nsubj", "PRON"), ("lost", 12, "ROOT", "VERB", "lose"),
        ("all", 14, "det", "DET"), ("none", 12, "dobj", "PRON"), (".", 12, "punct", "PUNCT"),
        ("”", 12, "punct", "PUNCT"),
    )
    second = quotes(doc, quote_rules)[1]
    assert (second.quote, second.speaker, second.cue, second.rule) == ("We lost all none", "Ridley", None, "direct.continuation")


def test_quotes_extract_multi_paragraph_quote(quote_rules):
    # “One two three.¶“Four five six,” Ridley said.
    doc = parse(
        ("“", 3, "punct", "PUNCT"), ("One", 3, "nsubj", "NUM"), ("two", 3, "nummod", "NUM"),
        ("three", 3, "ROOT", "NUM"), (".", 3, "punct", "PUNCT"), PARA,
        ("“", 9, "punct", "PUNCT"), ("Four", 9, "nsubj", "NUM"), ("five", 9, "nummod", "NUM"),
        ("six", 13, "ccomp", "NUM"), (",", 13, "punct", "PUNCT"), ("”", 13, "punct", "PUNCT"),
        ("Ridley", 13, "nsubj", "PROPN", "B-PERSON"), ("said", 13, "ROOT", "VERB", "say"),
        (".", 13, "punct", "PUNCT"),
    )
    q = only(doc, quote_rules)
    assert (q.quote, q.speaker) == ("One two three.\n\nFour five six", "Ridley")
    assert doc.text[q.start : q.end] == "One two three.\n\n“Four five six"


def test_quotes_extract_unbalanced_paragraph_is_skipped_and_reported(quote_rules):
    # He said “no.¶“Yes,” Smith said.
    doc = parse(
        ("He", 1, "nsubj", "PRON"), ("said", 1, "ROOT", "VERB", "say"), ("“", 3, "punct", "PUNCT"),
        ("no", 1, "dobj", "INTJ"), (".", 1, "punct", "PUNCT"), PARA,
        ("“", 7, "punct", "PUNCT"), ("Yes", 11, "ccomp", "INTJ"), (",", 11, "punct", "PUNCT"),
        ("”", 11, "punct", "PUNCT"), ("Smith", 11, "nsubj", "PROPN", "B-PERSON"),
        ("said", 11, "ROOT", "VERB", "say"), (".", 11, "punct", "PUNCT"),
    )
    q = only(doc, quote_rules)
    assert (q.quote, q.speaker) == ("Yes", "Smith")
    (reason,) = doc._.skipped
    assert "quote_extractor" in reason and "unbalanced" in reason and "chars 0-" in reason


def test_quotes_extract_nothing_from_page_furniture(quote_rules):
    doc = haddad_said()
    doc.spans[BOILERPLATE] = [doc[0:6]]
    assert quotes(doc, quote_rules) == []


# -- partial quotations, terms and scare quotes ---------------------------------
def test_quotes_extract_partial_quote_governed_by_the_cue(quote_rules):
    # Hamas called the plan “a trap for the region”.
    doc = parse(
        ("Hamas", 1, "nsubj", "PROPN", "B-ORG"), ("called", 1, "ROOT", "VERB", "call"), ("the", 3, "det", "DET"),
        ("plan", 1, "dobj", "NOUN"), ("“", 6, "punct", "PUNCT"), ("a", 6, "det", "DET"), ("trap", 1, "oprd", "NOUN"),
        ("for", 6, "prep", "ADP"), ("the", 9, "det", "DET"), ("region", 7, "pobj", "NOUN"),
        ("”", 6, "punct", "PUNCT"), (".", 1, "punct", "PUNCT"),
    )
    q = only(doc, quote_rules)
    assert (q.quote, q.kind, q.speaker, q.rule) == ("a trap for the region", "partial", "Hamas", "partial.cue_before")


def test_quotes_extract_partial_quote_with_according_to(quote_rules):
    # The decision was “a purely Palestinian decision”, according to Mahmoud Mirdawi.
    doc = parse(
        ("The", 1, "det", "DET"), ("decision", 2, "nsubj", "NOUN"), ("was", 2, "ROOT", "AUX", "be"),
        ("“", 7, "punct", "PUNCT"), ("a", 7, "det", "DET"), ("purely", 6, "advmod", "ADV"),
        ("Palestinian", 7, "amod", "ADJ", "B-NORP"), ("decision", 2, "attr", "NOUN"), ("”", 7, "punct", "PUNCT"),
        (",", 2, "punct", "PUNCT"), ("according", 2, "prep", "VERB", "accord"), ("to", 10, "prep", "ADP"),
        ("Mahmoud", 13, "compound", "PROPN", "B-PERSON"), ("Mirdawi", 11, "pobj", "PROPN", "I-PERSON"),
        (".", 2, "punct", "PUNCT"),
    )
    q = only(doc, quote_rules)
    assert (q.quote, q.kind, q.speaker, q.cue) == ("a purely Palestinian decision", "partial", "Mahmoud Mirdawi", "according to")


def test_quotes_extract_quote_inside_the_speaker_phrase_is_not_the_speakers(quote_rules):
    # An article quoting “senior members of the group” claimed that Iran helped.
    doc = parse(
        ("An", 1, "det", "DET"), ("article", 10, "nsubj", "NOUN"), ("quoting", 1, "acl", "VERB", "quote"),
        ("“", 5, "punct", "PUNCT"), ("senior", 5, "amod", "ADJ"), ("members", 2, "dobj", "NOUN"),
        ("of", 5, "prep", "ADP"), ("the", 8, "det", "DET"), ("group", 6, "pobj", "NOUN"), ("”", 5, "punct", "PUNCT"),
        ("claimed", 10, "ROOT", "VERB", "claim"), ("that", 13, "mark", "SCONJ"), ("Iran", 13, "nsubj", "PROPN", "B-GPE"),
        ("helped", 10, "ccomp", "VERB", "help"), (".", 10, "punct", "PUNCT"),
    )
    assert [q.kind for q in quotes(doc, quote_rules) if q.speaker] == []


@pytest.mark.parametrize(
    ("words", "why"),
    [
        (["Hamas", "’", "“", "unprecedented", "”", "attack", "shocked", "officials", "."], "a one-word scare quote"),
        (["The", "“", "Axis", "of", "Resistance", "”", "met", "on", "Monday", "."], "a name in title case"),
        (["The", "so", "-", "called", "“", "unity", "of", "fronts", "plan", "”", "failed", "."], "after 'so-called'"),
        (["Officials", "saw", "the", "“", "unity", "of", "fronts", "”", "hold", "."], "a short term after a determiner"),
        (["A", "member", "of", "“", "Have", "no", "fear", "at", "all", "”", "wept", "."], "a short name after 'of'"),
    ],
)
def test_quotes_extract_terms_and_scare_quotes_are_not_quotes(words, why, quote_rules):
    root = len(words) - 2  # a flat parse round a verb that is no speech cue
    heads = [root] * len(words)
    deps = ["ROOT" if i == root else "dep" for i in range(len(words))]
    doc = make_doc(words, heads=heads, deps=deps, pos=["VERB" if i == root else "NOUN" for i in range(len(words))])
    assert quotes(doc, quote_rules) == [], why


@pytest.mark.parametrize(
    ("noun", "expected"),
    [
        ("statement", "palace"),  # a clause introducing a document: its unnamed issuer keeps its noun phrase
        ("figures", None),  # no document: only a named subject would speak
    ],
)
def test_quotes_extract_colon_clause_introducing_a_document(noun, expected, quote_rules):
    # The palace issued a {noun}: “The king thanks all who sent wishes.”
    doc = parse(
        ("The", 1, "det", "DET"), ("palace", 2, "nsubj", "NOUN"), ("issued", 2, "ROOT", "VERB", "issue"),
        ("a", 4, "det", "DET"), (noun, 2, "dobj", "NOUN"), (":", 2, "punct", "PUNCT"), ("“", 9, "punct", "PUNCT"),
        ("The", 8, "det", "DET"), ("king", 9, "nsubj", "NOUN"), ("thanks", 2, "parataxis", "VERB", "thank"),
        ("all", 9, "dobj", "PRON"), ("who", 12, "nsubj", "PRON"), ("sent", 10, "relcl", "VERB", "send"),
        ("wishes", 12, "dobj", "NOUN"), (".", 9, "punct", "PUNCT"), ("”", 2, "punct", "PUNCT"),
    )
    q = only(doc, quote_rules)
    assert (q.quote, q.speaker) == ("The king thanks all who sent wishes", expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Keeper of the Royal Seal.", True),  # a title keeping the sentence's full stop
        ("Ruiz vs. Northern Rail Limited", True),  # a case name
        ("Axis of Resistance", True),
        ("Yes.", False),  # one word with a full stop: a statement
        ("We will win.", False),
        ("Keeper of the Royal Seal?", False),
    ],
)
def test_quotes_extract_title_case_is_a_name(text, expected, quote_rules):
    assert _title_case(text, quote_rules) is expected


def test_quotes_extract_short_term_governed_by_a_cue_is_still_a_term(quote_rules):
    # They said the “unity of fronts” held.
    doc = parse(
        ("They", 1, "nsubj", "PRON"), ("said", 1, "ROOT", "VERB", "say"), ("the", 5, "det", "DET"),
        ("“", 5, "punct", "PUNCT"), ("unity", 5, "compound", "NOUN"), ("of", 4, "prep", "ADP"),
        ("fronts", 5, "pobj", "NOUN"), ("”", 8, "punct", "PUNCT"), ("held", 1, "ccomp", "VERB", "hold"),
        (".", 1, "punct", "PUNCT"),
    )
    assert [q.kind for q in quotes(doc, quote_rules)] == []


# -- reported speech ----------------------------------------------------------
def test_quotes_extract_indirect_said_that(quote_rules):
    # Ghattas said that Hamas is not a proxy.
    doc = parse(
        ("Ghattas", 1, "nsubj", "PROPN", "B-PERSON"), ("said", 1, "ROOT", "VERB", "say"), ("that", 4, "mark", "SCONJ"),
        ("Hamas", 4, "nsubj", "PROPN", "B-ORG"), ("is", 1, "ccomp", "AUX", "be"), ("not", 4, "neg", "PART"),
        ("a", 7, "det", "DET"), ("proxy", 4, "attr", "NOUN"), (".", 1, "punct", "PUNCT"),
    )
    q = only(doc, quote_rules)
    assert (q.quote, q.kind, q.speaker, q.cue, q.rule) == ("Hamas is not a proxy", "indirect", "Ghattas", "said", "indirect.clause")


def test_quotes_extract_indirect_according_to(quote_rules):
    # According to Baroud, the ties are strong.
    doc = parse(
        ("According", 6, "prep", "VERB", "accord"), ("to", 0, "prep", "ADP"), ("Baroud", 1, "pobj", "PROPN", "B-PERSON"),
        (",", 6, "punct", "PUNCT"), ("the", 5, "det", "DET"), ("ties", 6, "nsubj", "NOUN"), ("are", 6, "ROOT", "AUX", "be"),
        ("very", 8, "advmod", "ADV"), ("strong", 6, "acomp", "ADJ"), (".", 6, "punct", "PUNCT"),
    )
    q = only(doc, quote_rules)
    assert (q.quote, q.kind, q.speaker, q.cue, q.rule) == ("the ties are very strong", "indirect", "Baroud", "According to", "indirect.source_phrase")


def test_quotes_extract_report_noun_names_the_earlier_outlet(quote_rules):
    # Reuters reported that Iran sent drones. The report said the drones arrived in May.
    doc = parse(
        ("Reuters", 1, "nsubj", "PROPN", "B-ORG"), ("reported", 1, "ROOT", "VERB", "report"), ("that", 4, "mark", "SCONJ"),
        ("Iran", 4, "nsubj", "PROPN", "B-GPE"), ("sent", 1, "ccomp", "VERB", "send"), ("new", 6, "amod", "ADJ"),
        ("drones", 4, "dobj", "NOUN"), (".", 1, "punct", "PUNCT"),
        ("The", 9, "det", "DET"), ("report", 10, "nsubj", "NOUN"), ("said", 10, "ROOT", "VERB", "say"),
        ("the", 12, "det", "DET"), ("drones", 13, "nsubj", "NOUN"), ("arrived", 10, "ccomp", "VERB", "arrive"),
        ("in", 13, "prep", "ADP"), ("May", 14, "pobj", "PROPN", "B-DATE"), (".", 10, "punct", "PUNCT"),
    )
    first, second = quotes(doc, quote_rules)
    assert (first.quote, first.speaker) == ("Iran sent new drones", "Reuters")
    assert (second.quote, second.speaker, second.speaker_text) == ("the drones arrived in May", "Reuters", "The report")


def test_quotes_extract_passive_cue_names_the_agent(quote_rules):
    # The governor was told by Smith that the old bridge fell.
    doc = parse(
        ("The", 1, "det", "DET"), ("governor", 3, "nsubjpass", "NOUN"), ("was", 3, "auxpass", "AUX", "be"),
        ("told", 3, "ROOT", "VERB", "tell"), ("by", 3, "agent", "ADP"), ("Smith", 4, "pobj", "PROPN", "B-PERSON"),
        ("that", 10, "mark", "SCONJ"), ("the", 9, "det", "DET"), ("old", 9, "amod", "ADJ"), ("bridge", 10, "nsubj", "NOUN"),
        ("fell", 3, "ccomp", "VERB", "fall"), (".", 3, "punct", "PUNCT"),
    )
    q = only(doc, quote_rules)
    assert (q.quote, q.speaker, q.audience) == ("the old bridge fell", "Smith", "The governor")


@pytest.mark.parametrize(
    ("rows", "why"),
    [
        (
            [("Smith", 3, "nsubj", "PROPN", "B-PERSON"), ("did", 3, "aux", "AUX", "do"), ("not", 3, "neg", "PART"),
             ("say", 3, "ROOT", "VERB"), ("whether", 7, "mark", "SCONJ"), ("the", 6, "det", "DET"),
             ("talks", 7, "nsubj", "NOUN"), ("failed", 3, "ccomp", "VERB", "fail"), (".", 3, "punct", "PUNCT")],
            "a negated cue",
        ),
        (
            [("Smith", 1, "nsubj", "PROPN", "B-PERSON"), ("explained", 1, "ROOT", "VERB", "explain"),
             ("why", 5, "advmod", "SCONJ"), ("the", 4, "det", "DET"), ("talks", 5, "nsubj", "NOUN"),
             ("failed", 1, "ccomp", "VERB", "fail"), ("so", 7, "advmod", "ADV"), ("fast", 5, "advmod", "ADV"),
             (".", 1, "punct", "PUNCT")],
            "an embedded question",
        ),
        (
            [("Some", 1, "det", "DET"), ("officials", 2, "nsubj", "NOUN"), ("said", 2, "ROOT", "VERB", "say"),
             ("the", 4, "det", "DET"), ("talks", 5, "nsubj", "NOUN"), ("failed", 2, "ccomp", "VERB", "fail"),
             ("last", 7, "amod", "ADJ"), ("week", 5, "npadvmod", "NOUN"), (".", 2, "punct", "PUNCT")],
            "an unnamed source of reported speech",
        ),
    ],
)
def test_quotes_extract_no_indirect_quote(rows, why, quote_rules):
    assert quotes(parse(*rows), quote_rules) == [], why


# -- reported clauses: parentheticals and boundaries ----------------------------
def test_quotes_extract_parenthetical_reporting_clause_before_the_rest(quote_rules):
    # Some groups, Haddad said, have left the old coalition.
    doc = parse(
        ("Some", 1, "det", "DET"), ("groups", 7, "nsubj", "NOUN"), (",", 4, "punct", "PUNCT"),
        ("Haddad", 4, "nsubj", "PROPN", "B-PERSON"), ("said", 7, "parataxis", "VERB", "say"), (",", 4, "punct", "PUNCT"),
        ("have", 7, "aux", "AUX"), ("left", 7, "ROOT", "VERB", "leave"), ("the", 10, "det", "DET"),
        ("old", 10, "amod", "ADJ"), ("coalition", 7, "dobj", "NOUN"), (".", 7, "punct", "PUNCT"),
    )
    q = only(doc, quote_rules)
    assert (q.quote, q.speaker, q.cue, q.rule) == ("have left the old coalition", "Haddad", "said", "indirect.clause")


RAIDS_HALTED = [
    ("The", 1, "det", "DET"), ("rebels", 3, "nsubj", "NOUN"), ("would", 3, "aux", "AUX"), ("halt", 3, "ROOT", "VERB"),
    ("the", 5, "det", "DET"), ("raids", 3, "dobj", "NOUN"), (",", 8, "punct", "PUNCT"),
    ("Haddad", 8, "nsubj", "PROPN", "B-PERSON"),
]
WAR_GOES_ON = [
    ("but", 3, "cc", "CCONJ"), ("the", 12, "det", "DET"), ("war", 13, "nsubj", "NOUN"), ("goes", 3, "conj", "VERB", "go"),
    ("on", 13, "prt", "ADP"), (".", 3, "punct", "PUNCT"),
]


def test_quotes_extract_parenthetical_reporting_clause_after_the_clause(quote_rules):
    # The rebels would halt the raids, Haddad said, but the war goes on.
    doc = parse(*RAIDS_HALTED, ("said", 3, "parataxis", "VERB", "say"), (",", 8, "punct", "PUNCT"), *WAR_GOES_ON)
    q = only(doc, quote_rules)
    assert (q.quote, q.speaker, q.rule) == ("The rebels would halt the raids", "Haddad", "indirect.clause")


def test_quotes_extract_reporting_clause_with_an_object_is_no_parenthetical(quote_rules):
    # The rebels would halt the raids, Haddad said it, but the war goes on.
    doc = parse(
        *RAIDS_HALTED, ("said", 3, "parataxis", "VERB", "say"), ("it", 8, "dobj", "PRON"), (",", 8, "punct", "PUNCT"),
        *[(w, h + 1 if h > 8 else h, d, *rest) for w, h, d, *rest in WAR_GOES_ON],
    )
    assert quotes(doc, quote_rules) == []


def clause_with_tail(*tail):
    # Haddad said the rebels attack ships, TAIL.
    return parse(
        ("Haddad", 1, "nsubj", "PROPN", "B-PERSON"), ("said", 1, "ROOT", "VERB", "say"), ("the", 3, "det", "DET"),
        ("rebels", 4, "nsubj", "NOUN"), ("attack", 1, "ccomp", "VERB"), ("ships", 4, "dobj", "NOUN"),
        (",", 4, "punct", "PUNCT"), *tail, (".", 1, "punct", "PUNCT"),
    )


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        # the author's comment: a conjunction and a clause with its own subject
        (
            [("though", 10, "mark", "SCONJ"), ("most", 9, "amod", "ADJ"), ("ships", 10, "nsubj", "NOUN"),
             ("carry", 4, "advcl", "VERB"), ("no", 12, "det", "DET"), ("cargo", 10, "dobj", "NOUN")],
            "the rebels attack ships",
        ),
        # a last piece with a speech verb of its own
        (
            [("a", 8, "det", "DET"), ("claim", 4, "appos", "NOUN"), ("Smith", 10, "nsubj", "PROPN", "B-PERSON"),
             ("called", 8, "relcl", "VERB", "call"), ("absurd", 10, "oprd", "ADJ")],
            "the rebels attack ships",
        ),
        # a second verb sharing the reported clause's subject stays in it
        (
            [("and", 4, "cc", "CCONJ"), ("seize", 4, "conj", "VERB"), ("their", 10, "poss", "PRON"), ("crews", 8, "dobj", "NOUN")],
            "the rebels attack ships, and seize their crews",
        ),
    ],
)
def test_quotes_extract_reported_clause_boundary(tail, expected, quote_rules):
    q = only(clause_with_tail(*tail), quote_rules)
    assert (q.quote, q.speaker) == (expected, "Haddad")


def test_quotes_extract_according_to_keeps_a_subject_the_parser_hung_on_the_phrase(quote_rules):
    # According to Berg, an economist, Saudi lenders have financed the port.
    doc = parse(
        ("According", 10, "prep", "VERB", "accord"), ("to", 0, "prep", "ADP"), ("Berg", 1, "pobj", "PROPN", "B-PERSON"),
        (",", 2, "punct", "PUNCT"), ("an", 5, "det", "DET"), ("economist", 2, "appos", "NOUN"), (",", 5, "punct", "PUNCT"),
        ("Saudi", 8, "amod", "ADJ", "B-NORP"), ("lenders", 5, "conj", "NOUN"), ("have", 10, "aux", "AUX"),
        ("financed", 10, "ROOT", "VERB", "finance"), ("the", 12, "det", "DET"), ("port", 10, "dobj", "NOUN"),
        (".", 10, "punct", "PUNCT"),
    )
    q = only(doc, quote_rules)
    assert (q.quote, q.speaker, q.rule) == ("Saudi lenders have financed the port", "Berg", "indirect.source_phrase")


@pytest.mark.parametrize("verb", [("denies", "deny"), ("concluded", "conclude")])
def test_quotes_extract_denial_or_conclusion_reports_nothing(verb, quote_rules):
    # Turkey denies / concluded that it armed the rebels.
    doc = parse(
        ("Turkey", 1, "nsubj", "PROPN", "B-GPE"), (verb[0], 1, "ROOT", "VERB", verb[1]), ("that", 4, "mark", "SCONJ"),
        ("it", 4, "nsubj", "PRON"), ("armed", 1, "ccomp", "VERB", "arm"), ("the", 6, "det", "DET"),
        ("rebels", 4, "dobj", "NOUN"), (".", 1, "punct", "PUNCT"),
    )
    assert quotes(doc, quote_rules) == []


# -- interview transcripts -------------------------------------------------------------
QUESTION = [("((WN))", 1, "npadvmod", "X"), ("Anything", 1, "ROOT", "PRON"), ("else", 1, "advmod", "ADV"), ("?", 1, "punct", "PUNCT"), PARA]
ANSWER = [
    ("Kay", 0, "ROOT", "PROPN", "B-PERSON"), (":", 0, "punct", "PUNCT"), ("I", 3, "nsubj", "PRON"),
    ("told", 0, "appos", "VERB", "tell"), ("him", 3, "dobj", "PRON"), (",", 3, "punct", "PUNCT"),
    ("“", 8, "punct", "PUNCT"), ("You", 8, "nsubj", "PRON"), ("are", 3, "ccomp", "AUX", "be"),
    ("wrong", 8, "acomp", "ADJ"), ("about", 8, "prep", "ADP"), ("this", 10, "pobj", "PRON"), (".", 8, "punct", "PUNCT"),
    ("”", 3, "punct", "PUNCT"),
]


def shifted(rows, by):
    return [row if row is PARA else (row[0], row[1] + by, *row[2:]) for row in rows]


def test_quotes_extract_first_person_cue_in_an_interview_answer(quote_rules):
    # ((WN)) Anything else? / Kay: I told him, “You are wrong about this.” / ((WN)) Anything else?
    doc = parse(*QUESTION, *shifted(ANSWER, 5), PARA, *shifted(QUESTION, 20))
    q = only(doc, quote_rules)
    assert (q.quote, q.speaker, q.speaker_text, q.rule) == ("You are wrong about this", "Kay", "I", "direct.cue_before")


def quotative_answer(subject):
    # Kay: I left, and {subject}'m like: “You are wrong again.”
    return [
        ("Kay", 0, "ROOT", "PROPN", "B-PERSON"), (":", 0, "punct", "PUNCT"), ("I", 3, "nsubj", "PRON"),
        ("left", 0, "appos", "VERB", "leave"), (",", 3, "punct", "PUNCT"), ("and", 3, "cc", "CCONJ"),
        (subject, 7, "nsubj", "PRON"), ("'m", 3, "conj", "AUX", "be"), ("like", 7, "intj", "ADP"),
        (":", 7, "punct", "PUNCT"), ("“", 12, "punct", "PUNCT"), ("You", 12, "nsubj", "PRON"),
        ("are", 7, "parataxis", "AUX", "be"), ("wrong", 12, "acomp", "ADJ"), ("again", 12, "advmod", "ADV"),
        (".", 12, "punct", "PUNCT"), ("”", 7, "punct", "PUNCT"),
    ]



@pytest.mark.parametrize(
    ("group", "expected"),
    [
        ([("the", 3, "det", "DET"), ("nurses", 1, "pobj", "NOUN")], "One of the nurses"),
        ([("them", 1, "pobj", "PRON")], None),  # a pronoun names no group
    ],
)
def test_quotes_extract_one_of_a_group_keeps_its_phrase(group, expected, quote_rules):
    # One of the nurses said, “Nobody slept that night.”
    said = 2 + len(group)
    rows = [("One", said, "nsubj", "NUM"), ("of", 0, "prep", "ADP"), *group,
            ("said", said, "ROOT", "VERB", "say"), (",", said, "punct", "PUNCT"), ("“", said + 4, "punct", "PUNCT"),
            ("Nobody", said + 4, "nsubj", "PRON"), ("slept", said, "ccomp", "VERB", "sleep"),
            ("that", said + 6, "det", "DET"), ("night", said + 4, "npadvmod", "NOUN"), (".", said + 4, "punct", "PUNCT"),
            ("”", said, "punct", "PUNCT")]
    q = only(parse(*rows), quote_rules)
    assert (q.quote, q.speaker) == ("Nobody slept that night", expected)


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("I", "Kay"),  # the interviewee's own words, after a clause of their answer
        ("she", None),  # someone else's words: not the interviewee, whom "she" cannot be
    ],
)
def test_quotes_extract_quotative_at_the_end_of_an_answer_clause(subject, expected, quote_rules):
    doc = parse(*QUESTION, *shifted(quotative_answer(subject), 5), PARA, *shifted(QUESTION, 23))
    q = only(doc, quote_rules)
    assert (q.quote, q.speaker) == ("You are wrong again", expected)


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ((("On", 4, "prep", "ADP"), ("Monday", 1, "pobj", "PROPN")), "Kay"),  # states what was said, then asks
        ((("Why", 4, "advmod", "SCONJ", "why"), ("did", 4, "aux", "AUX", "do")), None),  # asks about it
    ],
)
def test_quotes_extract_question_quoting_the_interviewee(opening, expected, quote_rules):
    # ((WN)) On Monday / Why did  you wrote “We can win this.” — how? / Kay: Yes. / ((WN)) Anything else?
    words = [
        ("((WN))", 3, "npadvmod", "X"), *((w, h, d, p, *r) for w, h, d, p, *r in opening), ("you", 4, "nsubj", "PRON"),
        ("wrote", 4, "ROOT", "VERB", "write"), ("“", 8, "punct", "PUNCT"), ("We", 8, "nsubj", "PRON"),
        ("can", 8, "aux", "AUX"), ("win", 4, "ccomp", "VERB"), ("this", 8, "dobj", "PRON"), (".", 8, "punct", "PUNCT"),
        ("”", 4, "punct", "PUNCT"), ("—", 4, "punct", "PUNCT"), ("how", 4, "advmod", "SCONJ"), ("?", 4, "punct", "PUNCT"),
        PARA, ("Kay", 17, "ROOT", "PROPN", "B-PERSON"), (":", 17, "punct", "PUNCT"), ("Yes", 17, "intj", "INTJ"),
        (".", 17, "punct", "PUNCT"), PARA,
    ]
    doc = parse(*words, *shifted(QUESTION, 22))
    doc[1].tag_, doc[2].tag_ = ("WRB", "VBD") if expected is None else ("IN", "NNP")
    q = only(doc, quote_rules)
    assert (q.quote, q.speaker) == ("We can win this", expected)


def test_quotes_extract_third_person_in_an_answer_is_not_the_interviewee(quote_rules):
    # ((WN)) Anything else? / Kay: She told him, “You are wrong about this.” / ((WN)) Anything else?
    answer = [("She", *ANSWER[2][1:]) if row is ANSWER[2] else row for row in ANSWER]
    doc = parse(*QUESTION, *shifted(answer, 5), PARA, *shifted(QUESTION, 20))
    q = only(doc, quote_rules)
    assert (q.quote, q.speaker) == ("You are wrong about this", None)


def test_quotes_extract_first_person_cue_outside_a_transcript_names_nobody(quote_rules):
    q = only(parse(*ANSWER), quote_rules)
    assert (q.quote, q.speaker) == ("You are wrong about this", None)


# -- one cue, coordinated reports -------------------------------------------------
SAID_STAY = [
    ("Koivisto", 1, "nsubj", "PROPN", "B-PERSON"), ("said", 1, "ROOT", "VERB", "say"), ("the", 3, "det", "DET"),
    ("brigade", 5, "nsubj", "NOUN"), ("would", 5, "aux", "AUX"), ("stay", 1, "ccomp", "VERB"), ("in", 5, "prep", "ADP"),
    ("the", 8, "det", "DET"), ("north", 6, "pobj", "NOUN"), ("and", 5, "cc", "CCONJ"),
]


def tagged(doc, tags):
    for tok, tag in zip(doc, tags):
        tok.tag_ = tag
    return doc


@pytest.mark.parametrize(
    ("conjunction", "expected"),
    [
        ("and", ["the brigade would stay in the north", "its lines were secure"]),
        ("or", ["the brigade would stay in the north or that its lines were secure"]),  # one claim
    ],
)
def test_quotes_extract_said_a_and_that_b_gives_two_reports(conjunction, expected, quote_rules):
    # Koivisto said the brigade would stay in the north and/or that its lines were secure.
    doc = parse(
        *SAID_STAY[:-1], (conjunction, 5, "cc", "CCONJ"), ("that", 13, "mark", "SCONJ"), ("its", 12, "poss", "PRON"), ("lines", 13, "nsubj", "NOUN"),
        ("were", 5, "conj", "AUX", "be"), ("secure", 13, "acomp", "ADJ"), (".", 1, "punct", "PUNCT"),
    )
    assert [(q.quote, q.speaker) for q in quotes(doc, quote_rules)] == [(text, "Koivisto") for text in expected]


@pytest.mark.parametrize(
    ("head_tags", "expected"),
    [
        # "would stay ... and accused the army": the speaker's own act
        (("VB", "VBD"), "the brigade would stay in the north"),
        # "stayed ... and accused the army": both may belong to the brigade
        (("VBD", "VBD"), "the brigade would stay in the north and accused the army"),
        # the cue in another form than the conjunct
        (("VB", "VBN"), "the brigade would stay in the north and accused the army"),
    ],
)
def test_quotes_extract_speakers_own_act_ends_the_report(head_tags, expected, quote_rules):
    # Koivisto said the brigade would stay in the north and accused the army.
    doc = parse(
        *SAID_STAY, ("accused", 5, "conj", "VERB", "accuse"), ("the", 11, "det", "DET"), ("army", 10, "dobj", "NOUN"),
        (".", 1, "punct", "PUNCT"),
    )
    stay, accused = head_tags
    doc = tagged(doc, ["NNP", "VBD", "DT", "NN", "MD", stay, "IN", "DT", "NN", "CC", accused, "DT", "NN", "."])
    if stay == "VBD":
        doc[4].dep_ = "dep"  # no auxiliary: "the brigade stayed ..."
    q = only(doc, quote_rules)
    assert (q.quote, q.speaker) == (expected, "Koivisto")


@pytest.mark.parametrize(
    ("aux", "expected"),
    [
        (("had", "have"), "the guards had trained recruits and equipped the militia"),  # "had ... equipped"
        (("would", "would"), "the guards would train recruits"),
    ],
)
def test_quotes_extract_shared_auxiliary_conjunct_stays_in_the_report(aux, expected, quote_rules):
    # Koivisto said the guards had/would train(ed) recruits and equipped the militia.
    doc = parse(
        ("Koivisto", 1, "nsubj", "PROPN", "B-PERSON"), ("said", 1, "ROOT", "VERB", "say"), ("the", 3, "det", "DET"),
        ("guards", 5, "nsubj", "NOUN"), (*aux[:1], 5, "aux", "AUX", aux[1]),
        ("trained" if aux[0] == "had" else "train", 1, "ccomp", "VERB", "train"), ("recruits", 5, "dobj", "NOUN"),
        ("and", 5, "cc", "CCONJ"), ("equipped", 5, "conj", "VERB", "equip"), ("the", 10, "det", "DET"),
        ("militia", 8, "dobj", "NOUN"), (".", 1, "punct", "PUNCT"),
    )
    doc = tagged(doc, ["NNP", "VBD", "DT", "NNS", "MD", "VBN", "NNS", "CC", "VBD", "DT", "NN", "."])
    q = only(doc, quote_rules)
    assert q.quote == expected


# -- reporting clause after a clause with an opening phrase -----------------------
def test_quotes_extract_opening_phrase_stays_in_the_report(quote_rules):
    # Despite the sanctions, the militia has money, Olsen added.
    doc = parse(
        ("Despite", 6, "prep", "SCONJ", "despite"), ("the", 2, "det", "DET"), ("sanctions", 0, "pobj", "NOUN"),
        (",", 6, "punct", "PUNCT"), ("the", 5, "det", "DET"), ("militia", 6, "nsubj", "NOUN"), ("has", 10, "ccomp", "VERB", "have"),
        ("money", 6, "dobj", "NOUN"), (",", 10, "punct", "PUNCT"), ("Olsen", 10, "nsubj", "PROPN", "B-PERSON"),
        ("added", 10, "ROOT", "VERB", "add"), (".", 10, "punct", "PUNCT"),
    )
    q = only(doc, quote_rules)
    assert (q.quote, q.speaker) == ("Despite the sanctions, the militia has money", "Olsen")


def test_quotes_extract_adverbial_clause_is_no_report(quote_rules):
    # Olsen said so the militia could buy arms.
    doc = parse(
        ("Olsen", 1, "nsubj", "PROPN", "B-PERSON"), ("said", 1, "ROOT", "VERB", "say"), ("so", 6, "mark", "SCONJ"),
        ("the", 4, "det", "DET"), ("militia", 6, "nsubj", "NOUN"), ("could", 6, "aux", "AUX"), ("buy", 1, "ccomp", "VERB"),
        ("arms", 6, "dobj", "NOUN"), (".", 1, "punct", "PUNCT"),
    )
    assert quotes(doc, quote_rules) == []


# -- an outlet's report as the source ----------------------------------------------
@pytest.mark.parametrize(
    ("noun", "speaker"),
    [
        ("report", "Le Monde"),  # an outlet publishing a report speaks through it
        ("researcher", "researcher"),  # "a researcher in X" is not X's mouthpiece: an unnamed source
        ("visitor", None),  # no source by its meaning
    ],
)
def test_quotes_extract_according_to_a_report_in_an_outlet(noun, speaker, quote_rules):
    # The rebels sold the oil, according to a report in Le Monde.
    doc = parse(
        ("The", 1, "det", "DET"), ("rebels", 2, "nsubj", "NOUN"), ("sold", 2, "ROOT", "VERB", "sell"),
        ("the", 4, "det", "DET"), ("oil", 2, "dobj", "NOUN"), (",", 2, "punct", "PUNCT"),
        ("according", 2, "prep", "VERB", "accord"), ("to", 6, "prep", "ADP"), ("a", 9, "det", "DET"),
        (noun, 7, "pobj", "NOUN"), ("in", 9, "prep", "ADP"), ("Le", 12, "compound", "PROPN", "B-ORG"),
        ("Monde", 10, "pobj", "PROPN", "I-ORG"), (".", 2, "punct", "PUNCT"),
    )
    found = [(q.quote, q.speaker) for q in quotes(doc, quote_rules)]
    assert found == ([("The rebels sold the oil", speaker)] if speaker else [])


# -- constructions found on real news (round 5) --------------------------------
@pytest.mark.parametrize(
    ("after", "expected"),
    [
        ([("signs", 10, "nsubj", "NOUN"), ("lined", 10, "ROOT", "VERB", "line")], []),  # a label on a sign
        ([(",", 11, "punct", "PUNCT"), ("crowds", 11, "nsubj", "NOUN"), ("chanted", 11, "ROOT", "VERB", "chant")],
         ["Where is the prime minister tonight?"]),
    ],
)
def test_quotes_extract_quotation_naming_the_noun_after_it_is_a_label(after, expected, quote_rules):
    # “Where is the prime minister tonight?” signs lined the road. / ..., crowds chanted.
    verb = 8 + len(after) - 1  # the last row of ``after``
    doc = parse(
        ("“", 2, "punct", "PUNCT"), ("Where", 2, "advmod", "ADV"), ("is", verb, "ccomp", "AUX", "be"),
        ("the", 5, "det", "DET"), ("prime", 5, "amod", "ADJ"), ("minister", 2, "nsubj", "NOUN"),
        ("tonight", 2, "npadvmod", "NOUN"), ("?", 2, "punct", "PUNCT"), ("”", verb, "punct", "PUNCT"), *after,
        (".", verb, "punct", "PUNCT"),
    )
    assert [q.quote for q in quotes(doc, quote_rules)] == expected


def test_quotes_extract_saying_in_marks_is_no_quotation(quote_rules):
    # It is like the saying “Slow and steady wins every race”.
    doc = parse(
        ("It", 1, "nsubj", "PRON"), ("is", 1, "ROOT", "AUX", "be"), ("like", 1, "prep", "ADP"),
        ("the", 4, "det", "DET"), ("saying", 2, "pobj", "NOUN"), ("“", 9, "punct", "PUNCT"),
        ("Slow", 9, "nsubj", "ADJ"), ("and", 6, "cc", "CCONJ"), ("steady", 6, "conj", "ADJ"),
        ("wins", 4, "acl", "VERB", "win"), ("every", 11, "det", "DET"), ("race", 9, "dobj", "NOUN"),
        ("”", 9, "punct", "PUNCT"), (".", 1, "punct", "PUNCT"),
    )
    assert quotes(doc, quote_rules) == []


def test_quotes_extract_cue_the_parser_took_for_a_modifier_right_after_the_quotation(quote_rules):
    # “We are grateful to every volunteer” tweeted Mayor Ana Ruiz.  (the parser hangs the rest on the quotation)
    doc = parse(
        ("“", 2, "punct", "PUNCT"), ("We", 2, "nsubj", "PRON"), ("are", 2, "ROOT", "AUX", "be"),
        ("grateful", 2, "acomp", "ADJ"), ("to", 3, "prep", "ADP"), ("every", 6, "det", "DET"),
        ("volunteer", 4, "pobj", "NOUN"), ("”", 2, "punct", "PUNCT"), ("tweeted", 9, "amod", "VERB", "tweet"),
        ("Mayor", 6, "appos", "PROPN"), ("Ana", 11, "compound", "PROPN", "B-PERSON"),
        ("Ruiz", 9, "appos", "PROPN", "I-PERSON"), (".", 2, "punct", "PUNCT"),
    )
    q = only(doc, quote_rules)
    assert (q.quote, q.speaker, q.cue, q.rule) == ("We are grateful to every volunteer", "Ana Ruiz", "tweeted", "direct.cue_after")


def test_quotes_extract_sentence_opening_cue_before_the_name(quote_rules):
    # Added Harbour Trust analyst Omar Saleh, “The truce will not hold.”  (the model tagged "Added Harbour" a person)
    doc = parse(
        ("Added", 1, "compound", "VERB", "add", "B-PERSON"), ("Harbour", 10, "nsubj", "PROPN", "I-PERSON"),
        ("Trust", 3, "compound", "PROPN", "B-ORG"), ("analyst", 5, "compound", "NOUN"),
        ("Omar", 5, "compound", "PROPN", "B-PERSON"), ("Saleh", 1, "appos", "PROPN", "I-PERSON"),
        (",", 1, "punct", "PUNCT"), ("“", 10, "punct", "PUNCT"), ("The", 9, "det", "DET"),
        ("truce", 12, "nsubj", "NOUN"), ("will", 12, "aux", "AUX"), ("not", 12, "neg", "PART"),
        ("hold", 12, "ROOT", "VERB"), (".", 12, "punct", "PUNCT"), ("”", 12, "punct", "PUNCT"),
    )
    q = only(doc, quote_rules)
    assert (q.quote, q.speaker, q.cue) == ("The truce will not hold", "Omar Saleh", "Added")


def test_quotes_extract_continuation_over_a_pronoun_cue_after_the_first_quotation(quote_rules):
    # Lund concurred: “We stay,” he argued. “We build.”
    doc = parse(
        ("Lund", 1, "nsubj", "PROPN", "B-PERSON"), ("concurred", 1, "ROOT", "VERB", "concur"), (":", 1, "punct", "PUNCT"),
        ("“", 4, "punct", "PUNCT"), ("We", 4, "nsubj", "PRON"), ("stay", 9, "ccomp", "VERB"), (",", 9, "punct", "PUNCT"),
        ("”", 9, "punct", "PUNCT"), ("he", 9, "nsubj", "PRON"), ("argued", 1, "parataxis", "VERB", "argue"),
        (".", 1, "punct", "PUNCT"), ("“", 13, "punct", "PUNCT"), ("We", 13, "nsubj", "PRON"),
        ("build", 13, "ROOT", "VERB"), (".", 13, "punct", "PUNCT"), ("”", 13, "punct", "PUNCT"),
    )
    first, second = quotes(doc, quote_rules)
    assert (first.quote, first.speaker) == ("We stay", "Lund")
    assert (second.quote, second.speaker, second.rule) == ("We build", "Lund", "direct.continuation")


@pytest.mark.parametrize(("word", "pos"), [("remarking", "NOUN"), ("adding", "VERB")])
def test_quotes_extract_continuation_after_a_participle_cue_whatever_its_tag(word, pos, quote_rules):
    # Rana Aziz said, “We rebuilt it,” further remarking, “The children came back.”
    doc = parse(
        ("Rana", 1, "compound", "PROPN", "B-PERSON"), ("Aziz", 2, "nsubj", "PROPN", "I-PERSON"),
        ("said", 2, "ROOT", "VERB", "say"), (",", 2, "punct", "PUNCT"), ("“", 6, "punct", "PUNCT"),
        ("We", 6, "nsubj", "PRON"), ("rebuilt", 2, "ccomp", "VERB", "rebuild"), ("it", 6, "dobj", "PRON"),
        (",", 6, "punct", "PUNCT"), ("”", 6, "punct", "PUNCT"), ("further", 11, "amod", "ADJ"),
        (word, 2, "npadvmod", pos), (",", 11, "punct", "PUNCT"), ("“", 16, "punct", "PUNCT"),
        ("The", 15, "det", "DET"), ("children", 16, "nsubj", "NOUN"), ("came", 2, "conj", "VERB", "come"),
        ("back", 16, "advmod", "ADV"), (".", 16, "punct", "PUNCT"), ("”", 16, "punct", "PUNCT"),
    )
    second = quotes(doc, quote_rules)[1]
    assert (second.quote, second.speaker) == ("The children came back", "Rana Aziz")


def test_quotes_extract_pronoun_subject_with_an_apposed_name(quote_rules):
    # In the filing itself Norcom made the point, writing “We told every agency.”  (parsed "itself Norcom")
    doc = parse(
        ("In", 5, "prep", "ADP"), ("the", 2, "det", "DET"), ("filing", 0, "pobj", "NOUN"),
        ("itself", 5, "nsubj", "PRON"), ("Norcom", 3, "appos", "PROPN", "B-ORG"), ("made", 5, "ROOT", "VERB", "make"),
        ("the", 7, "det", "DET"), ("point", 5, "dobj", "NOUN"), (",", 5, "punct", "PUNCT"),
        ("writing", 5, "advcl", "VERB", "write"), ("“", 12, "punct", "PUNCT"), ("We", 12, "nsubj", "PRON"),
        ("told", 9, "ccomp", "VERB", "tell"), ("every", 14, "det", "DET"), ("agency", 12, "dobj", "NOUN"),
        (".", 12, "punct", "PUNCT"), ("”", 12, "punct", "PUNCT"),
    )
    q = only(doc, quote_rules)
    assert (q.quote, q.speaker, q.cue) == ("We told every agency", "Norcom", "writing")


def test_quotes_extract_name_set_off_right_before_the_verb_inside_a_participial_clause(quote_rules):
    # Speaking to reporters, the head of the union, Lena Berg, said, “We will strike.”
    # (the parser hangs "head" and "Lena Berg" on "reporters", inside the clause)
    doc = parse(
        ("Speaking", 13, "advcl", "VERB", "speak"), ("to", 0, "prep", "ADP"), ("reporters", 1, "pobj", "NOUN"),
        (",", 2, "punct", "PUNCT"), ("the", 5, "det", "DET"), ("head", 2, "appos", "NOUN"),
        ("of", 5, "prep", "ADP"), ("the", 8, "det", "DET"), ("union", 6, "pobj", "NOUN"),
        (",", 2, "punct", "PUNCT"), ("Lena", 11, "compound", "PROPN", "B-PERSON"),
        ("Berg", 2, "appos", "PROPN", "I-PERSON"), (",", 13, "punct", "PUNCT"), ("said", 13, "ROOT", "VERB", "say"),
        (",", 13, "punct", "PUNCT"), ("“", 18, "punct", "PUNCT"), ("We", 18, "nsubj", "PRON"),
        ("will", 18, "aux", "AUX"), ("strike", 13, "ccomp", "VERB"), (".", 18, "punct", "PUNCT"),
        ("”", 13, "punct", "PUNCT"),
    )
    q = only(doc, quote_rules)
    assert (q.quote, q.speaker, q.audience) == ("We will strike", "Lena Berg", "reporters")


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ((("Mara", 1, "compound", "PROPN", "B-PERSON"), ("Levin", 8, "nsubj", "PROPN", "I-PERSON")), "Mara Levin"),
        ((("The", 1, "det", "DET"), ("council", 3, "poss", "NOUN"), ("'s", 1, "case", "PART"),
          ("statement", 8, "nsubj", "NOUN")), "council"),
    ],
)
def test_quotes_extract_colon_clause_whose_subject_the_parser_hung_on_the_quotation(subject, expected, quote_rules):
    # Mara Levin disagreed: “The data are thin.” / The council's statement read: “...”  (verb lost or tagged a noun)
    n = len(subject)
    cue = ("disagreed", 8, "parataxis", "VERB", "disagree") if n == 2 else ("read", 3, "appos", "NOUN")
    rows = [*subject, cue, (":", n, "punct", "PUNCT"), ("“", 8, "punct", "PUNCT"), ("The", 6, "det", "DET"),
            ("data", 8, "nsubj", "NOUN"), ("are", 8, "ROOT", "AUX", "be"), ("thin", 8, "acomp", "ADJ"),
            (".", 8, "punct", "PUNCT"), ("”", 8, "punct", "PUNCT")]
    shift = n - 2  # rows above were written for a two-token subject
    fixed = [(w, h + shift if h >= 2 and i >= n - 1 else h, *rest) for i, (w, h, *rest) in enumerate(rows)]
    q = only(parse(*fixed), quote_rules)
    assert (q.quote, q.speaker, q.rule) == ("The data are thin", expected, "direct.intro")


@pytest.mark.parametrize(("relative", "expected"), [("who", "Tom Reyes"), ("it", None)])
def test_quotes_extract_colon_after_a_relative_clause_names_its_antecedent(relative, expected, quote_rules):
    # Another was nurse Tom Reyes, who cited his training: “I did what anyone would.”
    # ("it" instead of "who": the clause has a subject of its own, no antecedent speaks)
    doc = parse(
        ("Another", 1, "nsubj", "PRON"), ("was", 1, "ROOT", "AUX", "be"), ("nurse", 4, "compound", "NOUN"),
        ("Tom", 4, "compound", "PROPN", "B-PERSON"), ("Reyes", 1, "attr", "PROPN", "I-PERSON"),
        (",", 4, "punct", "PUNCT"), (relative, 7, "nsubj", "PRON"), ("cited", 4, "relcl", "VERB", "cite"),
        ("his", 9, "poss", "PRON"), ("training", 7, "dobj", "NOUN"), (":", 4, "punct", "PUNCT"),
        ("“", 13, "punct", "PUNCT"), ("I", 13, "nsubj", "PRON"), ("did", 1, "parataxis", "VERB", "do"),
        ("what", 16, "dobj", "PRON"), ("anyone", 16, "nsubj", "PRON"), ("would", 13, "ccomp", "AUX"),
        (".", 13, "punct", "PUNCT"), ("”", 13, "punct", "PUNCT"),
    )
    q = only(doc, quote_rules)
    assert (q.quote, q.speaker) == ("I did what anyone would", expected)


def test_quotes_extract_quotation_after_a_pronoun_sentence_with_a_fragment(quote_rules):
    # Dana Ko starred. She saw the part as a “chance to prove myself”. “I was terrified every single night.”
    doc = parse(
        ("Dana", 1, "compound", "PROPN", "B-PERSON"), ("Ko", 2, "nsubj", "PROPN", "I-PERSON"),
        ("starred", 2, "ROOT", "VERB", "star"), (".", 2, "punct", "PUNCT"),
        ("She", 5, "nsubj", "PRON"), ("saw", 5, "ROOT", "VERB", "see"), ("the", 7, "det", "DET"),
        ("part", 5, "dobj", "NOUN"), ("as", 5, "prep", "ADP"), ("a", 11, "det", "DET"), ("“", 11, "punct", "PUNCT"),
        ("chance", 8, "pobj", "NOUN"), ("to", 13, "aux", "PART"), ("prove", 11, "acl", "VERB"),
        ("myself", 13, "dobj", "PRON"), ("”", 11, "punct", "PUNCT"), (".", 5, "punct", "PUNCT"),
        ("“", 19, "punct", "PUNCT"), ("I", 19, "nsubj", "PRON"), ("was", 19, "ROOT", "AUX", "be"),
        ("terrified", 19, "acomp", "ADJ"), ("every", 23, "det", "DET"), ("single", 23, "amod", "ADJ"),
        ("night", 19, "npadvmod", "NOUN"), (".", 19, "punct", "PUNCT"), ("”", 19, "punct", "PUNCT"),
    )
    q = only(doc, quote_rules)
    assert (q.quote, q.speaker, q.speaker_text, q.rule) == ("I was terrified every single night", "Dana Ko", "She", "direct.context")


# -- reported speech: round 7 (issue 13) ------------------------------------------
LUND_SAID = [
    ("Kay", 0, "ROOT", "PROPN", "B-PERSON"), (":", 0, "punct", "PUNCT"), ("Lund", 3, "nsubj", "PROPN", "B-PERSON"),
    ("said", 0, "appos", "VERB", "say"), ("the", 5, "det", "DET"), ("rules", 6, "nsubj", "NOUN"),
    ("failed", 3, "ccomp", "VERB", "fail"), ("very", 8, "advmod", "ADV"), ("badly", 6, "advmod", "ADV"), (".", 3, "punct", "PUNCT"),
]


@pytest.mark.parametrize("transcript", [False, True])
def test_quotes_extract_no_reported_speech_inside_an_interview_turn(transcript, quote_rules):
    # Kay: Lund said the rules failed very badly. -- alone, or as an answer between two "((WN))" questions
    rows = [*QUESTION, *shifted(LUND_SAID, 5), PARA, *shifted(QUESTION, 16)] if transcript else LUND_SAID
    found = [(q.quote, q.speaker, q.kind) for q in quotes(parse(*rows), quote_rules)]
    assert found == ([] if transcript else [("the rules failed very badly", "Lund", "indirect")])


HADDAD_SAID_SHIPS = [
    ("Haddad", 1, "nsubj", "PROPN", "B-PERSON"), ("said", 1, "ROOT", "VERB", "say"), ("the", 3, "det", "DET"),
    ("rebels", 4, "nsubj", "NOUN"), ("attack", 1, "ccomp", "VERB"), ("ships", 4, "dobj", "NOUN"),
]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # Haddad said the rebels attack ships: “We saw them do it.”
        (
            [(":", 4, "punct", "PUNCT"), ("“", 9, "punct", "PUNCT"), ("We", 9, "nsubj", "PRON"), ("saw", 4, "parataxis", "VERB", "see"),
             ("them", 11, "nsubj", "PRON"), ("do", 9, "ccomp", "VERB"), ("it", 11, "dobj", "PRON"), (".", 9, "punct", "PUNCT"),
             ("”", 9, "punct", "PUNCT")],
            [("the rebels attack ships", "indirect"), ("We saw them do it", "direct")],
        ),
        # Haddad said the rebels attack ships and “nobody ever stops them”.
        (
            [("and", 4, "cc", "CCONJ"), ("“", 10, "punct", "PUNCT"), ("nobody", 10, "nsubj", "PRON"), ("ever", 10, "advmod", "ADV"),
             ("stops", 4, "conj", "VERB", "stop"), ("them", 10, "dobj", "PRON"), ("”", 10, "punct", "PUNCT"), (".", 1, "punct", "PUNCT")],
            [("the rebels attack ships", "indirect"), ("nobody ever stops them", "partial")],
        ),
        # Haddad said the rebels attack ships and “fast boats”: a quoted noun phrase of the clause stays in it
        (
            [("and", 5, "cc", "CCONJ"), ("“", 9, "punct", "PUNCT"), ("fast", 9, "amod", "ADJ"), ("boats", 5, "conj", "NOUN", "boat"),
             ("”", 9, "punct", "PUNCT"), (".", 1, "punct", "PUNCT")],
            [("the rebels attack ships and “fast boats”", "indirect"), ("fast boats", "partial")],
        ),
    ],
)
def test_quotes_extract_report_ends_before_the_speakers_words_in_marks(rows, expected, quote_rules):
    found = quotes(parse(*HADDAD_SAID_SHIPS, *rows), quote_rules)
    assert [(q.quote, q.kind) for q in found] == expected
    assert {q.speaker for q in found} == {"Haddad"}


@pytest.mark.parametrize(
    ("conjunction", "expected"),
    [
        ("and", ["the brigade would stay in the north, and that its lines were secure"]),  # one report going on
        ("but", ["the brigade would stay in the north", "its lines were secure"]),  # a second claim
    ],
)
def test_quotes_extract_said_a_comma_and_that_b_is_one_report(conjunction, expected, quote_rules):
    # Koivisto said the brigade would stay in the north, and/but that its lines were secure.
    doc = parse(
        *SAID_STAY[:-1], (",", 5, "punct", "PUNCT"), (conjunction, 5, "cc", "CCONJ"), ("that", 14, "mark", "SCONJ"),
        ("its", 13, "poss", "PRON"), ("lines", 14, "nsubj", "NOUN"), ("were", 5, "conj", "AUX", "be"),
        ("secure", 14, "acomp", "ADJ"), (".", 1, "punct", "PUNCT"),
    )
    assert [(q.quote, q.speaker) for q in quotes(doc, quote_rules)] == [(text, "Koivisto") for text in expected]


def test_quotes_extract_according_to_after_an_opening_phrase_reports_the_clause_after_it(quote_rules):
    # Longer term, according to Berg, the old port will grow.
    doc = parse(
        ("Longer", 1, "amod", "ADJ"), ("term", 11, "nsubj", "NOUN"), (",", 11, "punct", "PUNCT"),
        ("according", 11, "prep", "VERB", "accord"), ("to", 3, "prep", "ADP"), ("Berg", 4, "pobj", "PROPN", "B-PERSON"),
        (",", 11, "punct", "PUNCT"), ("the", 9, "det", "DET"), ("old", 9, "amod", "ADJ"), ("port", 11, "nsubj", "NOUN"),
        ("will", 11, "aux", "AUX"), ("grow", 11, "ROOT", "VERB"), (".", 11, "punct", "PUNCT"),
    )
    q = only(doc, quote_rules)
    assert (q.quote, q.speaker, q.rule) == ("the old port will grow", "Berg", "indirect.source_phrase")


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (("officials", "official"), [("The old port grew", "officials")]),  # a source by its meaning
        (("visitors", "visitor"), []),  # an unnamed noun that is no source
        (("reports", "report"), []),  # a document no one is named as issuing: hearsay
    ],
)
def test_quotes_extract_according_to_an_unnamed_source_with_a_relative_clause(source, expected, quote_rules):
    # The old port grew, according to officials/visitors, some of whom work there.
    doc = parse(
        ("The", 2, "det", "DET"), ("old", 2, "amod", "ADJ"), ("port", 3, "nsubj", "NOUN"), ("grew", 3, "ROOT", "VERB", "grow"),
        (",", 3, "punct", "PUNCT"), ("according", 3, "prep", "VERB", "accord"), ("to", 5, "prep", "ADP"),
        (source[0], 6, "pobj", "NOUN", source[1]), (",", 3, "punct", "PUNCT"), ("some", 12, "nsubj", "PRON"),
        ("of", 9, "prep", "ADP"), ("whom", 10, "pobj", "PRON"), ("work", 3, "advcl", "VERB"), ("there", 12, "advmod", "ADV"),
        (".", 3, "punct", "PUNCT"),
    )
    assert [(q.quote, q.speaker) for q in quotes(doc, quote_rules)] == expected


@pytest.mark.parametrize("verb", [("speculated", "speculate"), ("agreed", "agree")])
def test_quotes_extract_conjecture_and_assent_report_a_clause(verb, quote_rules):
    # Lena Berg speculated / agreed the spikes deter large predators.
    doc = parse(
        ("Lena", 1, "compound", "PROPN", "B-PERSON"), ("Berg", 2, "nsubj", "PROPN", "I-PERSON"), (verb[0], 2, "ROOT", "VERB", verb[1]),
        ("the", 4, "det", "DET"), ("spikes", 5, "nsubj", "NOUN"), ("deter", 2, "ccomp", "VERB"), ("large", 7, "amod", "ADJ"),
        ("predators", 5, "dobj", "NOUN"), (".", 2, "punct", "PUNCT"),
    )
    q = only(doc, quote_rules)
    assert (q.quote, q.speaker, q.cue) == ("the spikes deter large predators", "Lena Berg", verb[0])


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        # a conjunct noun with a relative clause is no clause of the author's
        (
            [("and", 5, "cc", "CCONJ"), ("any", 9, "det", "DET"), ("ferry", 5, "conj", "NOUN"), ("which", 11, "nsubj", "PRON"),
             ("sails", 9, "relcl", "VERB", "sail"), ("near", 11, "prep", "ADP"), ("them", 12, "pobj", "PRON")],
            "the rebels attack ships, and any ferry which sails near them",
        ),
        # a subject only inside a subordinate clause of the conjunct
        (
            [("and", 4, "cc", "CCONJ"), ("then", 9, "advmod", "ADV"), ("sink", 4, "conj", "VERB"), ("them", 9, "dobj", "PRON"),
             ("if", 14, "mark", "SCONJ"), ("the", 13, "det", "DET"), ("crews", 14, "nsubj", "NOUN"), ("resist", 9, "advcl", "VERB")],
            "the rebels attack ships, and then sink them if the crews resist",
        ),
    ],
)
def test_quotes_extract_conjunct_without_a_subject_of_its_own_stays_in_the_report(tail, expected, quote_rules):
    q = only(clause_with_tail(*tail), quote_rules)
    assert (q.quote, q.speaker) == (expected, "Haddad")


@pytest.mark.parametrize(
    ("conjunction", "expected"),
    [
        ("and", "the old port grew, and the harbour closed"),  # what the source says goes on
        ("though", "the old port grew"),  # the author's comment
    ],
)
def test_quotes_extract_according_to_a_b_and_c(conjunction, expected, quote_rules):
    # According to Berg, the old port grew, and/though the harbour closed.
    joined = conjunction == "and"
    doc = parse(
        ("According", 7, "prep", "VERB", "accord"), ("to", 0, "prep", "ADP"), ("Berg", 1, "pobj", "PROPN", "B-PERSON"),
        (",", 7, "punct", "PUNCT"), ("the", 6, "det", "DET"), ("old", 6, "amod", "ADJ"), ("port", 7, "nsubj", "NOUN"),
        ("grew", 7, "ROOT", "VERB", "grow"), (",", 7, "punct", "PUNCT"),
        (conjunction, 7 if joined else 12, "cc" if joined else "mark", "CCONJ" if joined else "SCONJ"),
        ("the", 11, "det", "DET"), ("harbour", 12, "nsubj", "NOUN"), ("closed", 7, "conj" if joined else "advcl", "VERB", "close"),
        (".", 7, "punct", "PUNCT"),
    )
    q = only(doc, quote_rules)
    assert (q.quote, q.speaker) == (expected, "Berg")


@pytest.mark.parametrize(
    ("inner", "expected"),
    [
        # an unnamed source inside another's report: the outer speaker's words
        (("officials", "official", "NOUN", "O"), [("the officials claimed the new port was closed", "Haddad")]),
        # a named speaker reports on its own ("According to X, Y said ..." is Y's report too)
        (("Lund", "lund", "PROPN", "B-PERSON"),
         [("Lund claimed the new port was closed", "Haddad"), ("the new port was closed", "Lund")]),
    ],
)
def test_quotes_extract_report_inside_a_report(inner, expected, quote_rules):
    # Haddad said the officials / Lund claimed the new port was closed.
    word, lemma, pos, ent = inner
    head = [("the", 3, "det", "DET")] if word == "officials" else []
    k = len(head)
    doc = parse(
        ("Haddad", 1, "nsubj", "PROPN", "B-PERSON"), ("said", 1, "ROOT", "VERB", "say"), *head,
        (word, 3 + k, "nsubj", pos, lemma, ent), ("claimed", 1, "ccomp", "VERB", "claim"), ("the", 6 + k, "det", "DET"),
        ("new", 6 + k, "amod", "ADJ"), ("port", 8 + k, "nsubjpass", "NOUN"), ("was", 8 + k, "auxpass", "AUX", "be"),
        ("closed", 3 + k, "ccomp", "VERB", "close"), (".", 1, "punct", "PUNCT"),
    )
    assert [(q.quote, q.speaker) for q in quotes(doc, quote_rules)] == expected


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        # the speaker's own act: a participle of a citing or evaluating verb
        ([("citing", 4, "advcl", "VERB", "cite"), ("the", 9, "det", "DET"), ("drone", 9, "compound", "NOUN"), ("strikes", 7, "dobj", "NOUN")],
         "the rebels attack ships"),
        # a participle of any other verb is part of what was said
        ([("sinking", 4, "advcl", "VERB", "sink"), ("the", 9, "det", "DET"), ("cargo", 9, "compound", "NOUN"), ("boats", 7, "dobj", "NOUN")],
         "the rebels attack ships, sinking the cargo boats"),
        # a last piece mostly in marks: the speaker's own words, a quote of their own
        ([("such", 8, "amod", "ADJ"), ("as", 5, "prep", "ADP"), ("“", 10, "punct", "PUNCT"), ("slow", 10, "amod", "ADJ"),
          ("tankers", 8, "pobj", "NOUN", "tanker"), ("at", 10, "prep", "ADP"), ("night", 11, "pobj", "NOUN"), ("”", 10, "punct", "PUNCT")],
         "the rebels attack ships"),
    ],
)
def test_quotes_extract_last_comma_piece_of_the_speakers_own(tail, expected, quote_rules):
    # Haddad said the rebels attack ships, TAIL.
    doc = clause_with_tail(*tail)
    if doc[7].text.endswith("ing"):
        doc[7].tag_ = "VBG"
    found = [q for q in quotes(doc, quote_rules) if q.kind == "indirect"]
    assert [(q.quote, q.speaker) for q in found] == [(expected, "Haddad")]


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        # an apposition right after a person's name, ending the clause: the author's gloss
        ([("Omar", 8, "compound", "PROPN", "B-PERSON"), ("Said", 6, "pobj", "PROPN", "I-PERSON"), (",", 8, "punct", "PUNCT"),
          ("a", 12, "det", "DET"), ("local", 12, "amod", "ADJ"), ("teacher", 8, "appos", "NOUN")],
         "the rebels attack ships near Omar Said"),
        # after a common noun, the apposition is part of the clause
        ([("the", 8, "det", "DET"), ("port", 6, "pobj", "NOUN"), (",", 8, "punct", "PUNCT"),
          ("a", 12, "det", "DET"), ("busy", 12, "amod", "ADJ"), ("harbour", 8, "appos", "NOUN")],
         "the rebels attack ships near the port, a busy harbour"),
    ],
)
def test_quotes_extract_gloss_on_a_name_ending_the_report(tail, expected, quote_rules):
    # Haddad said the rebels attack ships near TAIL.
    doc = parse(*HADDAD_SAID_SHIPS, ("near", 4, "prep", "ADP"), *tail, (".", 1, "punct", "PUNCT"))
    q = only(doc, quote_rules)
    assert (q.quote, q.speaker) == (expected, "Haddad")


def test_quotes_extract_according_to_after_the_subject_is_no_opening_phrase(quote_rules):
    # Lund, according to Berg, said the old port closed.
    doc = parse(
        ("Lund", 6, "nsubj", "PROPN", "B-PERSON"), (",", 6, "punct", "PUNCT"), ("according", 6, "prep", "VERB", "accord"),
        ("to", 2, "prep", "ADP"), ("Berg", 3, "pobj", "PROPN", "B-PERSON"), (",", 6, "punct", "PUNCT"),
        ("said", 6, "ROOT", "VERB", "say"), ("the", 9, "det", "DET"), ("old", 9, "amod", "ADJ"), ("port", 10, "nsubj", "NOUN"),
        ("closed", 6, "ccomp", "VERB", "close"), (".", 6, "punct", "PUNCT"),
    )
    found = [(q.quote, q.speaker) for q in quotes(doc, quote_rules)]
    assert found == [("Lund, according to Berg, said the old port closed", "Berg"), ("the old port closed", "Lund")]


# -- round 8: bodies named after a person; fragments of an opening clause ------
def _body_said(owner_ent, noun):
    # “We will appeal,” the Ortiz campaign said.
    return parse(
        ("“", 3, "punct", "PUNCT"), ("We", 3, "nsubj", "PRON"), ("will", 3, "aux", "AUX"),
        ("appeal", 9, "ccomp", "VERB"), (",", 9, "punct", "PUNCT"), ("”", 9, "punct", "PUNCT"),
        ("the", 8, "det", "DET"), ("Ortiz", 8, "compound", "PROPN", f"B-{owner_ent}"), (noun, 9, "nsubj", "NOUN"),
        ("said", 9, "ROOT", "VERB", "say"), (".", 9, "punct", "PUNCT"),
    )


@pytest.mark.parametrize(
    "owner_ent, noun, expected",
    [
        ("PERSON", "campaign", "Ortiz campaign"),  # the campaign speaks, not the candidate
        ("PERSON", "administration", "Ortiz administration"),
        ("PERSON", "family", "Ortiz family"),
        ("PERSON", "spokesperson", "Ortiz"),  # a mouthpiece still speaks for the person
        ("GPE", "government", "Ortiz"),  # a body named after a place speaks for it
    ],
)
def test_quotes_extract_body_named_after_a_person_speaks_as_itself(owner_ent, noun, expected, quote_rules):
    q = only(_body_said(owner_ent, noun), quote_rules)
    assert (q.quote, q.speaker) == ("We will appeal", expected)


def test_quotes_extract_possessive_body_of_a_person(quote_rules):
    # Senator Lind's team said: “The vote was close.”
    doc = parse(
        ("Senator", 1, "compound", "PROPN"), ("Lind", 3, "poss", "PROPN", "B-PERSON"), ("'s", 1, "case", "PART"),
        ("team", 4, "nsubj", "NOUN"), ("said", 4, "ROOT", "VERB", "say"), (":", 4, "punct", "PUNCT"),
        ("“", 9, "punct", "PUNCT"), ("The", 8, "det", "DET"), ("vote", 9, "nsubj", "NOUN"),
        ("was", 4, "ccomp", "AUX", "be"), ("close", 9, "acomp", "ADJ"), (".", 9, "punct", "PUNCT"),
        ("”", 9, "punct", "PUNCT"),
    )
    q = only(doc, quote_rules)
    assert (q.quote, q.kind, q.speaker) == ("The vote was close", "direct", "Lind team")


def _echoing():
    # Echoing a memo about a “ghost fund”, Paul Reyes said he had questions.
    return parse(
        ("Echoing", 12, "advcl", "VERB", "echo"), ("a", 2, "det", "DET"), ("memo", 0, "dobj", "NOUN"),
        ("about", 2, "prep", "ADP"), ("a", 7, "det", "DET"), ("“", 7, "punct", "PUNCT"),
        ("ghost", 7, "compound", "NOUN"), ("fund", 3, "pobj", "NOUN"), ("”", 7, "punct", "PUNCT"),
        (",", 12, "punct", "PUNCT"), ("Paul", 11, "compound", "PROPN", "B-PERSON"),
        ("Reyes", 12, "nsubj", "PROPN", "I-PERSON"), ("said", 12, "ROOT", "VERB", "say"),
        ("he", 14, "nsubj", "PRON"), ("had", 12, "ccomp", "VERB", "have"), ("questions", 14, "dobj", "NOUN"),
        (".", 12, "punct", "PUNCT"),
    )


def _visiting():
    # Visiting the “peace village” on Monday, Ana Ruiz said the talks would resume.
    return parse(
        ("Visiting", 11, "advcl", "VERB", "visit"), ("the", 4, "det", "DET"), ("“", 4, "punct", "PUNCT"),
        ("peace", 4, "compound", "NOUN"), ("village", 0, "dobj", "NOUN"), ("”", 4, "punct", "PUNCT"),
        ("on", 0, "prep", "ADP"), ("Monday", 6, "pobj", "PROPN", "B-DATE"), (",", 11, "punct", "PUNCT"),
        ("Ana", 10, "compound", "PROPN", "B-PERSON"), ("Ruiz", 11, "nsubj", "PROPN", "I-PERSON"),
        ("said", 11, "ROOT", "VERB", "say"), ("the", 13, "det", "DET"), ("talks", 15, "nsubj", "NOUN"),
        ("would", 15, "aux", "AUX"), ("resume", 11, "ccomp", "VERB"), (".", 11, "punct", "PUNCT"),
    )


@pytest.mark.parametrize("build", [_echoing, _visiting])
def test_quotes_extract_fragment_in_an_opening_clause_is_not_the_cues(build, quote_rules):
    # the words in marks belong to the memo or the place, not to the speaker of "said"
    assert [q for q in quotes(build(), quote_rules) if q.kind != "indirect"] == []


def _bank_then_they(officers):
    # Acme Bank said it would appeal. [The officers returned to work.] They said the ruling was unfair.
    rows = [
        ("Acme", 1, "compound", "PROPN", "B-ORG"), ("Bank", 2, "nsubj", "PROPN", "I-ORG"), ("said", 2, "ROOT", "VERB", "say"),
        ("it", 5, "nsubj", "PRON"), ("would", 5, "aux", "AUX"), ("appeal", 2, "ccomp", "VERB"), (".", 2, "punct", "PUNCT"),
    ]
    if officers:
        rows += [
            ("The", 8, "det", "DET"), ("officers", 9, "nsubj", "NOUN", "officer"), ("returned", 9, "ROOT", "VERB", "return"),
            ("to", 9, "prep", "ADP"), ("work", 10, "pobj", "NOUN"), (".", 9, "punct", "PUNCT"),
        ]
    n = len(rows)
    rows += [
        ("They", n + 1, "nsubj", "PRON"), ("said", n + 1, "ROOT", "VERB", "say"), ("the", n + 3, "det", "DET"),
        ("ruling", n + 4, "nsubj", "NOUN"), ("was", n + 1, "ccomp", "AUX", "be"), ("unfair", n + 4, "acomp", "ADJ"),
        (".", n + 1, "punct", "PUNCT"),
    ]
    doc = parse(*rows)
    for tok in doc:
        if tok.text == "officers":
            tok.tag_ = "NNS"
    return doc


@pytest.mark.parametrize(
    "officers, expected",
    [
        (False, ["Acme Bank"]),  # "They" is the bank
        (True, []),  # "They" are the officers, who have no name: no row rather than the bank
    ],
)
def test_quotes_extract_they_is_never_named_before_a_closer_plural_subject(officers, expected, quote_rules):
    found = [(q.quote, q.speaker) for q in quotes(_bank_then_they(officers), quote_rules)]
    assert found == [("the ruling was unfair", s) for s in expected]


def test_quotes_extract_they_is_no_one_person(quote_rules):
    # “We will win,” Dalia Haddad said. They said the ruling was unfair.
    doc = parse(
        ("“", 3, "punct", "PUNCT"), ("We", 3, "nsubj", "PRON"), ("will", 3, "aux", "AUX"),
        ("win", 8, "ccomp", "VERB"), (",", 8, "punct", "PUNCT"), ("”", 8, "punct", "PUNCT"),
        ("Dalia", 7, "compound", "PROPN", "B-PERSON"), ("Haddad", 8, "nsubj", "PROPN", "I-PERSON"),
        ("said", 8, "ROOT", "VERB", "say"), (".", 8, "punct", "PUNCT"),
        ("They", 11, "nsubj", "PRON"), ("said", 11, "ROOT", "VERB", "say"), ("the", 13, "det", "DET"),
        ("ruling", 14, "nsubj", "NOUN"), ("was", 11, "ccomp", "AUX", "be"), ("unfair", 14, "acomp", "ADJ"),
        (".", 11, "punct", "PUNCT"),
    )
    assert [(q.quote, q.speaker) for q in quotes(doc, quote_rules)] == [("We will win", "Dalia Haddad")]


def _described_how(subject_rows, clause_words):
    # SUBJECT described how the fire spread, saying, “It was fast.”
    n = len(subject_rows)
    verb = n  # index of "described"
    rows = list(subject_rows) + [("described", verb, "ROOT", "VERB", "describe")]
    w, subj, cl = clause_words  # "how", "fire", "spread"
    rows += [
        (w, n + 4, "advmod", "SCONJ"), ("the", n + 3, "det", "DET"), (subj, n + 4, "nsubj", "NOUN"),
        (cl, verb, "ccomp", "VERB"), (",", n + 4, "punct", "PUNCT"), ("saying", n + 4, "advcl", "VERB", "say"),
        (",", n + 6, "punct", "PUNCT"), ("“", n + 10, "punct", "PUNCT"), ("It", n + 10, "nsubj", "PRON"),
        ("was", n + 6, "ccomp", "AUX", "be"), ("fast", n + 10, "acomp", "ADJ"), (".", n + 10, "punct", "PUNCT"),
        ("”", n + 10, "punct", "PUNCT"),
    ]
    return parse(*rows)


@pytest.mark.parametrize(
    "subject_rows, clause_words, expected",
    [
        ([("A", 1, "det", "DET"), ("witness", 2, "nsubj", "NOUN")], ("how", "fire", "spread"), "witness"),
        ([("Dana", 1, "compound", "PROPN", "B-PERSON"), ("Ruiz", 2, "nsubj", "PROPN", "I-PERSON")],
         ("why", "bridge", "closed"), "Dana Ruiz"),
        ([("Dana", 1, "compound", "PROPN", "B-PERSON"), ("Ruiz", 2, "nsubj", "PROPN", "I-PERSON")],
         ("whether", "storm", "passed"), "Dana Ruiz"),
    ],
)
def test_quotes_extract_participle_cue_skips_a_described_content_clause(subject_rows, clause_words, expected, quote_rules):
    # the subject of "how the fire spread" did not speak; the describer did
    (q,) = [q for q in quotes(_described_how(subject_rows, clause_words), quote_rules) if q.kind == "direct"]
    assert (q.quote, q.speaker) == ("It was fast", expected)


@pytest.mark.parametrize("noun", ["Part", "Section", "An excerpt"])
def test_quotes_extract_part_of_a_document_speaks_as_the_document(noun, quote_rules):
    # Part of the Delta Council statement reads: “The park stays open.”
    words = noun.split()
    rows = [("An", len(words), "det", "DET")] if len(words) == 2 else []
    n = len(rows)
    rows += [
        (words[-1], n + 6, "nsubj", "NOUN", words[-1].lower()), ("of", n, "prep", "ADP"), ("the", n + 5, "det", "DET"),
        ("Delta", n + 4, "compound", "PROPN", "B-ORG"), ("Council", n + 5, "compound", "PROPN", "I-ORG"),
        ("statement", n + 1, "pobj", "NOUN"), ("reads", n + 6, "ROOT", "VERB", "read"), (":", n + 6, "punct", "PUNCT"),
        ("“", n + 11, "punct", "PUNCT"), ("The", n + 10, "det", "DET"), ("park", n + 11, "nsubj", "NOUN"),
        ("stays", n + 6, "ccomp", "VERB", "stay"), ("open", n + 11, "acomp", "ADJ"), (".", n + 11, "punct", "PUNCT"),
        ("”", n + 11, "punct", "PUNCT"),
    ]
    (q,) = [q for q in quotes(parse(*rows), quote_rules) if q.kind == "direct"]
    assert (q.quote, q.speaker) == ("The park stays open", "Delta Council")


@pytest.mark.parametrize("pronoun", ["They", "She"])
def test_quotes_extract_pronoun_in_an_answer_names_only_someone_the_answer_names(pronoun, quote_rules):
    # Acme Bank hired Lena Park. / ((WN)) Anything else? / Kay: {pronoun} told him, “You are wrong about this.” / ((WN)) ...
    intro = [("Acme", 1, "compound", "PROPN", "B-ORG"), ("Bank", 2, "nsubj", "PROPN", "I-ORG"), ("hired", 2, "ROOT", "VERB", "hire"),
             ("Lena", 4, "compound", "PROPN", "B-PERSON"), ("Park", 2, "dobj", "PROPN", "I-PERSON"), (".", 2, "punct", "PUNCT"), PARA]
    answer = [(pronoun, *ANSWER[2][1:]) if row is ANSWER[2] else row for row in ANSWER]
    doc = parse(*intro, *shifted(QUESTION, 7), *shifted(answer, 12), PARA, *shifted(QUESTION, 27))
    q = only(doc, quote_rules)
    assert (q.quote, q.speaker) == ("You are wrong about this", None)  # not the bank or the woman named before the interview


@pytest.mark.parametrize(
    "title, place, expected",
    [
        (["Governor"], ("Ohio", "B-GPE"), "Dana Ruiz"),
        (["Attorney", "General"], ("Ohio", "B-GPE"), "Dana Ruiz"),
        (["CEO"], ("Acme", "B-ORG"), "Dana Ruiz"),
    ],
)
def test_quotes_extract_place_before_a_title_and_name_is_no_speaker(title, place, expected, quote_rules):
    # According to Ohio Governor Dana Ruiz, the bridge is closed. (parsed with the place as the object)
    n = len(title)
    root = 8 + n
    rows = [("According", root, "prep", "VERB", "accord"), ("to", 0, "prep", "ADP"), (place[0], 1, "pobj", "PROPN", place[1])]
    rows += [(w, 4 + n, "compound", "PROPN") for w in title]
    rows += [("Dana", 4 + n, "compound", "PROPN", "B-PERSON"), ("Ruiz", 0, "nsubj", "PROPN", "I-PERSON"),
             (",", root, "punct", "PUNCT"), ("the", 7 + n, "det", "DET"), ("bridge", root, "nsubj", "NOUN"),
             ("is", root, "ROOT", "AUX", "be"), ("closed", root, "acomp", "ADJ"), (".", root, "punct", "PUNCT")]
    doc = parse(*rows)
    doc.ents = [e if e.label_ != "PERSON" else Span(doc, e.start, e.end, label="PERSON", kb_id="Dana Ruiz") for e in doc.ents]  # the linker's actor
    found = [(q.kind, q.speaker) for q in quotes(doc, quote_rules)]
    assert found == [("indirect", expected)]


def test_quotes_extract_they_may_be_the_plural_noun_phrase_itself(quote_rules):
    # “We will appeal,” the officers said. They added: “We are calm.”
    doc = parse(
        ("“", 3, "punct", "PUNCT"), ("We", 3, "nsubj", "PRON"), ("will", 3, "aux", "AUX"), ("appeal", 8, "ccomp", "VERB"),
        (",", 8, "punct", "PUNCT"), ("”", 8, "punct", "PUNCT"), ("the", 7, "det", "DET"), ("officers", 8, "nsubj", "NOUN", "officer"),
        ("said", 8, "ROOT", "VERB", "say"), (".", 8, "punct", "PUNCT"),
        ("They", 11, "nsubj", "PRON"), ("added", 11, "ROOT", "VERB", "add"), (":", 11, "punct", "PUNCT"), ("“", 15, "punct", "PUNCT"),
        ("We", 15, "nsubj", "PRON"), ("are", 11, "ccomp", "AUX", "be"), ("calm", 15, "acomp", "ADJ"), (".", 15, "punct", "PUNCT"),
        ("”", 15, "punct", "PUNCT"),
    )
    doc[7].tag_ = "NNS"
    assert [(q.quote, q.speaker) for q in quotes(doc, quote_rules)] == [("We will appeal", "officers"), ("We are calm", "officers")]


# -- round 9: speakers of quotations that had none ------------------------------
def _thought_answer(subject, verb=("thought", "think")):
    # Kay: Then {subject} thought: “You are wrong again.”
    return [
        ("Kay", 0, "ROOT", "PROPN", "B-PERSON"), (":", 0, "punct", "PUNCT"), ("Then", 4, "advmod", "ADV"),
        (subject, 4, "nsubj", "PRON"), (verb[0], 0, "appos", "VERB", verb[1]), (":", 4, "punct", "PUNCT"),
        ("“", 8, "punct", "PUNCT"), ("You", 8, "nsubj", "PRON"), ("are", 4, "ccomp", "AUX", "be"),
        ("wrong", 8, "acomp", "ADJ"), ("again", 8, "advmod", "ADV"), (".", 8, "punct", "PUNCT"), ("”", 4, "punct", "PUNCT"),
    ]


@pytest.mark.parametrize(
    ("subject", "verb", "expected"),
    [
        ("I", ("thought", "think"), "Kay"),
        ("she", ("thought", "think"), None),
        ("I", ("read", "read"), None),  # "I read: "..."": the words read, someone else's
        ("I", ("said", "say"), "Kay"),
    ],
)
def test_quotes_extract_first_person_thought_in_an_answer_is_the_interviewees(subject, verb, expected, quote_rules):
    doc = parse(*QUESTION, *shifted(_thought_answer(subject, verb), 5), PARA, *shifted(QUESTION, 19))
    q = only(doc, quote_rules)
    assert (q.quote, q.speaker) == ("You are wrong again", expected)


@pytest.mark.parametrize(("verb", "expected"), [(("led", "lead"), "Ortiz"), (("wanted", "want"), "Criticism")])
def test_quotes_extract_object_of_a_control_verb_speaks(verb, expected, quote_rules):
    # Criticism led Ortiz to express “I should have waited.”
    doc = parse(
        ("Criticism", 1, "nsubj", "NOUN", "B-ORG"), (verb[0], 1, "ROOT", "VERB", verb[1]),
        ("Ortiz", 1, "dobj", "PROPN", "B-PERSON"), ("to", 4, "aux", "PART"), ("express", 1, "xcomp", "VERB"),
        ("“", 9, "punct", "PUNCT"), ("I", 9, "nsubj", "PRON"), ("should", 9, "aux", "AUX"), ("have", 9, "aux", "AUX"),
        ("waited", 4, "ccomp", "VERB", "wait"), (".", 9, "punct", "PUNCT"), ("”", 4, "punct", "PUNCT"),
    )
    q = only(doc, quote_rules)
    assert (q.quote, q.speaker) == ("I should have waited", expected)


@pytest.mark.parametrize(("witness", "fell"), [((1, "ROOT"), (8, "ccomp")), ((13, "nsubj"), (13, "ROOT"))])
def test_quotes_extract_describer_the_parser_left_without_a_verb(witness, fell, quote_rules):
    # A witness described how the fire spread, stating, “The roof fell in first.”
    # (parsed with "described" as a modifier of "witness", which is the sentence's root or a subject in the quotation)
    doc = parse(
        ("A", 1, "det", "DET"), ("witness", *witness, "NOUN"), ("described", 1, "acl", "VERB", "describe"),
        ("how", 6, "advmod", "SCONJ"), ("the", 5, "det", "DET"), ("fire", 6, "nsubj", "NOUN"),
        ("spread", 1, "relcl", "VERB"), (",", 6, "punct", "PUNCT"), ("stating", 6, "advcl", "VERB", "state"),
        (",", 8, "punct", "PUNCT"), ("“", 13, "punct", "PUNCT"), ("The", 12, "det", "DET"), ("roof", 13, "nsubj", "NOUN"),
        ("fell", *fell, "VERB", "fall"), ("in", 13, "prt", "ADP"), ("first", 13, "advmod", "ADV"),
        (".", 13, "punct", "PUNCT"), ("”", 13, "punct", "PUNCT"),
    )
    q = only(doc, quote_rules)
    assert (q.quote, q.speaker) == ("The roof fell in first", "witness")


@pytest.mark.parametrize(("noun", "expected"), [("study", "study"), ("crowd", None)])
def test_quotes_extract_document_subject_introduces_a_quotation(noun, expected, quote_rules):
    # The study outlined the link: “Sharks vanished in warm years.”
    doc = parse(
        ("The", 1, "det", "DET"), (noun, 2, "nsubj", "NOUN"), ("outlined", 2, "ROOT", "VERB", "outline"),
        ("the", 4, "det", "DET"), ("link", 2, "dobj", "NOUN"), (":", 2, "punct", "PUNCT"), ("“", 8, "punct", "PUNCT"),
        ("Sharks", 8, "nsubj", "NOUN", "shark"), ("vanished", 2, "ccomp", "VERB", "vanish"), ("in", 8, "prep", "ADP"),
        ("warm", 11, "amod", "ADJ"), ("years", 9, "pobj", "NOUN", "year"), (".", 8, "punct", "PUNCT"), ("”", 2, "punct", "PUNCT"),
    )
    q = only(doc, quote_rules)
    assert (q.quote, q.speaker) == ("Sharks vanished in warm years", expected)


@pytest.mark.parametrize(("noun", "expected"), [("summary", "summary"), ("picture", None)])
def test_quotes_extract_document_subject_the_parser_hung_on_the_quotation(noun, expected, quote_rules):
    # The summary of the ruling read in part: “The order was unlawful.”
    doc = parse(
        ("The", 1, "det", "DET"), (noun, 12, "nsubj", "NOUN"), ("of", 1, "prep", "ADP"), ("the", 4, "det", "DET"),
        ("ruling", 2, "pobj", "NOUN"), ("read", 4, "acl", "VERB"), ("in", 5, "prep", "ADP"), ("part", 6, "pobj", "NOUN"),
        (":", 1, "punct", "PUNCT"), ("“", 12, "punct", "PUNCT"), ("The", 11, "det", "DET"), ("order", 12, "nsubj", "NOUN"),
        ("was", 12, "ROOT", "AUX", "be"), ("unlawful", 12, "acomp", "ADJ"), (".", 12, "punct", "PUNCT"), ("”", 12, "punct", "PUNCT"),
    )
    q = only(doc, quote_rules)
    assert (q.quote, q.speaker) == ("The order was unlawful", expected)


@pytest.mark.parametrize(("verb", "expected"), [(("said", "say"), ["she is tired of the long delays"]), (("expressed", "express"), [])])
def test_quotes_extract_quotation_only_cue_reports_no_clause(verb, expected, quote_rules):
    # Ortiz expressed she is tired of the long delays.  (a cue of words in marks only: no indirect row)
    doc = parse(
        ("Ortiz", 1, "nsubj", "PROPN", "B-PERSON"), (verb[0], 1, "ROOT", "VERB", verb[1]), ("she", 3, "nsubj", "PRON"),
        ("is", 1, "ccomp", "AUX", "be"), ("tired", 3, "acomp", "ADJ"), ("of", 4, "prep", "ADP"), ("the", 8, "det", "DET"),
        ("long", 8, "amod", "ADJ"), ("delays", 5, "pobj", "NOUN", "delay"), (".", 1, "punct", "PUNCT"),
    )
    assert [q.quote for q in quotes(doc, quote_rules)] == expected


def test_quotes_extract_participle_hung_on_the_quotation_is_the_speakers(quote_rules):
    # Acme Bank said, “We will not give up this fight,” calling it a “painful decision”.
    # (parsed with "calling" under the quotation's verb and "it" as its object)
    doc = parse(
        ("Acme", 1, "compound", "PROPN", "B-ORG"), ("Bank", 2, "nsubj", "PROPN", "I-ORG"), ("said", 2, "ROOT", "VERB", "say"),
        (",", 2, "punct", "PUNCT"), ("“", 8, "punct", "PUNCT"), ("We", 8, "nsubj", "PRON"), ("will", 8, "aux", "AUX"),
        ("not", 8, "neg", "PART"), ("give", 2, "ccomp", "VERB"), ("up", 8, "prt", "ADP"), ("this", 11, "det", "DET"),
        ("fight", 8, "dobj", "NOUN"), (",", 8, "punct", "PUNCT"), ("”", 8, "punct", "PUNCT"),
        ("calling", 8, "advcl", "VERB", "call"), ("it", 14, "dobj", "PRON"), ("a", 19, "det", "DET"), ("“", 19, "punct", "PUNCT"),
        ("painful", 19, "amod", "ADJ"), ("decision", 14, "oprd", "NOUN"), ("”", 19, "punct", "PUNCT"), (".", 2, "punct", "PUNCT"),
    )
    found = [(q.quote, q.kind, q.speaker) for q in quotes(doc, quote_rules)]
    assert found == [("We will not give up this fight", "direct", "Acme Bank"), ("painful decision", "partial", "Acme Bank")]


@pytest.mark.parametrize(("noun", "expected"), [(("researchers", "researcher"), "researchers"), (("prices", "price"), None)])
def test_quotes_extract_they_after_an_unnamed_plural_source_keeps_its_phrase(noun, expected, quote_rules):
    # Acme Bank said it would appeal. The researchers returned to work. They said, “The ruling was unfair to all.”
    rows = [
        ("Acme", 1, "compound", "PROPN", "B-ORG"), ("Bank", 2, "nsubj", "PROPN", "I-ORG"), ("said", 2, "ROOT", "VERB", "say"),
        ("it", 5, "nsubj", "PRON"), ("would", 5, "aux", "AUX"), ("appeal", 2, "ccomp", "VERB"), (".", 2, "punct", "PUNCT"),
        ("The", 8, "det", "DET"), (noun[0], 9, "nsubj", "NOUN", noun[1]), ("returned", 9, "ROOT", "VERB", "return"),
        ("to", 9, "prep", "ADP"), ("work", 10, "pobj", "NOUN"), (".", 9, "punct", "PUNCT"),
        ("They", 14, "nsubj", "PRON"), ("said", 14, "ROOT", "VERB", "say"), (",", 14, "punct", "PUNCT"),
        ("“", 19, "punct", "PUNCT"), ("The", 18, "det", "DET"), ("ruling", 19, "nsubj", "NOUN"), ("was", 14, "ccomp", "AUX", "be"),
        ("unfair", 19, "acomp", "ADJ"), ("to", 20, "prep", "ADP"), ("all", 21, "pobj", "PRON"), (".", 19, "punct", "PUNCT"),
        ("”", 14, "punct", "PUNCT"),
    ]
    doc = parse(*rows)
    doc[8].tag_ = "NNS"
    found = [(q.quote, q.speaker) for q in quotes(doc, quote_rules) if q.kind == "direct"]
    assert found == [("The ruling was unfair to all", expected)]


@pytest.mark.parametrize("ent", ["B-PERSON", "O"])
def test_quotes_extract_unnamed_source_named_by_a_participle(ent, quote_rules):
    # A nurse named Okafor said, “Nobody slept that night.”  (the name tagged PERSON or left untagged)
    doc = parse(
        ("A", 1, "det", "DET"), ("nurse", 4, "nsubj", "NOUN"), ("named", 1, "acl", "VERB", "name"),
        ("Okafor", 2, "oprd", "PROPN", ent), ("said", 4, "ROOT", "VERB", "say"), (",", 4, "punct", "PUNCT"),
        ("“", 8, "punct", "PUNCT"), ("Nobody", 8, "nsubj", "PRON"), ("slept", 4, "ccomp", "VERB", "sleep"),
        ("that", 10, "det", "DET"), ("night", 8, "npadvmod", "NOUN"), (".", 8, "punct", "PUNCT"), ("”", 4, "punct", "PUNCT"),
    )
    q = only(doc, quote_rules)
    assert (q.quote, q.speaker) == ("Nobody slept that night", "Okafor")


@pytest.mark.parametrize(("subject", "expected"), [(("I", "PRON", "O"), None), (("Ruiz", "PROPN", "B-PERSON"), "Ruiz")])
def test_quotes_extract_first_person_cue_before_the_quotation_names_no_other(subject, expected, quote_rules):
    # To Greens stuck with old laws, I say, “There is a better way for all of us.”
    # (parsed with "stuck" under the quotation's verb, "Greens" its subject)
    doc = parse(
        ("To", 3, "aux", "PART"), ("angry", 2, "amod", "ADJ"), ("Greens", 3, "nsubj", "PROPN", "B-NORP"),
        ("stuck", 13, "advcl", "VERB", "stick"), ("with", 3, "prep", "ADP"), ("old", 6, "amod", "ADJ"),
        ("laws", 4, "pobj", "NOUN", "law"), (",", 9, "punct", "PUNCT"), (subject[0], 9, "nsubj", subject[1], subject[2]),
        ("say", 13, "parataxis", "VERB"), (",", 9, "punct", "PUNCT"), ("“", 9, "punct", "PUNCT"), ("There", 13, "expl", "PRON"),
        ("is", 13, "ROOT", "AUX", "be"), ("a", 16, "det", "DET"), ("better", 16, "amod", "ADJ"), ("way", 13, "attr", "NOUN"),
        ("for", 16, "prep", "ADP"), ("all", 17, "pobj", "PRON"), ("of", 18, "prep", "ADP"), ("us", 19, "pobj", "PRON"),
        (".", 13, "punct", "PUNCT"), ("”", 13, "punct", "PUNCT"),
    )
    found = [(q.quote, q.speaker) for q in quotes(doc, quote_rules) if q.kind == "direct"]
    assert found == [("There is a better way for all of us", expected)]


@pytest.mark.parametrize(("name", "expected"), [("Ahola", ["Ahola", "Ahola"]), ("NATO", ["NATO"])])
def test_quotes_extract_he_of_a_name_tagged_org_is_never_an_acronym(name, expected, quote_rules):
    # Ahola said the game would ship soon. He said the ruling was unfair.  (the name tagged ORG)
    doc = parse(
        (name, 1, "nsubj", "PROPN", "B-ORG"), ("said", 1, "ROOT", "VERB", "say"), ("the", 3, "det", "DET"),
        ("game", 5, "nsubj", "NOUN"), ("would", 5, "aux", "AUX"), ("ship", 1, "ccomp", "VERB"), ("soon", 5, "advmod", "ADV"),
        (".", 1, "punct", "PUNCT"), ("He", 9, "nsubj", "PRON"), ("said", 9, "ROOT", "VERB", "say"), ("the", 11, "det", "DET"),
        ("ruling", 12, "nsubj", "NOUN"), ("was", 9, "ccomp", "AUX", "be"), ("unfair", 12, "acomp", "ADJ"), (".", 9, "punct", "PUNCT"),
    )
    assert [q.speaker for q in quotes(doc, quote_rules)] == expected
