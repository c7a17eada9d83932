"""Rebuild logical lines ("units") from physical lines, and classify them.

A unit is one heading line or one paragraph, put back together from the
pieces a page break (seed 004) or a PDF's hard wrap cut it into.
Pieces keep their offsets, so every span still indexes the original text.
"""

from __future__ import annotations

import enum
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from typing import NamedTuple

from govreport import _grammar, _make
from govreport._headings import MarkerMatch, enum_start, match_marker
from govreport._numerals import hanzi_to_int
from govreport._text import Line, display_width
from govreport.models import MarkerFamily, Span

#: Zero-width characters, as ``str.startswith`` takes them.
_INVISIBLE = tuple(_grammar.INVISIBLE)

#: A line up to this many characters, without final punctuation, may be a
#: title (titles run to about 25); a longer one is a paragraph cut by a page.
SHORT_LINE = 25
#: Lines this close to the dominant width count as full in wrapped text.
WRAP_SLACK = 2
#: Fewer full lines than this share means the text is not hard-wrapped (the
#: seeds have at most 11% of their lines at one width; wrapped text has most).
WRAP_SHARE = 0.3
WRAP_MIN_LINES = 5


class Kind(enum.Enum):
    TEXT = "text"
    HEADING = "heading"
    SUBHEADING = "subheading"
    BRACKET = "bracket"
    ATTACHMENT = "attachment"


# The kinds, and the dash family, as module constants: on Python 3.11 and
# before, reading a member off its Enum class goes through the metaclass's
# ``__getattr__`` hook (about 900 instructions, against some 20 for a global),
# and the parser asks several times per line.
TEXT, HEADING, SUBHEADING = Kind.TEXT, Kind.HEADING, Kind.SUBHEADING
BRACKET, ATTACHMENT = Kind.BRACKET, Kind.ATTACHMENT
DASH = MarkerFamily.DASH


class _Joined(NamedTuple):
    """What a unit of several physical lines keeps: its joined text and
    folded text, its pieces in the source, their line numbers, and where
    each piece starts in ``text``."""

    text: str
    folded: str
    pieces: tuple[tuple[int, int], ...]
    numbers: tuple[int, ...]
    bounds: tuple[int, ...]


