"""The actor network, the timeline, and the report/graph subcommands."""

from __future__ import annotations

import pytest
from report_fixture import write_fixture

from pipeline.cli import main
from pipeline.report.graph import DENIES_STYLE, NEGATED_STYLE, PLAIN_STYLE, Edge, build_network, draw_network, network_edges, save_figure
from pipeline.report.timeline import draw_timeline, month_of, monthly_counts


def _rel(doc: str, s: str, rel: str, o: str, modality: str = "asserted") -> dict:
    return {"doc_id": doc, "subject": s, "relation": rel, "object": o, "modality": modality}


RELATIONS = [
    _rel("a", "Iran", "funds", "Hamas"),
    _rel("a", "Iran", "funds", "Hamas", "reported"),  # same article: counted once
    _rel("b", "Iran", "funds", "Hamas", "alleged"),
    _rel("b", "Iran", "funds", "Hamas", "negated"),  # a separate, negated edge
    _rel("c", "Hamas", "denies", "Iran"),
    _rel("c", "Hamas", "denies", "any role in the raid"),  # not an actor
    _rel("c", "Iran", "backs", "Iran"),  # self-loop
    _rel("d", "Russia", "trains", "Hezbollah"),
]
ACTORS = {"Iran", "Hamas", "Russia", "Hezbollah"}


def test_graph_edges_weigh_articles_and_keep_negation_apart():
    edges, dropped = network_edges(RELATIONS, ACTORS)
    assert edges == [
        Edge("Iran", "funds", "Hamas", False, 2),
        Edge("Hamas", "denies", "Iran", False, 1),
        Edge("Iran", "funds", "Hamas", True, 1),
        Edge("Russia", "trains", "Hezbollah", False, 1),
    ]
    assert dropped == 2


def test_graph_without_actor_list_keeps_phrase_objects():
    edges, dropped = network_edges(RELATIONS)
    assert Edge("Hamas", "denies", "any role in the raid", False, 1) in edges and dropped == 1


@pytest.mark.parametrize(
    ("edge", "style"),
    [
        (Edge("A", "funds", "B", False, 1), PLAIN_STYLE),
        (Edge("A", "denies", "B", False, 1), DENIES_STYLE),
        (Edge("A", "funds", "B", True, 1), NEGATED_STYLE),
        (Edge("A", "denies", "B", True, 1), NEGATED_STYLE),
    ],
)
def test_graph_draws_denies_and_negated_distinctly(edge, style):
    assert edge.style == style
    assert len({PLAIN_STYLE, DENIES_STYLE, NEGATED_STYLE}) == 3


def test_graph_keeps_heaviest_edges_within_max_actors():
    network = build_network(RELATIONS, ACTORS, max_actors=2)
    assert set(network.nodes) == {"Iran", "Hamas"}
    assert network.hidden_actors == 2
    assert all({e.subject, e.object} <= set(network.nodes) for e in network.edges)
    assert network.node_articles == {"Iran": 3, "Hamas": 3}


def test_graph_every_node_has_an_edge():
    relations = [_rel(str(i), f"A{i}", "backs", f"B{i}") for i in range(20)]
    network = build_network(relations, max_actors=9)
    ends = {x for e in network.edges for x in (e.subject, e.object)}
    assert set(network.nodes) == ends and len(ends) == 8


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf"])
def test_graph_saves_by_extension(tmp_path, suffix):
    hostile = [_rel("a", "$\\alpha$ <b>", "funds", "Front ${x}$"), _rel("a", "Front ${x}$", "trains", "$\\alpha$ <b>")]
    path = save_figure(draw_network(build_network(hostile)), tmp_path / f"graph{suffix}")
    head = path.read_bytes()[:64]
    assert head.startswith({".png": b"\x89PNG", ".svg": b"<?xml", ".pdf": b"%PDF"}[suffix])


def test_graph_svg_keeps_labels_as_escaped_text(tmp_path):
    path = save_figure(draw_network(build_network([_rel("a", "Iran <x>", "funds", "Hamas & co")])), tmp_path / "g.svg")
    svg = path.read_text()
    assert "<x>" not in svg and ">Iran &lt;x&gt;</text>" in svg and ">Hamas &amp; co</text>" in svg


def test_graph_empty_network_draws_a_note():
    fig = draw_network(build_network([]))
    assert any("no relations" in t.get_text() for t in fig.axes[0].texts)


@pytest.mark.parametrize(
    ("date", "month"),
    [("2024-03-02", "2024-03"), ("2024-03", "2024-03"), ("2024-13-01", None), ("March 2024", None), (None, None)],
)
def test_timeline_month_of(date, month):
    assert month_of(date) == month


def test_timeline_counts_per_month_by_type_and_pair():
    dates = {"a": "2023-11-20", "b": "2024-01-05", "c": "2024-01-30", "d": None}
    t = monthly_counts(RELATIONS, dates, top_pairs=2)
    assert t.months == ["2023-11", "2023-12", "2024-01"]
    assert t.by_type == {"funds": [2, 0, 2], "backs": [0, 0, 1], "denies": [0, 0, 2]}
    assert t.by_pair == {"Iran → Hamas": [2, 0, 2], "Hamas → Iran": [0, 0, 1]}
    assert t.undated == 1
    assert len(draw_timeline(t).axes) == 3  # bars, heat map, colour bar


def test_timeline_without_dates_draws_a_note():
    t = monthly_counts(RELATIONS, {})
    assert t.months == [] and t.undated == len(RELATIONS)
    assert "no dated relations" in draw_timeline(t).axes[0].texts[0].get_text()


def test_graph_cli_writes_report_and_graph(tmp_path, capsys):
    pred = write_fixture(tmp_path / "pred")
    assert main(["report", "--predictions", str(pred), "--output", str(tmp_path / "out" / "r.html")]) == 0
    assert main(["graph", "--predictions", str(pred), "--output", str(tmp_path / "g.svg")]) == 0
    assert (tmp_path / "out" / "r.html").stat().st_size > 10_000 and (tmp_path / "g.svg").exists()
    assert "wrote" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["graph", "--output", "g.gif"], "use one of the extensions .png, .svg, .pdf"),
        (["report", "--output", "r.html"], "is missing: --predictions must be a folder written by"),
    ],
)
def test_graph_cli_errors_say_what_to_do(tmp_path, capsys, argv, message):
    (tmp_path / "pred").mkdir()
    argv = [argv[0], "--predictions", str(tmp_path / "pred"), argv[1], str(tmp_path / argv[2])]
    assert main(argv) == 2
    assert message in capsys.readouterr().err
