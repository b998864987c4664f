"""Import is all or nothing: every problem with its JSON path, and the database unchanged."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from spt_field.db.session import Database
from spt_field.errors import InvalidDataError, ValidationError
from spt_field.interchange.export_json import export_document
from spt_field.interchange.import_json import import_document
from tests.support.interchange_sample import snapshot, valid_document

Document = dict[str, Any]


def _visit(document: Document) -> dict[str, Any]:
    visit: dict[str, Any] = document["visits"][0]
    return visit


def _interviews(document: Document) -> list[dict[str, Any]]:
    interviews: list[dict[str, Any]] = _visit(document)["places"][0]["interviews"]
    return interviews


def import_fails(database: Database, document: Any) -> dict[str, str]:
    """Import `document`, expect it refused, check nothing changed; field -> problem."""
    before = snapshot(database)
    with pytest.raises(InvalidDataError) as caught, database.begin() as session:
        import_document(session, document)
    assert snapshot(database) == before
    problems = caught.value.problems
    assert problems and all(isinstance(problem, ValidationError) for problem in problems)
    message = str(caught.value)
    assert all(problem.field in message for problem in problems)
    return {problem.field: problem.problem for problem in problems}


def test_valid_document_imports(rich_database: Database) -> None:
    document = valid_document()
    with rich_database.begin() as session:
        summary = import_document(session, document)
    assert summary.visit_ids == [_visit(document)["id"]]
    assert summary.counts["interview"] == 2
    with rich_database.begin() as session:
        exported = export_document(session, _visit(document)["id"])
    interview = _visit(exported)["places"][0]["interviews"][0]
    assert interview["identity"] == "R. Example"


def test_schema_problems_are_all_reported(rich_database: Database) -> None:
    document = valid_document()
    visit = _visit(document)
    visit["colour"] = "red"
    visit["start_date"] = "2019-02-30"
    visit["delegation"][0].pop("name")
    visit["places"][0]["place_type"] = "castle"
    visit["places"][1]["capacity"] = "many"
    _interviews(document)[1]["persons"] = True
    problems = import_fails(rich_database, document)
    assert "'colour' was unexpected" in problems["$.visits[0]"]
    assert "'2019-02-30' is not a 'date'" in problems["$.visits[0].start_date"]
    assert "'name' is a required property" in problems["$.visits[0].delegation[0]"]
    assert (
        "'castle' is not one of the codes: police, prison"
        in (problems["$.visits[0].places[0].place_type"])
    )
    assert "$.visits[0].places[1].capacity" in problems
    assert "$.visits[0].places[0].interviews[1].persons" in problems
    assert len(problems) == 6


def test_rule_problems_are_all_reported(rich_database: Database) -> None:
    document = valid_document()
    visit = _visit(document)
    with rich_database.begin() as session:
        existing = export_document(session)["visits"][0]["delegation"][0]["id"]
    first, second = _interviews(document)
    second["persons"] = 1  # a group of one
    second["pseudonym"] = "A"  # the first interview's pseudonym
    visit["places"][1]["visited_on"] = "2021-06-01"  # after the visit
    visit["places"][1]["id"] = visit["places"][0]["id"]  # the same id twice
    visit["findings"][0]["evidence"] = [visit["recommendations"][0]["id"]]  # not an interview
    first["consent"] = "anonymous"  # yet its allegation may be transmitted
    visit["persons_met"][0]["id"] = existing  # already in the database
    problems = import_fails(rich_database, document)
    where = "$.visits[0].places[0].interviews"
    assert set(problems) == {
        f"{where}[1].persons",
        f"{where}[0].pseudonym",
        f"{where}[1].pseudonym",
        "$.visits[0].places[1].visited_on",
        "$.visits[0].places[1].id",
        "$.visits[0].findings[0].evidence[0]",
        f"{where}[0].allegations[0].consent_to_transmit",
        "$.visits[0].persons_met[0].id",
    }
    assert (
        "is outside the visit (2021-05-03 to 2021-05-07)"
        in (problems["$.visits[0].places[1].visited_on"])
    )
    assert "is also used at $.visits[0].places[0]" in problems["$.visits[0].places[1].id"]
    assert "already in this database" in problems["$.visits[0].persons_met[0].id"]


def _set(path: list[str | int], value: Any) -> Callable[[Document], None]:
    def mutate(document: Document) -> None:
        target: Any = document
        for part in path[:-1]:
            target = target[part]
        target[path[-1]] = value

    return mutate


def _delete(path: list[str | int]) -> Callable[[Document], None]:
    def mutate(document: Document) -> None:
        target: Any = document
        for part in path[:-1]:
            target = target[part]
        del target[path[-1]]

    return mutate


def _duplicate_visit(document: Document) -> None:
    document["visits"].append(_visit(valid_document()))
    document["visits"][1]["places"][0]["interviews"][0]["id"] = _interviews(document)[0]["id"]


def _evidence_from_other_visit(document: Document) -> None:
    other = _visit(valid_document())
    document["visits"].append(other)
    other["findings"][0]["evidence"] = [_interviews(document)[0]["id"]]


V: list[str | int] = ["visits", 0]
P0: list[str | int] = [*V, "places", 0]
I0: list[str | int] = [*P0, "interviews", 0]
I1: list[str | int] = [*P0, "interviews", 1]
A0: list[str | int] = [*I0, "allegations", 0]
VISIT = "$.visits[0]"
PLACE = f"{VISIT}.places[0]"
FIRST = f"{PLACE}.interviews[0]"
SECOND = f"{PLACE}.interviews[1]"
ALLEGATION = f"{FIRST}.allegations[0]"
UNKNOWN_ID = "00000000-0000-4000-8000-000000000000"


def _evidence_is_a_place(document: Document) -> None:
    _visit(document)["findings"][0]["evidence"] = [_visit(document)["places"][1]["id"]]


def _finding_at_the_visit(document: Document) -> None:
    _visit(document)["findings"][0]["place_id"] = _visit(document)["id"]


def _recommendation_of_an_interview(document: Document) -> None:
    _visit(document)["recommendations"][0]["finding_ids"] = [_interviews(document)[0]["id"]]


CASES = [
    # The schema: unknown keys, types, codes, dates, times, ids, required keys.
    pytest.param(_set(["extra"], 1), "$", "'extra' was unexpected", id="unknown top key"),
    pytest.param(_set([*A0, "x"], 1), ALLEGATION, "'x' was unexpected", id="unknown deep key"),
    pytest.param(_set([*V, "report", "x"], 1), f"{VISIT}.report", "unexpected", id="report key"),
    pytest.param(_set(["format"], "spt-field/2"), "$.format", "'spt-field/1'", id="format"),
    pytest.param(_set(["visits"], {}), "$.visits", "not of type 'array'", id="visits"),
    pytest.param(_set(V, "visit"), VISIT, "not of type 'object'", id="visit not an object"),
    pytest.param(_set([*P0, "capacity"], "60"), f"{PLACE}.capacity", "", id="capacity text"),
    pytest.param(_set([*P0, "capacity"], -1), f"{PLACE}.capacity", "", id="negative capacity"),
    pytest.param(_set([*P0, "capacity"], 6.5), f"{PLACE}.capacity", "", id="capacity 6.5"),
    pytest.param(
        _set([*P0, "announced"], "yes"), f"{PLACE}.announced", "not of type 'boolean'", id="bool"
    ),
    pytest.param(_set([*P0, "latitude"], 91), f"{PLACE}.latitude", "", id="latitude 91"),
    pytest.param(
        _set([*V, "visit_type"], "holiday"),
        f"{VISIT}.visit_type",
        "'holiday' is not one of the codes: regular, follow_up",
        id="bad visit type",
    ),
    pytest.param(
        _set([*P0, "registers_checked"], ["custody", "diary"]),
        f"{PLACE}.registers_checked[1]",
        "'diary' is not one of the codes",
        id="bad register",
    ),
    pytest.param(
        _set([*A0, "consistency"], "likely"),
        f"{ALLEGATION}.consistency",
        "'likely' is not one of the codes",
        id="bad nullable code",
    ),
    pytest.param(
        _set([*P0, "visited_on"], "2019-02-30"),
        f"{PLACE}.visited_on",
        "'2019-02-30' is not a 'date'",
        id="30 February",
    ),
    pytest.param(_set([*V, "end_date"], "07.05.2021"), f"{VISIT}.end_date", "'date'", id="date"),
    pytest.param(_set([*P0, "arrived_at"], "8h05"), f"{PLACE}.arrived_at", "", id="time 8h05"),
    pytest.param(_set([*P0, "arrived_at"], "24:00"), f"{PLACE}.arrived_at", "", id="time 24:00"),
    pytest.param(_set([*P0, "id"], "42"), f"{PLACE}.id", "'42' is not a UUID", id="id not UUID"),
    pytest.param(
        _delete([*V, "country"]), VISIT, "'country' is a required property", id="no country"
    ),
    pytest.param(
        _delete([*I0, "pseudonym"]), FIRST, "'pseudonym' is a required property", id="no pseudonym"
    ),
    pytest.param(_delete(["format"]), "$", "'format' is a required property", id="no format"),
    pytest.param(_set([*I0, "identity"], " "), f"{FIRST}.identity", "", id="blank identity"),
    # The rules of a visit, checked over the whole document.
    pytest.param(_set([*V, "country"], "ABC"), f"{VISIT}.country", "not an ISO 3166", id="country"),
    pytest.param(
        _set([*V, "end_date"], "2021-05-01"), f"{VISIT}.end_date", "before", id="end first"
    ),
    pytest.param(
        _set([*V, "status"], "postponed"),
        f"{VISIT}.postponement_reason",
        "needs the reason",
        id="postponed without reason",
    ),
    pytest.param(_set([*P0, "name"], "  "), f"{PLACE}.name", "must not be empty", id="no name"),
    pytest.param(
        _set([*I1, "persons"], 1), f"{SECOND}.persons", "at least 2 persons", id="group of one"
    ),
    pytest.param(
        _set([*I0, "persons"], 2), f"{FIRST}.persons", "exactly 1 person", id="individual of 2"
    ),
    pytest.param(
        _set([*I1, "pseudonym"], " A "),
        f"{SECOND}.pseudonym",
        "already used in this visit",
        id="duplicate pseudonym",
    ),
    pytest.param(
        _set([*P0, "visited_on"], "2021-05-08"),
        f"{PLACE}.visited_on",
        "2021-05-08 is outside the visit (2021-05-03 to 2021-05-07)",
        id="place after the visit",
    ),
    pytest.param(
        _set([*I0, "held_on"], "2021-05-02"),
        f"{FIRST}.held_on",
        "outside the visit",
        id="interview before the visit",
    ),
    pytest.param(
        _set([*P0, "left_at"], "08:00"), f"{PLACE}.left_at", "before the arrival", id="left first"
    ),
    pytest.param(
        _set([*P0, "women"], 73), f"{PLACE}.women", "more than the population", id="women"
    ),
    pytest.param(
        _set([*I0, "interviewers"], [UNKNOWN_ID]),
        f"{FIRST}.interviewers[0]",
        f"no member {UNKNOWN_ID} in this visit",
        id="unknown interviewer",
    ),
    pytest.param(
        _evidence_is_a_place,
        f"{VISIT}.findings[0].evidence[0]",
        "no interview",
        id="evidence is a place",
    ),
    pytest.param(
        _evidence_from_other_visit,
        "$.visits[1].findings[0].evidence[0]",
        "no interview",
        id="evidence from another visit",
    ),
    pytest.param(
        _finding_at_the_visit, f"{VISIT}.findings[0].place_id", "no place", id="finding place"
    ),
    pytest.param(
        _recommendation_of_an_interview,
        f"{VISIT}.recommendations[0].finding_ids[0]",
        "no finding",
        id="recommendation of an interview",
    ),
    pytest.param(
        _set([*V, "recommendations", 0, "addressee"], "authority"),
        f"{VISIT}.recommendations[0].authority",
        "must not be empty",
        id="authority not named",
    ),
    pytest.param(
        _set([*I0, "consent"], "anonymous"),
        f"{ALLEGATION}.consent_to_transmit",
        "the interview's consent is 'anonymous': transmission needs 'transmit'",
        id="transmission without consent",
    ),
    pytest.param(
        _set([*A0, "consistency"], "typical"),
        f"{ALLEGATION}.consistency",
        "needs a medical examination",
        id="opinion without examination",
    ),
    pytest.param(
        _duplicate_visit,
        "$.visits[1].places[0].interviews[0].id",
        "is also used at $.visits[0].places[0].interviews[0]",
        id="id twice across visits",
    ),
]


@pytest.mark.parametrize(("mutate", "field", "fragment"), CASES)
def test_one_problem(
    shared_database: Database, mutate: Callable[[Document], None], field: str, fragment: str
) -> None:
    document = valid_document()
    mutate(document)
    problems = import_fails(shared_database, document)
    assert field in problems, problems
    assert fragment in problems[field]


def test_ids_already_in_the_database(rich_database: Database) -> None:
    with rich_database.begin() as session:
        existing = export_document(session)["visits"][0]
    document = valid_document()
    _visit(document)["id"] = existing["id"]
    _interviews(document)[1]["id"] = existing["places"][0]["interviews"][0]["id"]
    _visit(document)["recommendations"][0]["id"] = existing["delegation"][0]["id"]
    problems = import_fails(rich_database, document)
    assert set(problems) == {
        "$.visits[0].id",
        "$.visits[0].places[0].interviews[1].id",
        "$.visits[0].recommendations[0].id",
    }
    assert all("is already in this database" in problem for problem in problems.values())


@pytest.mark.parametrize("document", [None, [], "spt-field/1", 3, {}], ids=repr)
def test_not_a_document(shared_database: Database, document: Any) -> None:
    assert "$" in import_fails(shared_database, document)
