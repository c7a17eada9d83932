"""Document facts: read from the header lines, the contact block
and the closing author credit.  Lines used here are *claimed* and kept out
of the outline; every field records the span it was read from.
"""

from __future__ import annotations

import datetime as _dt
import itertools
from collections.abc import Iterable, Sequence
from typing import NamedTuple

import regex

from govreport import _grammar
from govreport._headings import match_marker
from govreport._layout import SHORT_LINE, Wrap, continues_wrapped, ends_sentence
from govreport._numerals import hanzi_to_int
from govreport._tables.metadata import CONTACT_LABELS, SUMMARY_LABELS, UNKNOWN_VALUES
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

#: The header is read from at most this many entries (non-blank lines, chrome left out).
HEADER_LINES = 24
#: A title is at most this long; longer first lines are body text.
TITLE_MAX = 80
#: A header field (a 标题: value, a ——在…上的报告 subtitle) is at most this
#: long: a longer one is not a header, and the kind patterns scan it.
FIELD_MAX = 2 * TITLE_MAX
#: Body lines searched for the year reported on (2021年, … / 2017年工作回顾):
#: the first lines of this many paragraphs, among at most YEAR_SCAN lines.
YEAR_LINES = 3
YEAR_SCAN = 200
#: A part title naming the year planned for (二、2024年政府工作安排) is at most this long.
PLAN_TITLE_MAX = 30
#: Body lines searched for the speech's words that tell its kind (我代表…向大会报告工作).
SPEECH_LINES = 12

#: Claims: line index → end of what is left of the line for the body.
Claims = dict[int, int]


def _date(m: regex.Match[str]) -> _dt.date | None:
    """The date a match of ISO_DATE, CN_DATE or HANZI_DATE groups states."""
    try:
        if m.groupdict().get("hy"):
            year = int("".join(str(hanzi_to_int(c)) for c in m.group("hy")))
            return _dt.date(year, hanzi_to_int(m.group("hm")) or 0, hanzi_to_int(m.group("hd")) or 0)
        return _dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except (ValueError, TypeError):
        return None


class _Entry(NamedTuple):
    """A header line, or a line hard-wrapped PDF text continued onto the next
    ones: the indices of its lines, its extent and its joined text."""

    lines: tuple[int, ...]
    span: Span
    text: str
    folded: str


