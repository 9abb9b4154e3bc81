"""The base model's rule components, spaCy's stock classes against pipeline.components.model_rules' (round 25).

    python bench/model_rules.py compare --input PATH [--input PATH ...] [--limit N]
    python bench/model_rules.py time --rules stock|fast --input PATH [--input PATH ...] [--limit N]

Both read the inputs as the extract does (``pipeline.readers.read_inputs``) and load the base model with
``pipeline.nlp.load_base`` (configs/pipeline.yaml), with ``model.fast_rules`` false (stock) or true (fast).

``compare`` runs the whole base model both ways over every text (whole, not in the extract's pieces) and
compares every Doc: ``doc.to_array`` of TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE and
``doc.to_bytes()``. Prints one JSON object: documents, tokens, and the documents that differ (their ids).

``time`` parses every text up to the parser, then runs ``attribute_ruler`` and then ``lemmatizer`` over the
parsed Docs, each charged its CPU seconds (``time.process_time``), in this fresh process as in an extract (the
stock lemmatizer's cache and the fast components' memos start empty). Run ``stock`` and ``fast`` alternately.
"""

from __future__ import annotations

import argparse
import json
import time
from itertools import islice

import numpy as np
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG

from pipeline.config import load_config
from pipeline.nlp import load_base
from pipeline.readers import InputDoc, read_inputs

ATTRS = [TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE]
RULES = ["attribute_ruler", "lemmatizer"]


def base_model(fast: bool):
    config = load_config()
    return load_base(config.model_copy(update={"model": config.model.model_copy(update={"fast_rules": fast})}))


def inputs(paths: list[str], limit: int | None) -> list[InputDoc]:
    return list(islice((item for item in read_inputs(paths) if isinstance(item, InputDoc)), limit))


def compare(items: list[InputDoc]) -> dict:
    stock, fast = base_model(False), base_model(True)
    texts = [item.text for item in items]
    differ, tokens = [], 0
    for item, a, b in zip(items, stock.pipe(texts, batch_size=8), fast.pipe(texts, batch_size=8)):
        tokens += len(a)
        same = np.array_equal(a.to_array(ATTRS), b.to_array(ATTRS)) and a.to_bytes() == b.to_bytes()
        if not same:
            differ.append(item.doc_id)
    return {"documents": len(items), "tokens": tokens, "differ": len(differ), "differing_ids": differ[:20]}


def timing(items: list[InputDoc], rules: str) -> dict:
    nlp = base_model(rules == "fast")
    docs = list(nlp.pipe((item.text for item in items), batch_size=8, disable=[*RULES, "ner"]))
    seconds = {}
    for name in RULES:
        pipe = nlp.get_pipe(name)
        started = time.process_time()
        docs = list(pipe.pipe(docs))
        seconds[name] = round(time.process_time() - started, 3)
    classes = {name: type(nlp.get_pipe(name)).__name__ for name in RULES}
    return {"rules": rules, "classes": classes, "documents": len(docs), "tokens": sum(map(len, docs)), "cpu_s": seconds}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=["compare", "time"])
    parser.add_argument("--input", action="append", required=True)
    parser.add_argument("--rules", choices=["stock", "fast"], default="fast")
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    args = parser.parse_args(argv)
    items = inputs(args.input, args.limit)
    result = compare(items) if args.command == "compare" else timing(items, args.rules)
    print(json.dumps(result))
    return 1 if result.get("differ") else 0


if __name__ == "__main__":
    raise SystemExit(main())
