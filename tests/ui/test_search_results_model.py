"""Search hits as a list model; snippets become rich text with the matches in bold."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from spt_field.domain.values import SearchHit
from spt_field.ui.models.roles import ID_ROLE, KIND_LABEL_ROLE, KIND_ROLE, SNIPPET_ROLE, TITLE_ROLE
from spt_field.ui.models.search_results_model import SearchResultsModel, plain_snippet, snippet_html

HITS = [
    SearchHit(
        kind="interview",
        record_id="i1",
        visit_id="v",
        title="Person B",
        snippet="…was [beaten] with a [baton] on…",
        rank=-3.0,
    ),
    SearchHit(
        kind="finding",
        record_id="f1",
        visit_id="v",
        title="Ill-treatment on arrest",
        snippet="reports of [beatings]",
        rank=-2.0,
    ),
]


def test_model_passes_the_model_tester(qtbot: QtBot, qtmodeltester: ModelTester) -> None:
    model = SearchResultsModel()
    model.set_hits(HITS)
    qtmodeltester.check(model)
    model.set_hits([])
    assert model.rowCount() == 0


def test_each_hit_gives_kind_title_and_snippet(qtbot: QtBot) -> None:
    model = SearchResultsModel()
    model.set_hits(HITS)
    first, second = model.index(0, 0), model.index(1, 0)
    assert (first.data(KIND_ROLE), first.data(ID_ROLE)) == ("interview", "i1")
    assert (first.data(KIND_LABEL_ROLE), first.data(TITLE_ROLE)) == ("Interview", "Person B")
    assert second.data(KIND_LABEL_ROLE) == "Finding"
    assert first.data(SNIPPET_ROLE) == "…was [beaten] with a [baton] on…"
    assert first.data(Qt.ItemDataRole.DisplayRole) == (
        "Interview: Person B — …was beaten with a baton on…"
    )


def test_snippets_mark_matches_bold_and_escape_the_rest() -> None:
    assert snippet_html("a [cell] <b>&") == "a <b>cell</b> &lt;b&gt;&amp;"
    assert snippet_html("[x] [y]") == "<b>x</b> <b>y</b>"
    assert snippet_html("a [stray bracket") == "a [stray bracket"
    assert plain_snippet("…was [beaten]\n on…") == "…was beaten on…"
