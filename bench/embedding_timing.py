"""CPU seconds of MiniLM over the sentences with 2+ actors against bare ``nlp.pipe`` (round 13, r13emb experiment).

    HF_HUB_OFFLINE=1 python bench/embedding_timing.py --corpus ARTICLES.jsonl --docs DIR

``--docs``: the folder an ``extract --stages ner`` run of the corpus wrote (the actors the rules see). One thread
for torch; process time, so other work on the machine barely moves the figures. Prints one JSON object.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import spacy

from pipeline.config import load_config
from pipeline.docs import content_sents
from pipeline.explainer import load_rules, stored_docs
from pipeline.relations import Grammar

sys.path.insert(0, str(Path(__file__).parent))
import embedding_pairs  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, required=True)
    ap.add_argument("--docs", type=Path, required=True)
    a = ap.parse_args()
    lines = [json.loads(line) for line in open(a.corpus, encoding="utf8")]
    texts = [d["text"] for d in lines]
    nlp = spacy.load(load_config().model.base)
    t = time.process_time()
    tokens = sum(len(d) for d in nlp.pipe(texts, batch_size=64))
    bare = time.process_time() - t
    rules = load_rules(Path("configs/relations"))
    docs = stored_docs(a.docs, {d.get("doc_id") or d.get("id") for d in lines})
    sents = []
    for doc in docs.values():
        g = Grammar(doc, rules)
        sents.extend(s.text for s in content_sents(doc) if len({m.actor for m in g.mentions_in(s)}) >= 2)
    st = embedding_pairs.encoder()
    t = time.process_time()
    embedding_pairs.token_vectors(st, sents)
    cost = time.process_time() - t
    print(json.dumps({"articles": len(texts), "docs": len(docs), "tokens": tokens, "bare_cpu_s": round(bare, 2),
                      "sentences_2plus_actors": len(sents), "minilm_cpu_s": round(cost, 2),
                      "per_article_ms": round(1000 * cost / len(texts), 1), "ratio_to_bare": round(cost / bare, 3)}))


if __name__ == "__main__":
    main()
