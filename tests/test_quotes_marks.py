"""Quotation-mark pairing on raw text (pipeline/quotes/marks.py): no model needed."""

from __future__ import annotations

import pytest

from pipeline.quotes.marks import pair_quotes


def contents(text: str, rules) -> list[str]:
    spans, _ = pair_quotes(text, rules)
    return [s.content(text) for s in spans]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # curly, straight and guillemet double marks
        ("“We will win,” he said. “Soon,” she added.", ["We will win,", "Soon,"]),
        ('"We will win," he said.', ["We will win,"]),
        ("Il a dit «non» hier.", ["non"]),
        # a nested quotation belongs to its outer one
        ("“They told us ‘the road is open,’ but it was not,” he said.", ["They told us ‘the road is open,’ but it was not,"]),
        ('"They told us \'stay home\' twice," he said.', ["They told us 'stay home' twice,"]),
        # single marks: quotations, apostrophes and plural possessives
        ("The 'axis of resistance' is informal.", ["axis of resistance"]),
        ("‘We will not retreat,’ the commander said.", ["We will not retreat,"]),
        ("It’s Hamas’ decision, and the groups' leaders don't deny it.", []),
        ("Hamas' \"Al-Qassam Brigades fired rockets,\" the agency said.", ["Al-Qassam Brigades fired rockets,"]),
        # rock 'n' roll, O'Brien, the '90s: no stray pairs across apostrophes
        ("O'Brien's team won in the '90s.", []),
    ],
)
def test_quotes_marks_pairs_quotation_marks(text, expected, quote_rules):
    assert contents(text, quote_rules) == expected


def test_quotes_marks_offsets_index_the_original_text(quote_rules):
    text = "Intro.\n\n“Quoted words,” he said."
    (span,), _ = pair_quotes(text, quote_rules)
    assert text[span.open] == "“" and text[span.close] == "”"
    assert text[span.start : span.end] == "Quoted words,"


def test_quotes_marks_multi_paragraph_quote_is_one_span(quote_rules):
    text = "“The first wave hit the coast.\n\n“The second wave hit the launchers,” he said.\n\nNext."
    (span,), problems = pair_quotes(text, quote_rules)
    assert problems == []
    assert span.content(text) == "The first wave hit the coast.\n\nThe second wave hit the launchers,"
    assert span.reopens == (text.index("“The second"),)


def test_quotes_marks_multi_paragraph_quote_with_straight_marks(quote_rules):
    text = '"One.\n\n"Two.\n\n"Three," he said.'
    (span,), problems = pair_quotes(text, quote_rules)
    assert problems == [] and span.content(text) == "One.\n\nTwo.\n\nThree,"


def test_quotes_marks_unbalanced_mark_costs_only_its_paragraph(quote_rules):
    text = 'The remarks were "unacceptable, he said.\n\n"We want them home," said Goldberg.\n\nA “third” one.'
    spans, problems = pair_quotes(text, quote_rules)
    assert [s.content(text) for s in spans] == ["We want them home,", "third"]
    assert len(problems) == 1
    assert (problems[0].start, problems[0].end) == (0, text.index("\n\n"))
    assert "never closed" in problems[0].reason


def test_quotes_marks_stray_closing_mark_costs_only_its_paragraph(quote_rules):
    text = "He said no” twice.\n\n“Yes,” she said."
    spans, problems = pair_quotes(text, quote_rules)
    assert [s.content(text) for s in spans] == ["Yes,"]
    assert "no opening mark" in problems[0].reason


def test_quotes_marks_single_line_breaks_retry_line_by_line(quote_rules):
    # paragraphs separated by single line breaks: the bad line alone is lost
    text = 'Title line\nA "broken line\nA "good" line'
    spans, problems = pair_quotes(text, quote_rules)
    assert [s.content(text) for s in spans] == ["good"]
    assert len(problems) == 1


def test_quotes_marks_hard_wrapped_quote_pairs_across_lines(quote_rules):
    text = 'He said "this quotation was\nwrapped by the editor" today.'
    assert contents(text, quote_rules) == ["this quotation was\nwrapped by the editor"]


def test_quotes_marks_mark_pattern_finds_every_mark_and_nothing_else(quote_rules):
    """The pairing steps from one mark to the next (``QuoteRules.mark_pattern``): every character of ``marks`` is
    found, and no other."""
    marks = "".join(quote_rules.marks)
    text = "a " + marks + " b.-(\n" + marks
    found = [m.start() for m in quote_rules.mark_pattern.finditer(text)]
    assert found == [i for i, ch in enumerate(text) if ch in quote_rules.marks]
