"""A rule stage's fingerprint covers its components' code: the modules of this package they import."""

from __future__ import annotations

import pytest

from pipeline.config import load_config
from pipeline.nlp import build_rules, code_digest, stage_fingerprints

# a package "pkg": the component's module imports one module inside a function, and others at the top
MODULES = {
    "__init__.py": "",
    "component.py": (
        "from pkg.rules import (\n    Rule,  # the rule class\n    load,\n)\nimport pkg.words\n\n\n"
        "def late():\n    from pkg import helpers\n    return helpers\n"
    ),
    "rules.py": "from pkg.deep.base import BASE\nRule = object\nload = None\n",
    "words.py": "WORDS = ['arms']\n",
    "helpers.py": "HELP = 1\n",
    "deep/__init__.py": "",
    "deep/base.py": "import json\nBASE = 1\n",
    "unrelated.py": "OTHER = 1\n",
}


@pytest.fixture
def package(tmp_path):
    root = tmp_path / "pkg"
    for name, source in MODULES.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(source, encoding="utf8")
    return root


def _digest(root):
    return code_digest.__wrapped__("pkg.component", root)  # not the cached value: the files change here


@pytest.mark.parametrize(
    ("module", "changes_digest"),
    [
        ("component.py", True),
        ("rules.py", True),  # a parenthesised import over several lines
        ("deep/base.py", True),  # imported by an imported module
        ("words.py", True),  # "import pkg.words"
        ("helpers.py", True),  # imported inside a function
        ("deep/__init__.py", True),  # runs before pkg.deep.base
        ("unrelated.py", False),
    ],
)
def test_nlp_code_digest_follows_the_package_imports(package, module, changes_digest):
    before = _digest(package)
    path = package / module
    path.write_text(path.read_text(encoding="utf8") + "\nEDITED = True\n", encoding="utf8")
    assert (_digest(package) != before) is changes_digest


def test_nlp_code_digest_of_a_module_outside_the_package_is_of_nothing(package):
    assert code_digest.__wrapped__("json", package) == code_digest.__wrapped__("spacy.tokens", package)
    assert _digest(package) != code_digest.__wrapped__("json", package)


def test_nlp_rule_stages_fingerprint_their_code_and_the_parse_does_not(monkeypatch):
    config = load_config()
    rules = build_rules(config)
    before = stage_fingerprints(rules, config)
    edited = {"pipeline.components.relations"}
    monkeypatch.setattr("pipeline.nlp.code_digest", lambda module: module + "-edited" if module in edited else module)
    patched = stage_fingerprints(rules, config)
    edited.clear()
    untouched = stage_fingerprints(rules, config)
    assert patched["ner"] == untouched["ner"] == before["ner"]
    assert patched["relations"] != untouched["relations"]
    assert patched["quotes"] == untouched["quotes"]
