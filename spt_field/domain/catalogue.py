"""The labels of every code list in the four languages SPT Field speaks: one catalogue read by
the report, the statistics text and the interface alike.

English is each code's own `.label` (codes.py); French, Spanish and Chinese follow the United
Nations' terminology in those languages (the Optional Protocol, the Istanbul Protocol, the
Subcommittee's reports). A code list added without its translations fails the catalogue test.
"""

from __future__ import annotations

from collections.abc import Mapping

from spt_field.domain.codes import (
    Addressee,
    AgeBracket,
    AllegationForm,
    AllegationSetting,
    CodeList,
    ConsentScope,
    Consistency,
    DelegationRole,
    EvidenceSource,
    FindingArea,
    Gender,
    IntervieweeCategory,
    InterviewKind,
    LegalStatus,
    Perpetrator,
    PersonMetCategory,
    PlaceType,
    PublicationRequester,
    RecommendationStatus,
    Register,
    ReportGroup,
    Severity,
    VisitStatus,
    VisitType,
)
from spt_field.domain.kinds import RecordKind
from spt_field.domain.report_sections import ReportSection
from spt_field.domain.standards import StandardReference

#: (code, the language's own name for itself), in the order menus offer them.
LANGUAGES: tuple[tuple[str, str], ...] = (
    ("en", "English"),
    ("fr", "Français"),
    ("es", "Español"),
    ("zh", "中文"),
)
LANGUAGE_CODES: tuple[str, ...] = tuple(code for code, _name in LANGUAGES)

#: The column of each translated language in the tables below.
_COLUMN = {"fr": 0, "es": 1, "zh": 2}

#: (French, Spanish, Chinese) of one code.
Labels = tuple[str, str, str]

_NPM: Labels = (
    "Mécanisme national de prévention",
    "Mecanismo nacional de prevención",
    "国家防范机制",
)
_CIVIL_SOCIETY: Labels = ("Société civile", "Sociedad civil", "民间社会")
_NOT_RECORDED: Labels = ("Non consigné", "No consta", "未记录")
_STATE_PARTY: Labels = ("État partie", "Estado parte", "缔约国")
_CUSTODIAL_STAFF: Labels = ("Personnel pénitentiaire", "Personal penitenciario", "看守人员")
_MEDICAL_STAFF: Labels = ("Personnel médical", "Personal médico", "医务人员")
_LEGAL_FRAMEWORK: Labels = (
    "Cadre juridique et institutionnel",
    "Marco jurídico e institucional",
    "法律和体制框架",
)

