"""The kinds of record a visit holds, as the UI, undo and sync name them."""

from __future__ import annotations

from spt_field.domain.codes import CodeList


class RecordKind(CodeList):
    VISIT = "visit", "Visit"
    MEMBER = "member", "Delegation member"
    PERSON_MET = "person_met", "Person met"
    PLACE = "place", "Place"
    INTERVIEW = "interview", "Interview"
    ALLEGATION = "allegation", "Allegation"
    FINDING = "finding", "Finding"
    RECOMMENDATION = "recommendation", "Recommendation"
    REGISTERED_PLACE = "registered_place", "Place in the register"
    PROGRAMME_ENTRY = "programme_entry", "Programme entry"
    ATTACHMENT = "attachment", "Attachment"