class _Reader:
    """Collects fields, their spans and the claimed lines."""

    def __init__(self, source: str, folded: str, lines: Sequence[Line], order: list[int], wrap: Wrap | None):
        self.source = source
        self.folded = folded
        self.lines = lines
        self.order = order
        self.order_set = frozenset(order)
        self.wrap = wrap
        self.values: dict[str, object] = {}
        self.spans: list[FieldSpan] = []
        self.claims: Claims = {}
        self.reporter = False  # a 记者 byline: the document is news
        self.chrome: set[int] = set()  # header lines that are a curator's, not the document's
        self.page_dated = False  # ``date`` is a web page's date, the only one stated
        # a curator's 标题: the title until the page shows its own headline
        # (then kept for the kind and year the headline does not state)
        self.curated: tuple[str, Span] | None = None
        self.posted = False  # the page's date stamps its own headline: a publication date
        self.paged = False  # a curator's 正文: passed, the page itself follows

    def entry(self, k: int) -> _Entry:
        """The entry starting at ``order[k]``: in wrapped text a full line goes on."""
        taken = [self.order[k]]
        while self.wrap is not None and k + len(taken) < len(self.order):
            here, nxt = taken[-1], self.order[k + len(taken)]
            if nxt != here + 1:  # a blank line between: header lines are apart
                break
            if not continues_wrapped(
                self.source, self.folded, self.lines[here], self.lines[nxt], self.wrap, False
            ):
                break
            taken.append(nxt)
        first, last = self.lines[taken[0]], self.lines[taken[-1]]
        return _Entry(
            lines=tuple(taken),
            span=Span(start=first.start, end=last.end, line=first.number),
            text="".join(self.source[self.lines[i].start : self.lines[i].end] for i in taken),
            folded="".join(self.folded[self.lines[i].start : self.lines[i].end] for i in taken),
        )

    def put(self, field: str, value: object, span: Span) -> bool:
        """Record a field unless it is empty or already known; True if recorded."""
        if value is None or field in self.values:
            return False
        self.values[field] = value
        self.spans.append(FieldSpan(field=field, span=span))
        return True

    def span_of(self, field: str) -> Span | None:
        """The span a recorded field was read from."""
        return next((fs.span for fs in self.spans if fs.field == field), None)

    def claim(self, e: _Entry) -> None:
        for i in e.lines:
            self.claims[i] = self.lines[i].start

    def claim_if(self, e: _Entry, took: bool) -> bool:
        """Claim an entry if it gave a field; a line that only repeats known
        facts stays in the body."""
        if took:
            self.claim(e)
        return took

    # -- one reader per kind of header line; each returns True if it took the entry

    def labelled(self, e: _Entry, following: _Entry | None = None) -> bool:
        """时间:2017-08-09 来源: 普陀区地方志办公室 (seeds 000–002); curator
        headers (标题:… 发文时间:…); 来源: with its value on the next line."""
        f = e.folded
        found = list(_grammar.LABELLED_FIELD.finditer(f, 0, None, False, _grammar.HOLD_GIL))
        if not found or found[0].start() != 0:
            return False
        took = curator = False
        for k, m in enumerate(found):
            stop = found[k + 1].start() if k + 1 < len(found) else len(f)
            # the value ends at 【 or a run of spaces (in folded text: ???? and
            # tabs between a county site's 来源:政府官网????\t阅读: are spaces)
            cut = _grammar.VALUE_END.search(f, m.end(), stop, _grammar.HOLD_GIL)
            value = e.text[m.end() : cut.start() if cut else stop].strip()
            label = m.group("label")
            if value in UNKNOWN_VALUES:  # 发文时间:未知: the curator does not know
                took = curator = True
                continue
            if label.endswith("来源"):
                span = e.span
                if not value and following is not None and len(following.folded) <= SHORT_LINE:
                    # 来源: / 四川日报 on two lines
                    value = following.text.strip()
                    span = Span(start=e.span.start, end=following.span.end, line=e.span.line)
                    self.claim(following)
                took |= self.put("source", value or None, span)
            elif label == "标题":
                # 标题:保定市政府工作报告——2014年2月10日在…会议上: the title without its subtitle
                dash = value.find("——")
                if dash > 0 and _grammar.MEETING_LINE.fullmatch(
                    fold(value[dash:]), 0, None, _grammar.HOLD_GIL
                ):
                    value = value[:dash].strip()
                took |= self.put("title", value if 0 < len(value) <= FIELD_MAX else None, e.span)
                if took and "title" in self.values:
                    self.curated = (value, e.span)
            elif label == "报告人":  # a curator's 报告人:保定市市长 马誉峰
                # weaker than the document's own speaker line: see _resolve_dates
                took |= self.put("curator_speaker", _speaker(value), e.span)
            elif label.endswith("时间") or label == "日期":
                d = _grammar.ANY_DATE.search(f, m.end(), stop, _grammar.HOLD_GIL)
                took |= self.put("page_date", _date(d) if d else None, e.span)
                # the stamp of the page under a curator's 正文: when it was posted
                self.posted = self.posted or (took and self.paged)
            else:  # 来源URL, 发文单位, 正文: curator's labels, not the document
                took = curator = True
                self.paged = self.paged or label == "正文"
        if curator and not any(fs.span == e.span for fs in self.spans):
            self.chrome.update(e.lines)  # a curator's line that gave no field: chrome
        return self.claim_if(e, took)

    def bare_date(self, e: _Entry, *, spoken: bool = False) -> bool:
        """A page's date stamp on its own line (2026年02月10日 07时41分), or a
        speech date in brackets under the title ((2017年10月18日)); with
        ``spoken`` (under the document's own title, above its salutation) a
        date written out with no clock time is the speech's (清苑 2005:
        政府工作报告 / 2005年2月26日 / 各位代表:)."""
        m = _grammar.PAGE_DATE.fullmatch(e.folded, 0, None, _grammar.HOLD_GIL)
        if m is not None:
            field = (
                "date"
                if spoken and _grammar.SPEECH_DATE.fullmatch(e.folded, 0, None, _grammar.HOLD_GIL)
                else "page_date"
            )
            return self.claim_if(e, self.put(field, _date(m), e.span))
        m = _grammar.PAREN_DATE.fullmatch(e.folded, 0, None, _grammar.HOLD_GIL)
        return m is not None and self.claim_if(e, self.put("date", _date(m), e.span))

    def meeting(self, e: _Entry, following: _Entry | None = None) -> bool:
        """——2018年1月16日在静安区第一届人民代表大会第五次会议上 (seed 003),
        ——在中国共产党第十九次全国代表大会上的报告 (a subtitle), and a
        meeting line a web page broke in two (——2024年1月17日在高唐县第十八届 /
        人民代表大会第三次会议上)."""
        if len(e.folded) > FIELD_MAX:
            return False
        joined = _two_line_meeting(e, following)
        if joined is not None:
            self.claim(e)
            self.claim(following)  # type: ignore[arg-type]
            return self.meeting(joined)
        # ——在…上的报告 is a subtitle before it is an undated meeting line
        m = _grammar.MEETING_SUBTITLE.fullmatch(e.folded, 0, None, _grammar.HOLD_GIL)
        if m is None:
            m = _grammar.MEETING_LINE.fullmatch(e.folded, 0, None, _grammar.HOLD_GIL)
            if m is None:
                return False
            took = self.put("date", _date(m), e.span)
        else:
            took = self.put("subtitle", e.text.strip(), e.span)
        took |= self.put("meeting", e.text[m.start("meeting") : m.end("meeting")].strip(), e.span)
        return self.claim_if(e, took)

    def speaker(self, e: _Entry, following: _Entry | None = None, *, name_alone: bool = False) -> bool:
        """静安区区长 陆晓栋 (seed 003), 上海市市长 龚 正, 国务院总理 / 李克强 on
        two lines, and with ``name_alone`` a name by itself (习 近 平)."""
        m = _grammar.SPEAKER_LINE.fullmatch(
            e.folded, 0, None, _grammar.HOLD_GIL
        ) or _grammar.SPEAKER_GLUED.fullmatch(e.folded, 0, None, _grammar.HOLD_GIL)
        if m is not None:
            speaker = Speaker(post=m.group("post"), name=_squeeze(m.group("name")))
            return self.claim_if(e, self.put("speaker", speaker, e.span))
        post = _grammar.POST_LINE.fullmatch(e.folded, 0, None, _grammar.HOLD_GIL)
        if post is not None and following is not None:
            name = _grammar.NAME_LINE.fullmatch(following.folded, 0, None, _grammar.HOLD_GIL)
            span = Span(start=e.span.start, end=following.span.end, line=e.span.line)
            if name is not None and self.put(
                "speaker", Speaker(post=post.group("post"), name=_squeeze(name.group("name"))), span
            ):
                self.claim(e)
                self.claim(following)
                return True
        if name_alone:
            name = _grammar.NAME_LINE.fullmatch(e.folded, 0, None, _grammar.HOLD_GIL)
            if name is not None:
                speaker = Speaker(post=None, name=_squeeze(name.group("name")))
                return self.claim_if(e, self.put("speaker", speaker, e.span))
        return False

    def authors(self, e: _Entry) -> bool:
        """■记者 郑潇萌 杨晓梅 朱良城 (seed 004)."""
        m = _grammar.AUTHOR_LINE.fullmatch(e.folded, 0, None, _grammar.HOLD_GIL)
        names = tuple(_grammar.NAME.findall(m.group("names"), 0, None, False, _grammar.HOLD_GIL)) if m else ()
        if not names:
            return False
        self.reporter = self.reporter or "记者" in e.folded
        return self.claim_if(e, self.put("authors", names, e.span))

    def title(self, e: _Entry, following: _Entry | None = None, after: _Entry | None = None) -> bool:
        """The first line: 【概况】 (seed 001), or a short line with no final stop,
        without the date some sites append (seed 002: 通报 (2024-07-26)); a
        title on two lines when a subtitle or date line follows the second
        (决胜全面建成小康社会 / 夺取新时代…伟大胜利 / ——在…上的报告)."""
        bracket = _grammar.BRACKET_TITLE.fullmatch(e.folded, 0, None, _grammar.HOLD_GIL)
        if bracket is not None:
            return self.claim_if(e, self.put("title", e.text[1:-1].strip(), e.span))
        if not _title_like(e, TITLE_MAX):
            return False
        md = _grammar.MD_HEADING.match(
            e.folded, 0, None, _grammar.HOLD_GIL
        )  # a Markdown rendering: # 政府工作报告
        start = md.end() if md else 0
        dated = _grammar.TITLE_DATE.search(e.folded, start, None, _grammar.HOLD_GIL)
        if dated is not None:
            self.put("date", _date(dated), e.span)
        tag = _grammar.COLUMN_TAG.match(e.folded, start, None, _grammar.HOLD_GIL)
        if tag is not None:
            start = tag.end()  # 【聚焦两会】: the site's column, not the headline
        title = e.text[start : dated.start() if dated else len(e.text)].strip()
        span = e.span
        if (
            following is not None
            and after is not None
            and _title_like(following, TITLE_MAX)
            and not _is_meta(following)
            and not following.folded.startswith(("——", "--", "―"))
            and (
                after.folded.startswith(("——", "―"))
                or _grammar.PAREN_DATE.fullmatch(after.folded, 0, None, _grammar.HOLD_GIL) is not None
                or _grammar.MEETING_LINE.fullmatch(after.folded, 0, None, _grammar.HOLD_GIL) is not None
            )
        ):
            title += following.text.strip()
            span = Span(start=e.span.start, end=following.span.end, line=e.span.line)
            self.claim(following)
        # 政 府 工 作 报 告; 政??府??工??作??报??告 (a county site's stand-ins
        # for its spaces, read as spaces in the folded text)
        spaced = e.folded[start : dated.start() if dated else len(e.folded)].strip()
        if _grammar.SPACED_TITLE.fullmatch(spaced, 0, None, _grammar.HOLD_GIL) and span == e.span:
            title = _squeeze(spaced)
        elif _grammar.SPACED_TITLE.fullmatch(title, 0, None, _grammar.HOLD_GIL):
            title = _squeeze(title)
        return self.claim_if(e, self.put("title", title, span))


