"""python -m pipeline export: the actor network as GEXF, GraphML or CSV, read back by networkx and csv."""

from __future__ import annotations

import csv

import networkx as nx
import pytest
from report_fixture import EVIL_ACTOR, write_fixture

from pipeline.cli import main
from pipeline.export import CSV_COLUMNS, export


@pytest.fixture(scope="module")
def predictions(tmp_path_factory):
    return write_fixture(tmp_path_factory.mktemp("export") / "pred")


@pytest.mark.parametrize(("fmt", "read"), [("gexf", nx.read_gexf), ("graphml", nx.read_graphml)])
def test_export_graph_reads_back_with_actors_and_edges(predictions, tmp_path, fmt, read):
    path, _ = export(predictions, tmp_path / f"net.{fmt}")
    graph = read(path)
    assert graph.is_directed()
    # Qatar backs Hamas; Iran funds Hezbollah; Russia trains Hezbollah; the Front denies Iran; Iran did not fund the Front
    assert sorted(graph.nodes) == sorted(["Iran", "Hezbollah", "Russia", "Qatar", "Hamas", EVIL_ACTOR])
    edges = {(s, a["relation"], o): a for s, o, a in graph.edges(data=True)}
    assert set(edges) == {("Iran", "funds", "Hezbollah"), ("Russia", "trains", "Hezbollah"), ("Qatar", "backs", "Hamas"),
                          (EVIL_ACTOR, "denies", "Iran"), ("Iran", "funds", EVIL_ACTOR)}
    funds = edges[("Iran", "funds", "Hezbollah")]
    assert (funds["articles"], funds["modalities"], funds["first_date"], funds["last_date"]) == (1, "reported", "2024-01-10", "2024-01-10")
    assert (funds["cameo_code"], funds["plover_code"]) == ("070", "AID")
    assert "cameo_code" not in edges[("Iran", "funds", EVIL_ACTOR)]  # negated: no event, no code
    assert "first_date" not in edges[("Qatar", "backs", "Hamas")]  # an undated article
    assert graph.nodes["Iran"]["articles"] == 2


def test_export_csv_has_one_row_per_triple(predictions, tmp_path, capsys):
    assert main(["export", "--predictions", str(predictions), "--format", "csv", "--output", str(tmp_path / "e.csv")]) == 0
    assert "6 actors, 5 edges" in capsys.readouterr().out
    with (tmp_path / "e.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert {(r["subject"], r["relation"], r["object"], r["cameo_code"]) for r in rows} >= {("Russia", "trains", "Hezbollah", "072")}
    assert len(rows) == 5


def test_export_unknown_format_says_what_to_pass(predictions, tmp_path, capsys):
    assert main(["export", "--predictions", str(predictions), "--output", str(tmp_path / "net.xlsx")]) == 2
    assert "--format gexf|graphml|csv" in capsys.readouterr().err
