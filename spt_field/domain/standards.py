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
    #: The title in "en", "fr", "es" and "zh", in the United Nations' wording.
    titles: MappingProxyType[str, str]
    symbol: str  # "A/RES/70/175"


def _titles(en: str, fr: str, es: str, zh: str) -> MappingProxyType[str, str]:
    return MappingProxyType({"en": en, "fr": fr, "es": es, "zh": zh})


MANDELA_RULES = Instrument(
    _titles(
        "United Nations Standard Minimum Rules for the Treatment of Prisoners (the Nelson "
        "Mandela Rules)",
        "Ensemble de règles minima des Nations Unies pour le traitement des détenus (Règles "
        "Nelson Mandela)",
        "Reglas Mínimas de las Naciones Unidas para el Tratamiento de los Reclusos (Reglas "
        "Nelson Mandela)",
        "《联合国囚犯待遇最低限度标准规则》（《纳尔逊·曼德拉规则》）",
    ),
    "A/RES/70/175",
)
BANGKOK_RULES = Instrument(
    _titles(
        "United Nations Rules for the Treatment of Women Prisoners and Non-custodial Measures "
        "for Women Offenders (the Bangkok Rules)",
        "Règles des Nations Unies concernant le traitement des détenues et l’imposition de "
        "mesures non privatives de liberté aux délinquantes (Règles de Bangkok)",
        "Reglas de las Naciones Unidas para el Tratamiento de las Reclusas y Medidas No "
        "Privativas de la Libertad para las Mujeres Delincuentes (Reglas de Bangkok)",
        "《联合国女性囚犯待遇和女性罪犯非监禁措施规则》（《曼谷规则》）",
    ),
    "A/RES/65/229",
)
HAVANA_RULES = Instrument(
    _titles(
        "United Nations Rules for the Protection of Juveniles Deprived of their Liberty (the "
        "Havana Rules)",
        "Règles des Nations Unies pour la protection des mineurs privés de liberté (Règles de "
        "La Havane)",
        "Reglas de las Naciones Unidas para la Protección de los Menores Privados de Libertad "
        "(Reglas de La Habana)",
        "《联合国保护被剥夺自由少年规则》（《哈瓦那规则》）",
    ),
    "A/RES/45/113",
)
BEIJING_RULES = Instrument(
    _titles(
        "United Nations Standard Minimum Rules for the Administration of Juvenile Justice (the "
        "Beijing Rules)",
        "Ensemble de règles minima des Nations Unies concernant l’administration de la justice "
        "pour mineurs (Règles de Beijing)",
        "Reglas Mínimas de las Naciones Unidas para la Administración de la Justicia de "
        "Menores (Reglas de Beijing)",
        "《联合国少年司法最低限度标准规则》（《北京规则》）",
    ),
    "A/RES/40/33",
)
ISTANBUL_PROTOCOL = Instrument(
    _titles(
        "Manual on the Effective Investigation and Documentation of Torture and Other Cruel, "
        "Inhuman or Degrading Treatment or Punishment (Istanbul Protocol)",
        "Manuel pour enquêter efficacement sur la torture et autres peines ou traitements "
        "cruels, inhumains ou dégradants (Protocole d’Istanbul)",
        "Manual para la Investigación y Documentación Eficaces de la Tortura y Otros Tratos o "
        "Penas Crueles, Inhumanos o Degradantes (Protocolo de Estambul)",
        "《有效调查和记录酷刑和其他残忍、不人道或有辱人格的待遇或处罚手册》"
        "（《伊斯坦布尔议定书》）",
    ),
    "HR/P/PT/8/Rev.2",
)
NPM_GUIDELINES = Instrument(
    _titles(
        "Guidelines on national preventive mechanisms",
        "Directives concernant les mécanismes nationaux de prévention",
        "Directrices relativas a los mecanismos nacionales de prevención",
        "《关于国家防范机制的准则》",
    ),
    "CAT/OP/12/5",
)
CPT_STANDARDS = Instrument(
    _titles(
        "European Committee for the Prevention of Torture and Inhuman or Degrading Treatment "
        "or Punishment, CPT standards",
        "Comité européen pour la prévention de la torture et des peines ou traitements "
        "inhumains ou dégradants, Normes du CPT",
        "Comité Europeo para la Prevención de la Tortura y de las Penas o Tratos Inhumanos o "
        "Degradantes, Normas del CPT",
        "欧洲防止酷刑和不人道或有辱人格的待遇或处罚委员会，《防止酷刑委员会标准》",
    ),
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