def _own_title(head: Sequence[_Entry]) -> int:
    """Where the document's own title stands in the header, if a page's lines
    stand above it: the title-like line right above its meeting or date line
    (政 府 工 作 报 告 / ——2020年1月9日在…会议上), after a line that is no
    header fact; else 0."""
    for j in range(1, len(head) - 1):
        e, nxt = head[j], head[j + 1].folded
        if (
            (
                _grammar.MEETING_LINE.fullmatch(nxt, 0, None, _grammar.HOLD_GIL)
                or _grammar.MEETING_SUBTITLE.fullmatch(nxt, 0, None, _grammar.HOLD_GIL)
                or _two_line_meeting(head[j + 1], head[j + 2] if j + 2 < len(head) else None)
            )
            and _title_like(e, SHORT_LINE)
            and not _is_meta(e)
            and "报告" in _squeeze(e.folded)
        ):
            # a page stands above: a page stamp or label, or a line no title
            # (a two-line title 决胜全面建成小康社会 / 为夺取… has none)
            page = any(_is_meta(x) or not _title_like(x, TITLE_MAX) for x in head[:j])
            return j if page else 0
    return 0


def _headline(e: _Entry, following: _Entry | None) -> bool:
    """Whether ``e`` is a web page's headline: a title over the page's
    date stamp (发布时间:2023-01-12)."""
    if following is None or not _title_like(e, TITLE_MAX) or _is_meta(e):
        return False
    m = _grammar.LABELLED_FIELD.match(following.folded, 0, None, _grammar.HOLD_GIL)
    return m is not None and m.group("label").endswith(("时间", "日期"))


def _crumb_repeated(r: _Reader, e: _Entry, following: _Entry) -> bool:
    """Whether a header line under page chrome is shown twice: the
    breadcrumb's last crumb, then the column's name (您的位置: / 首页 / > /
    云南要闻 / 云南要闻 / 2026年政府工作报告)."""
    if following.folded != e.folded or len(e.folded) > SHORT_LINE:
        return False
    i = e.lines[0] - 1
    while i >= 0 and r.lines[i].blank:
        i -= 1
    return i >= 0 and i not in r.order_set  # chrome above, not a line of the header


def _category_above(e: _Entry, following: _Entry | None) -> bool:
    """Whether a short first line is a site's category that the headline
    under it ends with (工作报告 / 保定市满城区2021年政府工作报告): the
    headline is the title."""
    if following is None or _is_meta(following) or not _title_like(following, TITLE_MAX):
        return False
    category, headline = _squeeze(e.folded), _squeeze(following.folded)
    return 0 < len(category) < len(headline) and headline.endswith(category) and not _is_meta(e)


