"""Round 34, constructions read off round 33's opened closed sets (relation_rules.v37).

- A body that orders or hastens a transfer is its giver: "Fooland ordered the transfer of the shells to Barland"
  (vocab ``light_verbs``, ``funds.nominal.shipment``).
- An actor's attempts stand for it as the object of support: "Zedland supported Fooland's attempts to protect the
  border" (vocab ``campaign_nouns``).
- A body of backed groups that renames an actor is backed, with or without "umbrella" on it: "the Zed Front, a
  coalition of Fooland-backed militias" (``constructions._umbrella_renamed``).
- An official no one names speaks for the side whose act his fronted statement negates: "Fooland has never sent weapons
  to Barland, the official said" (``constructions.denial_clause``, ``_unnamed_speaker``).
- The act passed over "rather than" or "instead of" states none (``modality._alternative``).
- Who sends jets or staff for the training of a side's people trains that side (``trains.pattern.sent_for_training``).
- Officers sent to another side for training are trained by the host ("Fooland dispatched military officers to Barland
  for advanced training": ``trains.pattern.sent_to_host``); military trainers counted or coordinated with what came
  with them still train the country they arrive in ("Dozens of Fooian military instructors have arrived in Barland":
  ``trains.pattern.trainers_in``).
- An actor named before an undertaking's noun does what it is to do: "the Fooian decision to arm Barland"
  (``Grammar._subjects``, as "Fooland's decision to arm" did).
- A junta named by its rule stands for its state: "Fooland's military rulers" (vocab ``group_nouns``).
- Solidarity with an actor backs it: "Zedland affirmed its solidarity with the governments of Fooland and Barland"
  (``backs.nominal.solidarity``; "governments" in vocab ``group_nouns``); a state that lets a group use its territory
  backs it (``backs.pattern.allow_use``); a part played in an actor's undertaking backs it: "Barland has played a key
  role in Fooland's war" (``backs.pattern.role_in``).
- A head of state's denial of his state's act is his denial of the tie: "Ruto rejected accusations that Nairobi has
  armed X" (gazetteer ``leads``, ``RuleSet.leaders``, ``constructions.denial_clause``).

Hand-built parses of invented sentences as en_core_web_sm parses them; the exact rows are asserted."""

from __future__ import annotations

import pytest

from pipeline.actors.gazetteer import ActorEntry, check_actors, person_states
from tests.relations_fixture import ASSERTED, NEGATED, REPORTED, gazetteer, row, sourced


