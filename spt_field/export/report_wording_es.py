"""The Spanish wording of the confidential visit report, in the terms of the United Nations'
Spanish documents (the Optional Protocol, the Subcommittee's reports and annual reports).

Spanish conventions: "del 27 de enero al 7 de febrero de 2019", "e" for "y" before an "i"
sound ("Tomás e Ilse"), figures of five digits or more grouped by a space ("12 500"), and the
article that some country names take in United Nations usage ("al Brasil", "a la India").
"""

from __future__ import annotations

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

#: Names that United Nations Spanish writes with "el" ("el Brasil") or "la" ("la India").
_MASCULINE_ARTICLE = frozenset(
    {
        "Afganistán",
        "Brasil",
        "Camerún",
        "Canadá",
        "Chad",
        "Congo",
        "Ecuador",
        "Gabón",
        "Iraq",
        "Japón",
        "Líbano",
        "Níger",
        "Pakistán",
        "Paraguay",
        "Perú",
        "Senegal",
        "Sudán",
        "Togo",
        "Uruguay",
        "Yemen",
    }
)
_FEMININE_ARTICLE = frozenset({"Argentina", "India"})
_MASCULINE_TITLES = ("Estado", "Reino", "Principado", "Gran Ducado", "Sultanato")
_FEMININE_TITLES = ("República", "Federación", "Mancomunidad")
_PLURAL_TITLES = ("Estados Unidos", "Países Bajos", "Emiratos")


def country_after_a(country: str) -> str:
    """ "a Suiza", "al Brasil", "a la India", "a los Países Bajos", "al Estado ficticio XRU"."""
    if country in _MASCULINE_ARTICLE or country.startswith(_MASCULINE_TITLES):
        return f"al {country}"
    if country in _FEMININE_ARTICLE or country.startswith(_FEMININE_TITLES):
        return f"a la {country}"
    if country.startswith(_PLURAL_TITLES):
        return f"a los {country}"
    if country.startswith("Islas"):
        return f"a las {country}"
    return f"a {country}"


def spanish_conjunction(last: str) -> str:
    """ "y", but "e" before a word sounding "i" ("Ilse", "Hilda"), not before "hie", "hia"."""
    word = last.strip().casefold()
    i_sound = word.startswith(("i", "í", "hi", "hí")) and not word.startswith(
        ("hia", "hie", "hio", "hiu")
    )
    return " e " if i_sound else " y "


_BODY = (
    "Subcomité para la Prevención de la Tortura y Otros Tratos o Penas Crueles, Inhumanos o "
    "Degradantes"
)
_ARTICLE_16_1 = "De conformidad con el artículo 16, párrafo 1, del Protocolo Facultativo"
_TO_STATE = "al Estado parte"
_TO_NPM = "al mecanismo nacional de prevención"

_PLACE_TYPE_FORMS: Mapping[PlaceType, Forms] = MappingProxyType(
    {
        PlaceType.POLICE: ("comisaría de policía", "comisarías de policía"),
        PlaceType.PRISON: ("prisión", "prisiones"),
        PlaceType.PRETRIAL: ("centro de prisión preventiva", "centros de prisión preventiva"),
        PlaceType.COURT_CELLS: ("calabozo judicial", "calabozos judiciales"),
        PlaceType.JUVENILE: (
            "centro de detención de menores",
            "centros de detención de menores",
        ),
        PlaceType.PSYCHIATRIC: ("institución psiquiátrica", "instituciones psiquiátricas"),
        PlaceType.SOCIAL_CARE: ("centro de asistencia social", "centros de asistencia social"),
        PlaceType.IMMIGRATION: (
            "centro de detención de migrantes",
            "centros de detención de migrantes",
        ),
        PlaceType.TRANSIT_ZONE: ("zona de tránsito", "zonas de tránsito"),
        PlaceType.MILITARY: ("centro de detención militar", "centros de detención militar"),
        PlaceType.REHABILITATION: (
            "centro de rehabilitación cerrado",
            "centros de rehabilitación cerrados",
        ),
        PlaceType.RELIGIOUS: ("institución religiosa", "instituciones religiosas"),
        PlaceType.TRANSPORT: (
            "vehículo de traslado de detenidos",
            "vehículos de traslado de detenidos",
        ),
        PlaceType.OTHER: ("otro lugar", "otros lugares"),
    }
)