_LABELS: dict[type[CodeList], Mapping[CodeList, Labels]] = {
    VisitType: {
        VisitType.REGULAR: ("Visite de pays ordinaire", "Visita ordinaria al país", "定期国别查访"),
        VisitType.FOLLOW_UP: ("Visite de suivi", "Visita de seguimiento", "后续查访"),
        VisitType.NPM_ADVISORY: (
            "Visite de conseil au mécanisme national de prévention",
            "Visita de asesoramiento al mecanismo nacional de prevención",
            "对国家防范机制的咨询查访",
        ),
        VisitType.NPM_VISIT: (
            "Visite du mécanisme national de prévention",
            "Visita del mecanismo nacional de prevención",
            "国家防范机制的查访",
        ),
        VisitType.OTHER: ("Autre visite", "Otra visita", "其他查访"),
    },
    VisitStatus: {
        VisitStatus.PLANNED: ("Prévue", "Prevista", "已计划"),
        VisitStatus.POSTPONED: ("Reportée", "Aplazada", "已推迟"),
        VisitStatus.CANCELLED: ("Annulée", "Cancelada", "已取消"),
        VisitStatus.IN_PROGRESS: ("En cours", "En curso", "进行中"),
        VisitStatus.COMPLETED: ("Achevée", "Concluida", "已完成"),
    },
    DelegationRole: {
        DelegationRole.HEAD_OF_DELEGATION: (
            "Chef de délégation",
            "Jefe de la delegación",
            "代表团团长",
        ),
        DelegationRole.MEMBER: ("Membre", "Miembro", "成员"),
        DelegationRole.EXPERT: ("Expert", "Experto", "专家"),
        DelegationRole.MEDICAL_EXPERT: ("Expert médical", "Experto médico", "医学专家"),
        DelegationRole.SECRETARIAT: ("Secrétariat", "Secretaría", "秘书处"),
        DelegationRole.INTERPRETER: ("Interprète", "Intérprete", "口译员"),
        DelegationRole.SECURITY: ("Agent de sécurité", "Oficial de seguridad", "安保人员"),
    },
    PersonMetCategory: {
        PersonMetCategory.EXECUTIVE: ("Pouvoir exécutif", "Poder ejecutivo", "行政部门"),
        PersonMetCategory.JUDICIARY: ("Pouvoir judiciaire", "Poder judicial", "司法部门"),
        PersonMetCategory.LEGISLATURE: ("Pouvoir législatif", "Poder legislativo", "立法部门"),
        PersonMetCategory.NPM: _NPM,
        PersonMetCategory.NHRI: (
            "Institution nationale des droits de l’homme",
            "Institución nacional de derechos humanos",
            "国家人权机构",
        ),
        PersonMetCategory.UN_AGENCY: (
            "Organismes des Nations Unies",
            "Organismos de las Naciones Unidas",
            "联合国机构",
        ),
        PersonMetCategory.CIVIL_SOCIETY: _CIVIL_SOCIETY,
        PersonMetCategory.OTHER: ("Autres", "Otros", "其他"),
    },
    ReportGroup: {
        ReportGroup.PRISONS: ("Prisons", "Prisiones", "监狱"),
        ReportGroup.POLICE_STATIONS: ("Postes de police", "Comisarías de policía", "警察局"),
        ReportGroup.JUVENILE_CENTRES: (
            "Centres de détention pour mineurs",
            "Centros de detención de menores",
            "少年拘留中心",
        ),
        ReportGroup.PSYCHIATRIC_HEALTH: (
            "Établissements psychiatriques et de santé",
            "Instituciones psiquiátricas y de salud",
            "精神病院和保健机构",
        ),
        ReportGroup.MIGRANT_CENTRES: (
            "Centres fermés pour migrants",
            "Centros cerrados para migrantes",
            "封闭式移民中心",
        ),
        ReportGroup.OTHER_PLACES: ("Autres lieux", "Otros lugares", "其他场所"),
    },
    PlaceType: {
        PlaceType.POLICE: ("Poste de police", "Comisaría de policía", "警察局"),
        PlaceType.PRISON: ("Prison", "Prisión", "监狱"),
        PlaceType.PRETRIAL: (
            "Centre de détention provisoire",
            "Centro de prisión preventiva",
            "审前羁押中心",
        ),
        PlaceType.COURT_CELLS: (
            "Locaux de détention judiciaire",
            "Calabozos judiciales",
            "法院羁押室",
        ),
        PlaceType.JUVENILE: (
            "Centre de détention pour mineurs",
            "Centro de detención de menores",
            "少年拘留中心",
        ),
        PlaceType.PSYCHIATRIC: (
            "Établissement psychiatrique",
            "Institución psiquiátrica",
            "精神病院",
        ),
        PlaceType.SOCIAL_CARE: (
            "Foyer de protection sociale",
            "Centro de asistencia social",
            "社会护理院",
        ),
        PlaceType.IMMIGRATION: (
            "Centre de rétention pour migrants",
            "Centro de detención de migrantes",
            "移民拘留中心",
        ),
        PlaceType.TRANSIT_ZONE: ("Zone de transit", "Zona de tránsito", "过境区"),
        PlaceType.MILITARY: ("Détention militaire", "Detención militar", "军事拘留设施"),
        PlaceType.REHABILITATION: (
            "Centre de réadaptation fermé",
            "Centro de rehabilitación cerrado",
            "封闭式康复中心",
        ),
        PlaceType.RELIGIOUS: ("Établissement religieux", "Institución religiosa", "宗教机构"),
        PlaceType.TRANSPORT: ("Transport de détenus", "Traslado de detenidos", "囚犯押运"),
        PlaceType.OTHER: ("Autre lieu", "Otro lugar", "其他场所"),
    },
    Register: {
        Register.CUSTODY: ("Registre de garde à vue", "Registro de custodia", "羁押登记册"),
        Register.ADMISSIONS: ("Registre des entrées", "Registro de ingresos", "入所登记册"),
        Register.USE_OF_FORCE: ("Recours à la force", "Uso de la fuerza", "使用武力"),
        Register.DISCIPLINARY: ("Sanctions disciplinaires", "Sanciones disciplinarias", "纪律处分"),
        Register.SOLITARY: ("Isolement cellulaire", "Régimen de aislamiento", "单独监禁"),
        Register.RESTRAINT: ("Moyens de contention", "Medios de coerción", "约束措施"),
        Register.MEDICAL: ("Registre médical", "Registro médico", "医疗登记册"),
        Register.COMPLAINTS: ("Plaintes", "Quejas", "投诉"),
        Register.DEATHS_INCIDENTS: ("Décès et incidents", "Muertes e incidentes", "死亡和事件"),
    },
    InterviewKind: {
        InterviewKind.INDIVIDUAL: ("Individuel", "Individual", "个别"),
        InterviewKind.GROUP: ("Collectif", "Colectiva", "集体"),
    },
    IntervieweeCategory: {
        IntervieweeCategory.DETAINEE: (
            "Personne privée de liberté",
            "Persona privada de libertad",
            "被剥夺自由者",
        ),
        IntervieweeCategory.CUSTODIAL_STAFF: _CUSTODIAL_STAFF,
        IntervieweeCategory.LAW_ENFORCEMENT: (
            "Agent des forces de l’ordre",
            "Agente del orden",
            "执法人员",
        ),
        IntervieweeCategory.MANAGEMENT: ("Direction", "Dirección", "管理人员"),
        IntervieweeCategory.MEDICAL: _MEDICAL_STAFF,
        IntervieweeCategory.OFFICIAL: ("Fonctionnaire", "Funcionario", "官员"),
        IntervieweeCategory.LAWYER: ("Avocat", "Abogado", "律师"),
        IntervieweeCategory.FAMILY: ("Membre de la famille", "Familiar", "家庭成员"),
        IntervieweeCategory.NPM: _NPM,
        IntervieweeCategory.CIVIL_SOCIETY: _CIVIL_SOCIETY,
        IntervieweeCategory.OTHER: ("Autre", "Otro", "其他"),
    },
    ConsentScope: {
        ConsentScope.NONE: ("Aucune utilisation", "Ningún uso", "不得使用"),
        ConsentScope.INTERNAL: (
            "Usage réservé à la délégation",
            "Uso exclusivo de la delegación",
            "仅限代表团内部使用",
        ),
        ConsentScope.ANONYMOUS: (
            "Utilisation anonyme dans le rapport",
            "Uso anónimo en el informe",
            "在报告中匿名使用",
        ),
        ConsentScope.TRANSMIT: (
            "Utilisation anonyme et transmission aux autorités",
            "Uso anónimo y transmisión a las autoridades",
            "匿名使用并转交当局",
        ),
    },
    Gender: {
        Gender.FEMALE: ("Femme", "Mujer", "女"),
        Gender.MALE: ("Homme", "Hombre", "男"),
        Gender.OTHER: ("Autre", "Otro", "其他"),
        Gender.UNKNOWN: _NOT_RECORDED,
    },
    AgeBracket: {
        AgeBracket.UNDER_18: ("Moins de 18 ans", "Menor de 18 años", "18岁以下"),
        AgeBracket.AGE_18_25: ("18 à 25 ans", "De 18 a 25 años", "18至25岁"),
        AgeBracket.AGE_26_40: ("26 à 40 ans", "De 26 a 40 años", "26至40岁"),
        AgeBracket.AGE_41_60: ("41 à 60 ans", "De 41 a 60 años", "41至60岁"),
        AgeBracket.OVER_60: ("Plus de 60 ans", "Mayor de 60 años", "60岁以上"),
        AgeBracket.UNKNOWN: _NOT_RECORDED,
    },
    LegalStatus: {
        LegalStatus.PRETRIAL: ("Détention provisoire", "Prisión preventiva", "审前羁押"),
        LegalStatus.SENTENCED: ("Condamné", "Condenado", "已决犯"),
        LegalStatus.ADMINISTRATIVE: (
            "Détention administrative",
            "Detención administrativa",
            "行政拘留",
        ),
        LegalStatus.NOT_APPLICABLE: ("Sans objet", "No procede", "不适用"),
        LegalStatus.UNKNOWN: _NOT_RECORDED,
    },
    AllegationForm: {
        AllegationForm.BEATING: (
            "Coups ou traumatismes contondants",
            "Golpes o traumatismos contusos",
            "殴打或钝器伤",
        ),
        AllegationForm.FALANGA: ("Falanga", "Falanga", "击打脚掌"),
        AllegationForm.POSITIONAL: (
            "Suspension ou torture positionnelle",
            "Suspensión o tortura posicional",
            "吊挂或体位性酷刑",
        ),
        AllegationForm.ELECTRIC_SHOCK: ("Décharges électriques", "Descargas eléctricas", "电击"),
        AllegationForm.ASPHYXIATION: ("Asphyxie", "Asfixia", "窒息"),
        AllegationForm.BURNS: ("Brûlures", "Quemaduras", "烧伤"),
        AllegationForm.SEXUAL: ("Violences sexuelles", "Violencia sexual", "性暴力"),
        AllegationForm.THREATS: ("Menaces", "Amenazas", "威胁"),
        AllegationForm.HUMILIATION: ("Humiliations", "Humillaciones", "羞辱"),
        AllegationForm.DEPRIVATION: (
            "Privation de nourriture, d’eau ou de sommeil",
            "Privación de alimentos, agua o sueño",
            "剥夺食物、饮水或睡眠",
        ),
        AllegationForm.SOLITARY: (
            "Isolement cellulaire prolongé",
            "Régimen de aislamiento prolongado",
            "长期单独监禁",
        ),
        AllegationForm.OTHER: ("Autre", "Otra", "其他"),
    },
    Perpetrator: {
        Perpetrator.POLICE: ("Police", "Policía", "警察"),
        Perpetrator.CUSTODIAL_STAFF: _CUSTODIAL_STAFF,
        Perpetrator.MILITARY: ("Militaires", "Militares", "军人"),
        Perpetrator.OTHER_DETAINEES: ("Autres détenus", "Otros detenidos", "其他被拘留者"),
        Perpetrator.MEDICAL_STAFF: _MEDICAL_STAFF,
        Perpetrator.OTHER: ("Autre", "Otro", "其他"),
        Perpetrator.UNKNOWN: ("Inconnu", "Desconocido", "不明"),
    },
    AllegationSetting: {
        AllegationSetting.ARREST: (
            "Lors de l’arrestation",
            "En el momento de la detención",
            "逮捕时",
        ),
        AllegationSetting.TRANSPORT: ("Pendant le transport", "Durante el traslado", "押送途中"),
        AllegationSetting.INTERROGATION: (
            "Pendant l’interrogatoire",
            "Durante el interrogatorio",
            "审讯期间",
        ),
        AllegationSetting.FACILITY: ("Dans l’établissement", "En el centro", "在羁押场所内"),
        AllegationSetting.OTHER: ("Ailleurs", "En otro lugar", "其他地点"),
        AllegationSetting.UNKNOWN: ("Inconnu", "Se desconoce", "不明"),
    },
    Consistency: {
        Consistency.NOT_CONSISTENT: ("Non compatible avec", "No concordante con", "不符合"),
        Consistency.CONSISTENT: ("Compatible avec", "Concordante con", "符合"),
        Consistency.HIGHLY_CONSISTENT: ("Très compatible avec", "Muy concordante con", "高度符合"),
        Consistency.TYPICAL: ("Typique de", "Típica de", "典型"),
        Consistency.DIAGNOSTIC: ("Caractéristique de", "Diagnóstica de", "具有诊断性"),
    },
    FindingArea: {
        FindingArea.TREATMENT: ("Traitement", "Trato", "待遇"),
        FindingArea.SAFEGUARDS: ("Garanties juridiques", "Salvaguardias legales", "法律保障"),
        FindingArea.MATERIAL_CONDITIONS: (
            "Conditions matérielles",
            "Condiciones materiales",
            "物质条件",
        ),
        FindingArea.REGIME_ACTIVITIES: (
            "Régime et activités",
            "Régimen y actividades",
            "管理制度和活动",
        ),
        FindingArea.HEALTH_CARE: ("Soins de santé", "Atención de la salud", "医疗保健"),
        FindingArea.PERSONNEL: ("Personnel", "Personal", "工作人员"),
        FindingArea.REPRISALS: ("Représailles", "Represalias", "报复"),
        FindingArea.NPM: _NPM,
        FindingArea.LEGAL_FRAMEWORK: _LEGAL_FRAMEWORK,
        FindingArea.OTHER: ("Autre", "Otro", "其他"),
    },
    Severity: {
        Severity.LOW: ("Faible", "Baja", "低"),
        Severity.MEDIUM: ("Moyenne", "Media", "中"),
        Severity.HIGH: ("Élevée", "Alta", "高"),
        Severity.URGENT: ("Urgente", "Urgente", "紧急"),
    },
    EvidenceSource: {
        EvidenceSource.OBSERVATION: ("Observation directe", "Observación directa", "直接观察"),
        EvidenceSource.REGISTERS: ("Registres", "Registros", "登记册"),
        EvidenceSource.DOCUMENTS: ("Documents", "Documentos", "文件"),
        EvidenceSource.PHOTOGRAPHS: ("Photographies", "Fotografías", "照片"),
        EvidenceSource.MEDICAL_EXAMINATION: ("Examen médical", "Examen médico", "医学检查"),
    },
    Addressee: {
        Addressee.STATE: _STATE_PARTY,
        Addressee.NPM: _NPM,
        Addressee.AUTHORITY: ("Autorité désignée", "Autoridad designada", "指定当局"),
    },
    RecommendationStatus: {
        RecommendationStatus.NOT_ASSESSED: ("Non évaluée", "No evaluada", "未评估"),
        RecommendationStatus.IMPLEMENTED: ("Mise en œuvre", "Aplicada", "已落实"),
        RecommendationStatus.PARTIALLY_IMPLEMENTED: (
            "Partiellement mise en œuvre",
            "Parcialmente aplicada",
            "部分落实",
        ),
        RecommendationStatus.NOT_IMPLEMENTED: ("Non mise en œuvre", "No aplicada", "未落实"),
        RecommendationStatus.NO_INFORMATION: ("Pas d’information", "Sin información", "无资料"),
        RecommendationStatus.SUPERSEDED: ("Remplacée", "Sustituida", "已被取代"),
    },
    PublicationRequester: {
        PublicationRequester.STATE: _STATE_PARTY,
        PublicationRequester.NPM: _NPM,
    },
    ReportSection: {
        ReportSection.INTRODUCTION: ("Introduction", "Introducción", "导言"),
        ReportSection.FACILITATION: (
            "Facilitation de la visite et coopération",
            "Facilitación de la visita y cooperación",
            "访问的便利与合作",
        ),
        ReportSection.REPRISALS: ("Représailles", "Represalias", "报复"),
        ReportSection.NPM: _NPM,
        ReportSection.LEGAL_FRAMEWORK: _LEGAL_FRAMEWORK,
        ReportSection.SITUATION: (
            "Situation des personnes privées de liberté",
            "Situación de las personas privadas de libertad",
            "被剥夺自由者的状况",
        ),
        ReportSection.NEXT_STEPS: ("Prochaines étapes", "Próximos pasos", "后续步骤"),
    },
    RecordKind: {
        RecordKind.VISIT: ("Visite", "Visita", "查访"),
        RecordKind.MEMBER: ("Membre de la délégation", "Miembro de la delegación", "代表团成员"),
        RecordKind.PERSON_MET: ("Personne rencontrée", "Interlocutor", "会见人员"),
        RecordKind.PLACE: ("Lieu", "Lugar", "场所"),
        RecordKind.INTERVIEW: ("Entretien", "Entrevista", "访谈"),
        RecordKind.ALLEGATION: ("Allégation", "Denuncia", "指控"),
        RecordKind.FINDING: ("Constatation", "Constatación", "调查结果"),
        RecordKind.RECOMMENDATION: ("Recommandation", "Recomendación", "建议"),
    },
    StandardReference: {
        StandardReference.MANDELA_7: (
            "Règles Nelson Mandela, règle 7 (registres)",
            "Reglas Nelson Mandela, regla 7 (registros)",
            "《纳尔逊·曼德拉规则》第7条（登记册）",
        ),
        StandardReference.MANDELA_30: (
            "Règles Nelson Mandela, règle 30 (examen médical à l’admission)",
            "Reglas Nelson Mandela, regla 30 (examen médico al ingreso)",
            "《纳尔逊·曼德拉规则》第30条（入狱体检）",
        ),
        StandardReference.MANDELA_34: (
            "Règles Nelson Mandela, règle 34 (constatation des signes de torture)",
            "Reglas Nelson Mandela, regla 34 (documentación de indicios de tortura)",
            "《纳尔逊·曼德拉规则》第34条（记录酷刑迹象）",
        ),
        StandardReference.MANDELA_43_45: (
            "Règles Nelson Mandela, règles 43–45 (isolement cellulaire)",
            "Reglas Nelson Mandela, reglas 43–45 (aislamiento)",
            "《纳尔逊·曼德拉规则》第43–45条（单独监禁）",
        ),
        StandardReference.MANDELA_56_57: (
            "Règles Nelson Mandela, règles 56–57 (plaintes)",
            "Reglas Nelson Mandela, reglas 56–57 (quejas)",
            "《纳尔逊·曼德拉规则》第56–57条（投诉）",
        ),
        StandardReference.MANDELA_71: (
            "Règles Nelson Mandela, règle 71 (enquêtes)",
            "Reglas Nelson Mandela, regla 71 (investigaciones)",
            "《纳尔逊·曼德拉规则》第71条（调查）",
        ),
        StandardReference.BANGKOK_5: (
            "Règles de Bangkok, règle 5 (hygiène des femmes)",
            "Reglas de Bangkok, regla 5 (higiene de las mujeres)",
            "《曼谷规则》第5条（女性卫生）",
        ),
        StandardReference.BANGKOK_19_21: (
            "Règles de Bangkok, règles 19–21 (fouilles)",
            "Reglas de Bangkok, reglas 19–21 (registros personales)",
            "《曼谷规则》第19–21条（搜查）",
        ),
        StandardReference.HAVANA_67: (
            "Règles de La Havane, règle 67 (pas d’isolement des mineurs)",
            "Reglas de La Habana, regla 67 (prohibición del aislamiento de menores)",
            "《哈瓦那规则》第67条（禁止单独监禁少年）",
        ),
        StandardReference.BEIJING_13: (
            "Règles de Beijing, règle 13 (détention préventive)",
            "Reglas de Beijing, regla 13 (prisión preventiva)",
            "《北京规则》第13条（审前拘留）",
        ),
        StandardReference.ISTANBUL_PRINCIPLES: (
            "Protocole d’Istanbul, annexe I (principes d’enquête et de documentation)",
            "Protocolo de Estambul, anexo I (principios de investigación y documentación)",
            "《伊斯坦布尔议定书》附件一（调查和记录原则）",
        ),
        StandardReference.NPM_GUIDELINES_12: (
            "Directives concernant les MNP, par. 12 (autonomie)",
            "Directrices relativas a los MNP, párr. 12 (autonomía)",
            "《关于国家防范机制的准则》第12段（自主）",
        ),
        StandardReference.CPT_CUSTODY: (
            "Normes du CPT, par. 36–43 (garanties en garde à vue)",
            "Normas del CPT, párrs. 36–43 (salvaguardias durante la custodia policial)",
            "《防止酷刑委员会标准》第36–43段（警方羁押期间的保障）",
        ),
    },
}


def label(member: CodeList, language: str) -> str:
    """The code's label in `language` ("en", "fr", "es", "zh"); English, the code's own label,
    for any other language code, so that an unknown setting never hides a label."""
    column = _COLUMN.get(language)
    if column is None:
        return member.label
    return _LABELS[type(member)][member][column]