def _two_line_meeting(e: _Entry, following: _Entry | None) -> _Entry | None:
    """A dated meeting line broken in two (——2024年1月17日在高唐县第十八届 /
    人民代表大会第三次会议上) as one entry, if ``e`` and ``following`` are that."""
    if (
        following is None
        or not e.folded.startswith(("——", "--", "―", "—"))
        or _grammar.MEETING_LINE.fullmatch(e.folded, 0, None, _grammar.HOLD_GIL) is not None
        or len(e.folded) + len(following.folded) > FIELD_MAX
    ):
        return None
    folded = e.folded + following.folded
    if _grammar.MEETING_LINE.fullmatch(folded, 0, None, _grammar.HOLD_GIL) is None:
        return None
    span = Span(start=e.span.start, end=following.span.end, line=e.span.line)
    return _Entry(lines=e.lines + following.lines, span=span, text=e.text + following.text, folded=folded)


def _is_meta(e: _Entry) -> bool:
    """Whether an entry would be read by one of the readers above."""
    f = e.folded
    return bool(
        _grammar.LABELLED_FIELD.match(f, 0, None, _grammar.HOLD_GIL)
        or _grammar.PAGE_DATE.fullmatch(f, 0, None, _grammar.HOLD_GIL)
        or _grammar.PAREN_DATE.fullmatch(f, 0, None, _grammar.HOLD_GIL)
        or _grammar.MEETING_LINE.fullmatch(f, 0, None, _grammar.HOLD_GIL)
        or _grammar.MEETING_SUBTITLE.fullmatch(f, 0, None, _grammar.HOLD_GIL)
        or _grammar.SPEAKER_LINE.fullmatch(f, 0, None, _grammar.HOLD_GIL)
        or _grammar.SPEAKER_GLUED.fullmatch(f, 0, None, _grammar.HOLD_GIL)
        or _grammar.AUTHOR_LINE.fullmatch(f, 0, None, _grammar.HOLD_GIL)
    )


def _speaker(value: str) -> Speaker | None:
    """The speaker a curator's 报告人: field names: a post and a name
    (保定市市长 马誉峰), or a name alone."""
    f = fold(value)
    m = _grammar.SPEAKER_LINE.fullmatch(f, 0, None, _grammar.HOLD_GIL)
    if m is not None:
        return Speaker(
            post=value[m.start("post") : m.end("post")], name=_squeeze(value[m.start("name") : m.end("name")])
        )
    m = _grammar.NAME_LINE.fullmatch(f, 0, None, _grammar.HOLD_GIL)
    return Speaker(post=None, name=_squeeze(value)) if m is not None else None


def _squeeze(s: str) -> str:
    """A value without the spaces scrapers put inside names and titles."""
    return "".join(s.split())


def _title_like(e: _Entry, limit: int) -> bool:
    f = e.folded
    md = _grammar.MD_HEADING.match(
        f, 0, None, _grammar.HOLD_GIL
    )  # ## 一、… of a Markdown rendering is a heading too
    at = md.end() if md else 0
    return (
        len(f) <= limit
        and not ends_sentence(f)
        and match_marker(f, at, len(f)) is None
        and not _grammar.ATTACHMENT.fullmatch(f, at, None, _grammar.HOLD_GIL)
    )


def read_metadata(
    source: str, folded: str, lines: Sequence[Line], skip: set[int], wrap: Wrap | None = None
) -> tuple[Metadata, Claims, set[int]]:
    """Read the document facts; return them with the lines they claimed.

    ``wrap`` tells how PDF text was hard-wrapped, if it was: a header or
    contact line that fills the width goes on to the next line.
    """
    order = [i for i, ln in enumerate(lines) if not ln.blank and i not in skip]
    r = _Reader(source, folded, lines, order, wrap)
    captions = _read_header(r)
    r.chrome |= captions
    _resolve_dates(r)
    _read_sentences(r)
    _read_contacts(r)
    _read_trailing_author(r, order)
    _glued_salutation(r)
    _derive(r, order)
    v = r.values
    meta = Metadata(
        title=_str(v.get("title")),
        subtitle=_str(v.get("subtitle")),
        date=v.get("date"),  # type: ignore[arg-type]
        publication_date=v.get("publication_date"),  # type: ignore[arg-type]
        source=_str(v.get("source")),
        meeting=_str(v.get("meeting")),
        speaker=v.get("speaker"),  # type: ignore[arg-type]
        authors=v.get("authors"),  # type: ignore[arg-type]
        salutation=_str(v.get("salutation")),
        region=_str(v.get("region")),
        kind=v.get("kind"),  # type: ignore[arg-type]
        year=v.get("year"),  # type: ignore[arg-type]
        review_year=v.get("review_year"),  # type: ignore[arg-type]
        contacts=v.get("contacts"),  # type: ignore[arg-type]
        spans=tuple(sorted(r.spans, key=lambda fs: (fs.span.start, fs.field))),
    )
    return meta, r.claims, r.chrome


def _glued_salutation(r: _Reader) -> None:
    """A salutation run on into the speech's first sentence (各位代表：现在，我
    代表县人民政府，向大会作工作报告…, a county row): the salutation, with the
    line left whole in the body."""
    if "salutation" in r.values:
        return
    first = next((i for i in r.order if i not in r.claims and i not in r.chrome), None)
    if first is None:
        return
    ln = r.lines[first]
    m = _grammar.SALUTATION_OPENING.match(r.folded, ln.start, ln.end, _grammar.HOLD_GIL)
    if (
        m is not None
        and m.end() < ln.end
        and _grammar.SPEAKS_FOR.search(r.folded, m.end(), ln.end, _grammar.HOLD_GIL)
    ):
        value = r.source[ln.start : m.end()].strip().rstrip(":：!！").strip()
        r.put("salutation", value, Span(start=ln.start, end=m.end(), line=ln.number))


