"""Write one very long article (default 990,000 characters) made of a corpus's paragraphs, as JSONL.

    python bench/long_article.py [--corpus FILE] [--chars 990000] --output long.jsonl

For measuring the memory of a long article against a normal run (docs/scaling.md):
paragraphs of the corpus articles, in order, joined by blank lines until the
length is reached exactly (the last paragraph cut; the corpus repeats when it is too short).
"""

from __future__ import annotations

import argparse
import json
from itertools import cycle
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "wikinews" / "articles.jsonl"


def long_text(corpus: Path, chars: int) -> str:
    paragraphs = [p for line in corpus.open(encoding="utf8") if line.strip()
                  for p in json.loads(line)["text"].split("\n\n") if p.strip()]
    out: list[str] = []
    size = 0
    for paragraph in cycle(paragraphs):
        if size >= chars:
            break
        out.append(paragraph)
        size += len(paragraph) + 2
    return "\n\n".join(out)[:chars]  # the last paragraph cut to make the length exact


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--chars", type=int, default=990_000)
    parser.add_argument("--output", type=Path, required=True)
    args = parser.parse_args()
    text = long_text(args.corpus, args.chars)
    args.output.write_text(json.dumps({"id": "long-article", "text": text}) + "\n", encoding="utf8")
    print(f"{args.output}: 1 article, {len(text):,} characters")


if __name__ == "__main__":
    main()
