"""Document facts (DESIGN §7): read from the header lines, the contact block
and the closing author credit.  Lines used here are *claimed* and kept out
of the outline; every field records the span it was read from.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence

import regex

from govreport import _grammar
from govreport._headings import match_marker
from govreport._layout import SHORT_LINE, Wrap, ends_sentence, is_full
from govreport._tables.metadata import CONTACT_LABELS
from govreport._text import Line, fold
from govreport.models import (
    Contact,
    ContactKind,
    FieldSpan,
    Metadata,
    ReportKind,
    Span,
    Speaker,
)

#: The header is read from at most this many non-blank lines.
HEADER_LINES = 10
#: A title is at most this long; longer first lines are body text.
TITLE_MAX = 80
#: Body lines searched for the year reported on (2021年, … / 2017年工作回顾).
YEAR_LINES = 3

#: Claims: line index → end of what is left of the line for the body.
Claims = dict[int, int]


def _line_span(ln: Line) -> Span:
    return Span(start=ln.start, end=ln.end, line=ln.number)


def _date(m: regex.Match[str]) -> _dt.date | None:
    try:
        return _dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None


class _Reader:
    """Collects fields, their spans and the claimed lines."""

    def __init__(self, source: str, folded: str, lines: Sequence[Line]) -> None:
        self.source = source
        self.folded = folded
        self.lines = lines
        self.values: dict[str, object] = {}
        self.spans: list[FieldSpan] = []
        self.claims: Claims = {}
        self.reporter = False  # a 记者 byline: the document is news

    def put(self, field: str, value: object, span: Span) -> bool:
        """Record a field unless it is empty or already known; True if recorded."""
        if value is None or field in self.values:
            return False
        self.values[field] = value
        self.spans.append(FieldSpan(field=field, span=span))
        return True

    def claim(self, i: int, end: int | None = None) -> None:
        self.claims[i] = self.lines[i].start if end is None else end

    def claim_if(self, i: int, took: bool) -> bool:
        """Claim line ``i`` if it gave a field; a line that only repeats known
        facts stays in the body."""
        if took:
            self.claim(i)
        return took

    def text(self, ln: Line) -> str:
        return self.source[ln.start : ln.end]

    def fold(self, ln: Line) -> str:
        return self.folded[ln.start : ln.end]

    # -- one reader per kind of header line; each returns True if it took the line

    def labelled(self, i: int) -> bool:
        """时间:2017-08-09 来源: 普陀区地方志办公室 (seeds 000–002)."""
        ln = self.lines[i]
        f = self.fold(ln)
        found = list(_grammar.LABELLED_FIELD.finditer(f))
        if not found or found[0].start() != 0:
            return False
        span = _line_span(ln)
        took = False
        for k, m in enumerate(found):
            stop = found[k + 1].start() if k + 1 < len(found) else len(f)
            raw = self.text(ln)[m.end() : stop]
            value = raw.split("【")[0].split("  ")[0].strip()
            if m.group("label").endswith("来源"):
                took |= self.put("source", value or None, span)
            else:
                d = _grammar.ANY_DATE.search(f, m.end(), stop)
                took |= self.put("date", _date(d) if d else None, span)
        return self.claim_if(i, took)

    def bare_date(self, i: int) -> bool:
        ln = self.lines[i]
        m = _grammar.ANY_DATE.fullmatch(self.fold(ln))
        if m is None:
            return False
        return self.claim_if(i, self.put("date", _date(m), _line_span(ln)))

    def meeting(self, i: int) -> bool:
        """——2018年1月16日在静安区第一届人民代表大会第五次会议上 (seed 003)."""
        ln = self.lines[i]
        m = _grammar.MEETING_LINE.fullmatch(self.fold(ln))
        if m is None:
            return False
        span = _line_span(ln)
        took = self.put("date", _date(m), span)
        took |= self.put("meeting", self.text(ln)[m.start("meeting") : m.end("meeting")].strip(), span)
        return self.claim_if(i, took)

    def speaker(self, i: int) -> bool:
        """静安区区长 陆晓栋 (seed 003)."""
        ln = self.lines[i]
        m = _grammar.SPEAKER_LINE.fullmatch(self.fold(ln))
        if m is None:
            return False
        speaker = Speaker(post=m.group("post"), name=m.group("name"))
        return self.claim_if(i, self.put("speaker", speaker, _line_span(ln)))

    def authors(self, i: int) -> bool:
        """■记者 郑潇萌 杨晓梅 朱良城 (seed 004)."""
        ln = self.lines[i]
        m = _grammar.AUTHOR_LINE.fullmatch(self.fold(ln))
        if m is None:
            return False
        names = tuple(_grammar.NAME.findall(m.group("names")))
        if not names:
            return False
        self.reporter = self.reporter or "记者" in self.fold(ln)
        return self.claim_if(i, self.put("authors", names, _line_span(ln)))

    def is_meta_line(self, i: int) -> bool:
        """Whether line ``i`` would be read by one of the readers above."""
        f = self.fold(self.lines[i])
        return bool(
            (_grammar.LABELLED_FIELD.match(f))
            or _grammar.ANY_DATE.fullmatch(f)
            or _grammar.MEETING_LINE.fullmatch(f)
            or _grammar.SPEAKER_LINE.fullmatch(f)
            or _grammar.AUTHOR_LINE.fullmatch(f)
        )

    def title_like(self, i: int, limit: int) -> bool:
        ln = self.lines[i]
        f = self.fold(ln)
        return (
            len(f) <= limit
            and not ends_sentence(f)
            and match_marker(self.folded, ln.start, ln.end) is None
            and not _grammar.ATTACHMENT.fullmatch(f)
        )


def read_metadata(
    source: str, folded: str, lines: Sequence[Line], skip: set[int], wrap: Wrap | None = None
) -> tuple[Metadata, Claims]:
    """Read the document facts; return them with the lines they claimed.

    ``wrap`` tells how PDF text was hard-wrapped, if it was: a title that
    fills the width goes on to the next line.
    """
    r = _Reader(source, folded, lines)
    order = [i for i, ln in enumerate(lines) if not ln.blank and i not in skip]
    _read_header(r, order, wrap)
    _read_contacts(r, order, wrap)
    _read_trailing_author(r, order)
    _derive(r, order)
    v = r.values
    meta = Metadata(
        title=_str(v.get("title")),
        subtitle=_str(v.get("subtitle")),
        date=v.get("date"),  # type: ignore[arg-type]
        source=_str(v.get("source")),
        meeting=_str(v.get("meeting")),
        speaker=v.get("speaker"),  # type: ignore[arg-type]
        authors=v.get("authors"),  # type: ignore[arg-type]
        salutation=_str(v.get("salutation")),
        region=_str(v.get("region")),
        kind=v.get("kind"),  # type: ignore[arg-type]
        year=v.get("year"),  # type: ignore[arg-type]
        contacts=v.get("contacts"),  # type: ignore[arg-type]
        spans=tuple(sorted(r.spans, key=lambda fs: (fs.span.start, fs.field))),
    )
    return meta, r.claims


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _read_header(r: _Reader, order: list[int], wrap: Wrap | None) -> None:
    title_at: int | None = None
    for n, i in enumerate(order[:HEADER_LINES]):
        if i in r.claims:  # a wrapped title's second line
            continue
        ln = r.lines[i]
        f = r.fold(ln)
        if _grammar.SALUTATION.fullmatch(f):
            r.claim_if(i, r.put("salutation", r.text(ln).rstrip(":：").strip(), _line_span(ln)))
            return
        if r.labelled(i) or r.bare_date(i) or r.meeting(i) or r.speaker(i) or r.authors(i):
            continue
        if title_at is None:
            bracket = _grammar.BRACKET_TITLE.fullmatch(f)
            if bracket is not None:  # seed 001: 【概况】
                r.put("title", r.text(ln)[1:-1].strip(), _line_span(ln))
            elif n == 0 and r.title_like(i, TITLE_MAX):
                taken = [i]
                while is_full(r.source, r.lines[taken[-1]], wrap) and n + len(taken) < len(order):
                    taken.append(order[n + len(taken)])
                span = Span(start=ln.start, end=r.lines[taken[-1]].end, line=ln.number)
                title = "".join(r.text(r.lines[k]) for k in taken)
                md = _grammar.MD_HEADING.match(title)
                title = title[md.end() :] if md else title  # a Markdown rendering: # 政府工作报告
                dated = _grammar.TITLE_DATE.search(fold(title))
                if dated is not None:  # seed 002: 通报 (2024-07-26)
                    r.put("date", _date(dated), span)
                    title = title[: dated.start()]
                r.put("title", title.strip(), span)
                for k in taken[1:]:
                    r.claim(k)
                n += len(taken) - 1
            else:
                return
            title_at = n
            r.claim(i)
            continue
        # seed 004: a second short line right under the title, before the byline
        if (
            n == title_at + 1
            and r.title_like(i, SHORT_LINE + 15)
            and n + 1 < len(order)
            and r.is_meta_line(order[n + 1])
        ):
            r.put("subtitle", r.text(ln).strip(), _line_span(ln))
            r.claim(i)
            continue
        return


def _read_contacts(r: _Reader, order: list[int], wrap: Wrap | None) -> None:
    contacts: list[Contact] = []
    for n, i in enumerate(order):
        if i in r.claims:
            continue
        ln = r.lines[i]
        m = _grammar.CONTACT.fullmatch(r.fold(ln))
        if m is None:
            continue
        taken = [i]  # a long address wrapped in PDF text goes on
        while is_full(r.source, r.lines[taken[-1]], wrap) and n + len(taken) < len(order):
            taken.append(order[n + len(taken)])
        end = r.lines[taken[-1]].end
        value = r.text(ln)[m.start("value") :] + "".join(r.text(r.lines[k]) for k in taken[1:])
        kind = ContactKind(CONTACT_LABELS[m.group("label")])
        contacts.append(
            Contact(kind=kind, value=value.strip(), span=Span(start=ln.start, end=end, line=ln.number))
        )
        for k in taken:
            r.claim(k)
    if contacts:
        r.put("contacts", tuple(contacts), contacts[0].span)


def _read_trailing_author(r: _Reader, order: list[int]) -> None:
    """seed 001 closes its last paragraph with (陆伟杰): a credit, not text."""
    rest = [i for i in order if i not in r.claims]
    if not rest:
        return
    i = rest[-1]
    ln = r.lines[i]
    m = _grammar.TRAILING_AUTHOR.search(r.fold(ln))
    if m is None:
        return
    names = tuple(_grammar.NAME.findall(m.group("names")))
    span = Span(start=ln.start + m.start(), end=ln.end, line=ln.number)
    if "authors" in r.values:
        return
    r.put("authors", names, span)
    end = ln.start + len(r.text(ln)[: m.start()].rstrip())
    r.claim(i, end)


def _derive(r: _Reader, order: list[int]) -> None:
    """Region, kind and year: read from fields already found, or the body."""
    v = r.values
    # matched on folded text (full-width digits in 2015年); values sliced from the original
    title = fold(_str(v.get("title")) or "")
    subtitle = fold(_str(v.get("subtitle")) or "")
    for field in ("title", "meeting", "source"):
        text = _str(v.get(field))
        m = _grammar.REGION.match(fold(text)) if text else None
        if m is not None and text is not None:
            span = next(fs.span for fs in r.spans if fs.field == field)
            r.put("region", text[m.start("region") : m.end("region")], span)
            break
    title_span = next((fs.span for fs in r.spans if fs.field == "title"), None)
    kind = _kind(title, subtitle, fold(_str(v.get("source")) or ""), r.reporter)
    if kind is not None and title_span is not None:
        r.put("kind", kind, title_span)
    year = _grammar.TITLE_YEAR.search(title)
    if year is not None and title_span is not None:
        r.put("year", int(year.group("y")), title_span)
        return
    body = [i for i in order if i not in r.claims][:YEAR_LINES]
    for i in body:
        ln = r.lines[i]
        m = _grammar.BODY_YEAR.match(r.fold(ln))
        if m is not None:
            r.put("year", int(m.group("y")), _line_span(ln))
            return


def _kind(title: str, subtitle: str, source: str, reporter: bool) -> ReportKind | None:
    for text in (title, subtitle):
        for pattern, kind in _grammar.KIND_BY_TITLE:
            if text and pattern.search(text):
                return ReportKind(kind)
    if reporter:
        return ReportKind.NEWS
    for pattern, kind in _grammar.KIND_BY_SOURCE:
        if source and pattern.search(source):
            return ReportKind(kind)
    return None