def _resolve_dates(r: _Reader) -> None:
    """A page date is the publication date when the speech date is stated,
    else the only date there is; a curator's 报告人: is the speaker when the
    document names none."""
    curator = r.values.pop("curator_speaker", None)
    if curator is not None:
        (fs,) = [fs for fs in r.spans if fs.field == "curator_speaker"]
        r.spans.remove(fs)
        if not r.put("speaker", curator, fs.span):  # the document's own speaker line first
            _unused(r, fs.span)
    page = r.values.pop("page_date", None)
    if page is None:
        return
    (fs,) = [fs for fs in r.spans if fs.field == "page_date"]
    r.spans.remove(fs)
    r.page_dated = "date" not in r.values and not r.posted
    if page == r.values.get("date"):
        _unused(r, fs.span)  # a curator's 发文时间 that is the speech's own day: no other date
        return
    r.put("publication_date" if "date" in r.values or r.posted else "date", page, fs.span)


class _Stated(NamedTuple):
    """A fact a sentence of the body states, with the line it stands on."""

    field: str
    value: object
    span: Span


#: Body lines searched for a sentence that states the report's facts (a
#: write-up's third paragraph: 1月30日,市长闫继红在…会议上作政府工作报告时说).
SENTENCE_LINES = 30


def _read_sentences(r: _Reader) -> None:
    """Facts only a sentence states, where no header line gave them: the
    speaker, meeting and day of a news write-up, a digest or a photo caption
    (:func:`_report_sentence`), and the source and day of a dateline
    (新华社北京3月5日电).  A day takes its year from the header's dates and
    title when they agree; else the day stays unknown.  A header field is
    never overridden: :func:`_choose` keeps what is known."""
    # captions are chrome of the outline, not of the facts: they are read too
    body = itertools.islice((i for i in r.order if i not in r.claims), SENTENCE_LINES)
    stated: list[_Stated] = []
    for i in _unsummarised(r, body):
        ln = r.lines[i]
        text = r.folded[ln.start : ln.end]
        span = Span(start=ln.start, end=ln.end, line=ln.number)
        if "工作报告" in text:
            stated += _report_sentence(text, span)
        if "日电" in text:
            m = _grammar.DATELINE.search(text, 0, None, _grammar.HOLD_GIL)
            if m is not None:
                stated.append(
                    _Stated(
                        "source", r.source[ln.start + m.start("source") : ln.start + m.end("source")], span
                    )
                )
                stated.append(_Stated("day", (int(m.group("m")), int(m.group("d"))), span))
        if "报讯" in text:  # 保定日报讯 1月30日,闫继红说…
            m = _grammar.PAPER_DATELINE.match(text, 0, None, _grammar.HOLD_GIL)
            if m is not None:
                stated.append(
                    _Stated(
                        "source", r.source[ln.start + m.start("source") : ln.start + m.end("source")], span
                    )
                )
    if not stated:
        return
    year = _stated_year(r)
    known = set(r.values) - ({"date"} if r.page_dated else set())
    for fact in _choose(stated, known):
        if fact.field != "day":
            r.put(fact.field, fact.value, fact.span)
            continue
        if r.page_dated:  # the page's date is when it was posted, not the day of the speech
            fs = next(fs for fs in r.spans if fs.field == "date")
            r.spans.remove(fs)
            r.put("publication_date", r.values.pop("date"), fs.span)
            r.page_dated = False
        month, day = fact.value if isinstance(fact.value, tuple) else (0, 0)
        try:
            date = _dt.date(year, int(month), int(day)) if year is not None else None
        except ValueError:
            date = None
        r.put("date", date, fact.span)


def _unsummarised(r: _Reader, body: Iterable[int]) -> list[int]:
    """Body lines without a page's summary: the line under 内容摘要: repeats
    the body's first lines, and the body's own lines are what the facts are
    read from."""
    kept: list[int] = []
    summary = False
    for i in body:
        if not summary:
            kept.append(i)
        ln = r.lines[i]
        summary = r.folded[ln.start : ln.end].strip() in SUMMARY_LABELS
    return kept


def _report_sentence(text: str, span: Span) -> list[_Stated]:
    """The facts of a sentence that reports the speech: 1月26日,省长王正谱在省十四届人大
    四次会议上作政府工作报告 gives the day, the post and name, the meeting as written."""
    m = _grammar.REPORT_SENTENCE.search(text, 0, None, _grammar.HOLD_GIL)
    if m is None:
        return []
    facts = [_Stated("speaker", Speaker(post=m.group("post"), name=m.group("name")), span)]
    meeting = m.group("meeting") or m.group("meeting2")
    if meeting:
        facts.append(_Stated("meeting", meeting.strip(), span))
    if m.group("m"):
        facts.append(_Stated("day", (int(m.group("m")), int(m.group("d"))), span))
    return facts


def _choose(stated: Sequence[_Stated], known: set[str]) -> list[_Stated]:
    """Of the facts sentences state, the first for each field no header line
    gave (``known``); a day counts as known when the speech's date is.

    >>> s = Span(start=0, end=1, line=1)
    >>> [f.field for f in _choose([_Stated("meeting", "a", s), _Stated("meeting", "b", s), _Stated("day", (1, 2), s)], {"date"})]
    ['meeting']
    """
    chosen: dict[str, _Stated] = {}
    for fact in stated:
        field = "date" if fact.field == "day" else fact.field
        if field not in known and field not in chosen:
            chosen[field] = fact
    return list(chosen.values())