# "Fooland ordered the transfer of the shells to Barland." (not "investigated the transfer")
ORDERED_TRANSFER = """
        Fooland            NNP   nsubj       1 GPE:Fooland
        {verb:18} VBD   ROOT        1
        the                DT    det         3
        transfer           NN    dobj        1
        of                 IN    prep        3
        the                DT    det         6
        shells/shell       NNS   pobj        4
        to                 IN    prep        3
        Barland            NNP   pobj        7 GPE:Barland
        .                  .     punct       1
"""
# "Zedland supported Fooland's attempts to protect the border."
SUPPORTED_ATTEMPTS = """
        Zedland            NNP   nsubj       1 GPE:Zedland
        supported/support  VBD   ROOT        1
        {owner:18} {tag:5} poss        4 {mark}
        's                 POS   case        2
        attempts/attempt   NNS   dobj        1
        to                 TO    aux         6
        protect            VB    acl         4
        the                DT    det         8
        border             NN    dobj        6
        .                  .     punct       1
"""
# "The Zed Front, a coalition of Fooland-backed militias, claimed the attack."
COALITION_OF_BACKED = """
        The                DT    det         2
        {first:18} NNP   compound    2 {mark}
        {second:18} NNP   nsubj      12 {mark}
        ,                  ,     punct       2
        a                  DT    det         5
        coalition          NN    appos       2
        of                 IN    prep        5
        Fooland            NNP   npadvmod    9 GPE:Fooland
        -                  HYPH  punct       9
        backed/back        VBN   amod       10
        militias/militia   NNS   pobj        6
        ,                  ,     punct       2
        claimed/claim      VBD   ROOT       12
        the                DT    det        14
        attack             NN    dobj       12
        .                  .     punct      12
"""
# "Fooland has never sent weapons to Barland, the official said." / "..., a Zedian official said."
NEVER_SENT_OFFICIAL_SAID = """
        Fooland            NNP   nsubj       3 GPE:Fooland
        has/have           VBZ   aux         3
        never              RB    neg         3
        sent/send          VBN   ccomp      10
        weapons/weapon     NNS   dobj        3
        to                 IN    dative      3
        Barland            NNP   pobj        5 GPE:Barland
        ,                  ,     punct      10
        {det:18} DT    det         9
        {title:18} NN    nsubj      10 {mark}
        said/say           VBD   ROOT       10
        .                  .     punct      10
"""
NAMED_OFFICIAL = """
        Fooland            NNP   nsubj       3 GPE:Fooland
        has/have           VBZ   aux         3
        never              RB    neg         3
        sent/send          VBN   ccomp      11
        weapons/weapon     NNS   dobj        3
        to                 IN    dative      3
        Barland            NNP   pobj        5 GPE:Barland
        ,                  ,     punct      11
        a                  DT    det        10
        Zedian/zedian      JJ    amod       10 NORP:Zedland
        official           NN    nsubj      11
        said/say           VBD   ROOT       11
        .                  .     punct      11
"""
# "Fooland plans to use the funds to support the defense of Barland, rather than to assist Zedland or supply it with
# weapons." (as the parser reads it: "assist" hung on "use")
RATHER_THAN = """
        Fooland            NNP   nsubj       1 GPE:Fooland
        plans/plan         VBZ   ROOT        1
        to                 TO    aux         3
        use                VB    xcomp       1
        the                DT    det         5
        funds/fund         NNS   dobj        3
        to                 TO    aux         7
        support            VB    xcomp       3
        the                DT    det         9
        defense            NN    dobj        7
        of                 IN    prep        9
        Barland            NNP   pobj       10 GPE:Barland
        ,                  ,     punct       7
        {first:18} RB    advmod     14
        {second:18} IN    cc          7
        to                 TO    aux        16
        assist             VB    xcomp       3
        Zedland            NNP   dobj       16 GPE:Zedland
        or                 CC    cc         16
        supply             VB    conj       16
        it                 PRP   dobj       19
        with               IN    prep       19
        weapons/weapon     NNS   pobj       21
        .                  .     punct       1
"""
# "Fooland will arm Barland instead of arming Zedland."
INSTEAD_OF = """
        Fooland            NNP   nsubj       2 GPE:Fooland
        will               MD    aux         2
        arm                VB    ROOT        2
        Barland            NNP   dobj        2 GPE:Barland
        {word:18} RB    advmod      5
        of                 IN    cc          2
        arming/arm         VBG   pcomp       5
        Zedland            NNP   dobj        6 GPE:Zedland
        .                  .     punct       2
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        (ORDERED_TRANSFER.format(verb="ordered/order"), {row("Fooland", "funds", "Barland")}),
        (ORDERED_TRANSFER.format(verb="investigated/investigate"), set()),  # trap: who looks into it gives nothing
        (
            SUPPORTED_ATTEMPTS.format(owner="Fooland", tag="NNP", mark="GPE:Fooland"),
            {row("Zedland", "backs", "Fooland")},
        ),
        (SUPPORTED_ATTEMPTS.format(owner="the", tag="DT", mark=""), set()),  # trap: nobody's attempts
        (
            COALITION_OF_BACKED.format(first="Zed", second="Front", mark="ORG:Zed_Front"),
            {row("Fooland", "backs", "Zed Front")},
        ),
        (COALITION_OF_BACKED.format(first="Armed", second="Groups", mark=""), set()),  # trap: renames no actor
    ],
    ids=["ordered transfer", "trap: investigated transfer", "supported attempts", "trap: nobody's attempts",
         "coalition of backed militias", "trap: coalition renames no actor"],
)
def test_relations_round34_givers_and_backed_bodies(text, expected):
    assert sourced(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            NEVER_SENT_OFFICIAL_SAID.format(det="the", title="official", mark=""),
            {row("Fooland", "funds", "Barland", NEGATED, "official"), row("Fooland", "denies", "Barland", REPORTED, "official")},
        ),
        (  # trap: another side's official negates, no one denies
            NAMED_OFFICIAL,
            {row("Fooland", "funds", "Barland", NEGATED, "Zedian official")},
        ),
        (RATHER_THAN.format(first="rather", second="than"), set()),
        (  # trap: the same clause after a plain coordination is stated
            RATHER_THAN.format(first="and", second="so"),
            {row("Fooland", "funds", "Zedland")},
        ),
        (INSTEAD_OF.format(word="instead"), {row("Fooland", "funds", "Barland")}),
    ],
    ids=["unnamed official denies", "trap: another side's official", "rather than", "trap: no alternative", "instead of"],
)
def test_relations_round34_denials_and_alternatives(text, expected):
    assert sourced(text) == expected


# "Fooland sent five jets to Barland for the training of Zedian pilots."
SENT_FOR_TRAINING = """
        Fooland            NNP   nsubj       1 GPE:Fooland
        sent/send          VBD   ROOT        1
        five               CD    nummod      3
        jets/jet           NNS   dobj        1
        to                 IN    prep        1
        Barland            NNP   pobj        4 GPE:Barland
        for                IN    prep        1
        the                DT    det         8
        training           NN    pobj        6
        of                 IN    prep        8
        Zedian/zedian      JJ    amod       11 NORP:Zedland
        pilots/pilot       NNS   pobj        9
        .                  .     punct       1