class Unit:
    """One logical line: its pieces in the source, joined text, and class.

    Most units are one physical line: those keep only their extent and
    slice their text when asked (a copy per unit doubled the memory of a
    heading-dense text).
    """

    __slots__ = (
        "_folded_source",
        "_joined",
        "_lead_stop",
        "_whole",
        "end",
        "kind",
        "line",
        "marker",
        "source",
        "start",
        "title",
    )

    def __init__(
        self, source: str, folded: str, lines: Sequence[Line], marker: MarkerMatch | None = None
    ) -> None:
        """``marker``: the marker the first line opens with, if any, as
        :func:`match_marker` found it while grouping (from the line's start)."""
        self.source = source
        self._folded_source = folded
        first = lines[0]
        self.line = first.number
        self.start = first.start
        self.end = lines[-1].end
        self._whole: Span | None = None  # span(), made once
        self._joined: _Joined | None = None
        self._lead_stop = -2  # lead_stop(), found once
        if len(lines) > 1:
            pieces = tuple((ln.start, ln.end) for ln in lines)
            # bounds[k] = index in ``text`` where piece k starts
            bounds = [0]
            for s, e in pieces:
                bounds.append(bounds[-1] + e - s)
            self._joined = _Joined(
                "".join(source[s:e] for s, e in pieces),
                "".join(folded[s:e] for s, e in pieces),
                pieces,
                tuple(ln.number for ln in lines),
                tuple(bounds),
            )
        self.kind = TEXT
        # for ``_classify``: a one-line unit's marker is its line's
        self.marker: MarkerMatch | None = marker if self._joined is None else None
        # (title start, title end, body start) in ``text``; body start is
        # len(text) when the title has no body after it
        self.title: tuple[int, int, int] | None = None

    def __repr__(self) -> str:
        return f"Unit({self.kind.value}, line={self.line}, {self.text[:20]!r})"

    @property
    def text(self) -> str:
        joined = self._joined
        return self.source[self.start : self.end] if joined is None else joined.text

    @property
    def folded(self) -> str:
        joined = self._joined
        return self._folded_source[self.start : self.end] if joined is None else joined.folded

    def lead_stop(self, start: int = 0) -> int:
        """Where in ``folded`` the first of 。!?;: at or after ``start``
        stands (the end of a lead), or -1.  The first of the unit is looked
        for once: the measure rules ask for it several times."""
        stop = self._lead_stop
        if stop == -2:
            m = _grammar.LEAD_END.search(self.folded, 0, None, _grammar.HOLD_GIL)
            stop = self._lead_stop = m.start() if m else -1
        if start <= stop or stop < 0:
            return stop
        m = _grammar.LEAD_END.search(self.folded, start, None, _grammar.HOLD_GIL)
        return m.start() if m else -1

    @property
    def pieces(self) -> tuple[tuple[int, int], ...]:
        joined = self._joined
        return ((self.start, self.end),) if joined is None else joined.pieces

    @property
    def numbers(self) -> tuple[int, ...]:
        joined = self._joined
        return (self.line,) if joined is None else joined.numbers

    @property
    def bounds(self) -> tuple[int, ...]:
        joined = self._joined
        return (0, self.end - self.start) if joined is None else joined.bounds

    def _piece(self, i: int, *, end: bool) -> int:
        """Index of the piece holding ``text[i]`` (``end``: holding ``text[i-1]``)."""
        k = bisect_right(self.bounds, i - 1 if end else i) - 1
        return min(max(k, 0), len(self.pieces) - 1)

    def offset(self, i: int, *, end: bool = False) -> int:
        """Source offset of ``text[i]``, or with ``end`` just after ``text[i-1]``."""
        k = self._piece(i, end=end)
        return self.pieces[k][0] + i - self.bounds[k]

    def span(self, i: int = 0, j: int | None = None) -> Span:
        """Span of ``text[i:j]`` in the source."""
        if self._joined is None:  # the common case: one physical line
            start, end = self.start, self.end
            if j is None or start + j >= end:
                return self._whole_span() if i == 0 else _make.span(start + i, end, self.line)
            # the unit's own offsets where they fit: fewer ints to keep
            return _make.span(start + i if i else start, start + max(i, j), self.line)
        j = len(self.text) if j is None else j
        if i == 0 and j == len(self.text):
            return self._whole_span()
        k = self._piece(i, end=False)
        if j <= i:
            at = self.offset(i)
            return _make.span(at, at, self.numbers[k])
        return _make.span(self.offset(i), self.offset(j, end=True), self.numbers[k])

    def _whole_span(self) -> Span:
        """The span of the whole unit, one object however often asked for
        (a section's heading and its whole extent are often the same)."""
        whole = self._whole
        if whole is None:
            whole = self._whole = _make.span(self.start, self.end, self.line)
        return whole


def ends_sentence(folded: str) -> bool:
    """Whether a line ends with final punctuation (closing quotes allowed).

    >>> ends_sentence("完成目标任务。”"), ends_sentence("强化服务,稳抓经济建设")
    (True, False)
    """
    s = folded.rstrip().rstrip(_grammar.CLOSERS)
    return bool(s) and s[-1] in _grammar.FINAL_PUNCT


class Wrap(NamedTuple):
    """How PDF text was hard-wrapped: the width in display columns, and
    whether an indent marks a paragraph's first line (continuations are flush)."""

    width: int
    indent_starts: bool


