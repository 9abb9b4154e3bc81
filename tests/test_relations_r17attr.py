"""Round 17 (relation_rules.v20, r17attr): who a reported or alleged row is attributed to, kept only where it carried
across sets.

- A personal pronoun as the subject of a reporting verb is a speaker (``modality._pronoun_speaker``,
  ``vocab/speaking_pronouns.txt``): "He added that Iran arms the Houthis" is reported, though the sentence names no
  one; a speaker named above the pronoun's verb still names the source ("Officials said she told them that ...").
- A document or statement noun after "according to" speaks for its author (``modality._document_author``): its
  claimant ("a statement from the White House"), or the "by" agent of a participle of issuing ("statements made by
  X"); not who merely saw it ("a report seen by Reuters"), and a name set before the noun stays in the document's
  name ("a UN report").

Hand-built parses of invented sentences, each positive case beside a trap: the exact rows (with modality and source)
are asserted, so a wrong source fails as surely as a missing one, and a crash fails a trap too."""

from __future__ import annotations

import pytest

from tests.relations_fixture import extractor, parse


def rows(table: str) -> set[tuple[str, str, str, str, str | None]]:
    return {(r.subject, r.relation, r.object, r.modality, r.attributed_to) for r in extractor()(parse(table))._.relations}


# "He added that Iran arms the Houthis."
HE_ADDED = """
    He           PRP  nsubj     1
    added/add    VBD  ROOT      1
    that         IN   mark      4
    Iran         NNP  nsubj     4 GPE:Iran
    arms/arm     VBZ  ccomp     1
    the          DT   det       6
    Houthis      NNPS dobj      4 ORG:Houthis
    .            .    punct     1
"""

# "Iran arms the Houthis, she said."
SHE_SAID_AFTER = """
    Iran         NNP  nsubj     1 GPE:Iran
    arms/arm     VBZ  ROOT      1
    the          DT   det       3
    Houthis      NNPS dobj      1 ORG:Houthis
    ,            ,    punct     6
    she          PRP  nsubj     6
    said/say     VBD  parataxis 1
    .            .    punct     1
"""

# trap: "Officials said she told them that Iran arms the Houthis." (the speaker named above is the source)
OFFICIALS_SAID_SHE_TOLD = """
    Officials/official NNS nsubj 1
    said/say     VBD  ROOT      1
    she          PRP  nsubj     3
    told/tell    VBD  ccomp     1
    them         PRP  dobj      3
    that         IN   mark      7
    Iran         NNP  nsubj     7 GPE:Iran
    arms/arm     VBZ  ccomp     3
    the          DT   det       9
    Houthis      NNPS dobj      7 ORG:Houthis
    .            .    punct     1
"""

# trap: "It is said that Iran arms the Houthis." (an expletive "it" of a passive: hearsay, as before)
IT_IS_SAID = """
    It           PRP  nsubjpass 2
    is/be        VBZ  auxpass   2
    said/say     VBN  ROOT      2
    that         IN   mark      5
    Iran         NNP  nsubj     5 GPE:Iran
    arms/arm     VBZ  ccomp     2
    the          DT   det       7
    Houthis      NNPS dobj      5 ORG:Houthis
    .            .    punct     2
"""

PRONOUN_SPEAKERS = [
    (HE_ADDED, {("Iran", "funds", "Houthis", "reported", None)}),
    (SHE_SAID_AFTER, {("Iran", "funds", "Houthis", "reported", None)}),
    (OFFICIALS_SAID_SHE_TOLD, {("Iran", "funds", "Houthis", "reported", "Officials")}),
    (IT_IS_SAID, {("Iran", "funds", "Houthis", "alleged", None)}),
]


@pytest.mark.parametrize(("table", "expected"), PRONOUN_SPEAKERS)
def test_modality_pronoun_speaker_reports(table, expected):
    assert rows(table) == expected


# "Iran arms the Houthis, according to statements made by Lena Morel."
STATEMENTS_MADE_BY = """
    Iran         NNP  nsubj     1 GPE:Iran
    arms/arm     VBZ  ROOT      1
    the          DT   det       3
    Houthis      NNPS dobj      1 ORG:Houthis
    ,            ,    punct     1
    according/accord VBG prep   1
    to           IN   prep      5
    statements/statement NNS pobj 6
    made/make    VBN  acl       7
    by           IN   agent     8
    Lena         NNP  compound  11
    Morel        NNP  pobj      9
    .            .    punct     1
"""

# trap: "Iran arms the Houthis, according to a report seen by Reuters." (who saw it is no author)
REPORT_SEEN_BY = """
    Iran         NNP  nsubj     1 GPE:Iran
    arms/arm     VBZ  ROOT      1
    the          DT   det       3
    Houthis      NNPS dobj      1 ORG:Houthis
    ,            ,    punct     1
    according/accord VBG prep   1
    to           IN   prep      5
    a            DT   det       8
    report       NN   pobj      6
    seen/see     VBN  acl       8
    by           IN   agent     9
    Reuters      NNP  pobj      10 ORG:Reuters
    .            .    punct     1
"""

# "Iran arms the Houthis, according to a statement from the Lisbon Institute."
STATEMENT_FROM = """
    Iran         NNP  nsubj     1 GPE:Iran
    arms/arm     VBZ  ROOT      1
    the          DT   det       3
    Houthis      NNPS dobj      1 ORG:Houthis
    ,            ,    punct     1
    according/accord VBG prep   1
    to           IN   prep      5
    a            DT   det       8
    statement    NN   pobj      6
    from         IN   prep      8
    the          DT   det       12
    Lisbon       NNP  compound  12 ORG:Lisbon_Institute:model
    Institute    NNP  pobj      9 ORG:Lisbon_Institute:model
    .            .    punct     1
"""

# trap: "Iran arms the Houthis, according to a UN report." (the name before the noun stays in the document's name)
UN_REPORT = """
    Iran         NNP  nsubj     1 GPE:Iran
    arms/arm     VBZ  ROOT      1
    the          DT   det       3
    Houthis      NNPS dobj      1 ORG:Houthis
    ,            ,    punct     1
    according/accord VBG prep   1
    to           IN   prep      5
    a            DT   det       9
    UN           NNP  compound  9 ORG:United_Nations
    report       NN   pobj      6
    .            .    punct     1
"""

DOCUMENT_AUTHORS = [
    (STATEMENTS_MADE_BY, {("Iran", "funds", "Houthis", "reported", "Lena Morel")}),
    (REPORT_SEEN_BY, {("Iran", "funds", "Houthis", "reported", "report")}),
    (STATEMENT_FROM, {("Iran", "funds", "Houthis", "reported", "Lisbon Institute")}),
    (UN_REPORT, {("Iran", "funds", "Houthis", "reported", "UN report")}),
]


@pytest.mark.parametrize(("table", "expected"), DOCUMENT_AUTHORS)
def test_modality_document_speaks_for_its_author(table, expected):
    assert rows(table) == expected