"""
# "Fooland will send jets to Barland to contribute to the training of Zedian pilots."
SENT_TO_CONTRIBUTE = """
        Fooland            NNP   nsubj       2 GPE:Fooland
        will               MD    aux         2
        send               VB    ROOT        2
        jets/jet           NNS   dobj        2
        to                 IN    prep        2
        Barland            NNP   pobj        4 GPE:Barland
        to                 TO    aux         7
        contribute         VB    advcl       2
        to                 IN    prep        7
        the                DT    det        10
        training           NN    pobj        8
        of                 IN    prep       10
        Zedian/zedian      JJ    amod       13 NORP:Zedland
        pilots/pilot       NNS   pobj       11
        .                  .     punct       2
"""
# "Fooland sent five jets to the border for the training." (no trainee's side named, no host)
SENT_JETS_FOR_TRAINING = """
        Fooland            NNP   nsubj       1 GPE:Fooland
        sent/send          VBD   ROOT        1
        five               CD    nummod      3
        jets/jet           NNS   dobj        1
        to                 IN    prep        1
        the                DT    det         6
        border             NN    pobj        4
        for                IN    prep        1
        the                DT    det         9
        training           NN    pobj        7
        .                  .     punct       1
"""
# "Fooland's military rulers received drones from Barland." ("Fooland's military leaders" already stood for it)
RULERS_RECEIVED = """
        Fooland            NNP   poss        3 GPE:Fooland
        's                 POS   case        0
        military           JJ    amod        3
        {noun:18} NNS   nsubj       4
        received/receive   VBD   ROOT        4
        drones/drone       NNS   dobj        4
        from               IN    prep        4
        Barland            NNP   pobj        6 GPE:Barland
        .                  .     punct       4
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        (SENT_FOR_TRAINING, {row("Fooland", "funds", "Barland"), row("Fooland", "trains", "Zedland")}),
        (SENT_TO_CONTRIBUTE, {row("Fooland", "funds", "Barland"), row("Fooland", "trains", "Zedland")}),
        (SENT_JETS_FOR_TRAINING, set()),  # trap: no trainee's side named
        (RULERS_RECEIVED.format(noun="rulers/ruler"), {row("Barland", "funds", "Fooland")}),
        (RULERS_RECEIVED.format(noun="doctors/doctor"), set()),  # trap: people who are no government
    ],
    ids=["sent for the training of", "sent to contribute to the training of", "trap: sent jets for training",
         "military rulers", "trap: military doctors"],
)
def test_relations_round34_training_abroad_and_rulers(text, expected):
    assert sourced(text) == expected