def wrap_width(source: str, lines: Sequence[Line]) -> Wrap | None:
    """How the text was hard-wrapped, or ``None`` if it was not.

    Hard-wrapped text has a large share of its lines (``WRAP_SHARE``) at one
    display width, give or take ``WRAP_SLACK``, and few wider ones.
    """
    present = [ln for ln in lines if not ln.blank]
    widths = [display_width(source[ln.begin : ln.end]) for ln in present]
    if len(widths) < WRAP_MIN_LINES:
        return None
    # counted per width, not per line: a heading-dense text is all lines
    counts = Counter(widths)
    common = [w for w, _ in counts.most_common(3)]

    def near(w: int) -> int:
        return sum(counts[x] for x in range(w - WRAP_SLACK, w + WRAP_SLACK + 1) if x in counts)

    width = max(common, key=near)
    full = near(width)
    too_long = sum(n for x, n in counts.items() if x > width + WRAP_SLACK)
    if width < 20 or full < WRAP_SHARE * len(widths) or too_long > 0.1 * len(widths):
        return None
    indented = sum(1 for ln in present if ln.indented)
    return Wrap(width, 0 < indented < 0.8 * len(present))


def is_heading_line(folded: str, line: Line) -> bool:
    """A Markdown heading, or a line opening with a numbering marker (not ——)."""
    return _is_heading(folded, line, match_marker(folded, line.start, line.end))


def _is_heading(folded: str, line: Line, marker: MarkerMatch | None) -> bool:
    """:func:`is_heading_line`, given the marker at the line's start."""
    if marker is not None:
        return marker.family is not DASH
    return (
        folded.startswith("#", line.start)
        and _grammar.MD_HEADING.match(folded, line.start, line.end, _grammar.HOLD_GIL) is not None
    )


def _opens_block(folded: str, line: Line) -> bool:
    """Whether a line starts with something that always starts a new unit."""
    return match_marker(folded, line.start, line.end) is not None or _opens_unmarked(folded, line)


def _opens_unmarked(folded: str, line: Line) -> bool:
    """:func:`_opens_block` for a line known to open with no marker."""
    if folded.startswith("#", line.start) and _grammar.MD_HEADING.match(
        folded, line.start, line.end, _grammar.HOLD_GIL
    ):
        return True
    # each pattern opens with a fixed character: most lines need no regex call
    if folded.startswith("【", line.start):
        return (
            _grammar.BRACKET_TITLE.match(folded[line.start : line.end], 0, None, _grammar.HOLD_GIL)
            is not None
        )
    if folded.startswith("附件", line.start):
        return (
            _grammar.ATTACHMENT.match(folded[line.start : line.end], 0, None, _grammar.HOLD_GIL) is not None
        )
    return False


def build_units(source: str, folded: str, lines: Sequence[Line | None], wrap: Wrap | None) -> list[Unit]:
    """Group physical lines into units.  ``None`` in ``lines`` is a hard break
    (a line taken by metadata or boilerplate); ``wrap`` is what
    :func:`wrap_width` found, if anything."""
    units: list[Unit] = []
    current = _Pending()
    gap = False
    indents, spaced = _paragraph_marks(lines) if wrap is None else (False, False)
    for ln in lines:
        if ln is None:
            if current.lines:
                units.append(Unit(source, folded, current.lines, current.marker))
            current.reset()
            gap = False
            continue
        if ln.blank:
            # a line of a zero-width space alone (where a Wikisource link
            # was: 要全面深化各领域改 / U+200B / 革，…) parts no paragraph of
            # spaced text
            gap = gap or not (spaced and source.startswith(_INVISIBLE, ln.begin))
            continue
        # the marker at the line's start, found once (a heading-dense text
        # asked four times per line)
        marker = match_marker(folded, ln.start, ln.end, ln.start)  # in the line's coordinates
        # a line opening with a marker always starts a unit (``_opens_block``)
        if (
            current.lines
            and marker is None
            and _continues(source, folded, current, ln, wrap, gap, indents, spaced)
        ):
            current.add(ln)
        else:
            if current.lines:
                units.append(Unit(source, folded, current.lines, current.marker))
            current.reset()
            current.add(ln)
            current.marker = marker
            current.heading = _is_heading(folded, ln, marker)
        gap = False
    if current.lines:
        units.append(Unit(source, folded, current.lines, current.marker))
    _classify(units)
    return units