def _stated_year(r: _Reader) -> int | None:
    """The year a day stated in a sentence falls in: the one year the header's
    dates and title name, if they agree (a page posted in 2023 titled 2021年
    政府工作报告 leaves it unknown)."""
    years = {
        d.year for d in (r.values.get("date"), r.values.get("publication_date")) if isinstance(d, _dt.date)
    }
    title = r.values.get("title")
    m = (
        _grammar.TITLE_YEAR.search(fold(title), 0, None, _grammar.HOLD_GIL)
        if isinstance(title, str)
        else None
    )
    if m is not None:
        years.add(int(m.group("y")))
    return years.pop() if len(years) == 1 else None


def _unused(r: _Reader, span: Span) -> None:
    """A claimed header line whose field another line gave: when it gave
    nothing else, it is a curator's chrome."""
    if any(fs.span == span for fs in r.spans):
        return
    r.chrome.update(i for i in r.claims if span.start <= r.lines[i].start < span.end)


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _read_header(r: _Reader) -> set[int]:
    """Title, subtitle, dates, source, meeting, speaker, byline and salutation,
    from the first lines.  Return the lines of the header that are none of
    these (photo captions between the title and the salutation).

    When a salutation (各位代表:) opens the body within the first
    ``HEADER_LINES`` entries, everything above it is header; otherwise the
    header ends at the first line that is none of the above.
    """
    entries: list[_Entry] = []
    k = 0
    while k < len(r.order) and len(entries) < HEADER_LINES:
        e = r.entry(k)
        entries.append(e)
        k += len(e.lines)
    salute = next(
        (
            j
            for j, e in enumerate(entries)
            if _grammar.SALUTATION.fullmatch(e.folded, 0, None, _grammar.HOLD_GIL)
        ),
        None,
    )
    head = entries if salute is None else entries[:salute]
    captions: set[int] = set()
    titled = False
    j = 0
    own = _own_title(head)
    if own:
        # a page above the document's own title (category 工作报告, file label
        # 2020年安国市政府工作报告, page stamps, a glued digest): its dates and
        # source are read, nothing of it is the title
        for e in head[:own]:
            if any(i in r.claims for i in e.lines):
                continue
            if not (r.labelled(e) or r.bare_date(e) or r.authors(e)):
                captions.update(e.lines)
        j = own
    while j < len(head):
        e = head[j]
        following = head[j + 1] if j + 1 < len(head) else None
        j += 1
        if any(i in r.claims for i in e.lines):  # taken as the line after 来源: or a post
            continue
        if (
            r.labelled(e, following)
            or r.bare_date(e, spoken=titled and salute is not None)
            or r.meeting(e, following)
            or r.speaker(e, following, name_alone=titled and salute is not None)
            or r.authors(e)
        ):
            continue
        if not titled:
            if "工作报告" in e.folded and _grammar.REPORT_SENTENCE.search(
                e.folded, 0, None, _grammar.HOLD_GIL
            ):
                # a photo caption (国务院总理李克强作政府工作报告) is never the
                # title; _read_sentences reads its facts
                captions.update(e.lines)
                continue
            if _category_above(e, following):
                captions.update(e.lines)  # the site's category 工作报告 above the headline
                continue
            if following is not None and _crumb_repeated(r, e, following):
                captions.update(e.lines + following.lines)
                j += 1
                continue
            if r.curated is not None and _headline(e, following):
                # 正文: / 2020年县政府工作总体要求和主要预期目标 / 发布时间:2020/1/8:
                # the page's own headline, with its stamp, beats the
                # curator's label of the file (高阳县2020年政府工作报告)
                r.values.pop("title")
                r.spans[:] = [fs for fs in r.spans if fs.field != "title"]
                r.posted = True
            if not r.title(e, following, head[j + 1] if j + 1 < len(head) else None):
                if salute is None:
                    return captions  # the first line is body text: no title
                captions.update(e.lines)
                continue
            titled = True
            if following is not None and all(i in r.claims for i in following.lines):
                j += 1  # a two-line title took the next line too
                continue
            # seed 004: a second short line right under the title, before the byline
            if following is not None and j + 1 <= len(head):
                after = (
                    head[j + 1] if j + 1 < len(head) else (entries[j + 1] if j + 1 < len(entries) else None)
                )
                if (
                    _title_like(following, SHORT_LINE + 15)
                    and not _is_meta(following)
                    and after is not None
                    and _is_meta(after)
                ):
                    r.claim_if(following, r.put("subtitle", following.text.strip(), following.span))
                    j += 1
            continue
        if salute is None:
            return captions
        captions.update(e.lines)
    if salute is not None:
        e = entries[salute]
        r.claim_if(e, r.put("salutation", e.text.strip().rstrip(":：!！").strip(), e.span))
    return captions


def _read_contacts(r: _Reader) -> None:
    contacts: list[Contact] = []
    folded, lines = r.folded, r.lines
    for k, i in enumerate(r.order):
        ln = lines[i]
        # a contact line has its label's colon: most lines are passed over by
        # str.find, without a regex call
        if (
            i in r.claims
            or folded.find(":", ln.start, ln.end) < 0
            or _grammar.CONTACT.fullmatch(folded, ln.start, ln.end, _grammar.HOLD_GIL) is None
        ):
            continue
        e = r.entry(k)  # a long address wrapped in PDF text goes on
        m = _grammar.CONTACT.fullmatch(e.folded, 0, None, _grammar.HOLD_GIL)
        if m is None:
            continue
        kind = ContactKind(CONTACT_LABELS[m.group("label")])
        contacts.append(Contact(kind=kind, value=e.text[m.start("value") :].strip(), span=e.span))
        r.claim(e)
    if contacts:
        r.put("contacts", tuple(contacts), contacts[0].span)


