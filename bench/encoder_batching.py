"""The relation encoder's probabilities scored a sentence at a time against a document at a time (round 22, r22enc).

    python bench/encoder_batching.py DIR [DIR ...] [--threads N]

Reads the Docs an ``extract`` run stored in each output DIR (no re-parse), runs the relation extractor of this
checkout on them and, for every sentence, the candidate pairs the encoder profile's scorer would score (those no rule
row of the sentence pairs; configs/relations/encoder.yaml, the committed model). Each document's pairs are scored
twice: one call per sentence (round 21's scorer) and one call per document (:meth:`PairScorer.score_inputs`, the
scorer since round 22). Prints the pairs, the seconds each way, the largest difference of a probability, and every
pair whose decision (relation, or probability at or above the threshold) differs, with the pairs nearest the
threshold; exit status 1 when a decision differs. Needs requirements/transformers.txt.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import spacy
from spacy.tokens import DocBin

import pipeline.components  # noqa: F401  (registers the factories)
import pipeline.docs  # noqa: F401  (registers the Doc extensions)
from pipeline.actors.gazetteer import Gazetteer, load_gazetteer_data
from pipeline.docs import content_sents
from pipeline.relations import Grammar
from pipeline.relations.encoder import CLASSES, predict_encoded
from pipeline.relations.learned import WordClasses, sentence_pairs
from pipeline.store import OutputStore

REPO = Path(__file__).resolve().parent.parent


def compare(folders: list[Path], threads: int | None = None) -> int:
    import torch

    if threads:
        torch.set_num_threads(threads)
    nlp = spacy.blank("en")
    extractor = nlp.add_pipe("relation_extractor")
    extractor.initialize(path=REPO / "configs" / "relations")
    extractor.use_gazetteer(Gazetteer(load_gazetteer_data(REPO / "configs" / "actors.yaml")))
    scorer = nlp.add_pipe("relation_scorer")
    scorer.initialize(path=REPO / "configs" / "relations" / "encoder.yaml")
    model, threshold = scorer.model, scorer.data["threshold"]
    classes = WordClasses(extractor.rules)
    pairs_seen, per_sentence_s, per_document_s, worst = 0, 0.0, 0.0, 0.0
    near: list[tuple[float, str, str, str]] = []  # (|p - threshold|, doc_id, pair, both probabilities)
    differ = []
    for folder in folders:
        store = OutputStore(folder)
        for part in store.parts():
            for doc in DocBin(store_user_data=True).from_bytes(store.read_docs(part)).get_docs(nlp.vocab):
                extractor(doc)
                g, rows, groups, names = Grammar(doc, extractor.rules), list(doc._.relations or []), [], []
                for sent in content_sents(doc):
                    here = {frozenset((r.subject, r.object)) for r in rows
                            if sent.start_char <= r.evidence_start < sent.end_char}
                    pairs = [p for p in sentence_pairs(sent, g, classes)
                             if frozenset((p.subject.actor, p.object.actor)) not in here]
                    groups.append(model.inputs(sent, pairs, g.mentions_in(sent), classes))
                    names += [f"{p.subject.actor} -> {p.object.actor} @{sent.start_char}" for p in pairs]
                started = time.process_time()
                alone = [p for group in groups for p in predict_encoded(model.model, group)]
                per_sentence_s += time.process_time() - started
                started = time.process_time()
                together = predict_encoded(model.model, [x for group in groups for x in group])
                per_document_s += time.process_time() - started
                pairs_seen += len(names)
                for name, a, b in zip(names, alone, together):
                    worst = max(worst, max(abs(x - y) for x, y in zip(a, b)))
                    ka, kb = (max(range(1, len(CLASSES)), key=p.__getitem__) for p in (a, b))
                    near.append((abs(a[ka] - threshold), doc.user_data["doc_id"], name, f"{a[ka]:.9f} / {b[kb]:.9f}"))
                    if ka != kb or (a[ka] >= threshold) != (b[kb] >= threshold):
                        differ.append((doc.user_data["doc_id"], name, CLASSES[ka], a[ka], CLASSES[kb], b[kb]))
    print(f"{pairs_seen} pairs; encoder CPU seconds: a call per sentence {per_sentence_s:.1f}, a call per document "
          f"{per_document_s:.1f}; largest probability difference {worst:.2e}; threshold {threshold}")
    print("nearest the threshold (sentence alone / document):")
    for gap, doc_id, name, both in sorted(near)[:5]:
        print(f"  {gap:.2e}  {doc_id}  {name}  {both}")
    for row in differ:
        print("decision differs:", *row)
    print(f"{len(differ)} decisions differ")
    return int(bool(differ))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--threads", type=int, metavar="N", help="torch's threads (default: torch's, one per core)")
    args = parser.parse_args(argv)
    return compare(args.folders, args.threads)


if __name__ == "__main__":
    sys.exit(main())
