"""The international standards a finding or recommendation can cite: a small catalogue of
references, each a provision of an instrument (its title in the four languages, its document
symbol), set as a footnote wherever the report prints the finding or recommendation.

A reference is a code list (`StandardReference`), stored by its code; its interface label in
French, Spanish and Chinese is in catalogue.py, like every code's.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from spt_field.domain.codes import CodeList


class ProvisionKind(StrEnum):
    """How a provision is cited: "rule 43", "rules 43–45", "para. 12", "annex I"."""

    RULE = "rule"
    RULES = "rules"
    PARAGRAPH = "paragraph"
    PARAGRAPHS = "paragraphs"
    ANNEX = "annex"


@dataclass(frozen=True)
class Instrument:
    key: str
    #: The title in English, in the United Nations' wording; the report's catalogue translates
    #: it (ReportWording.instrument_titles).
    title: str
    symbol: str  # "A/RES/70/175"


MANDELA_RULES = Instrument(
    "mandela_rules",
    "United Nations Standard Minimum Rules for the Treatment of Prisoners (the Nelson Mandela"
    " Rules)",
    "A/RES/70/175",
)
BANGKOK_RULES = Instrument(
    "bangkok_rules",
    "United Nations Rules for the Treatment of Women Prisoners and Non-custodial Measures for"
    " Women Offenders (the Bangkok Rules)",
    "A/RES/65/229",
)
HAVANA_RULES = Instrument(
    "havana_rules",
    "United Nations Rules for the Protection of Juveniles Deprived of their Liberty (the "
    "Havana Rules)",
    "A/RES/45/113",
)
BEIJING_RULES = Instrument(
    "beijing_rules",
    "United Nations Standard Minimum Rules for the Administration of Juvenile Justice (the "
    "Beijing Rules)",
    "A/RES/40/33",
)
ISTANBUL_PROTOCOL = Instrument(
    "istanbul_protocol",
    "Manual on the Effective Investigation and Documentation of Torture and Other Cruel, "
    "Inhuman or Degrading Treatment or Punishment (Istanbul Protocol)",
    "HR/P/PT/8/Rev.2",
)
NPM_GUIDELINES = Instrument(
    "npm_guidelines",
    "Guidelines on national preventive mechanisms",
    "CAT/OP/12/5",
)
CPT_STANDARDS = Instrument(
    "cpt_standards",
    "European Committee for the Prevention of Torture and Inhuman or Degrading Treatment or "
    "Punishment, CPT standards",
    "CPT/Inf/E (2002) 1 - Rev. 2015",
)


class StandardReference(CodeList):
    """A provision a finding or recommendation can cite; the label is the interface's."""

    MANDELA_7 = "mandela_7", "Nelson Mandela Rules, rule 7 (registers)"
    MANDELA_30 = "mandela_30", "Nelson Mandela Rules, rule 30 (medical examination on admission)"
    MANDELA_34 = "mandela_34", "Nelson Mandela Rules, rule 34 (documenting signs of torture)"
    MANDELA_43_45 = "mandela_43_45", "Nelson Mandela Rules, rules 43–45 (solitary confinement)"
    MANDELA_56_57 = "mandela_56_57", "Nelson Mandela Rules, rules 56–57 (complaints)"
    MANDELA_71 = "mandela_71", "Nelson Mandela Rules, rule 71 (investigations)"
    BANGKOK_5 = "bangkok_5", "Bangkok Rules, rule 5 (women’s hygiene)"
    BANGKOK_19_21 = "bangkok_19_21", "Bangkok Rules, rules 19–21 (searches)"
    HAVANA_67 = "havana_67", "Havana Rules, rule 67 (no solitary confinement of juveniles)"
    BEIJING_13 = "beijing_13", "Beijing Rules, rule 13 (detention pending trial)"
    ISTANBUL_PRINCIPLES = (
        "istanbul_principles",
        "Istanbul Protocol, annex I (principles of investigation and documentation)",
    )
    NPM_GUIDELINES_12 = "npm_guidelines_12", "Guidelines on NPMs, para. 12 (autonomy)"
    CPT_CUSTODY = "cpt_custody", "CPT standards, paras. 36–43 (police custody safeguards)"


@dataclass(frozen=True)
class Provision:
    instrument: Instrument
    kind: ProvisionKind
    numbers: str  # "43–45", "I"


PROVISIONS: MappingProxyType[StandardReference, Provision] = MappingProxyType(
    {
        StandardReference.MANDELA_7: Provision(MANDELA_RULES, ProvisionKind.RULE, "7"),
        StandardReference.MANDELA_30: Provision(MANDELA_RULES, ProvisionKind.RULE, "30"),
        StandardReference.MANDELA_34: Provision(MANDELA_RULES, ProvisionKind.RULE, "34"),
        StandardReference.MANDELA_43_45: Provision(
            MANDELA_RULES, ProvisionKind.RULES, "43\u201345"
        ),
        StandardReference.MANDELA_56_57: Provision(
            MANDELA_RULES, ProvisionKind.RULES, "56\u201357"
        ),
        StandardReference.MANDELA_71: Provision(MANDELA_RULES, ProvisionKind.RULE, "71"),
        StandardReference.BANGKOK_5: Provision(BANGKOK_RULES, ProvisionKind.RULE, "5"),
        StandardReference.BANGKOK_19_21: Provision(
            BANGKOK_RULES, ProvisionKind.RULES, "19\u201321"
        ),
        StandardReference.HAVANA_67: Provision(HAVANA_RULES, ProvisionKind.RULE, "67"),
        StandardReference.BEIJING_13: Provision(BEIJING_RULES, ProvisionKind.RULE, "13"),
        StandardReference.ISTANBUL_PRINCIPLES: Provision(
            ISTANBUL_PROTOCOL, ProvisionKind.ANNEX, "I"
        ),
        StandardReference.NPM_GUIDELINES_12: Provision(
            NPM_GUIDELINES, ProvisionKind.PARAGRAPH, "12"
        ),
        StandardReference.CPT_CUSTODY: Provision(
            CPT_STANDARDS, ProvisionKind.PARAGRAPHS, "36\u201343"
        ),
    }
)

#: Every instrument a provision is of, in the order of the catalogue.
INSTRUMENTS: tuple[Instrument, ...] = tuple(
    dict.fromkeys(provision.instrument for provision in PROVISIONS.values())
)
