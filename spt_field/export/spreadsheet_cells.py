"""Cells of a table bound for a spreadsheet (CSV file or clipboard), formula-proof.

A spreadsheet runs a cell that starts with ``=``, ``+``, ``-`` or ``@`` (and, in some, a tab or
carriage return) as a formula: a name typed as ``=HYPERLINK("http://...")`` would run on the
reader's machine. Such a text cell gets a leading apostrophe, which spreadsheets show as text
and do not print; numbers stay numbers.
"""

from __future__ import annotations

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(value: object) -> str:
    """`value` as the text of a cell; a text that a spreadsheet would run is neutralised."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        text = str(value)
        return "'" + text if text.startswith(_FORMULA_STARTS) else text
    return str(value)