class _Pending:
    """The lines of the unit being built, with what the merge rule needs kept
    up to date line by line (so that joining many lines stays linear)."""

    __slots__ = ("_counted", "_open", "_searched", "_stopped", "heading", "length", "lines", "marker")

    def __init__(self) -> None:
        self.lines: list[Line] = []
        self.reset()

    def reset(self) -> None:
        """Empty, for the next unit (one object for all: fewer to allocate)."""
        self.lines.clear()
        self.marker: MarkerMatch | None = None  # the marker its first line opens with
        self.length = 0  # characters in its lines
        self.heading = False  # its first line opens a heading
        self._open = 0  # quotes and brackets opened and not closed in lines[:_counted]
        self._counted = 0
        self._stopped = False  # a sentence stop in lines[:_searched]
        self._searched = 0

    def add(self, ln: Line) -> None:
        self.lines.append(ln)
        self.length += ln.end - ln.start

    def open(self, folded: str) -> int:
        """Quotes and brackets opened and not yet closed: each line counted
        once, and only when asked (a heading line followed by another
        heading never is)."""
        while self._counted < len(self.lines):
            ln = self.lines[self._counted]
            self._counted += 1
            self._open = max(0, self._open + unclosed(folded, ln.start, ln.end))
        return self._open

    def stopped(self, folded: str) -> bool:
        """Whether its text has a sentence stop somewhere: each line searched
        once, and only when asked (most units never are)."""
        while not self._stopped and self._searched < len(self.lines):
            ln = self.lines[self._searched]
            self._searched += 1
            self._stopped = (
                _grammar.SENTENCE_END.search(folded, ln.start, ln.end, _grammar.HOLD_GIL) is not None
            )
        return self._stopped


def is_full(source: str, line: Line, wrap: Wrap | None) -> bool:
    """Whether a line fills the hard-wrap width (so its text goes on)."""
    return wrap is not None and display_width(source[line.begin : line.end]) >= wrap.width - WRAP_SLACK


def continues_wrapped(source: str, folded: str, last: Line, nxt: Line, wrap: Wrap, gap: bool) -> bool | None:
    """Whether hard-wrapped text goes on from ``last`` to ``nxt``; ``None``
    when the wrap does not decide (``last`` is not a full line).

    A line that opens a heading, or is indented where an indent marks a first
    line, always starts anew (seed 000 wrapped at 60 has a heading that fills
    the width exactly).  A full line goes on, unless it ended a sentence and a
    blank line follows.
    """
    if (wrap.indent_starts and nxt.indented) or _opens_block(folded, nxt):
        return False
    if not is_full(source, last, wrap):
        return None
    return not (gap and ends_sentence(folded[last.start : last.end]))


def unclosed(folded: str, start: int, end: int) -> int:
    """Quotes and brackets opened minus closed in ``folded[start:end]``."""
    if (
        _grammar.QUOTES.search(folded, start, end, _grammar.HOLD_GIL) is None
    ):  # most lines: one search, not twelve counts
        return 0
    return sum(folded.count(c, start, end) for c in _grammar.OPENERS) - sum(
        folded.count(c, start, end) for c in _grammar.CLOSERS_OF
    )


#: Text whose paragraphs are set apart by blank lines has at least this share
#: of its lines followed by one (Wikisource copies: 0.33 to 1, the lowest
#: where most links broke a line; a line per paragraph, a blank line here and
#: there: under 0.2).
SPACED_SHARE = 0.3


def _paragraph_marks(lines: Sequence[Line | None]) -> tuple[bool, bool]:
    """What marks a paragraph in text that is not hard-wrapped: whether an
    indent marks its first line (some lines are indented, but not nearly all
    of them), and whether blank lines set paragraphs apart (``SPACED_SHARE``)."""
    present = indented = spaced = 0
    after_text = False
    for ln in lines:
        if ln is None:
            after_text = False
        elif ln.start == ln.end:
            spaced += after_text
            after_text = False
        else:
            present += 1
            indented += ln.indent >= 2
            after_text = True
    return 0 < indented < 0.95 * present, spaced >= SPACED_SHARE * present > 0


