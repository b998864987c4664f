"""Alembic environment: runs on the connection the application hands it (never from a URL)."""

from __future__ import annotations

from typing import Any

from alembic import context

from spt_field.db import models  # noqa: F401  (registers the tables on Base.metadata)
from spt_field.db.base import Base
from spt_field.db.search_index import is_search_table


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    return not (type_ == "table" and name is not None and is_search_table(name))


connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
