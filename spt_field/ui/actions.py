"""User actions: a UserError becomes a message box, never a traceback."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar

from PySide6.QtWidgets import QMessageBox, QWidget

from spt_field.ui.i18n import translate
from spt_field.ui.storage_messages import user_message

P = ParamSpec("P")
R = TypeVar("R")


def show_error(parent: QWidget | None, message: str) -> None:
    title = translate("UserAction", "SPT Field")
    QMessageBox.warning(parent, title, message[:1].upper() + message[1:])


def user_action(method: Callable[P, R]) -> Callable[P, R | None]:
    """Wrap a QWidget method run by the user: show UserErrors (and a full, read-only or failing
    disk) to them and carry on."""

    @functools.wraps(method)
    def run(*args: P.args, **kwargs: P.kwargs) -> R | None:
        try:
            return method(*args, **kwargs)
        except Exception as error:
            message = user_message(error)
            if message is None:  # a bug: the crash handler's
                raise
            widget: Any = args[0] if args else None
            show_error(widget if isinstance(widget, QWidget) else None, message)
            return None

    return run