def _marker_alone(folded: str, line: Line, marker: MarkerMatch | None) -> bool:
    """A numbering marker (``marker``, the one the line opens with, from its
    start) or an ordinal opener (一是, 第一,) with nothing after it."""
    if marker is not None:
        return marker.end == line.end - line.start
    m = enum_start(folded, line.start, line.end)
    return m is not None and not folded[m.end() : line.end].strip(",、: ")


def _continues(
    source: str,
    folded: str,
    current: _Pending,
    nxt: Line,
    wrap: Wrap | None,
    gap: bool,
    indents: bool,
    spaced: bool,
) -> bool:
    """Whether ``nxt``, a line that opens with no marker (the caller found
    none), goes on the unit being built.  ``indents``: an indent marks a
    paragraph's first line in this (not hard-wrapped) text; ``spaced``: blank
    lines set its paragraphs apart."""
    last = current.lines[-1]
    first = current.lines[0]
    if folded.startswith("#", first.start) and _grammar.MD_HEADING.match(
        folded, first.start, first.end, _grammar.HOLD_GIL
    ):
        return False  # a Markdown heading is one line
    if folded[last.end - 1] == "|" or folded[nxt.start] == "|":
        return False  # a table row (| 地区生产总值 | 18500.81 |, from a PDF or Word table) is one line
    # an indented line after a blank line opens a paragraph (a 1980s report's
    # 第一，… title line has no stop; a stray quote must not run on into the
    # next paragraphs)
    indented_anew = indents and gap and nxt.indented
    # broken lines: the next line starts with a comma or a closing
    # quote, or a quote is still open — whatever the wrap or the gap says
    broken = folded[nxt.start] in _grammar.CONTINUATION_START or (
        not indented_anew and current.open(folded) > 0
    )
    if broken and not _opens_unmarked(folded, nxt):
        return True
    if indented_anew:
        return False
    # where blank lines part paragraphs, a Wikisource copy breaks a sentence
    # around each link's text (正式明确 / 习近平 / 总书记的核心地位…; 新建改建
    # / 高速公路 / 6700多公里…): an unfinished line goes on
    if (
        spaced
        and not gap
        and not current.heading
        and not ends_sentence(folded[last.start : last.end])
        and not _opens_unmarked(folded, nxt)
    ):
        return True
    if (
        len(current.lines) == 1
        and not gap
        and _marker_alone(folded, last, current.marker)
        and not _opens_unmarked(folded, nxt)
    ):
        return True  # a marker alone on its line (一、 / 一是 / 我国人民已经…, a Wikisource list)
    if wrap is not None:
        decided = continues_wrapped(source, folded, last, nxt, wrap, gap)
        if decided is not None:
            return decided
    # page-broken: a long text without final punctuation goes on (seed 004)
    if (
        current.length <= SHORT_LINE  # the cheapest test first
        or ends_sentence(folded[last.start : last.end])
        or _opens_unmarked(folded, nxt)
    ):
        return False
    # a heading line goes on only if its title already ended (a body follows)
    return not current.heading or current.stopped(folded)


