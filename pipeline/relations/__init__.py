"""Rule-based relation extraction: funds, trains, backs, denies (see docs/relations.md).

- :mod:`ruleset`: read and validate the rules and vocabularies under ``configs/relations/``;
- :mod:`repairs`: every parser/tagger repair, one named pure function each;
- :mod:`arguments`: actor mentions, noun-phrase referents, verb arguments;
- :mod:`constructions`: one function per construction a rule can name;
- :mod:`modality`: asserted / reported / alleged / negated, and the source;
- :mod:`extract`: a sentence in, Relation records out.
"""

from pipeline.relations.arguments import Grammar
from pipeline.relations.extract import sentence_relations
from pipeline.relations.ruleset import (
    RuleSet,
    compile_ruleset,
    load_ruleset,
    with_de_facto_states,
    with_leaders,
    with_person_offices,
    with_state_armies,
    with_warring_armies,
    with_state_organs,
)

__all__ = [
    "Grammar",
    "RuleSet",
    "compile_ruleset",
    "load_ruleset",
    "sentence_relations",
    "with_de_facto_states",
    "with_leaders",
    "with_person_offices",
    "with_state_armies",
    "with_warring_armies",
    "with_state_organs",
]