def _read_trailing_author(r: _Reader, order: list[int]) -> None:
    """seed 001 closes its last paragraph with (陆伟杰): a credit, not text."""
    rest = [i for i in order if i not in r.claims]
    if not rest:
        return
    i = rest[-1]
    ln = r.lines[i]
    m = _grammar.TRAILING_AUTHOR.search(r.folded, ln.start, ln.end, _grammar.HOLD_GIL)
    if m is None:
        return
    names = tuple(_grammar.NAME.findall(m.group("names"), 0, None, False, _grammar.HOLD_GIL))
    span = Span(start=m.start(), end=ln.end, line=ln.number)
    if "authors" in r.values:
        return
    r.put("authors", names, span)
    r.claims[i] = ln.start + len(r.source[ln.start : m.start()].rstrip())


def _derive(r: _Reader, order: list[int]) -> None:
    """Region, kind, the year delivered and the year under review: read from
    fields already found, or the body."""
    v = r.values
    # matched on folded text (full-width digits in 2015年); values sliced from the original
    title = fold(_str(v.get("title")) or "")
    subtitle = fold(_str(v.get("subtitle")) or "")
    # (the curator's label of the file last: 高阳县2023年政府工作报告 over a
    # news headline that names no county)
    curated = r.curated if r.curated is not None and r.curated[0] != v.get("title") else None
    candidates = [(_str(v.get(f)), r.span_of(f)) for f in ("title", "meeting", "source")]
    for text, span in [*candidates, curated or (None, None)]:
        m = _grammar.REGION.match(fold(text), 0, None, _grammar.HOLD_GIL) if text else None
        if m is not None and text is not None and span is not None:
            # 保定市满城区 / 呼伦贝尔市海拉尔区: the district, the innermost name
            r.put("region", text[m.start("unit") : m.end("unit")], span)
            break
    title_span = r.span_of("title")
    m = _grammar.HEADLINE_MEETING.match(title, 0, None, _grammar.HOLD_GIL)
    if m is not None and title_span is not None:
        raw = _str(v.get("title")) or ""
        r.put("meeting", raw[m.start("meeting") : m.end("meeting")], title_span)
    body = list(itertools.islice((i for i in order if i not in r.claims and i not in r.chrome), YEAR_SCAN))
    if "region" not in v:
        _spoken_region(r, body[:SPEECH_LINES])
    kind = _kind(title, subtitle, fold(_str(v.get("source")) or ""), r.reporter)
    if kind is None and curated is not None:
        kind = _kind(fold(curated[0]), "", "", False)
        title_span = curated[1] if kind is not None else title_span
    # the speech's own words are the kind's first evidence (我代表…向大会报告
    # 工作), the title's the next; a byline or a news title says news
    if kind in _SPOKEN:
        _speech_kind(r, body[:SPEECH_LINES])
    if kind is not None and title_span is not None:
        r.put("kind", kind, title_span)
    _year(r, title, curated)
    _review_year(r, title, body)
    _planned_year(r, body)


def _planned_year(r: _Reader, body: list[int]) -> None:
    """A work report with no date and no year in its title: the year its
    plan names (二、2024年政府工作安排), the year after the one it reviews
    where it states that too (一、2023年工作回顾).  A report that reviews a
    year and plans the next, whose speaker speaks for the government (我代表
    区人民政府,向全区人民…), is a government work report."""
    v = r.values
    reviewed = v.get("review_year")
    if ("year" in v and "kind" in v) or v.get("kind") not in _SPOKEN:
        return
    m = None
    for i in body:
        ln = r.lines[i]
        # a part title is short (most lines are paragraphs: no search)
        if ln.end - ln.start <= PLAN_TITLE_MAX:
            m = _grammar.PLAN_YEAR.fullmatch(r.folded, ln.start, ln.end, _grammar.HOLD_GIL)
            if m is not None:
                break
    if m is None:
        return
    year = int(m.group("y"))
    if isinstance(reviewed, int) and year != reviewed + 1:
        return
    r.put("year", year, Span(start=ln.start, end=ln.end, line=ln.number))
    if "kind" in v or not isinstance(reviewed, int) or v.get("year") != year:
        return
    for i in body:
        said = r.lines[i]
        if _grammar.FOR_GOVERNMENT.search(r.folded, said.start, said.end, _grammar.HOLD_GIL):
            span = Span(start=said.start, end=said.end, line=said.number)
            r.put("kind", ReportKind.GOVERNMENT_WORK_REPORT, span)
            return


def _spoken_region(r: _Reader, body: list[int]) -> None:
    """The region a report names only where its speaker stands for it: the
    post (易县人民政府县长) or the speech (我代表清苑县人民政府向大会报告工作)."""
    speaker = r.values.get("speaker")
    post = speaker.post if isinstance(speaker, Speaker) else None
    span = r.span_of("speaker")
    m = _grammar.REGION.match(fold(post), 0, None, _grammar.HOLD_GIL) if post else None
    if post and m is not None and span is not None:
        r.put("region", post[m.start("unit") : m.end("unit")], span)
        return
    for i in body:
        ln = r.lines[i]
        said = _grammar.SPEAKS_FOR.search(r.folded, ln.start, ln.end, _grammar.HOLD_GIL)
        m = _grammar.REGION.match(r.folded, said.end(), ln.end, _grammar.HOLD_GIL) if said else None
        if m is not None:
            r.put(
                "region",
                r.source[m.start("unit") : m.end("unit")],
                Span(start=ln.start, end=ln.end, line=ln.number),
            )
            return