# "Zedland affirmed its solidarity with the governments of Fooland and Barland." ("its" resolved to Zedland)
SOLIDARITY = """
        Zedland            NNP   nsubj       1 GPE:Zedland
        affirmed/affirm    VBD   ROOT        1
        its                PRP$  poss        3
        solidarity         NN    dobj        1
        with               IN    prep        1
        the                DT    det         6
        governments/government NNS pobj      4
        of                 IN    prep        6
        Fooland            NNP   pobj        7 GPE:Fooland
        and                CC    cc          8
        Barland            NNP   conj        8 GPE:Barland
        .                  .     punct       1
"""
# "Fooland expressed solidarity with the Barlandi people." (a people, no actor)
SOLIDARITY_PEOPLE = """
        Fooland            NNP   nsubj       1 GPE:Fooland
        expressed/express  VBD   ROOT        1
        solidarity         NN    dobj        1
        with               IN    prep        1
        the                DT    det         6
        Barlandi           NNP   compound    6 NORP:Barland
        people             NNS   pobj        3
        .                  .     punct       1
"""
# "Fooland had been allowing Bazbal to use its territory for supply lines." / "... to use force."
ALLOWED_TO_USE = """
        Fooland            NNP   nsubj       3 GPE:Fooland
        had/have           VBD   aux         3
        been/be            VBN   aux         3
        allowing/allow     VBG   ROOT        3
        Bazbal             NNP   nsubj       6 ORG:Bazbal
        to                 TO    aux         6
        use                VB    ccomp       3
        its                PRP$  poss        8
        territory          NN    dobj        6
        for                IN    prep        8
        supply             NN    compound   11
        lines/line         NNS   pobj        9
        .                  .     punct       3
"""
ALLOWED_FORCE = """
        Fooland            NNP   nsubj       1 GPE:Fooland
        allowed/allow      VBD   ROOT        1
        Bazbal             NNP   nsubj       4 ORG:Bazbal
        to                 TO    aux         4
        use                VB    ccomp       1
        force              NN    dobj        4
        .                  .     punct       1
"""
# "Barland has played a key role in Fooland's war." / "... in the war."
ROLE_IN_WAR = """
        Barland            NNP   nsubj       2 GPE:Barland
        has/have           VBZ   aux         2
        played/play        VBN   ROOT        2
        a                  DT    det         5
        key                JJ    amod        5
        role               NN    dobj        2
        in                 IN    prep        5
        Fooland            NNP   poss        9 GPE:Fooland
        's                 POS   case        7
        war                NN    pobj        6
        .                  .     punct       2
"""
ROLE_IN_THE_WAR = """
        Barland            NNP   nsubj       2 GPE:Barland
        has/have           VBZ   aux         2
        played/play        VBN   ROOT        2
        a                  DT    det         5
        key                JJ    amod        5
        role               NN    dobj        2
        in                 IN    prep        5
        the                DT    det         8
        war                NN    pobj        6
        .                  .     punct       2
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        (SOLIDARITY, {row("Zedland", "backs", "Fooland"), row("Zedland", "backs", "Barland")}),
        (SOLIDARITY_PEOPLE, set()),  # trap: a people is no actor
        (ALLOWED_TO_USE, {row("Fooland", "backs", "Bazbal")}),
        (ALLOWED_FORCE, set()),  # trap: no territory lent
        (ROLE_IN_WAR, {row("Barland", "backs", "Fooland")}),
        (ROLE_IN_THE_WAR, set()),  # trap: nobody's war
    ],
    ids=["solidarity with governments", "trap: solidarity with a people", "allowed to use its territory",
         "trap: allowed to use force", "role in an actor's war", "trap: role in the war"],
)
def test_relations_round34_solidarity_territory_and_roles(text, expected):
    assert sourced(text, ((2, 3, "Zedland"),) if text is SOLIDARITY else ()) == expected


# "Fooland dispatched military officers to Barland for advanced training." / "... for training by Zedland."
SENT_TO_HOST = """
        Fooland            NNP   nsubj       1 GPE:Fooland
        dispatched/dispatch VBD  ROOT        1
        military           JJ    amod        3
        officers/officer   NNS   dobj        1
        to                 IN    prep        1
        Barland            NNP   pobj        4 GPE:Barland
        for                IN    prep        1
        advanced           JJ    amod        8
        training           NN    pobj        6
        .                  .     punct       1
