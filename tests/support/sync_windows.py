"""Two delegation laptops as two real encrypted databases, holding the same visit through a
first bundle, and a conflict made the way it happens in the field: both laptops change the same
interview's notes before exchanging bundles again."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from spt_field.db.session import Database
from spt_field.services.interviews import update_interview
from spt_field.sync import export_bundle, import_bundle
from tests.support.laptops import BUNDLE_PASSPHRASE, first_visit, laptop

ILSE_NOTES = "Cell 4 held 11 people for 4 beds; no mattresses."
TOMAS_NOTES = "Cell 4 held 12 people for 4 beds, according to the register."


@dataclass
class Laptops:
    ilse: Database
    tomas: Database
    visit_id: str
    interview_id: str
    folder: Path

    def close(self) -> None:
        self.ilse.close()
        self.tomas.close()


def two_laptops(folder: Path) -> Laptops:
    """Ilse records a visit, a place and an interview, and sends them to Tomas's laptop."""
    ilse = laptop(folder / "ilse.sptdb", "Ilse Varnava")
    visit_id, _place_id, interview_id = first_visit(ilse)
    tomas = laptop(folder / "tomas.sptdb", "Tomas Reyes")
    first = folder / "first.sptbundle"
    export_bundle(ilse, visit_id, first, BUNDLE_PASSPHRASE)
    import_bundle(tomas, first, BUNDLE_PASSPHRASE)
    return Laptops(ilse, tomas, visit_id, interview_id, folder)


def tomas_bundle_with_conflicting_notes(laptops: Laptops) -> Path:
    """Both change the interview's notes; Tomas's bundle, imported on Ilse's laptop, brings a
    conflict."""
    with laptops.ilse.begin() as session:
        update_interview(session, laptops.interview_id, notes=ILSE_NOTES)
    with laptops.tomas.begin() as session:
        update_interview(session, laptops.interview_id, notes=TOMAS_NOTES)
    path = laptops.folder / "from-tomas.sptbundle"
    export_bundle(laptops.tomas, laptops.visit_id, path, BUNDLE_PASSPHRASE)
    return path