def _year(r: _Reader, title: str, curated: tuple[str, Span] | None = None) -> None:
    """The year the report is delivered in: its date's (the speech or the
    meeting), else the year a work report's title names (2017年政府工作报告).
    A web page's date is not it (a site posts a report years later), nor the
    year a committee's title names (…常委会2015年工作报告 reviews 2015:
    :func:`_review_year`)."""
    date = r.values.get("date")
    date_span = r.span_of("date")
    if isinstance(date, _dt.date) and date_span is not None and not r.page_dated:
        r.put("year", date.year, date_span)
        return
    m = _grammar.TITLE_YEAR.search(title, 0, None, _grammar.HOLD_GIL)
    title_span = r.span_of("title")
    if m is not None and title_span is not None and _names_work_report(title):
        r.put("year", int(m.group("y")), title_span)
        return
    # a headline under a curator's label of the file: the label's year, read
    # from the headline where that names it too (2020年县政府工作总体要求…)
    label = fold(curated[0]) if curated is not None else ""
    c = _grammar.TITLE_YEAR.search(label, 0, None, _grammar.HOLD_GIL)
    if curated is not None and c is not None and _names_work_report(label):
        agrees = m is not None and m.group("y") == c.group("y") and title_span is not None
        r.put("year", int(c.group("y")), title_span if agrees and title_span else curated[1])


def _review_year(r: _Reader, title: str, body: list[int]) -> None:
    """The year under review: the year a title other than a government work
    report's names (…常委会2015年工作报告), else where the body states it in its first
    paragraphs (a line opens one when the line before ended a sentence):
    2021年,… (seed 001) or 一、2017年工作回顾 (seed 003).  A year not before
    the year delivered is no year under review (2020年,是…之年 in a 2020
    report looks ahead)."""
    delivered = r.values.get("year")
    m = _grammar.TITLE_YEAR.search(title, 0, None, _grammar.HOLD_GIL)
    title_span = r.span_of("title")
    if m is not None and title_span is not None and "报告" in title and not _names_work_report(title):
        # …常委会2015年工作报告 (not a headline: 2020年县政府工作总体要求…)
        r.put("review_year", int(m.group("y")), title_span)
        return
    opened = 0
    previous: Line | None = None
    for i in body:
        if opened >= YEAR_LINES:
            break
        ln = r.lines[i]
        if (
            previous is None
            or ends_sentence(r.folded[previous.start : previous.end])
            or (previous.number + 1 != ln.number)
        ):
            opened += 1
            m = _grammar.REVIEW_OPENING.match(r.folded, ln.start, ln.end, _grammar.HOLD_GIL)
            if m is not None:
                year = int(m.group("y"))
                # 2011年是…的一年 reviews only the year before the one
                # delivered (2021年是…开局之年 in a 2021 report looks ahead)
                if m.group("is") and (not isinstance(delivered, int) or year != delivered - 1):
                    return
                if not isinstance(delivered, int) or year < delivered:
                    r.put("review_year", year, Span(start=ln.start, end=ln.end, line=ln.number))
                return
        previous = ln
    for i in body:  # else the year the speech calls just past, wherever it does
        ln = r.lines[i]
        m = _grammar.PAST_YEAR.search(r.folded, ln.start, ln.end, _grammar.HOLD_GIL)
        if m is not None:
            year = int(m.group("y"))
            if not isinstance(delivered, int) or year < delivered:
                r.put("review_year", year, Span(start=ln.start, end=ln.end, line=ln.number))
            return


def _names_work_report(title: str) -> bool:
    """Whether a title names a government work report: its year is the year
    delivered, also on a news page about it (保定市满城区2021年政府工作报告)."""
    return _kind(title, "", "", False) is ReportKind.GOVERNMENT_WORK_REPORT


def _speech_kind(r: _Reader, body: list[int]) -> None:
    """The kind the speech's own words state (我代表国务院,向大会作政府工作
    报告), in its first lines, when the title does not say; a sentence that
    reports the speech in the third person (市长闫继红…作政府工作报告时说),
    with no first-person words, says the document is news."""
    reported: Span | None = None
    for i in _unsummarised(r, body):
        ln = r.lines[i]
        span = Span(start=ln.start, end=ln.end, line=ln.number)
        third = "工作报告" in r.folded[ln.start : ln.end] and bool(
            _report_sentence(r.folded[ln.start : ln.end], span)
        )
        for pattern, kind in _grammar.KIND_BY_SPEECH:
            if not third and pattern.search(r.folded, ln.start, ln.end, _grammar.HOLD_GIL) is not None:
                r.put("kind", ReportKind(kind), span)
                return
        reported = reported or (span if third else None)
    if reported is not None:
        # 区长程杰代表区人民政府向大会作政府工作报告 and no first-person
        # speech: a write-up of the report (also under the report's own
        # header lines: 市长闫继红…作政府工作报告时说 in a city paper)
        r.put("kind", ReportKind.NEWS, reported)


#: Kinds a speech may state of itself (a title's kind, or none, gives way to it).
_SPOKEN = frozenset((None, ReportKind.GOVERNMENT_WORK_REPORT, ReportKind.PARTY_COMMITTEE_REPORT))


def _kind(title: str, subtitle: str, source: str, reporter: bool) -> ReportKind | None:
    for text in (title, subtitle):
        for pattern, kind in _grammar.KIND_BY_TITLE:
            if text and pattern.search(text, 0, None, _grammar.HOLD_GIL):
                return ReportKind(kind)
    if reporter:
        return ReportKind.NEWS
    for pattern, kind in _grammar.KIND_BY_SOURCE:
        if source and pattern.search(source, 0, None, _grammar.HOLD_GIL):
            return ReportKind(kind)
    return None
