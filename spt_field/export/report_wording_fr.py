"""The French wording of the confidential visit report, in the terms of the United Nations'
French documents (the Optional Protocol, the Subcommittee's reports and annual reports).

French typography: a non-breaking space before a colon and inside numbers ("1 500"), "1er" for
the first day of a month, and the preposition a country name takes ("en Suisse", "au Brésil",
"aux Philippines", "à Malte").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from types import MappingProxyType

from spt_field.domain.codes import (
    DelegationRole,
    FindingArea,
    IntervieweeCategory,
    PersonMetCategory,
    PlaceType,
    ReportGroup,
)
from spt_field.domain.report_sections import ReportSection
from spt_field.domain.standards import ProvisionKind
from spt_field.export.report_wording import (
    Forms,
    ReportWording,
    capitalized_plurals,
    catalogue_labels,
    frozen,
)

NBSP = "\u00a0"

# The preposition before a country's name: "en" for feminine names and those starting with a
# vowel, "au" for masculine names, "aux" for plural names, "à" for islands and city States.
_WITH_A_THE = ("Grenade", "Barbade", "Dominique", "Trinité-et-Tobago")
_WITH_A = (
    "Cuba",
    "Chypre",
    "Malte",
    "Madagascar",
    "Maurice",
    "Singapour",
    "Monaco",
    "Bahreïn",
    "Nauru",
    "Tuvalu",
    "Kiribati",
    "Djibouti",
    "Oman",
    "Sri Lanka",
    "Cabo Verde",
    "Antigua-et-Barbuda",
    "Sao Tomé-et-Principe",
)
_WITH_A_PREFIXES = ("Saint-", "Sainte-")
_PLURAL_PREFIXES = (
    "États-Unis",
    "Pays-Bas",
    "Émirats",
    "Philippines",
    "Comores",
    "Maldives",
    "Seychelles",
    "Bahamas",
    "Fidji",
    "Îles",
    "Palaos",
    "Tonga",
)
_MASCULINE_IN_E = ("Mexique", "Cambodge", "Mozambique", "Zimbabwe", "Belize", "Suriname", "Royaume")
_FEMININE_OTHERWISE = ("Haïti", "Sierra Leone")


def _starts_with_vowel(name: str) -> bool:
    first = unicodedata.normalize("NFD", name[:1])[:1]
    return first.upper() in "AEIOU"


def country_locative(country: str) -> str:
    """ "en Suisse", "au Brésil", "aux Philippines", "à Malte", "dans l’État fictif XRU"."""
    if country.startswith("État "):
        return f"dans l’{country}"
    if country in _WITH_A_THE:
        return f"à la {country}"
    if country in _WITH_A or country.startswith(_WITH_A_PREFIXES):
        return f"à {country}"
    if country.startswith(_PLURAL_PREFIXES):
        return f"aux {country}"
    first_word = re.split(r"[ -]", country, maxsplit=1)[0]
    feminine = first_word.endswith("e") and first_word not in _MASCULINE_IN_E
    if feminine or country in _FEMININE_OTHERWISE or _starts_with_vowel(country):
        return f"en {country}"
    return f"au {country}"


def french_conjunction(_last: str) -> str:
    return " et "


_BODY = (
    "Sous-Comité pour la prévention de la torture et autres peines ou traitements cruels, "
    "inhumains ou dégradants"
)
_ARTICLE_16_1 = "Conformément au paragraphe 1 de l’article 16 du Protocole facultatif"
_STATE = "l’État partie"
_NPM = "le mécanisme national de prévention"

_PLACE_TYPE_FORMS: Mapping[PlaceType, Forms] = MappingProxyType(
    {
        PlaceType.POLICE: ("poste de police", "postes de police"),
        PlaceType.PRISON: ("prison", "prisons"),
        PlaceType.PRETRIAL: (
            "centre de détention provisoire",
            "centres de détention provisoire",
        ),
        PlaceType.COURT_CELLS: (
            "local de détention judiciaire",
            "locaux de détention judiciaire",
        ),
        PlaceType.JUVENILE: (
            "centre de détention pour mineurs",
            "centres de détention pour mineurs",
        ),
        PlaceType.PSYCHIATRIC: ("établissement psychiatrique", "établissements psychiatriques"),
        PlaceType.SOCIAL_CARE: ("foyer de protection sociale", "foyers de protection sociale"),
        PlaceType.IMMIGRATION: (
            "centre de rétention pour migrants",
            "centres de rétention pour migrants",
        ),
        PlaceType.TRANSIT_ZONE: ("zone de transit", "zones de transit"),
        PlaceType.MILITARY: ("lieu de détention militaire", "lieux de détention militaire"),
        PlaceType.REHABILITATION: (
            "centre de réadaptation fermé",
            "centres de réadaptation fermés",
        ),
        PlaceType.RELIGIOUS: ("établissement religieux", "établissements religieux"),
        PlaceType.TRANSPORT: (
            "véhicule de transport de détenus",
            "véhicules de transport de détenus",
        ),
        PlaceType.OTHER: ("autre lieu", "autres lieux"),
    }
)


FRENCH = ReportWording(
    language="fr",
    months=(
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    date_pattern="{day} {month} {year}",
    day_one="1er",
    single_day="le {date}",
    range_same_month="du {start_day} au {end_day} {end_month} {end_year}",
    range_same_year="du {start_day} {start_month} au {end_day} {end_month} {end_year}",
    range_any=("du {start_day} {start_month} {start_year} au {end_day} {end_month} {end_year}"),
    thousands_separator=NBSP,
    conjunction=french_conjunction,
    country_in_text=country_locative,
    body=_BODY,
    distribution="Distr. restreinte",
    version="Français",
    original=f"Original{NBSP}: anglais",
    title=(
        f"Visite effectuée {{in_country}} {{dates}}{NBSP}: recommandations et observations "
        "adressées {addressee}"
    ),
    addressee_in_title=frozen(
        {"state": "à l’État partie", "npm": "au mécanisme national de prévention"}
    ),
    footnote_transmitted=(
        f"{_ARTICLE_16_1}, le présent rapport a été communiqué à titre confidentiel "
        "{to_addressee} le {date}."
    ),
    footnote_not_transmitted=(
        f"{_ARTICLE_16_1}, le présent rapport sera communiqué à titre confidentiel "
        "{to_addressee}."
    ),
    addressee_in_text=frozen({"state": _STATE, "npm": _NPM}),
    addressee_dative=frozen(
        {"state": "à l’État partie", "npm": "au mécanisme national de prévention"}
    ),
    contents_heading="Table des matières",
    running_header="CONFIDENTIEL — PROJET",
    watermark="PROJET",
    page_label="Page {page} sur {pages}",
    annex_label="Annexe {numeral}",
    section_headings=catalogue_labels(ReportSection, "fr"),
    standard_wording=MappingProxyType(
        {
            ReportSection.INTRODUCTION: (
                "Conformément au mandat que lui confèrent les articles 11 et 13 du Protocole "
                f"facultatif, le {_BODY} a effectué une visite dans l’État partie."
            ),
            ReportSection.FACILITATION: (
                "Le Sous-Comité remercie les autorités de leur coopération, qui a facilité la "
                "visite."
            ),
            ReportSection.REPRISALS: (
                "Le Sous-Comité rappelle que toute forme d’intimidation ou de représailles "
                "contre des personnes privées de liberté qui ont été en contact avec lui, ou "
                "cherchent à l’être, constitue une violation des obligations que l’article 15 "
                "du Protocole facultatif impose à l’État partie."
            ),
            ReportSection.NPM: (
                "Le Sous-Comité a rencontré le mécanisme national de prévention et s’est "
                "entretenu avec lui de son mandat, de son indépendance, de ses ressources et "
                "de ses méthodes de travail."
            ),
            ReportSection.LEGAL_FRAMEWORK: (
                "Le Sous-Comité a examiné le cadre juridique et institutionnel de la "
                "prévention de la torture et des mauvais traitements."
            ),
            ReportSection.SITUATION: (
                "Les observations ci-après concernent les lieux de privation de liberté que "
                "le Sous-Comité a visités."
            ),
            ReportSection.NEXT_STEPS: (
                "Le Sous-Comité demande à l’État partie de lui faire parvenir une réponse au "
                "présent rapport dans un délai de six mois à compter de la date de sa "
                "transmission, en rendant compte en détail des mesures prises pour donner "
                "suite aux recommandations."
            ),
        }
    ),
    general_observations="Observations générales",
    further_recommendations="Autres recommandations",
    group_headings=catalogue_labels(ReportGroup, "fr"),
    area_headings=catalogue_labels(FindingArea, "fr", other="Autres questions"),
    mandate=(
        "Conformément au mandat que lui confèrent les articles 11 et 13 du Protocole "
        f"facultatif, le {_BODY} a effectué une visite {{in_country}} {{dates}}."
    ),
    npm_mandate=(
        "Conformément à l’article 11 (par. 1 b)) du Protocole facultatif, le "
        f"{_BODY} a effectué une visite {{in_country}} {{dates}}, au cours de laquelle il a "
        "rencontré le mécanisme national de prévention afin de le conseiller et de l’aider. "
        "Le présent rapport expose les observations et recommandations du Sous-Comité "
        "adressées au mécanisme."
    ),
    visit_dates="La visite s’est déroulée {dates}.",
    members=f"La visite a été effectuée par les membres suivants du Sous-Comité{NBSP}: {{names}}.",
    member_with_role="{name} ({role})",
    role_in_text=MappingProxyType(
        {
            DelegationRole.HEAD_OF_DELEGATION: "chef de délégation",
            DelegationRole.EXPERT: "expert",
            DelegationRole.MEDICAL_EXPERT: "expert médical",
        }
    ),
    experts="La délégation était accompagnée de {names}.",
    secretariat="La délégation était appuyée par {names}, du secrétariat du Sous-Comité.",
    supporting_staff="Elle était également assistée de {staff}.",
    support_forms=MappingProxyType(
        {
            DelegationRole.INTERPRETER: ("interprète", "interprètes"),
            DelegationRole.SECURITY: ("agent de sécurité", "agents de sécurité"),
        }
    ),
    objectives_lead=f"Les principaux objectifs de la visite étaient les suivants{NBSP}:",
    annex_pointer_both=(
        "La délégation a rencontré les personnes dont la liste figure à l’annexe I et s’est "
        "rendue dans les lieux de privation de liberté dont la liste figure à l’annexe II."
    ),
    annex_pointer_persons=(
        "La délégation a rencontré les personnes dont la liste figure à l’annexe I."
    ),
    annex_pointer_places=(
        "La délégation s’est rendue dans les lieux de privation de liberté dont la liste "
        "figure à l’annexe II."
    ),
    places_visited=f"Au total, la délégation a visité {{places}}{NBSP}: {{types}}.",
    place_forms=("lieu de privation de liberté", "lieux de privation de liberté"),
    place_type_forms=_PLACE_TYPE_FORMS,
    place_type_headings=capitalized_plurals(_PLACE_TYPE_FORMS),
    interviews_held=f"Elle a mené {{interviews}} avec {{persons}}{NBSP}: {{categories}}.",
    interview_forms=("entretien individuel ou collectif", "entretiens individuels ou collectifs"),
    person_forms=("personne", "personnes"),
    category_forms=MappingProxyType(
        {
            IntervieweeCategory.DETAINEE: (
                "personne privée de liberté",
                "personnes privées de liberté",
            ),
            IntervieweeCategory.CUSTODIAL_STAFF: (
                "membre du personnel pénitentiaire",
                "membres du personnel pénitentiaire",
            ),
            IntervieweeCategory.LAW_ENFORCEMENT: (
                "agent des forces de l’ordre",
                "agents des forces de l’ordre",
            ),
            IntervieweeCategory.MANAGEMENT: ("membre de la direction", "membres de la direction"),
            IntervieweeCategory.MEDICAL: (
                "membre du personnel médical",
                "membres du personnel médical",
            ),
            IntervieweeCategory.OFFICIAL: ("fonctionnaire", "fonctionnaires"),
            IntervieweeCategory.LAWYER: ("avocat", "avocats"),
            IntervieweeCategory.FAMILY: ("proche de détenu", "proches de détenus"),
            IntervieweeCategory.NPM: (
                "membre du mécanisme national de prévention",
                "membres du mécanisme national de prévention",
            ),
            IntervieweeCategory.CIVIL_SOCIETY: (
                "représentant de la société civile",
                "représentants de la société civile",
            ),
            IntervieweeCategory.OTHER: ("autre personne", "autres personnes"),
        }
    ),
    obstruction=f"{{place}} ({{date}}){NBSP}: {{text}}",
    obstruction_undated=f"{{place}}{NBSP}: {{text}}",
    reply_request_due=(
        "Le Sous-Comité demande {to_addressee} de lui faire parvenir, dans un délai de six mois "
        "à compter de la date de transmission du présent rapport, soit au plus tard le {date}, "
        "une réponse rendant compte en détail des mesures prises pour mettre en œuvre les "
        "recommandations et indiquant les numéros des paragraphes correspondants."
    ),
    reply_request=(
        "Le Sous-Comité demande {to_addressee} de lui faire parvenir, dans un délai de six mois "
        "à compter de la date de transmission du présent rapport, une réponse rendant compte en "
        "détail des mesures prises pour mettre en œuvre les recommandations et indiquant les "
        "numéros des paragraphes correspondants."
    ),
    publication=(
        "Le présent rapport est confidentiel. Le Sous-Comité encourage {addressee} à en "
        "demander la publication, conformément au paragraphe 2 de l’article 16 du Protocole "
        "facultatif."
    ),
    npm_note=(
        "Les recommandations adressées à l’État partie et aux autres autorités figurent dans le "
        "rapport communiqué à l’État partie."
    ),
    npm_recommendations_heading="Recommandations au mécanisme national de prévention",
    annex_persons_heading="Liste des personnes avec lesquelles le Sous-Comité s’est entretenu",
    annex_places_heading="Liste des lieux de privation de liberté visités par le Sous-Comité",
    person_category_headings=catalogue_labels(PersonMetCategory, "fr"),
    # UN masthead and editorial wording
    organization="Nations Unies",
    instrument=(
        "Protocole facultatif se rapportant à la Convention contre la torture et autres peines "
        "ou traitements cruels, inhumains ou dégradants"
    ),
    subtitle="Rapport du Sous-Comité",
    unedited_note="Le présent document n’a pas été revu par les services d’édition.",
    contents_paragraphs="Paragraphes",
    contents_page="Page",
    citation="{title} ({symbol}), {provision}.",
    provisions=MappingProxyType(
        {
            ProvisionKind.RULE: "règle {numbers}",
            ProvisionKind.RULES: "règles {numbers}",
            ProvisionKind.PARAGRAPH: "par. {numbers}",
            ProvisionKind.PARAGRAPHS: "par. {numbers}",
            ProvisionKind.ANNEX: "annexe {numbers}",
        }
    ),
)