def _classify(units: list[Unit]) -> None:
    markdown = False
    for k, unit in enumerate(units):
        f = unit.folded
        # a line that opens with a marker opens with no #
        md = (
            None
            if (unit.marker is not None and unit._joined is None) or not f.startswith("#")
            else _grammar.MD_HEADING.match(f, 0, None, _grammar.HOLD_GIL)
        )
        at = md.end() if md else 0
        markdown = markdown or md is not None
        # a one-line unit knows the marker its line opens with
        marker = unit.marker if md is None and unit._joined is None else match_marker(f, at, len(f))
        marker = marker or _enum_title(units, k, at, md is not None)
        if marker is not None:
            unit.marker = marker
            if marker.family is not DASH:
                unit.kind = HEADING
                unit.title = _split_title(f, marker.end)
            continue
        # (each pattern opens with a fixed character: a regex call only where it stands)
        if f.startswith("【", at) and _grammar.BRACKET_TITLE.fullmatch(f, at, None, _grammar.HOLD_GIL):
            unit.kind = BRACKET
            unit.title = (at + 1, len(f) - 1, len(f))
        elif (
            f.startswith("附件", at)
            and _grammar.ATTACHMENT.fullmatch(f, at, None, _grammar.HOLD_GIL)
            and len(f) - at <= 40
        ):
            unit.kind = ATTACHMENT
        elif md is not None and at < len(f):
            unit.kind = SUBHEADING
            unit.title = (at, len(f), len(f))
    if markdown:
        return  # Markdown marks its headings: no short line is guessed to be one
    for k, unit in enumerate(units):
        if unit.kind is TEXT and _is_subheading(units, k):
            unit.kind = SUBHEADING
            unit.title = (0, len(unit.text), len(unit.text))


#: An ordinal opener's title line (第一,…) is at most this long.
ENUM_TITLE_MAX = 80


def _enum_title(units: list[Unit], k: int, at: int, markdown: bool) -> MarkerMatch | None:
    """第一,重大的比例关系正在朝着协调的方向发展 on its own line, without a
    stop, above paragraphs (or after a Markdown ``#``): the ordinal opener
    numbers a title (a 1980s report's parts), not a measure's lead."""
    f = units[k].folded
    m = enum_start(f, at)
    if m is None:
        return None
    if not markdown and (
        len(f) > ENUM_TITLE_MAX
        or _grammar.SENTENCE_END.search(f, 0, None, _grammar.HOLD_GIL)
        or f.rstrip()[-1] in _grammar.FINAL_PUNCT + ",、"
        or k + 1 >= len(units)
        or _grammar.MD_HEADING.match(units[k + 1].folded, 0, None, _grammar.HOLD_GIL)
        or match_marker(units[k + 1].folded, 0, len(units[k + 1].folded)) is not None
    ):
        return None
    family = MarkerFamily.ENUM_SHI if m.group("shi") else MarkerFamily.ENUM_DI
    end = m.end() if m.group("shi") else m.end() + 1  # 第一 and its comma
    return MarkerMatch(family, hanzi_to_int(m.group("shi") or m.group("di")), at, end)


def _split_title(folded: str, after_marker: int) -> tuple[int, int, int]:
    """The title runs to the first 。！？； ; the rest is body."""
    start = after_marker
    while start < len(folded) and folded[start] == " ":
        start += 1
    # (a marker alone on its line has nothing to search: heading-dense text)
    m = _grammar.SENTENCE_END.search(folded, start, None, _grammar.HOLD_GIL) if start < len(folded) else None
    if m is None:
        return start, len(folded.rstrip()), len(folded)
    body = m.end()
    while body < len(folded) and folded[body] == " ":
        body += 1
    return start, m.start(), body


def _is_subheading(units: list[Unit], k: int) -> bool:
    """A short line with no final punctuation between paragraphs (seed 004)."""
    unit = units[k]
    f = unit.folded
    # a table row (| 全市常住人口 | 866.60 |, as PDF and Word tables are read) is data
    if len(unit.pieces) > 1 or len(f) > SHORT_LINE or ends_sentence(f) or f[-1] in ",、|":
        return False
    if _grammar.HAN.search(f, 0, None, _grammar.HOLD_GIL) is None:
        return False  # a page number (2), a sign (©): no title without a word
    if k > 0 and units[k - 1].kind is ATTACHMENT:
        return False
    if k + 1 >= len(units):
        return False
    nxt = units[k + 1]
    return (
        nxt.kind is TEXT
        and nxt.marker is None
        and (len(nxt.folded) > SHORT_LINE or ends_sentence(nxt.folded))
    )
