"""Actor-aware NER: the gazetteer, entity linking, people and coreference.

- ``gazetteer``  schema, validation and lookups of ``configs/actors.yaml``;
- ``mentions``   the candidate-mention record the linking steps share (bottom module);
- ``linking``    rules that clean the model's entities, add gazetteer names
  and set each entity's canonical actor (pure functions over a Doc);
- ``persons``    within-document person names ("Baroud" -> "Ramzy Baroud");
- ``coref``      heuristic resolution of pronouns and definite descriptions.

The spaCy components in :mod:`pipeline.components.actors` and
:mod:`pipeline.components.coref` are thin wrappers around these modules.
"""
