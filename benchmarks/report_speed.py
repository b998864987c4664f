"""Time the report PDF against plain reportlab typesetting the same paragraphs.

    python -m benchmarks.report_speed [--repeat N] [--out DIR]

The report is synthetic and large: 50 places, 300 finding paragraphs and 150 recommendations
(with sub-paragraphs), narrative sections and two long annexes, about 1,500 paragraphs in all.
The baseline is the smallest reportlab script that sets the same texts in the same embedded
fonts: SimpleDocTemplate, one Paragraph per text, no masthead, contents, hanging numbers or
page furniture, left-aligned where ours is justified. Both run in this process, alternately, N
times each; medians of wall and CPU time are reported (CPU time moves less when other processes
compete for the cores). Target: our PDF at most 1.5x the baseline and under 10 s.
"""

from __future__ import annotations

import argparse
import io
import random
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from statistics import median
from time import perf_counter, process_time
from typing import Any, BinaryIO

from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.platypus import Paragraph, SimpleDocTemplate  # type: ignore[import-untyped]

from benchmarks import vocabulary
from spt_field.domain.codes import FindingArea, PlaceType, ReportGroup
from spt_field.export import pdf_styles as st
from spt_field.export.pdf import render_pdf
from spt_field.export.report_model import (
    Annex,
    AnnexGroup,
    Block,
    Masthead,
    Report,
    Section,
    Subheading,
)
from spt_field.export.report_model import Paragraph as BodyParagraph

SEED = 2019
PLACES = 50
FINDINGS = 300
RECOMMENDATIONS = 150
PERSONS_MET = 660
RATIO_TARGET = 1.5
SECONDS_TARGET = 10.0
NUMERALS = ("I", "II", "III", "IV", "V", "VI", "VII")


# --- The synthetic report -------------------------------------------------------------------


class _Numbers:
    def __init__(self) -> None:
        self.last = 0

    def next(self) -> int:
        self.last += 1
        return self.last


def _finding(rng: random.Random, topic: str) -> str:
    """A finding paragraph of realistic length: 70 to 110 words."""
    sentences = [vocabulary.topic_sentence(rng, topic)]
    sentences += [vocabulary.filler_sentence(rng) for _ in range(rng.randint(5, 7))]
    return " ".join(sentences)


def _recommendation(rng: random.Random, topic: str, number: int) -> BodyParagraph:
    items = tuple(
        f"{vocabulary.filler_sentence(rng)[:-1]}, within {rng.randint(3, 12)} months;"
        for _ in range(rng.choice((0, 1, 2, 3)))
    )
    return BodyParagraph(
        f"The Subcommittee recommends that the State party take urgent measures on {topic} "
        f"in all places of deprivation of liberty. {vocabulary.filler_sentence(rng)}",
        number=number,
        bold=True,
        items=items,
        recommendation_id=f"rec-{number}",
    )


def _narrative(rng: random.Random, numbers: _Numbers, count: int) -> list[Block]:
    return [
        BodyParagraph(
            " ".join(vocabulary.filler_sentence(rng) for _ in range(5)), number=numbers.next()
        )
        for _ in range(count)
    ]