"""
SENT_TO_HOST_BY = """
        Fooland            NNP   nsubj       1 GPE:Fooland
        dispatched/dispatch VBD  ROOT        1
        military           JJ    amod        3
        officers/officer   NNS   dobj        1
        to                 IN    prep        1
        Barland            NNP   pobj        4 GPE:Barland
        for                IN    prep        1
        training           NN    pobj        6
        by                 IN    prep        7
        Zedland            NNP   pobj        8 GPE:Zedland
        .                  .     punct       1
"""
# "Fooland dispatched military officers to the border for training." (no host named)
SENT_TO_BORDER = """
        Fooland            NNP   nsubj       1 GPE:Fooland
        dispatched/dispatch VBD  ROOT        1
        military           JJ    amod        3
        officers/officer   NNS   dobj        1
        to                 IN    prep        1
        the                DT    det         6
        border             NN    pobj        4
        for                IN    prep        1
        training           NN    pobj        7
        .                  .     punct       1
"""
# "Dozens of Fooian military instructors have arrived in Barland." / "Dozens of Fooian tourists have arrived ..."
DOZENS_OF_INSTRUCTORS = """
        Dozens/dozen       NNS   nsubj       6
        of                 IN    prep        0
        Fooian             NNP   amod        4 NORP:Fooland
        military           JJ    amod        4
        instructors/instructor NNS pobj      1
        have               VBP   aux         6
        arrived/arrive     VBN   ROOT        6
        in                 IN    prep        6
        Barland            NNP   pobj        7 GPE:Barland
        .                  .     punct       6
"""
DOZENS_OF_TOURISTS = """
        Dozens/dozen       NNS   nsubj       5
        of                 IN    prep        0
        Fooian             NNP   compound    3 NORP:Fooland
        tourists/tourist   NNS   pobj        1
        have               VBP   aux         5
        arrived/arrive     VBN   ROOT        5
        in                 IN    prep        5
        Barland            NNP   pobj        6 GPE:Barland
        .                  .     punct       5
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        (SENT_TO_HOST, {row("Barland", "trains", "Fooland")}),
        (SENT_TO_HOST_BY, {row("Zedland", "trains", "Fooland")}),  # trap: the trainer named, not the host
        (SENT_TO_BORDER, set()),  # trap: no host named
        (DOZENS_OF_INSTRUCTORS, {row("Fooland", "trains", "Barland")}),
        (DOZENS_OF_TOURISTS, set()),  # trap: no trainers
    ],
    ids=["sent to the host for training", "trap: trainer named", "trap: no host", "dozens of military instructors",
         "trap: dozens of tourists"],
)
def test_relations_round34_training_hosts_and_counted_trainers(text, expected):
    assert sourced(text) == expected


