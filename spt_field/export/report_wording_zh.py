"""The Chinese wording of the confidential visit report, in the terms of the United Nations'
Chinese documents (《禁止酷刑公约任择议定书》, the Subcommittee's annual reports).

Chinese conventions: dates as "2019年1月27日至2月7日", chapter and annex numerals 一, 二, 三,
counted nouns with their measure word and no plural ("3所监狱"), lists joined by "、" and "和",
full-width punctuation, and no space between sentences.
"""

from __future__ import annotations

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
from spt_field.export.report_wording import ReportWording, catalogue_labels, frozen

CHINESE_NUMERALS = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十")


def chinese_conjunction(_last: str) -> str:
    return "和"


def _same(noun: str) -> tuple[str, str]:
    """Chinese has no plural: the same form for one and for many."""
    return (noun, noun)


_BODY = "防范酷刑和其他残忍、不人道或有辱人格的待遇或处罚小组委员会"
_ARTICLE_16_1 = "根据《任择议定书》第16条第1款"
_STATE = "缔约国"
_NPM = "国家防范机制"

CHINESE = ReportWording(
    language="zh",
    months=tuple(str(month) for month in range(1, 13)),
    date_pattern="{year}年{month}月{day}日",
    range_same_month="{start_year}年{start_month}月{start_day}日至{end_day}日",
    range_same_year="{start_year}年{start_month}月{start_day}日至{end_month}月{end_day}日",
    range_any=("{start_year}年{start_month}月{start_day}日至{end_year}年{end_month}月{end_day}日"),
    counted_pattern="{count}{noun}",
    list_separator="、",
    conjunction=chinese_conjunction,
    numerals=CHINESE_NUMERALS,
    full_stop="。",
    item_end="；",
    finding_lead="{title}（{place}）",
    sentence_gap="",
    body=_BODY,
    distribution="Distr.: Restricted",  # as the UN's Chinese documents keep it
    version="中文",
    original="原文：英文",
    title="{dates}对{country}的查访：向{addressee}提出的建议和意见",
    addressee_in_title=frozen({"state": _STATE, "npm": _NPM}),
    footnote_transmitted=f"{_ARTICLE_16_1}，本报告已于{{date}}以保密方式转交{{addressee}}。",
    footnote_not_transmitted=f"{_ARTICLE_16_1}，本报告将以保密方式转交{{addressee}}。",
    addressee_in_text=frozen({"state": _STATE, "npm": _NPM}),
    addressee_dative=frozen({"state": _STATE, "npm": _NPM}),
    contents_heading="目录",
    running_header="机密——草稿",
    watermark="草稿",
    page_label="第{page}页，共{pages}页",
    annex_label="附件{numeral}",
    section_headings=catalogue_labels(ReportSection, "zh"),
    standard_wording=MappingProxyType(
        {
            ReportSection.INTRODUCTION: (
                f"根据《任择议定书》第11条和第13条规定的任务，{_BODY}对缔约国进行了查访。"
            ),
            ReportSection.FACILITATION: "小组委员会感谢当局为便利查访给予的合作。",
            ReportSection.REPRISALS: (
                "小组委员会回顾，对与小组委员会有过接触或寻求与之接触的被剥夺自由者进行任何"
                "形式的恐吓或报复，均违反缔约国根据《任择议定书》第15条承担的义务。"
            ),
            ReportSection.NPM: (
                "小组委员会会见了国家防范机制，并讨论了其任务、独立性、资源和工作方法。"
            ),
            ReportSection.LEGAL_FRAMEWORK: (
                "小组委员会审查了与防范酷刑和虐待有关的法律和体制框架。"
            ),
            ReportSection.SITUATION: "以下意见涉及小组委员会查访的剥夺自由场所。",
            ReportSection.NEXT_STEPS: (
                "小组委员会请缔约国在本报告转交之日起六个月内作出答复，详细说明为落实各项"
                "建议所采取的行动。"
            ),
        }
    ),
    general_observations="一般性意见",
    further_recommendations="其他建议",
    group_headings=catalogue_labels(ReportGroup, "zh"),
    area_headings=catalogue_labels(FindingArea, "zh", other="其他问题"),
    mandate=(
        f"根据《任择议定书》第11条和第13条规定的任务，{_BODY}于{{dates}}对{{country}}进行了查访。"
    ),
    npm_mandate=(
        f"根据《任择议定书》第11条第1款(b)项，{_BODY}于{{dates}}对{{country}}进行了查访，"
        "期间会见了国家防范机制，向其提供咨询和协助。本报告载有小组委员会向该机制提出的意见和建议。"
    ),
    visit_dates="查访于{dates}进行。",
    members="查访由小组委员会以下成员进行：{names}。",
    member_with_role="{name}（{role}）",
    role_in_text=MappingProxyType(
        {
            DelegationRole.HEAD_OF_DELEGATION: "代表团团长",
            DelegationRole.EXPERT: "专家",
            DelegationRole.MEDICAL_EXPERT: "医学专家",
        }
    ),
    experts="陪同代表团的有{names}。",
    secretariat="小组委员会秘书处的{names}为代表团提供了支持。",
    supporting_staff="{staff}也为代表团提供了协助。",
    support_forms=MappingProxyType(
        {
            DelegationRole.INTERPRETER: _same("名口译员"),
            DelegationRole.SECURITY: _same("名安保人员"),
        }
    ),
    objectives_lead="查访的主要目标是：",
    annex_pointer_both="代表团会见了附件一所列人员，并查访了附件二所列剥夺自由场所。",
    annex_pointer_persons="代表团会见了附件一所列人员。",
    annex_pointer_places="代表团查访了附件二所列剥夺自由场所。",
    places_visited="代表团共查访了{places}：{types}。",
    place_forms=_same("个剥夺自由场所"),
    place_type_forms=MappingProxyType(
        {
            PlaceType.POLICE: _same("个警察局"),
            PlaceType.PRISON: _same("所监狱"),
            PlaceType.PRETRIAL: _same("个审前羁押中心"),
            PlaceType.COURT_CELLS: _same("个法院羁押室"),
            PlaceType.JUVENILE: _same("个少年拘留中心"),
            PlaceType.PSYCHIATRIC: _same("所精神病院"),
            PlaceType.SOCIAL_CARE: _same("所社会护理院"),
            PlaceType.IMMIGRATION: _same("个移民拘留中心"),
            PlaceType.TRANSIT_ZONE: _same("个过境区"),
            PlaceType.MILITARY: _same("个军事拘留设施"),
            PlaceType.REHABILITATION: _same("个封闭式康复中心"),
            PlaceType.RELIGIOUS: _same("个宗教机构"),
            PlaceType.TRANSPORT: _same("辆囚犯押运车"),
            PlaceType.OTHER: _same("个其他场所"),
        }
    ),
    place_type_headings=catalogue_labels(PlaceType, "zh"),
    interviews_held="代表团进行了{interviews}，涉及{persons}：{categories}。",
    interview_forms=_same("次个别或集体访谈"),
    person_forms=_same("人"),
    category_forms=MappingProxyType(
        {
            IntervieweeCategory.DETAINEE: _same("名被剥夺自由者"),
            IntervieweeCategory.CUSTODIAL_STAFF: _same("名看守人员"),
            IntervieweeCategory.LAW_ENFORCEMENT: _same("名执法人员"),
            IntervieweeCategory.MANAGEMENT: _same("名管理人员"),
            IntervieweeCategory.MEDICAL: _same("名医务人员"),
            IntervieweeCategory.OFFICIAL: _same("名官员"),
            IntervieweeCategory.LAWYER: _same("名律师"),
            IntervieweeCategory.FAMILY: _same("名被拘留者亲属"),
            IntervieweeCategory.NPM: _same("名国家防范机制成员"),
            IntervieweeCategory.CIVIL_SOCIETY: _same("名民间社会代表"),
            IntervieweeCategory.OTHER: _same("名其他人员"),
        }
    ),
    obstruction="{place}（{date}）：{text}",
    obstruction_undated="{place}：{text}",
    reply_request_due=(
        "小组委员会请{addressee}在本报告转交之日起六个月内，即{date}之前，作出答复，详细说明"
        "为落实各项建议所采取的行动，并注明相关段落编号。"
    ),
    reply_request=(
        "小组委员会请{addressee}在本报告转交之日起六个月内作出答复，详细说明为落实各项建议"
        "所采取的行动，并注明相关段落编号。"
    ),
    publication=(
        "本报告为机密文件。小组委员会鼓励{addressee}根据《任择议定书》第16条第2款请求公布本报告。"
    ),
    npm_note="向缔约国和其他当局提出的建议载于转交缔约国的报告。",
    npm_recommendations_heading="对国家防范机制的建议",
    annex_persons_heading="小组委员会会见的人员名单",
    annex_places_heading="小组委员会查访的剥夺自由场所名单",
    person_category_headings=catalogue_labels(PersonMetCategory, "zh"),
    # UN masthead and editorial wording
    organization="联合国",
    instrument="禁止酷刑和其他残忍、不人道或有辱人格的待遇或处罚公约任择议定书",
    subtitle="小组委员会的报告",
    unedited_note="本文件未经正式编辑即予印发。",
    contents_paragraphs="段次",
    contents_page="页次",
    citation="{title}（{symbol}），{provision}。",
    provisions=MappingProxyType(
        {
            ProvisionKind.RULE: "第{numbers}条规则",
            ProvisionKind.RULES: "第{numbers}条规则",
            ProvisionKind.PARAGRAPH: "第{numbers}段",
            ProvisionKind.PARAGRAPHS: "第{numbers}段",
            ProvisionKind.ANNEX: "附件{numbers}",
        }
    ),
)