def _situation(rng: random.Random, numbers: _Numbers) -> list[Block]:
    """One subsection per annual-report group, one sub-subsection per area; findings and
    recommendations spread evenly over them."""
    topics = list(vocabulary.TOPICS)
    groups = list(ReportGroup)
    areas = list(FindingArea)[:5]
    slots = [(group, area) for group in groups for area in areas]
    blocks: list[Block] = []
    letters = "ABCDEFGHIJ"
    for index, (group, area) in enumerate(slots):
        if index % len(areas) == 0:
            blocks.append(Subheading(f"{letters[groups.index(group)]}. {group.label}", level=1))
        blocks.append(Subheading(f"{areas.index(area) + 1}. {area.label}", level=2))
        for n in range(FINDINGS // len(slots)):
            topic = topics[(index + n) % len(topics)]
            blocks.append(BodyParagraph(_finding(rng, topic), number=numbers.next()))
            if n % 2 == 1:
                blocks.append(_recommendation(rng, topic, numbers.next()))
    return blocks


_TITLES = ("Director", "Deputy Director", "Head of unit", "Legal adviser", "Senior officer")


def _annexes(rng: random.Random) -> tuple[Annex, ...]:
    persons = [f"{vocabulary.person_name(rng)}, {rng.choice(_TITLES)}" for _ in range(PERSONS_MET)]
    groups = [persons[i : i + PERSONS_MET // 6] for i in range(0, PERSONS_MET, PERSONS_MET // 6)]
    met = Annex(
        "I",
        "List of persons met by the Subcommittee",
        tuple(AnnexGroup(f"Institution {n}", tuple(lines)) for n, lines in enumerate(groups, 1)),
    )
    kinds = list(PlaceType)
    places: dict[str, list[str]] = {}
    for number in range(1, PLACES + 1):
        kind = kinds[number % len(kinds)]
        places.setdefault(kind.report_group.label, []).append(
            vocabulary.place_name(rng, kind.value, number)
        )
    visited = Annex(
        "II",
        "Places of deprivation of liberty visited by the Subcommittee",
        tuple(AnnexGroup(heading, tuple(lines)) for heading, lines in places.items()),
    )
    return (met, visited)


def synthetic_report(seed: int = SEED) -> Report:
    rng = random.Random(seed)
    numbers = _Numbers()
    headings = (
        "Introduction",
        "Facilitation of the visit and cooperation",
        "Reprisals",
        "National preventive mechanism",
        "Legal and institutional framework",
        "Situation of persons deprived of their liberty",
        "Next steps",
    )
    bodies = [_narrative(rng, numbers, count) for count in (12, 6, 8, 10, 10)]
    bodies.append(_situation(rng, numbers))
    bodies.append(_narrative(rng, numbers, 3))
    sections = tuple(
        Section(heading.lower().replace(" ", "_"), numeral, heading, tuple(blocks))
        for numeral, heading, blocks in zip(NUMERALS, headings, bodies, strict=True)
    )
    return Report(
        language="en",
        addressee="state",
        masthead=Masthead(
            body="Subcommittee on Prevention of Torture and Other Cruel, Inhuman or Degrading "
            "Treatment or Punishment",
            symbol="CAT/OP/XBM/R.1",
            distribution="Distr.: Restricted",
            date="26 November 2026",
            original="Original: English",
        ),
        title="Visit to the Fictional State XBM undertaken from 3 to 14 March 2025: "
        "recommendations and observations addressed to the State party",
        footnote="In accordance with article 16 (1) of the Optional Protocol, the present "
        "report was transmitted confidentially to the State party on 26 November 2026.",
        contents_heading="Contents",
        sections=sections,
        annexes=_annexes(rng),
        running_header="CONFIDENTIAL \u2014 DRAFT",
        watermark="DRAFT",
        page_label="Page {page} of {pages}",
        annex_label="Annex {numeral}",
    )


def paragraph_count(report: Report) -> int:
    """Every paragraph the PDF sets: headings, paragraphs, sub-paragraphs, annex lines."""
    count = len(report.sections)
    for section in report.sections:
        for block in section.blocks:
            count += 1 + (len(block.items) if isinstance(block, BodyParagraph) else 0)
    for annex in report.annexes:
        count += 2 + sum(1 + len(group.lines) for group in annex.groups)
    return count


# --- The baseline ---------------------------------------------------------------------------


def baseline_texts(report: Report) -> list[tuple[str, bool]]:
    """(text, bold) of every paragraph, in report order: what both contenders set."""
    texts = [(report.title, True)]
    for section in report.sections:
        texts.append((section.heading, True))
        for block in section.blocks:
            if isinstance(block, Subheading):
                texts.append((block.text, True))
            else:
                texts.append((block.text, block.bold))
                texts.extend((item, block.bold) for item in block.items)
    for annex in report.annexes:
        texts += [(annex.heading, True)]
        for group in annex.groups:
            texts.append((group.heading, True))
            texts.extend((line, False) for line in group.lines)
    return texts


def baseline_pdf(texts: list[tuple[str, bool]], stream: BinaryIO) -> None:
    """The smallest reportlab script for the same texts in the same embedded fonts."""
    st.register_fonts()
    regular = ParagraphStyle("Plain", fontName=st.SERIF, fontSize=10, leading=13, spaceAfter=6)
    bold = ParagraphStyle("PlainBold", parent=regular, fontName=st.SERIF_BOLD)
    story: list[Any] = [
        Paragraph(st.markup(text), bold if strong else regular) for text, strong in texts
    ]
    SimpleDocTemplate(stream, pagesize=(st.PAGE_WIDTH, st.PAGE_HEIGHT)).build(story)


# --- Timing ---------------------------------------------------------------------------------


def _timed(run: Callable[[io.BytesIO], None]) -> tuple[float, float, bytes]:
    stream = io.BytesIO()
    wall, cpu = perf_counter(), process_time()
    run(stream)
    return perf_counter() - wall, process_time() - cpu, stream.getvalue()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--out", type=Path, help="also write both PDFs into this folder")
    options = parser.parse_args(argv)

    report = synthetic_report()
    texts = baseline_texts(report)
    contenders: dict[str, Callable[[io.BytesIO], None]] = {
        "render_pdf": lambda stream: render_pdf(report, stream),
        "baseline": lambda stream: baseline_pdf(texts, stream),
    }
    walls: dict[str, list[float]] = {name: [] for name in contenders}
    cpus: dict[str, list[float]] = {name: [] for name in contenders}
    outputs: dict[str, bytes] = {}
    st.register_fonts()  # once, outside the timings
    for _ in range(options.repeat):  # alternately, so that drift hits both alike
        for name, run in contenders.items():
            wall, cpu, outputs[name] = _timed(run)
            walls[name].append(wall)
            cpus[name].append(cpu)
    if options.out:
        options.out.mkdir(parents=True, exist_ok=True)
        for name, data in outputs.items():
            (options.out / f"report-speed-{name}.pdf").write_bytes(data)

    ours, baseline = median(walls["render_pdf"]), median(walls["baseline"])
    ratio = ours / baseline
    print(
        f"synthetic report: {paragraph_count(report):,} paragraphs "
        f"({len(report.paragraphs())} numbered, "
        f"{sum(p.bold for p in report.paragraphs())} recommendations), "
        f"{len(texts):,} texts for the baseline"
    )
    for name in contenders:
        print(
            f"{name:>10}: median {median(walls[name]):.3f} s wall, "
            f"{median(cpus[name]):.3f} s CPU over {options.repeat} runs; "
            f"{len(outputs[name]) / 1024:,.0f} KiB"
        )
    cpu_ratio = median(cpus["render_pdf"]) / median(cpus["baseline"])
    met = ratio <= RATIO_TARGET and ours < SECONDS_TARGET
    print(
        f"ratio: {ratio:.2f}x wall, {cpu_ratio:.2f}x CPU "
        f"(target <= {RATIO_TARGET}x wall and < {SECONDS_TARGET:.0f} s): "
        + ("met" if met else "MISSED")
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
