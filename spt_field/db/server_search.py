"""Search on a PostgreSQL server: what FTS5 does on the laptop (search_index.py), with pg_trgm,
so that the same words find the same records on both.

PostgreSQL's text parser does not split Chinese or Japanese into words, so the server does not
use its own full-text search. Instead the immutable SQL function `spt_fold` turns a text into
the words the laptop's index holds for it, folded as the laptop folds them and each set between
single spaces: ``"Le détenu, 殴打了"`` becomes ``" le detenu 殴 打 了 "``. A word of a query is
then found by a LIKE on that text: ``'% detenu %'`` (a whole word), ``'% deten%'`` (the last word,
a prefix), ``'% 殴 打 %'`` (a CJK word: its characters standing together, as FTS5 reads the
phrase of the characters). Each indexed column has a generated column of its folded text
(``search_notes`` for ``notes``...), which the server computes on every write, and a trigram
(GIN) index on it makes those LIKEs fast.

`spt_fold` reads the tables of the laptop's own tokenizer (``unicode61 remove_diacritics 2``),
asked of SQLite when the server's schema is created (`tokenizer_tables`):

- its separators (spaces, punctuation, symbols, some marks: 410 ranges) become a space;
- the characters it folds other than by their lower case (accented Latin letters to the bare
  letter, combining accents to nothing, a few Greek letters) are mapped by ``translate``, or,
  faster, by decomposing the text (NFD) and dropping those accents where that gives the same;
- CJK characters are set apart as words of their own, as `indexed_text` does for the laptop;
- ``lower`` (in the ``C.utf8`` collation, or ICU's: Unicode's case) folds the case of the rest.

Where the two may still differ: the case of letters of scripts added to Unicode after its
version 6.1 (the laptop's tokenizer does not fold them, PostgreSQL does), e.g. Cherokee; and
two accents other than the dropped ones written after a letter in a non-canonical order (NFD
puts them in order). tests/services/test_search_engines.py compares every character.

The schema of a server made before these generated columns must be made anew (no migration:
no server was in use yet).

Snippets are cut by the laptop's FTS5 itself (`fts5_snippets`), over the few texts shown.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any

import sqlalchemy as sa
import sqlcipher3

from spt_field.db.search_index import CJK_CHARACTER, SEARCH_INDEX, TOKENIZER, indexed_text

#: Lower case, accents removed, words between single spaces: see the module's docstring.
FOLD_FUNCTION = "spt_fold"

#: Where the laptop's tokenizer has separators or folds a character other than by its lower
#: case: the rest of Unicode are letters to it, kept as they are (planes 2 to 13 included).
_PROBED = (range(1, 0xD800), range(0xE000, 0x20000), range(0xE0000, 0xE1000))


@functools.cache
def tokenizer_tables() -> tuple[tuple[tuple[int, int], ...], dict[str, str]]:
    """The laptop's tokenizer, asked of SQLite: its separators (ranges of code points) and the
    characters it folds to something else than their lower case (to "" for combining accents).

    Each code point c is indexed as "a" c "a": one token when c is part of a word (its fold in
    the middle), two when c separates words.
    """
    connection = sqlcipher3.connect(":memory:")
    try:
        connection.execute(f"CREATE VIRTUAL TABLE probe USING fts5(x, tokenize = '{TOKENIZER}')")
        connection.execute("CREATE VIRTUAL TABLE probe_words USING fts5vocab(probe, instance)")
        connection.executemany(
            "INSERT INTO probe (rowid, x) VALUES (?, ?)",
            ((code, f"a{chr(code)}a") for part in _PROBED for code in part),
        )
        words: dict[int, list[str]] = {}
        for code, word in connection.execute("SELECT doc, term FROM probe_words"):
            words.setdefault(code, []).append(word)
    finally:
        connection.close()
    folds = {
        chr(code): found[0][1:-1]
        for code, found in words.items()
        if len(found) == 1 and found[0][1:-1] not in (chr(code), chr(code).lower())
    }
    separators = _ranges(code for part in _PROBED for code in part if len(words[code]) == 2)
    return tuple(separators), folds


def _pattern_character(code: int) -> str:
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def _ranges(codes: Iterable[int]) -> list[tuple[int, int]]:
    """Sorted code points as (first, last) ranges."""
    ranges: list[tuple[int, int]] = []
    for code in codes:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    return ranges


def _ranges_class(ranges: Iterable[tuple[int, int]]) -> str:
    """The inside of a bracket expression matching the code points of `ranges`."""
    return "".join(
        _pattern_character(low) + ("" if high == low else "-" + _pattern_character(high))
        for low, high in ranges
    )


@functools.cache
def _unlike_decomposed() -> tuple[tuple[int, int], ...]:
    """The characters that decomposing (NFD) and dropping the accents the laptop drops would not
    fold as the laptop does (in lower case): Cyrillic й (и to NFD), Greek with tonos, µ, Hangul
    syllables (their jamo to NFD)... Only characters with a decomposition or a fold of the laptop
    (all below U+30000) can be one."""
    _separators, folds = tokenizer_tables()
    dropped = {c for c, f in folds.items() if not f}

    def decomposed(character: str) -> str:
        return "".join(c for c in unicodedata.normalize("NFD", character) if c not in dropped)

    return tuple(
        _ranges(
            code
            for code in range(1, 0x30000)
            if not 0xD800 <= code <= 0xDFFF
            and decomposed(chr(code)).lower() != folds.get(chr(code), chr(code)).lower()
        )
    )


def _character_class(characters: str) -> str:
    """The inside of a bracket expression matching `characters` (written as escapes)."""
    return "".join(_pattern_character(ord(c)) for c in sorted(set(characters)))


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


#: Collations whose lower() is Unicode's, tried in turn (the database's own may be "C", which
#: lowers ASCII only).
_LOWER_COLLATIONS = ("C.utf8", "C.UTF-8", "und-x-icu")


def lower_collation(connection: sa.Connection) -> str | None:
    """The first of `_LOWER_COLLATIONS` the server has (None: the database's own)."""
    found = set(
        connection.execute(
            sa.text("SELECT collname FROM pg_collation WHERE collname IN :names").bindparams(
                sa.bindparam("names", expanding=True)
            ),
            {"names": list(_LOWER_COLLATIONS)},
        ).scalars()
    )
    return next((name for name in _LOWER_COLLATIONS if name in found), None)


def fold_function_statement(collation: str | None = "C.utf8") -> str:
    """CREATE OR REPLACE of `spt_fold`, from the laptop's tokenizer tables. (A body in quotes,
    not the RETURN of PostgreSQL 14, so that PostgreSQL 13 takes it.)"""
    separators, folds = tokenizer_tables()
    # translate() drops the characters of its first list that have none in its second.
    mapped = sorted((c, f) for c, f in folds.items() if f)
    dropped = sorted(c for c, f in folds.items() if not f)
    source = "".join(c for c, _f in mapped) + "".join(dropped)
    target = "".join(f for _c, f in mapped)
    separator_class = _ranges_class(separators)
    cjk_class = CJK_CHARACTER.pattern  # "[...]": literal characters and ranges
    # translate() reads its whole list for every character of the text, which is slow: a text
    # holding none of its characters is left as it is, and one holding none that decomposing
    # (NFD) and dropping the accents would fold otherwise (`_unlike_decomposed`) is folded so.
    value = (
        f"CASE WHEN value !~ {_quoted('[' + _character_class(source) + ']')} THEN value "
        f"WHEN value !~ {_quoted('[' + _ranges_class(_unlike_decomposed()) + ']')} "
        f"THEN regexp_replace(normalize(value, NFD), "
        f"{_quoted('[' + _character_class(''.join(dropped)) + ']')}, '', 'g') "
        f"ELSE translate(value, {_quoted(source)}, {_quoted(target)}) END"
    )
    value = f"regexp_replace({value}, {_quoted('(' + cjk_class + ')')}, ' \\1 ', 'g')"
    value = f"regexp_replace({value}, {_quoted('[' + separator_class + ']+')}, ' ', 'g')"
    value = f'lower({value} COLLATE "{collation}")' if collation else f"lower({value})"
    return (
        f"CREATE OR REPLACE FUNCTION {FOLD_FUNCTION}(value text) RETURNS text "
        "LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT COST 10000 "
        f"AS $fold$ SELECT ' ' || btrim({value}, ' ') || ' ' $fold$"
    )


def search_column(column: str) -> str:
    """The generated column holding `column` folded (``spt_fold``), which search reads."""
    return f"search_{column}"


def index_name(table: str, column: str) -> str:
    return f"ix_{table}_{column}_trigrams"


def create_search_objects(connection: sa.Connection) -> None:
    """The trigram extension, the folding function, and per indexed column a generated column of
    its folded text with a trigram index of its live rows.

    The folded text is stored (computed on each write of the column, whatever code writes) rather
    than only indexed: an index of trigrams only narrows the rows down, each is then checked with
    its text, and folding a text on every search would cost more than the search.
    """
    connection.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    connection.exec_driver_sql(fold_function_statement(lower_collation(connection)))
    for table, (_search, columns) in SEARCH_INDEX.items():
        for column in columns:
            folded = search_column(column)
            connection.exec_driver_sql(
                f"ALTER TABLE {table} ADD COLUMN {folded} text "
                f"GENERATED ALWAYS AS ({FOLD_FUNCTION}({column})) STORED"
            )
            connection.exec_driver_sql(
                f"CREATE INDEX {index_name(table, column)} ON {table} "
                f"USING gin ({folded} gin_trgm_ops) WHERE deleted_at IS NULL"
            )


def fts5_snippets(
    kind: str, fts_query: str, rows: Iterable[tuple[Any, Sequence[str | None]]], snippet_sql: str
) -> dict[Any, str]:
    """Snippets of the server's hits, cut by the laptop's FTS5 so that they are the same: the
    texts shown (a few) are indexed in a database in memory and `snippet_sql` (a snippet() call
    on the table named as on the laptop, with a :separator parameter) is asked of it.

    `rows` are (key, the indexed columns' values); keys FTS5 finds no match in are left out.
    """
    search, columns = SEARCH_INDEX[kind]
    keyed = list(rows)
    connection = sqlcipher3.connect(":memory:")
    try:
        connection.execute(
            f"CREATE VIRTUAL TABLE {search} USING fts5({', '.join(columns)}, "
            f"tokenize = '{TOKENIZER}')"
        )
        connection.executemany(
            f"INSERT INTO {search} (rowid, {', '.join(columns)}) "
            f"VALUES (?, {', '.join('?' for _c in columns)})",
            (
                (number, *(indexed_text(value) for value in values))
                for number, (_key, values) in enumerate(keyed)
            ),
        )
        cut = connection.execute(
            f"SELECT rowid, {snippet_sql} FROM {search} WHERE {search} MATCH :query",
            {"query": fts_query, "separator": "\u200b"},
        )
        return {keyed[number][0]: snippet for number, snippet in cut}
    finally:
        connection.close()
