"""An assessment as a Word document, built from the same ``Document`` the pages and saved
versions use, so the web download and ``assist export`` give the same file.

Items are written the way the Markdown reader labels them ("F3:", "E2: Words:", "D1:"), and the
tables' header rows are fixed (labels.py), so reading the exported file back gives the same
assessment and the same findings."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import datetime

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK
from docx.shared import Pt

from assist import document as doc
from assist.labels import fact_date, source_label
from assist.rubric.text import cited_refs
from assist.word import labels, layout
from assist.word.styles import (
    DETAIL_STYLE,
    META_TABLE_STYLE,
    append_rows,
    end_quietly,
    repeat_header_row,
    safe,
    set_up,
    set_widths,
    shade,
    turn_page,
)

DOCX_MIMETYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
DEFAULT_MARKING = "OFFICIAL-SENSITIVE"


@dataclass
class Details:
    """What the pages show around the assessment: its case, author, dates and sign-off."""

    marking: str = DEFAULT_MARKING
    case_reference: str = ""
    family_name: str = ""
    author: str = ""
    status: str = ""
    started: datetime | None = None
    submitted: datetime | None = None
    signed_off_by: str = ""
    signed_off: datetime | None = None
    exported: datetime | None = None
    # A supervisor's copy: open rubric findings for an appendix (Finding values).
    findings: list = field(default_factory=list)
    level_labels: dict = field(default_factory=dict)
    appendix: bool = False  # a supervisor's copy has the appendix even when nothing is open


def export_bytes(document: doc.Document, details: Details | None = None) -> bytes:
    buffer = io.BytesIO()
    build(document, details or Details()).save(buffer)
    return buffer.getvalue()


def build(document: doc.Document, details: Details):
    word = docx.Document()
    set_up(word, details.marking, draft="" if details.signed_off else labels.DRAFT_HEADER)
    properties = word.core_properties
    properties.title = safe(document.title)[:255]
    properties.author = safe(details.author)[:255]
    properties.comments = ""
    _Writer(word, document, details).write()
    end_quietly(word)
    return word


class _Writer:
    def __init__(self, word, document: doc.Document, details: Details):
        self.word = word
        self.document = document
        self.details = details
        # Styles by object: looking one up by name scans every style, on every paragraph.
        self.detail_style = word.styles[DETAIL_STYLE]
        self.table_style = word.styles[META_TABLE_STYLE]

    def write(self):
        self.word.add_paragraph(safe(self.document.title or "Assessment"), style="Title")
        self._title_block()
        unsorted = [item for item in self.document.loose if item.section not in doc.SECTIONS]
        for item in unsorted:  # text that was under no heading the rubric knows
            self._paragraph(item.text)
        if not self._only_unsorted():
            self._people()
            self._facts()
            self._child()
            self._analysis()
            self._risk()
            self._recommendations()
        self._sign_off()
        if self.details.appendix or self.details.findings:
            self._appendix()

    def _only_unsorted(self):
        document = self.document
        return bool(document.loose) and not (
            document.children
            or document.adults
            or document.facts
            or document.experiences
            or document.analysis
            or document.dangers
            or document.recommendations
            or any(item.section in doc.SECTIONS for item in document.loose)
        )

    # -- building blocks ---------------------------------------------------------------------

    def _heading(self, text, level=1):
        return self.word.add_heading(safe(text), level=level)

    def _start(self, title, landscape=False):
        """A section's heading, on a landscape page when its tables need the width."""
        turn_page(self.word, landscape)
        self._heading(title)

    def _paragraph(self, text, label=None, style=None):
        paragraph = self.word.add_paragraph(style=style)
        if label:
            paragraph.add_run(safe(label) + " ").bold = True
        paragraph.add_run(safe(text))
        return paragraph

    def _detail(self, label, value):
        if value:
            self._paragraph(value, label=f"{label}:", style=self.detail_style)

    def _nothing(self):
        self.word.add_paragraph(labels.NOTHING_RECORDED, style=self.detail_style)

    def _loose(self, section):
        items = [item for item in self.document.loose if item.section == section]
        for item in items:
            self._paragraph(item.text)
        return bool(items)

    def _table(self, header, rows, plan: layout.Plan):
        widths = plan.widths
        table = self.word.add_table(rows=1, cols=len(header))
        table.style = self.table_style
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        head = table.rows[0]
        repeat_header_row(head)
        for cell, text in zip(head.cells, header, strict=True):
            cell.text = text
            run = cell.paragraphs[0].runs[0]
            # A little smaller than the rows, so one-word headings fit narrow columns whole.
            run.bold, run.font.size = True, Pt(10)
            shade(cell)
        set_widths(table, widths)
        append_rows(table, rows, widths, self.detail_style.style_id)
        self.word.add_paragraph()
        return table

    def _key_values(self, pairs):
        rows = [(key, value) for key, value in pairs if value]
        if not rows:
            return
        table = self.word.add_table(rows=0, cols=2)
        table.style = self.table_style
        table.alignment = WD_TABLE_ALIGNMENT.CENTER  # in line with every other table
        for key, value in rows:
            cells = table.add_row().cells
            cells[0].text = key
            cells[0].paragraphs[0].runs[0].bold = True
            shade(cells[0])
            cells[1].text = safe(value)
        set_widths(table, (4, 13))
        self.word.add_paragraph()

    # -- the title block and sign-off --------------------------------------------------------

    def _title_block(self):
        details = self.details
        children = ", ".join(_child_line(child) for child in self.document.children)
        case = " ".join(part for part in (details.case_reference, details.family_name) if part)
        self._key_values(
            [
                ("Case", case),
                ("Children", children),
                ("Written by", details.author),
                (labels.STATUS, details.status),
                ("Started", labels.uk_day(details.started)),
                ("Submitted", labels.uk_day(details.submitted)),
                ("Signed off", _signed(details)),
                ("Exported", labels.uk_day(details.exported)),
            ]
        )

    def _sign_off(self):
        details = self.details
        self._start(labels.SIGN_OFF)
        table = self.word.add_table(rows=0, cols=3)
        table.style = self.table_style
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        for role, name, when in (
            ("Social worker", details.author, ""),
            ("Supervisor", details.signed_off_by, labels.uk_day(details.signed_off)),
        ):
            cells = table.add_row().cells
            cells[0].text = role
            cells[0].paragraphs[0].runs[0].bold = True
            shade(cells[0])
            cells[1].text = safe(name) or "Name:"
            cells[2].text = f"Date: {when}" if when else "Signature and date:"
        set_widths(table, (4, 6.5, 6.5))
        self.word.add_paragraph()

    def _appendix(self):
        rows = []
        for finding in self.details.findings:
            where = finding.item or doc.SECTION_TITLES.get(finding.section, "Whole assessment")
            level = self.details.level_labels.get(finding.level, finding.level.capitalize())
            excerpt = f' ("{finding.excerpt}")' if finding.excerpt else ""
            rows.append((where, level, finding.message + excerpt, finding.guidance))
        plan = self._plan(labels.FINDINGS_HEADER, rows) if rows else None
        if plan and plan.landscape:
            turn_page(self.word, True)  # starts a page, as below
        elif plan:
            # A page of its own for a table of findings; a one-line "none" follows the sign-off.
            paragraph = self.word.add_paragraph()
            paragraph.add_run().add_break(WD_BREAK.PAGE)
        self._heading(labels.APPENDIX)
        self._paragraph(
            "Points the rubric raised that are still open. They are prompts for reflective "
            "supervision, not a verdict on the assessment.",
            style=self.detail_style,
        )
        if plan is None:
            self._paragraph("The rubric has no open findings on this assessment.")
            return
        self._table(labels.FINDINGS_HEADER, rows, plan)

    # -- the six sections --------------------------------------------------------------------

    def _plan(self, header, rows, landscape=None) -> layout.Plan:
        return layout.plan(header, rows, landscape) or layout.squeezed(header, rows)

    def _people(self):
        adults = self.document.adults
        rows = [
            (
                adult.ref,
                adult.name,
                adult.relationship_to_child,
                "Yes" if adult.lives_in_household else "No",
                adult.notes,
            )
            for adult in adults
        ]
        plan = self._plan(labels.PEOPLE_HEADER, rows) if rows else None
        self._start(doc.SECTION_TITLES["people"], landscape=bool(plan and plan.landscape))
        for child in self.document.children:
            self._paragraph(_child_line(child, with_born=True), label=f"{child.ref}: Child:")
            born = "Expected date of birth" if child.is_unborn else "Date of birth"
            for label, value in (
                (born, labels.uk_date(child.date_of_birth)),
                ("Ethnicity", child.ethnicity),
                ("First language", child.first_language),
                ("Disability", child.disability),
                ("Communication needs", child.communication_needs),
            ):
                self._detail(label, value)
        if plan:
            self._table(labels.PEOPLE_HEADER, rows, plan)
        has_loose = self._loose("people")
        if not (self.document.children or adults or has_loose):
            self._nothing()

    def _facts(self):
        facts = self.document.facts
        if not facts:
            self._start(doc.SECTION_TITLES["facts"])
            return self._nothing()
        rows: list[tuple[str, ...]] = [
            (
                fact.ref,
                fact_date(fact) + (labels.HISTORY_MARK if fact.is_historic else ""),
                fact.text,
                source_label(fact.source),
                labels.HOW_KNOWN.get(fact.how_known, fact.how_known),
                labels.CATEGORY.get(fact.category, fact.category),
            )
            for fact in facts
        ]
        header: tuple[str, ...] = (*labels.CHRONOLOGY_HEADER, labels.CATEGORY_COLUMN)
        if not any(fact.category for fact in facts):  # no column of blanks
            header, rows = labels.CHRONOLOGY_HEADER, [row[:-1] for row in rows]
        plan = self._plan(header, rows)
        self._start(doc.SECTION_TITLES["facts"], landscape=plan.landscape)
        self._table(header, rows, plan)
        return None

    def _child(self):
        self._start(doc.SECTION_TITLES["child"])
        if not self.document.experiences:
            return self._nothing()
        names = {child.ref: child.name for child in self.document.children}
        for item in self.document.experiences:
            kind = labels.EXPERIENCE.get(item.kind, item.kind)
            self._paragraph(item.text, label=f"{item.ref}: {kind}:")
            if item.child_ref and len(names) > 1:
                self._detail("About", names.get(item.child_ref, item.child_ref))
            self._detail("Heard on", labels.uk_date(item.heard_on))
            self._detail("How heard", item.how_heard)
            self._detail("What was done", item.what_was_done)
        return None

    def _analysis(self):
        self._start(doc.SECTION_TITLES["analysis"])
        if not self.document.analysis:
            return self._nothing()
        for item in self.document.analysis:
            self._paragraph(item.text, label=f"{item.ref}:")
            self._detail("Rests on", ", ".join(item.cites))
            self._detail("Facts pointing the other way", ", ".join(item.contradicted_by))
            self._detail("Another explanation", item.alternative_explanation)
            self._detail("Why", item.reasoning)
            self._detail("Pattern", labels.PATTERN_YES if item.is_pattern else "")
        return None

    def _risk(self):
        names = {child.ref: child.name for child in self.document.children}
        tables = []
        for danger in self.document.dangers:
            rows = [
                (factor.ref, labels.FACTOR.get(factor.kind, factor.kind), _factor_cell(factor))
                for factor in danger.factors
            ]
            rows.append(("", "Probability", _probability(danger)))
            tables.append(rows)
        plans = [self._plan(labels.RISK_HEADER, rows) for rows in tables]
        landscape = any(plan.landscape for plan in plans)
        if landscape:  # one danger's table needs the width: the others share the page's width
            plans = [self._plan(labels.RISK_HEADER, rows, landscape=True) for rows in tables]
        self._start(doc.SECTION_TITLES["risk"], landscape=landscape)
        for danger, rows, plan in zip(self.document.dangers, tables, plans, strict=True):
            self._paragraph(danger.text, label=f"{danger.ref}:")
            if danger.child_ref and len(names) > 1:
                self._detail("For", names.get(danger.child_ref, danger.child_ref))
            self._table(labels.RISK_HEADER, rows, plan)
        has_loose = self._loose("risk")
        if not (self.document.dangers or has_loose):
            self._nothing()

    def _recommendations(self):
        """A table when every column has something to show and the words fit a page side by
        side (portrait, or landscape for long answers); otherwise each recommendation with its
        parts beneath it, so no column is printed empty and no word is split."""
        recommendations = self.document.recommendations
        title = doc.SECTION_TITLES["recommendations"]
        if not recommendations:
            self._start(title)
            return self._nothing()
        rows = [
            (
                item.ref,
                item.action,
                item.objective,
                ", ".join([*item.answers, *item.fills]),
                item.who,
                labels.uk_date(item.by_when),
                item.how_we_will_know,
            )
            for item in recommendations
        ]
        every_column_used = all(any(row[column] for row in rows) for column in range(2, 7))
        plan = layout.plan(labels.RECOMMENDATIONS_HEADER, rows) if every_column_used else None
        self._start(title, landscape=bool(plan and plan.landscape))
        if plan is None:
            for item in recommendations:
                self._stacked_recommendation(item)
            return None
        self._table(labels.RECOMMENDATIONS_HEADER, rows, plan)
        for item in recommendations:
            self._detail(f"{item.ref} reason", item.reason)
        return None

    def _stacked_recommendation(self, item):
        """One recommendation as the Markdown reader reads it ("R1: ..."), its parts as detail
        lines. Links the text itself cites are not repeated: reading the text finds them."""
        self._paragraph(item.action, label=f"{item.ref}:")
        linked = [*item.answers, *item.fills]
        shown = "" if set(linked) <= set(cited_refs(item.action)) else ", ".join(linked)
        for label, value in (
            (labels.RECOMMENDATION_DETAILS["objective"], item.objective),
            (labels.RECOMMENDATION_DETAILS["answers"], shown),
            (labels.RECOMMENDATION_DETAILS["who"], item.who),
            (labels.RECOMMENDATION_DETAILS["by_when"], labels.uk_date(item.by_when)),
            (labels.RECOMMENDATION_DETAILS["how_we_will_know"], item.how_we_will_know),
            ("Reason", item.reason),
        ):
            self._detail(label, value)


def _child_line(child, with_born=False):
    parts = [child.name]
    if with_born and child.is_unborn:
        parts.append("unborn")
    if with_born and child.is_preverbal and not child.is_unborn:
        parts.append("pre-verbal")
    return ", ".join(parts)


def _factor_cell(factor):
    """A factor's text, with what it rests on and how a gap will be filled as detail lines."""
    details = [
        f"{label}: {value}"
        for label, value in (
            ("Rests on", ", ".join(factor.cites)),
            ("How to fill it", factor.how_to_fill),
        )
        if value
    ]
    return (factor.text, *details)


def _probability(danger):
    level = (danger.probability or "").capitalize()
    reasoning = danger.probability_reasoning or ""
    if not level:
        return reasoning or "Not judged"
    if reasoning.lower().startswith(level.lower()):
        return reasoning
    return f"{level}: {reasoning}" if reasoning else level


def _signed(details):
    if not details.signed_off:
        return ""
    who = f" by {details.signed_off_by}" if details.signed_off_by else ""
    return f"{labels.uk_day(details.signed_off)}{who}"
