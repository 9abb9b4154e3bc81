"""Round 37 (actors.v35): names read off round 36's opened closed sets and checked against every gold set.

- A form names another actor in an article about that actor's setting (``contextual_actors``): "SNA" is the Somali
  National Army beside Somalia or al-Shabaab (the Syrian National Army elsewhere, and beside Syria even with a Somali
  cue), "MSS" the Kenya-led mission beside Haiti (China's Ministry of State Security elsewhere). "CNA" is the Chin
  National Army only beside Myanmar or the Chin (``contextual_names``; no actor elsewhere).
- Actors of their own that an entry used to merge: the Chin National Front (CNF) and its army (CNA); the NSCN's
  Isak-Muivah faction (NSCN-IM); AUSSOM, ATMIS's successor; "SPLA-N" is the SPLM-N.
- New entries: Gagauzia (Moldova's autonomous region), its governor Evghenia Gutul under her spellings; "Republic of
  Panama"; "ISIS-Khorasan Province".
- Canonical names the gold writes (the old names stay forms): Babbar Khalsa International.

Hand-built Docs of invented sentences (no statistical model); the exact links are asserted."""

from __future__ import annotations

import pytest

from tests.test_actors_linking import linked


@pytest.mark.parametrize(
    ("words", "form", "expected"),
    [
        (["the", "SNA", "fought", "al-Shabaab", "in", "Somalia"], "SNA", [("SNA", "ORG", "Somali National Army")]),
        # traps: no setting named; a Syrian word outweighs a Somali cue
        (["the", "SNA", "fought", "in", "the", "north"], "SNA", [("SNA", "ORG", "Syrian National Army")]),
        (["the", "SNA", "fought", "in", "Syria", "and", "Somalia"], "SNA", [("SNA", "ORG", "Syrian National Army")]),
        (["Jamaica", "joined", "the", "MSS", "in", "Haiti"], "MSS", [("MSS", "ORG", "Multinational Security Support Mission")]),
        (["the", "MSS", "recruited", "an", "engineer"], "MSS", [("MSS", "ORG", "Ministry of State Security")]),
        (["the", "CNA", "fought", "in", "Chin", "State"], "CNA", [("CNA", "ORG", "Chin National Army")]),
        (["a", "CNA", "report", "was", "cited", "in", "Texas"], "CNA", []),  # trap: no setting, no actor
    ],
    ids=["SNA beside Somalia", "trap: SNA with no setting", "trap: SNA beside Syria", "MSS beside Haiti",
         "trap: MSS with no setting", "CNA beside the Chin", "trap: CNA with no setting"],
)
def test_actors_round37_a_form_names_the_actor_of_its_setting(linker, words, form, expected):
    assert [e for e in linked(linker, words) if e[0] == form] == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["the", "CNF", "and", "the", "CNA", "met", "in", "Myanmar"],
         [("CNF", "ORG", "Chin National Front"), ("CNA", "ORG", "Chin National Army"), ("Myanmar", "GPE", "Myanmar")]),
        (["the", "NSCN", "-", "IM", "met"], [("NSCN-IM", "ORG", "National Socialist Council of Nagalim (Isak-Muivah)")]),
        (["the", "NSCN", "met"], [("NSCN", "ORG", "National Socialist Council of Nagaland")]),  # the movement as a whole
        (["AUSSOM", "replaced", "ATMIS"], [("AUSSOM", "ORG", "African Union Support and Stabilization Mission in Somalia"),
                                           ("ATMIS", "ORG", "African Union Transition Mission in Somalia")]),
        (["the", "SPLA", "-", "N", "fought"], [("SPLA-N", "ORG", "Sudan People's Liberation Movement-North")]),
        (["the", "SPLA", "fought"], [("SPLA", "ORG", "Sudan People's Liberation Army")]),  # the southern army stays
        (["Russia", "backs", "Gagauzia"], [("Russia", "GPE", "Russia"), ("Gagauzia", "ORG", "Gagauzia")]),
        (["Yevgenia", "Gutsul", "spoke"], [("Yevgenia Gutsul", "PERSON", "Evghenia Gutul")]),
        (["the", "Republic", "of", "Panama", "said"], [("Republic of Panama", "GPE", "Panama")]),
        (["ISIS", "-", "Khorasan", "Province", "struck"], [("ISIS-Khorasan Province", "ORG", "Islamic State Khorasan Province")]),
        (["the", "Babbar", "Khalsa", "struck"], [("Babbar Khalsa", "ORG", "Babbar Khalsa International")]),
    ],
    ids=["CNF and CNA", "NSCN-IM", "NSCN", "AUSSOM and ATMIS", "SPLA-N", "SPLA", "Gagauzia", "Gutul",
         "Republic of Panama", "ISIS-Khorasan Province", "Babbar Khalsa"],
)
def test_actors_round37_names(linker, words, expected):
    assert linked(linker, words) == expected
