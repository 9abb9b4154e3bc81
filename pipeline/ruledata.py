"""Reading rule data files: the bottom layer every rule module may import.

Kept apart from ``pipeline.components`` so that the rule layers (``actors``,
``relations``, ``quotes``) never import the component layer above them.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import srsly

log = logging.getLogger(__name__)


class RuleDataError(ValueError):
    """Rule data that cannot be used; the message names the file and the rule."""



def read_yaml(path: Path) -> Any:
    """Read a YAML rule file, naming the file in any error."""
    import yaml

    try:
        with path.open(encoding="utf8") as fh:
            return yaml.safe_load(fh)
    except (OSError, yaml.YAMLError) as exc:
        raise RuleDataError(f"cannot read rule file {path}: {exc}") from exc


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Read a JSONL rule file; a bad line fails naming file and line."""
    rows = []
    with path.open(encoding="utf8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip() or line.lstrip().startswith("//"):
                continue
            try:
                rows.append(srsly.json_loads(line))
            except ValueError as exc:
                raise RuleDataError(f"{path}:{lineno}: not valid JSON: {exc}") from exc
    if not rows:
        log.warning("rule file %s holds no rules", path)
    return rows
