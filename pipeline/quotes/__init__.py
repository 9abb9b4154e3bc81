"""Quote attribution: mark pairing (marks), rule data (rules), per-Doc look-ups
(context), cues and speakers (speakers), and the extractor (extract)."""