# "The Fooian decision to arm Barland was criticised." / "The cabinet decision to arm Barland was criticised."
DECISION_TO_ARM = """
        The                DT    det         2
        {owner:18} {tag:5} amod        2 {mark}
        decision           NN    nsubjpass   7
        to                 TO    aux         4
        arm                VB    acl         2
        Barland            NNP   dobj        4 GPE:Barland
        was/be             VBD   auxpass     7
        criticised/criticise VBN ROOT        7
        .                  .     punct       7
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        (DECISION_TO_ARM.format(owner="Fooian", tag="NNP", mark="NORP:Fooland"), {row("Fooland", "funds", "Barland")}),
        (DECISION_TO_ARM.format(owner="cabinet", tag="NN", mark=""), set()),  # trap: no actor owns the decision
    ],
    ids=["an actor's decision to arm", "trap: nobody's decision"],
)
def test_relations_round34_undertaking_owner_named_before_it(text, expected):
    assert sourced(text) == expected


# The rules of this round in the suite's table of every rule (tests/test_relations_constructions.py):
# (rule, parse, expected (subject, relation, object, modality)) and (rule, parse) that yields nothing.
POSITIVE = [
    ("trains.pattern.sent_for_training", SENT_FOR_TRAINING,
     {("Fooland", "funds", "Barland", ASSERTED), ("Fooland", "trains", "Zedland", ASSERTED)}),
    ("trains.pattern.sent_for_training", SENT_TO_CONTRIBUTE,
     {("Fooland", "funds", "Barland", ASSERTED), ("Fooland", "trains", "Zedland", ASSERTED)}),
]
POSITIVE += [
    ("backs.nominal.solidarity", SOLIDARITY,
     {("Zedland", "backs", "Fooland", ASSERTED), ("Zedland", "backs", "Barland", ASSERTED)}, ((2, 3, "Zedland"),)),
    ("backs.pattern.allow_use", ALLOWED_TO_USE, {("Fooland", "backs", "Bazbal", ASSERTED)}),
    ("backs.pattern.role_in", ROLE_IN_WAR, {("Barland", "backs", "Fooland", ASSERTED)}),
    ("trains.pattern.sent_to_host", SENT_TO_HOST, {("Barland", "trains", "Fooland", ASSERTED)}),
]
NEGATIVE = [
    ("trains.pattern.sent_for_training", SENT_JETS_FOR_TRAINING),
    ("backs.nominal.solidarity", SOLIDARITY_PEOPLE),
    ("backs.pattern.allow_use", ALLOWED_FORCE),
    ("backs.pattern.role_in", ROLE_IN_THE_WAR),
    ("trains.pattern.sent_to_host", SENT_TO_BORDER),
]


# -- a head of state's denial of his state's act (gazetteer ``leads``; constructions.denial_clause) ------------------
def _leader_denial(first: str, last: str, person: str) -> str:
    """'<First> <Last> rejected accusations that Nairobi has armed Hamas.' (the invented claim; a recorded person)"""
    return f"""
        {first}                 NNP  compound  1 PERSON:{person}
        {last}                  NNP  nsubj     2 PERSON:{person}
        rejected/reject         VBD  ROOT      2
        accusations/accusation  NNS  dobj      2
        that                    IN   mark      7
        Nairobi                 NNP  nsubj     7 GPE:Kenya
        has/have                VBZ  aux       7
        armed/arm               VBN  acl       3
        Hamas                   NNP  dobj      7 ORG:Hamas
        .                       .    punct     2
    """


@pytest.mark.parametrize(
    ("person", "state"),
    [("William Ruto", "Kenya"), ("Vladimir Putin", "Russia"), ("Nasser Kanaani", None), ("Hamas", None)],
)
def test_gazetteer_person_states(person, state):
    assert dict(person_states(gazetteer())).get(person) == state


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"name": "Ivo Maric", "type": "person", "leads": "Hamas"}, "leads"),  # no state
        ({"name": "Maric Group", "type": "armed_group", "leads": "Fooland"}, "leads"),  # not a person
    ],
)
def test_gazetteer_leads_checked(entry, message):
    actors = [ActorEntry(name="Hamas", type="armed_group"), ActorEntry(name="Fooland", type="state"),
              ActorEntry.model_validate(entry)]
    with pytest.raises(ValueError, match=message):
        check_actors(actors)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_leader_denial("William", "Ruto", "William_Ruto"), {row("William Ruto", "denies", "Hamas")}),
        (_leader_denial("Ali", "Nour", "Ali_Nour"), set()),  # trap: a person who leads no state denies no state's act
    ],
    ids=["head of state denies his state's act", "trap: a person who leads no state"],
)
def test_relations_round34_head_of_state_denies_his_states_act(text, expected):
    assert sourced(text) == expected
