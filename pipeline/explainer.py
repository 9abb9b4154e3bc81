"""``python -m pipeline explain``: each missed and extra relation row of a scored run, with its parse.

Reads the gold, scores the predictions folder (:mod:`pipeline.evaluate`),
loads the Docs the run stored and explains each row with
:mod:`pipeline.relations.explain`; misses are grouped by the shape of the
dependency path between their arguments, largest group first.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

from pipeline.actors.gazetteer import Gazetteer, load_gazetteer_data
from pipeline.components.relations import with_gazetteer
from pipeline.evaluate import gold_files, load_gold, norm_name, read_predictions, score, select
from pipeline.relations import RuleSet, compile_ruleset, load_ruleset
from pipeline.relations.explain import Explanation, explain_extra, explain_miss
from pipeline.store import OutputStore


def stored_docs(folder: Path, wanted: set[str]) -> dict[str, Doc]:
    """The parsed Docs a run stored under ``folder`` (those whose id is in ``wanted``)."""
    store, vocab, out = OutputStore(folder), spacy.blank("en").vocab, {}
    for part in store.parts():
        for doc in DocBin(store_user_data=True).from_bytes(store.read_docs(part)).get_docs(vocab):
            if doc.user_data.get("doc_id") in wanted:
                out[doc.user_data["doc_id"]] = doc
    return out


def load_rules(rules_dir: Path) -> RuleSet:
    """The relation rules as ``extract`` reads them, with what they take from the gazetteer beside the rule folder
    (:func:`pipeline.components.relations.with_gazetteer`)."""
    rules = compile_ruleset(load_ruleset(rules_dir))
    actors = Path(rules_dir).parent / "actors.yaml"
    gazetteer = Gazetteer(load_gazetteer_data(actors)) if actors.exists() else None
    return with_gazetteer(rules, gazetteer)


def _names(row: dict, side: str):
    names = {norm_name(n) for n in (row[side], *(row.get(f"{side}_alts") or ()))}
    return lambda actor: norm_name(actor) in names


def explain_run(gold_paths: list[Path], predictions: Path, rules_dir: Path,
                ids: set[str] | None = None, exclude: set[str] | None = None) -> str:
    gold = select([doc for path in gold_files(gold_paths) for doc in load_gold(path)], ids, exclude)
    report = score(gold, read_predictions(predictions))["relations"]
    if report is None:
        raise ValueError("the gold holds no relation annotations: nothing to explain")
    rules = load_rules(rules_dir)
    docs = stored_docs(predictions, {g.doc_id for g in gold})
    misses: dict[str, list[tuple[dict, Explanation]]] = defaultdict(list)
    for row in report["misses"]:
        doc = docs.get(row["doc_id"])
        if doc is None:
            misses["document not extracted"].append((row, Explanation("document not extracted")))
            continue
        why = explain_miss(doc, rules, row["relation"], _names(row, "subject"), _names(row, "object"))
        misses[why.group].append((row, why))
    extras = [(row, explain_extra(docs[row["doc_id"]], row["rule"], row["cue"], (row["subject_start"], row["subject_end"]),
                                  (row["object_start"], row["object_end"]))) for row in report["extras"] if row["doc_id"] in docs]
    return "\n".join(_format(misses, extras)) + "\n"


def _format(misses: dict[str, list[tuple[dict, Explanation]]], extras: list[tuple[dict, Explanation]]) -> Iterator[str]:
    total = sum(map(len, misses.values()))
    yield f"{total} missed rows in {len(misses)} groups by path shape, largest first; {len(extras)} extra rows"
    for group, items in sorted(misses.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        yield f"\n== [{len(items)}] {group}"
        for row, why in items:
            yield f"- {row['doc_id']} {row['relation']}({row['subject']}, {row['object']}) {row['modality']}"
            yield from _details(why)
    yield "\n== extras"
    for row, why in extras:
        yield f"- {row['doc_id']} {row['relation']}({row['subject']}, {row['object']}) {row['modality']} [{row['rule']} @ {row['cue']}]"
        yield f"    shape: {why.group}"
        yield from _details(why)


def _details(why: Explanation) -> Iterator[str]:
    if why.sentence:
        yield f"    sentence: {why.sentence}"
    if why.path:
        yield f"    path: {why.path}"
    if why.cues:
        yield f"    cues on path: {'; '.join(why.cues)}"
    for a in why.attempts:
        if a.outcome != "produced":
            yield f"    tried {a.rule} @ {a.cue}: {a.outcome}"