SPANISH = ReportWording(
    language="es",
    months=(
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
    date_pattern="{day} de {month} de {year}",
    single_day="el {date}",
    range_same_month="del {start_day} al {end_day} de {end_month} de {end_year}",
    range_same_year="del {start_day} de {start_month} al {end_day} de {end_month} de {end_year}",
    range_any=(
        "del {start_day} de {start_month} de {start_year} al {end_day} de {end_month} de {end_year}"
    ),
    thousands_separator="\u00a0",
    min_grouped=10_000,
    conjunction=spanish_conjunction,
    country_in_text=country_after_a,
    body=_BODY,
    distribution="Distr. reservada",
    version="Español",
    original="Original: inglés",
    title=(
        "Visita {in_country} realizada {dates}: recomendaciones y observaciones dirigidas "
        "{addressee}"
    ),
    addressee_in_title=frozen({"state": _TO_STATE, "npm": _TO_NPM}),
    footnote_transmitted=(
        f"{_ARTICLE_16_1}, el presente informe fue transmitido con carácter confidencial "
        "{to_addressee} el {date}."
    ),
    footnote_not_transmitted=(
        f"{_ARTICLE_16_1}, el presente informe será transmitido con carácter confidencial "
        "{to_addressee}."
    ),
    addressee_in_text=frozen(
        {"state": "el Estado parte", "npm": "el mecanismo nacional de prevención"}
    ),
    addressee_dative=frozen({"state": _TO_STATE, "npm": _TO_NPM}),
    contents_heading="Índice",
    running_header="CONFIDENCIAL — BORRADOR",
    watermark="BORRADOR",
    page_label="Página {page} de {pages}",
    annex_label="Anexo {numeral}",
    section_headings=catalogue_labels(ReportSection, "es"),
    standard_wording=MappingProxyType(
        {
            ReportSection.INTRODUCTION: (
                "De conformidad con el mandato que le confieren los artículos 11 y 13 del "
                f"Protocolo Facultativo, el {_BODY} realizó una visita al Estado parte."
            ),
            ReportSection.FACILITATION: (
                "El Subcomité agradece a las autoridades la cooperación prestada para "
                "facilitar la visita."
            ),
            ReportSection.REPRISALS: (
                "El Subcomité recuerda que toda forma de intimidación o represalia contra las "
                "personas privadas de libertad que hayan estado en contacto con él, o procuren "
                "estarlo, constituye una violación de las obligaciones que incumben al Estado "
                "parte en virtud del artículo 15 del Protocolo Facultativo."
            ),
            ReportSection.NPM: (
                "El Subcomité se reunió con el mecanismo nacional de prevención y examinó con "
                "él su mandato, su independencia, sus recursos y sus métodos de trabajo."
            ),
            ReportSection.LEGAL_FRAMEWORK: (
                "El Subcomité examinó el marco jurídico e institucional relativo a la "
                "prevención de la tortura y los malos tratos."
            ),
            ReportSection.SITUATION: (
                "Las observaciones que figuran a continuación se refieren a los lugares de "
                "privación de libertad visitados por el Subcomité."
            ),
            ReportSection.NEXT_STEPS: (
                "El Subcomité solicita al Estado parte que responda al presente informe en un "
                "plazo de seis meses a partir de la fecha de su transmisión, dando cuenta "
                "detallada de las medidas adoptadas para aplicar las recomendaciones."
            ),
        }
    ),
    general_observations="Observaciones generales",
    further_recommendations="Otras recomendaciones",
    group_headings=catalogue_labels(ReportGroup, "es"),
    area_headings=catalogue_labels(FindingArea, "es", other="Otras cuestiones"),
    mandate=(
        "De conformidad con el mandato que le confieren los artículos 11 y 13 del Protocolo "
        f"Facultativo, el {_BODY} realizó una visita {{in_country}} {{dates}}."
    ),
    npm_mandate=(
        "De conformidad con el artículo 11, párrafo 1 b), del Protocolo Facultativo, el "
        f"{_BODY} realizó una visita {{in_country}} {{dates}}, durante la cual se reunió con el "
        "mecanismo nacional de prevención para asesorarlo y prestarle asistencia. El presente "
        "informe expone las observaciones y recomendaciones del Subcomité dirigidas al mecanismo."
    ),
    visit_dates="La visita tuvo lugar {dates}.",
    members="La visita fue realizada por los siguientes miembros del Subcomité: {names}.",
    member_with_role="{name} ({role})",
    role_in_text=MappingProxyType(
        {
            DelegationRole.HEAD_OF_DELEGATION: "jefe de la delegación",
            DelegationRole.EXPERT: "experto",
            DelegationRole.MEDICAL_EXPERT: "experto médico",
        }
    ),
    experts="La delegación estuvo acompañada por {names}.",
    secretariat="La delegación contó con el apoyo de {names}, de la secretaría del Subcomité.",
    supporting_staff="También prestaron asistencia a la delegación {staff}.",
    support_forms=MappingProxyType(
        {
            DelegationRole.INTERPRETER: ("intérprete", "intérpretes"),
            DelegationRole.SECURITY: ("oficial de seguridad", "oficiales de seguridad"),
        }
    ),
    objectives_lead="Los principales objetivos de la visita eran los siguientes:",
    annex_pointer_both=(
        "La delegación se reunió con las personas que figuran en el anexo I y visitó los "
        "lugares de privación de libertad que figuran en el anexo II."
    ),
    annex_pointer_persons="La delegación se reunió con las personas que figuran en el anexo I.",
    annex_pointer_places=(
        "La delegación visitó los lugares de privación de libertad que figuran en el anexo II."
    ),
    places_visited="En total, la delegación visitó {places}: {types}.",
    place_forms=("lugar de privación de libertad", "lugares de privación de libertad"),
    place_type_forms=_PLACE_TYPE_FORMS,
    place_type_headings=capitalized_plurals(_PLACE_TYPE_FORMS),
    interviews_held="Realizó {interviews} con {persons}: {categories}.",
    interview_forms=("entrevista individual o colectiva", "entrevistas individuales o colectivas"),
    person_forms=("persona", "personas"),
    category_forms=MappingProxyType(
        {
            IntervieweeCategory.DETAINEE: (
                "persona privada de libertad",
                "personas privadas de libertad",
            ),
            IntervieweeCategory.CUSTODIAL_STAFF: (
                "miembro del personal penitenciario",
                "miembros del personal penitenciario",
            ),
            IntervieweeCategory.LAW_ENFORCEMENT: ("agente del orden", "agentes del orden"),
            IntervieweeCategory.MANAGEMENT: (
                "miembro de la dirección",
                "miembros de la dirección",
            ),
            IntervieweeCategory.MEDICAL: (
                "miembro del personal médico",
                "miembros del personal médico",
            ),
            IntervieweeCategory.OFFICIAL: ("funcionario", "funcionarios"),
            IntervieweeCategory.LAWYER: ("abogado", "abogados"),
            IntervieweeCategory.FAMILY: (
                "familiar de una persona detenida",
                "familiares de personas detenidas",
            ),
            IntervieweeCategory.NPM: (
                "miembro del mecanismo nacional de prevención",
                "miembros del mecanismo nacional de prevención",
            ),
            IntervieweeCategory.CIVIL_SOCIETY: (
                "representante de la sociedad civil",
                "representantes de la sociedad civil",
            ),
            IntervieweeCategory.OTHER: ("otra persona", "otras personas"),
        }
    ),
    obstruction="{place} ({date}): {text}",
    obstruction_undated="{place}: {text}",
    reply_request_due=(
        "El Subcomité solicita {to_addressee} que, en un plazo de seis meses a partir de la "
        "fecha de transmisión del presente informe, es decir, a más tardar el {date}, le haga "
        "llegar una respuesta en la que dé cuenta detallada de las medidas adoptadas para "
        "aplicar las recomendaciones, indicando los números de los párrafos correspondientes."
    ),
    reply_request=(
        "El Subcomité solicita {to_addressee} que, en un plazo de seis meses a partir de la "
        "fecha de transmisión del presente informe, le haga llegar una respuesta en la que dé "
        "cuenta detallada de las medidas adoptadas para aplicar las recomendaciones, indicando "
        "los números de los párrafos correspondientes."
    ),
    publication=(
        "El presente informe es confidencial. El Subcomité alienta {to_addressee} a que "
        "solicite su publicación, de conformidad con el artículo 16, párrafo 2, del Protocolo "
        "Facultativo."
    ),
    npm_note=(
        "Las recomendaciones dirigidas al Estado parte y a otras autoridades figuran en el "
        "informe transmitido al Estado parte."
    ),
    npm_recommendations_heading="Recomendaciones al mecanismo nacional de prevención",
    annex_persons_heading="Lista de personas con las que se reunió el Subcomité",
    annex_places_heading="Lista de lugares de privación de libertad visitados por el Subcomité",
    person_category_headings=catalogue_labels(PersonMetCategory, "es"),
    # UN masthead and editorial wording
    organization="Naciones Unidas",
    instrument=(
        "Protocolo Facultativo de la Convención contra la Tortura y Otros Tratos o Penas "
        "Crueles, Inhumanos o Degradantes"
    ),
    subtitle="Informe del Subcomité",
    unedited_note=(
        "El presente documento se publica sin haber sido objeto de revisión editorial oficial."
    ),
    contents_paragraphs="Párrafos",
    contents_page="Página",
    citation="{title} ({symbol}), {provision}.",
    provisions=MappingProxyType(
        {
            ProvisionKind.RULE: "regla {numbers}",
            ProvisionKind.RULES: "reglas {numbers}",
            ProvisionKind.PARAGRAPH: "párr. {numbers}",
            ProvisionKind.PARAGRAPHS: "párrs. {numbers}",
            ProvisionKind.ANNEX: "anexo {numbers}",
        }
    ),
)
