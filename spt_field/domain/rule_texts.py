"""The English of every message the rules give, for the "rules" catalogue (spt_field/catalogues.py).

The domain's rules raise ValidationErrors naming the field by its internal name, with an English
template and its parameters ("{day} is outside the visit ({start} to {end})"). The interface
shows them in its language: the template and the field's name from the "rules" catalogue, the
parameters filled in. A test keeps these lists complete.
"""

from __future__ import annotations

#: How a problem is shown with the field it is about.
FIELD_AND_PROBLEM = "{field}: {problem}"

#: Every template the rules (domain/rules.py, domain/limits.py and the services) raise.
TEMPLATES = (
    "must not be empty",
    "{day} is outside the visit ({start} to {end})",
    "must not be negative",
    "must not be more than {maximum:,}",
    "no {what} {record} in this visit",
    "{country!r} is not an ISO 3166-1 alpha-3 code nor XAA-XZZ",
    "must not be before the start date",
    "a postponed visit needs the reason",
    "must not be before the report's transmission date",
    "the report has not been transmitted yet",
    "say who requested publication",
    "must not be before the arrival time",
    "must be between -90 and 90",
    "must be between -180 and 180",
    "{count} is more than the population ({population})",
    "lists a register twice",
    "{pseudonym!r} is already used in this visit",
    "a group interview has at least 2 persons",
    "an individual interview has exactly 1 person",
    "{country!r} is not a country code",
    "the interview's consent is {consent!r}: transmission needs 'transmit'",
    "a consistency opinion needs a medical examination",
    "must not be after the visit",
    "lists an interview twice",
    "lists a finding twice",
    "must be 1 or more",
    "a place or interview is dated {day}",
    "an allegation is dated {day}",
    "{count} allegation(s) of this interview are marked for transmission to the authorities: "
    "untick that first",
    "is {length:,} characters long; at most {limit:,} are allowed",
    "holds the control character {code} at position {position}",
    "holds half of a UTF-16 pair ({code}) at position {position}: the text was damaged on its way",
    "is {size:,} bytes; at most {limit:,} are allowed",
    "{name!r} is not a photograph (JPEG, PNG) nor a PDF, Word, Excel or PowerPoint file",
    "{name!r} is damaged and cannot be read",
    "a PDF protected by a password cannot be attached",
    "a case stays with its interview",
    "lists an action twice",
    "must not be before the Convention's ratification",
    "name the body designated on that date",
    "must be a year from {first} on",
    "{symbol!r} is not a document symbol such as CAT/OP/BRA/3",
)

#: What a "{what}" parameter names (context "record").
RECORD_WORDS = {
    "member": "member",
    "place": "place",
    "interview": "interview",
    "finding": "finding",
}

#: The fields' names where no form shows their label, a dialog or a list (context "field").
FIELD_NAMES = {
    "country": "Country",
    "start_date": "Start date",
    "end_date": "End date",
    "postponement_reason": "Postponement reason",
    "transmitted_on": "Transmitted on",
    "reply_due_on": "Reply due on",
    "reply_received_on": "Reply received on",
    "publication_requested_on": "Publication requested on",
    "publication_requested_by": "Publication requested by",
    "objectives": "Objectives",
    "name": "Name",
    "visited_on": "Visited on",
    "arrived_at": "Arrived at",
    "left_at": "Left at",
    "latitude": "Latitude",
    "longitude": "Longitude",
    "capacity": "Capacity",
    "population": "Population",
    "men": "Men",
    "women": "Women",
    "children": "Children",
    "pretrial": "Pre-trial detainees",
    "sentenced": "Sentenced",
    "administrative": "Administrative detention",
    "foreign_nationals": "Foreign nationals",
    "registers_checked": "Registers checked",
    "members_present": "Members present",
    "pseudonym": "Pseudonym",
    "persons": "Persons",
    "held_on": "Date",
    "nationality": "Nationality",
    "interviewers": "Interviewers",
    "consent": "Consent",
    "consent_to_transmit": "Consent to transmit",
    "consistency": "Consistency",
    "occurred_on": "Occurred on",
    "title": "Title",
    "place_id": "Place",
    "evidence": "Evidence",
    "text": "Text",
    "authority": "Authority",
    "finding_ids": "Findings",
    "paragraph_number": "Paragraph number",
    "file": "File",
    "file_name": "File name",
    "caption": "Caption",
    "interview_id": "Interview",
    "actions": "Actions taken",
    "convention_ratified_on": "Convention ratified on",
    "protocol_ratified_on": "Optional Protocol ratified on",
    "npm_body": "National preventive mechanism",
    "npm_designated_on": "Mechanism designated on",
    "previous_visits": "Previous visits",
    "year": "Year",
    "symbol": "Report symbol",
}
