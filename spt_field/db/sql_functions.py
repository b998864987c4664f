"""SQL the two engines spell differently, each said once: a construct per difference, compiled
for SQLite (a laptop's file) and for PostgreSQL (a headquarters server)."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql import operators
from sqlalchemy.sql.functions import FunctionElement


class months_after(FunctionElement[Any]):  # noqa: N801 (SQL functions are lower case)
    """The day `months` months after a date column, on the month's last day when that month is
    shorter (2019-08-31 + 6 months is 2020-02-29), as domain.deadlines.months_after."""

    type = sa.Date()
    inherit_cache = False  # `months` is part of the SQL, not a parameter
    name = "months_after"

    def __init__(self, day: Any, months: int) -> None:
        super().__init__(day)
        self.months = int(months)


@compiles(months_after, "sqlite")
def _months_after_sqlite(element: months_after, compiler: Any, **kw: Any) -> str:
    day, months = compiler.process(element.clauses, **kw), element.months
    # date() overflows into the next month (08-31 + 6 months = 03-02): the last day of the
    # target month caps it.
    return (
        f"min(date({day}, '+{months} months'), "
        f"date({day}, 'start of month', '+{months + 1} months', '-1 day'))"
    )


@compiles(months_after, "postgresql")
def _months_after_postgresql(element: months_after, compiler: Any, **kw: Any) -> str:
    day, months = compiler.process(element.clauses, **kw), element.months
    # PostgreSQL's interval arithmetic already stops at the month's last day.
    return f"CAST({day} + interval '{months} months' AS DATE)"


def _nulls_as_on_sqlite(clause: Any) -> Any:
    """An ORDER BY term with SQLite's NULL placement: NULLs sort below every value, so first
    ascending and last descending. A term that says where its NULLs go, or cannot be NULL (a
    NOT NULL column), is left as it is, so that PostgreSQL still reads it from an index."""
    modifier = getattr(clause, "modifier", None)
    if modifier in (operators.nulls_first_op, operators.nulls_last_op):
        return clause
    descending = modifier is operators.desc_op
    term = clause.element if modifier in (operators.asc_op, operators.desc_op) else clause
    if isinstance(term, sa.TextClause) or (isinstance(term, sa.Column) and not term.nullable):
        return clause
    return sa.nulls_last(clause) if descending else sa.nulls_first(clause)


@compiles(sa.Select, "postgresql")
def _select_postgresql(select: sa.Select[Any], compiler: Any, **kw: Any) -> str:
    # PostgreSQL puts NULLs last when ascending, SQLite first: every query of the application
    # orders them as SQLite does, so that both engines list the same rows in the same order.
    if select._order_by_clauses:
        select = select._generate()
        select._order_by_clauses = tuple(map(_nulls_as_on_sqlite, select._order_by_clauses))
    return str(compiler.visit_select(select, **kw))
