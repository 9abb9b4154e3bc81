"""The gold scorer follows FORMAT.md's matching rules (synthetic gold, no model)."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.config import REPO_ROOT
from pipeline.evaluate import GoldDoc, GoldError, check_floors, gazetteer_names, score, speaker_right, token_f1

TEXT = "Iran backs Hamas. Tehran said so."


def _preds(entities=(), relations=(), quotes=(), text=TEXT, doc_id="d1"):
    return {
        "documents": pd.DataFrame([{"doc_id": doc_id, "text": text}]),
        "entities": pd.DataFrame(list(entities), columns=["doc_id", "start", "end", "label", "actor"]),
        "relations": pd.DataFrame(list(relations), columns=["doc_id", "subject", "relation", "object", "modality"]),
        "quotes": pd.DataFrame(list(quotes), columns=["doc_id", "quote", "kind", "speaker"]),
    }


def _gold(**layers):
    return [GoldDoc.model_validate({"doc_id": "d1", **layers})]


def test_evaluate_entities_exact_spans_and_actor_accuracy():
    gold = _gold(entities=[
        {"start": 0, "end": 4, "text": "Iran", "label": "GPE", "actor": "Iran"},
        {"start": 11, "end": 16, "text": "Hamas", "label": "ORG", "actor": "Hamas"},
        {"start": 18, "end": 24, "text": "Tehran", "label": "GPE", "actor": "Iran"},
    ])
    preds = _preds(entities=[
        ("d1", 0, 4, "GPE", "Iran"),
        ("d1", 11, 16, "PERSON", "Hamas"),  # wrong label: fp + fn
        ("d1", 18, 24, "GPE", "Tehran"),  # matched, wrong actor
    ])
    ents = score(gold, preds)["entities"]
    assert (ents["tp"], ents["fp"], ents["fn"]) == (2, 1, 1)
    assert ents["actor_accuracy"] == 0.5


def test_evaluate_gold_offsets_are_checked_on_load():
    gold = _gold(entities=[{"start": 0, "end": 4, "text": "Irak", "label": "GPE", "actor": "Iraq"}])
    with pytest.raises(GoldError, match="does not match the text"):
        score(gold, _preds())


def test_evaluate_relations_casefold_the_and_optional_rows():
    gold = _gold(relations=[
        {"subject": "Iran", "relation": "backs", "object": "Hamas", "modality": "asserted"},
        {"subject": "The Wall Street Journal", "relation": "backs", "object": "Iran", "modality": "reported"},
        {"subject": "Iran", "relation": "funds", "object": "Hamas", "modality": "asserted", "required": False},
    ])
    preds = _preds(relations=[
        ("d1", "iran", "backs", "HAMAS", "alleged"),
        ("d1", "iran", "backs", "hamas", "asserted"),  # a second row of a matched triple is not a false positive
        ("d1", "Wall Street Journal", "backs", "Iran", "alleged"),
        ("d1", "Wall Street Journal", "backs", "Iran", "negated"),
        ("d1", "Iran", "funds", "Hamas", "asserted"),  # optional: ignored
        ("d1", "Iran", "trains", "Hamas", "asserted"),  # false positive
    ])
    rel = score(gold, preds)["relations"]
    assert (rel["tp"], rel["fp"], rel["fn"]) == (2, 1, 0)
    assert rel["modality_accuracy"] == 0.5  # the firmest row speaks for its triple: asserted (right), alleged (wrong)
    assert rel["per_relation"]["trains"]["fp"] == 1


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("“We will win,” he", "We will win", 6 / 7),
        ("We will win.", "“we will WIN”", 1.0),
        ("entirely different words", "We will win", 0.0),
    ],
)
def test_evaluate_token_f1_ignores_marks_and_punctuation(a, b, expected):
    assert token_f1(a, b) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("predicted", "gold", "expected"),
    [("Ramzy Baroud", "Ramzy Baroud", True), ("Baroud", "Ramzy Baroud", True), ("the Kremlin", "Kremlin", True),
     ("Ramzy", "Ramzy Baroud", False), (None, "Ramzy Baroud", False)],
)
def test_evaluate_speaker_matches_name_or_last_word(predicted, gold, expected):
    assert speaker_right(predicted, gold) is expected


def test_evaluate_quotes_attribution_groups_and_unattributed_left_out():
    gold = _gold(quotes=[
        {"quote": "We will win this war", "speaker": "Ali Baraka", "kind": "direct"},
        {"quote": "a kind of NATO", "speaker": "Mohanad Hage Ali", "kind": "partial"},
        {"quote": "the talks failed", "speaker": "Reuters", "kind": "indirect"},
        {"quote": "unite", "speaker": "Ziad", "kind": "partial", "required": False},
    ])
    preds = _preds(quotes=[
        ("d1", "We will win this war", "direct", "Baraka"),  # right
        ("d1", "a kind of NATO", "partial", "NPR"),  # matched, wrong speaker: fp and fn
        ("d1", "the talks failed", "indirect", None),  # no speaker: left out of attribution
        ("d1", "unite", "partial", "Ziad"),  # optional gold: ignored
    ])
    q = score(gold, preds)["quotes"]
    assert (q["direct_partial"]["tp"], q["direct_partial"]["fp"], q["direct_partial"]["fn"]) == (1, 1, 1)
    assert (q["indirect"]["tp"], q["indirect"]["fp"], q["indirect"]["fn"]) == (0, 0, 1)
    assert q["indirect"]["found"]["tp"] == 1


def test_evaluate_quotes_overlap_rules_per_role_and_speaker_accuracy():
    gold = _gold(quotes=[
        {"quote": "the deal is a disgrace for the whole region", "speaker": "Nadia Holm", "kind": "direct", "cue": "said"},
        {"quote": "we will rebuild every bridge", "speaker": "Tom Evers", "kind": "direct", "note": "a hard call"},
    ])
    preds = pd.DataFrame([
        ("d1", "the deal is a disgrace", "direct", "Holm", "said"),  # token F1 0.67: matched at 0.3 only
        ("d1", "we will rebuild every bridge", "direct", "Nadia Holm", "added"),  # exact, wrong speaker
    ], columns=["doc_id", "quote", "kind", "speaker", "cue"])
    q = score(gold, {**_preds(), "quotes": preds})["quotes"]["direct_partial"]
    exact, loose = q["overlap"]["exact"], q["overlap"]["overlap_30"]
    assert (exact["content"]["tp"], exact["speaker"]["tp"], loose["content"]["tp"], loose["speaker"]["tp"]) == (1, 0, 2, 1)
    assert (loose["cue"]["tp"], loose["cue"]["fn"]) == (1, 0)  # only the first gold quote names a cue
    assert loose["speaker_accuracy"] == 0.5 and exact["speaker_accuracy"] == 0.0
    assert q["overlap"]["overlap_80"]["content"] == q["found"]
    assert q["speaker_accuracy"] == 0.0  # at FORMAT.md's 0.8 only the second quote matches


def test_evaluate_unannotated_layers_are_not_scored():
    report = score(_gold(relations=[]), _preds())
    assert report["entities"] is None and report["quotes"] is None and report["relations"]["fp"] == 0


def test_evaluate_floors_name_each_metric_below():
    report = {"relations": {"f1": 0.5}, "entities": {"f1": 0.9}}
    assert check_floors(report, {"relations.f1": 0.6, "entities.f1": 0.9}) == ["relations.f1 = 0.5 < floor 0.6"]
    with pytest.raises(GoldError, match="no metric"):
        check_floors(report, {"quotes.f1": 0.1})


def test_evaluate_empty_predictions_score_as_all_missed(tmp_path):
    from pipeline.evaluate import read_predictions
    from pipeline.tables import TABLES

    for name in TABLES:
        (tmp_path / f"{name}.parquet").mkdir()
    report = score(_gold(relations=[{"subject": "Iran", "relation": "backs", "object": "Hamas", "modality": "asserted"}]),
                   read_predictions(tmp_path))
    assert report["documents"]["missing_predictions"] == ["d1"]
    assert report["relations"]["fn"] == 1


def test_evaluate_actor_names_compared_as_gazetteer_actors():
    # gold in the article's form, prediction in the gazetteer's canonical form: one actor
    text = "Bashar al Assad met Biden."
    gold = _gold(
        entities=[{"start": 0, "end": 15, "text": "Bashar al Assad", "label": "PERSON", "actor": "Bashar al Assad"},
                  {"start": 20, "end": 25, "text": "Biden", "label": "PERSON", "actor": "Biden"}],
        relations=[{"subject": "Biden", "relation": "backs", "object": "Bashar al Assad", "modality": "asserted"}],
    )
    preds = _preds(entities=[("d1", 0, 15, "PERSON", "Bashar al-Assad"), ("d1", 20, 25, "PERSON", "Hunter Biden")],
                   relations=[("d1", "Joe Biden", "backs", "Bashar al-Assad", "asserted")], text=text)
    names = gazetteer_names(REPO_ROOT / "configs" / "actors.yaml")
    report = score(gold, preds, names)
    assert report["entities"]["actor_accuracy"] == 0.5  # another Biden is another actor
    assert report["relations"]["tp"] == 1
    strict = score(gold, preds)
    assert (strict["entities"]["actor_accuracy"], strict["relations"]["tp"]) == (0.0, 0)


# -- the optional fields of the real-news sets (FORMAT.md) -----------------------------------------------


def _real(relations, text=TEXT):
    return [GoldDoc.model_validate({"id": "d1", "text": text, "source_url": "https://example.org/a", "note": "n",
                                    "relations": relations})]


def _rel(subject="Iran", relation="backs", obj="Hamas", **extra):
    return {"subject": subject, "relation": relation, "object": obj, "modality": "asserted", **extra}


def test_evaluate_real_record_id_and_text_name_the_document():
    gold = _real([_rel()])
    assert gold[0].doc_id == "d1"
    assert score(gold, _preds(relations=[("d1", "Iran", "backs", "Hamas", "asserted")]))["relations"]["tp"] == 1
    with pytest.raises(GoldError, match="differs"):
        score(_real([_rel()], text="another text"), _preds())


@pytest.mark.parametrize(
    ("predicted", "tp"),
    [
        (("Tehran", "backs", "Hamas"), 1),  # a subject alternative
        (("Iran", "backs", "Islamic Resistance Movement"), 1),  # an object alternative
        (("the tehran", "backs", "HAMAS"), 1),  # alternatives are normalised too
        (("Syria", "backs", "Hamas"), 0),
        (("Hamas", "backs", "Tehran"), 0),  # alternatives do not swap sides
        (("Tehran", "funds", "Hamas"), 0),  # the relation must be equal
    ],
)
def test_evaluate_relation_alternative_names(predicted, tp):
    gold = _real([_rel(subject_alts=["Tehran"], object_alts=["Islamic Resistance Movement"])])
    rel = score(gold, _preds(relations=[("d1", *predicted, "asserted")]))["relations"]
    assert (rel["tp"], rel["fp"], rel["fn"]) == (tp, 1 - tp, 1 - tp)


@pytest.mark.parametrize(
    ("predicted", "fp"),
    [
        ("involvement in the bombing", 0),  # exact
        ("any involvement in the attack", 0),  # token F1 2/3 with the gold phrase (>= 0.5): removed as optional
        ("the bombing", 0),  # 2 of 4 gold tokens, F1 2/3
        ("a role", 1),  # F1 0: an extra
        ("Hamas", 1),
    ],
)
def test_evaluate_phrase_objects_match_at_token_f1_half_and_are_optional(predicted, fp):
    gold = _real([_rel(relation="denies", obj="involvement in the bombing", object_is_phrase=True, required=False)])
    rel = score(gold, _preds(relations=[("d1", "Iran", "denies", predicted, "asserted")]))["relations"]
    assert (rel["tp"], rel["fp"], rel["fn"]) == (0, fp, 0)


def test_evaluate_required_phrase_row_matches_by_token_f1():
    gold = _real([_rel(relation="denies", obj="involvement in the bombing", object_is_phrase=True)])
    rel = score(gold, _preds(relations=[("d1", "Iran", "denies", "involvement in the attack", "asserted")]))["relations"]
    assert (rel["tp"], rel["fp"], rel["fn"]) == (1, 0, 0)


def test_evaluate_each_gold_row_and_prediction_matched_once():
    # two predicted names of one actor for one gold row: one matches, the other is an extra
    gold = _real([_rel(subject_alts=["Tehran"])])
    rel = score(gold, _preds(relations=[("d1", "Iran", "backs", "Hamas", "asserted"),
                                        ("d1", "Tehran", "backs", "Hamas", "asserted")]))["relations"]
    assert (rel["tp"], rel["fp"], rel["fn"]) == (1, 1, 0)
    # a prediction that could match either of two rows goes where it leaves the other row matchable
    gold = _real([_rel(subject="Islamic Revolutionary Guard Corps", subject_alts=["Iran"]), _rel()])
    rel = score(gold, _preds(relations=[("d1", "Iran", "backs", "Hamas", "asserted"),
                                        ("d1", "Islamic Revolutionary Guard Corps", "backs", "Hamas", "asserted")]))["relations"]
    assert (rel["tp"], rel["fp"], rel["fn"]) == (2, 0, 0)


def test_evaluate_optional_row_removes_its_prediction_but_a_required_match_wins():
    gold = _real([_rel(), _rel(subject="Syria", required=False, subject_alts=["Damascus"])])
    rel = score(gold, _preds(relations=[("d1", "Iran", "backs", "Hamas", "asserted"),
                                        ("d1", "Damascus", "backs", "Hamas", "asserted")]))["relations"]
    assert (rel["tp"], rel["fp"], rel["fn"]) == (1, 0, 0)


def test_evaluate_attribution_scored_on_matched_rows_apart_from_the_match():
    gold = _real([_rel(modality="reported", attributed_to="Nasser Kanaani"),
                  _rel(obj="Hezbollah", modality="reported", attributed_to="Reuters")])
    preds = _preds(relations=[("d1", "Iran", "backs", "Hamas", "reported"), ("d1", "Iran", "backs", "Hezbollah", "reported")])
    preds["relations"]["attributed_to"] = ["Kanaani", "The Guardian"]
    rel = score(gold, preds)["relations"]
    assert rel["tp"] == 2 and rel["attribution_accuracy"] == 0.5 and rel["attribution_matched"] == 2


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_evaluate_equally_firm_rows_the_one_naming_its_source_represents_the_triple(order):
    # two alleged rows of one triple (a denied claim, unattributed, and the accusation by a named source): whichever
    # comes first, the attributed one is scored; a firmer row still wins over both
    gold = _real([_rel(modality="alleged", attributed_to="Amnesty International")])
    rows = [("d1", "Iran", "backs", "Hamas", "alleged"), ("d1", "Iran", "backs", "Hamas", "alleged")]
    preds = _preds(relations=[rows[i] for i in order])
    preds["relations"]["attributed_to"] = [[None, "Amnesty International"][i] for i in order]
    rel = score(gold, preds)["relations"]
    assert rel["tp"] == 1 and rel["attribution_accuracy"] == 1.0 and rel["attribution_matched"] == 1
    preds = _preds(relations=[*(rows[i] for i in order), ("d1", "Iran", "backs", "Hamas", "reported")])
    preds["relations"]["attributed_to"] = [*([None, "Amnesty International"][i] for i in order), "Reuters"]
    rel = score(gold, preds)["relations"]
    assert rel["attribution_accuracy"] == 0.0 and rel["modality_accuracy"] == 0.0


def test_evaluate_misses_and_extras_listed_and_printed_by_relation():
    from pipeline.evaluate import format_report

    gold = _real([_rel(evidence="Iran backs Hamas"), _rel(relation="funds")])
    preds = _preds(relations=[("d1", "Iran", "backs", "Hamas", "asserted"), ("d1", "Iran", "trains", "Hamas", "asserted")])
    report = score(gold, preds)
    assert [(m["relation"], m["object"]) for m in report["relations"]["misses"]] == [("funds", "Hamas")]
    assert [(x["relation"], x["object"]) for x in report["relations"]["extras"]] == [("trains", "Hamas")]
    text = format_report(report, rows=True)
    assert "misses funds (1):" in text and "extras trains (1):" in text
    assert "misses" not in format_report(report)


def test_evaluate_subset_by_ids(tmp_path):
    from pipeline.evaluate import read_ids, select

    gold = [GoldDoc.model_validate({"doc_id": f"d{i}", "relations": []}) for i in range(4)]
    listed = tmp_path / "ids.txt"
    listed.write_text("# kept unseen\nd1\n\nd3\n", encoding="utf8")
    ids = read_ids(listed)
    assert ids == {"d1", "d3"}
    assert [g.doc_id for g in select(gold, ids=ids)] == ["d1", "d3"]
    assert [g.doc_id for g in select(gold, exclude=ids)] == ["d0", "d2"]
    with pytest.raises(GoldError, match="not in the gold"):
        select(gold, exclude={"d9"})
    (tmp_path / "empty.txt").write_text("# none\n", encoding="utf8")
    with pytest.raises(GoldError, match="no document ids"):
        read_ids(tmp_path / "empty.txt")


def test_evaluate_matching_with_more_predictions_than_gold_rows():
    gold = _real([_rel(obj="Hezbollah")])
    rel = score(gold, _preds(relations=[("d1", "Iran", "backs", "Hamas", "asserted"), ("d1", "Iran", "funds", "Hamas", "asserted"),
                                        ("d1", "Iran", "backs", "Hezbollah", "asserted")]))["relations"]
    assert (rel["tp"], rel["fp"], rel["fn"]) == (1, 2, 0)


@pytest.mark.parametrize(
    ("actors", "expected"),
    [
        # both arguments among the entity actors (an alternative name counts); the phrase row is not counted
        (["Rwanda Defence Force", "M23", "Iran"], 1.0),
        (["RDF", "March 23 Movement"], 0.5),
        ([], 0.0),
    ],
)
def test_evaluate_argument_coverage(actors, expected):
    from pipeline.evaluate import argument_coverage

    gold = [GoldDoc.model_validate({"doc_id": "d1", "relations": [
        {"subject": "Rwanda Defence Force", "subject_alts": ["RDF"], "relation": "backs", "object": "M23",
         "object_alts": ["March 23 Movement"], "modality": "asserted"},
        {"subject": "Iran", "relation": "funds", "object": "M23", "modality": "asserted"},
        {"subject": "Iran", "relation": "denies", "object": "arming the rebels", "object_is_phrase": True,
         "required": False, "modality": "asserted"},
    ]})]
    entities = {"d1": [{"actor": a} for a in actors] + [{"actor": None}]}
    assert argument_coverage(gold, entities) == expected
