"""Lines as extraction leaves them → lines as a report is written.

Shared by the PDF and Word readers: running headers out, page-number lines
moved between paragraphs (the parse reports them as chrome), justification
spaces out of Han runs, footnote marks out of names, tables kept as
``| label | figure | … |`` rows, hard-wrapped lines joined.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from govreport import _grammar
from govreport._headings import MarkerMatch, match_marker
from govreport._text import display_width, fold
from govreport.models import MarkerFamily

#: A first or last line of a page repeated on this share of the pages (and
#: on three pages at least) is a running header or footer.
RUNNING_SHARE = 0.5
RUNNING_MIN_PAGES = 3
#: Lines of at most this many characters, this many in a row or more, are
#: text set vertically.
VERTICAL_CHARS = 1
VERTICAL_RUN = 3
#: A table row's label is at most this long (a longer text is prose).
ROW_LABEL = 40
#: A line this wide against the median line is full: its paragraph goes on
#: on the next line (digits and the spaces around them make full lines of
#: one page differ by several columns).
FULL_SHARE = 0.85


def squeeze(line: str) -> str:
    """Take out the spaces extraction leaves inside Han text.

    >>> squeeze("第 二 产 业 增 加 值 增长 5.2% ，2023 年")
    '第二产业增加值 增长5.2%，2023年'
    >>> squeeze("一、综 合"), squeeze("在解放思想中凝聚共识 补齐短板")
    ('一、综合', '在解放思想中凝聚共识 补齐短板')
    """
    line = _grammar.EXTRACTION_SPACE.sub("", line.strip())
    return _grammar.FOOTNOTE_MARK.sub("", line)


def is_page_number(line: str) -> bool:
    """A page-number line anywhere on a page: ``— 1 —``, ``- 12 -``, ``第3页``.

    >>> is_page_number("- 12 -"), is_page_number("—1—"), is_page_number("2023")
    (True, True, False)
    """
    return _grammar.PAGE_NUMBER_LINE.fullmatch(line) is not None


def drop_chrome(pages: Sequence[Sequence[str]]) -> list[list[str]]:
    """Each page's lines without running headers and footers and bare page
    numbers; page-number lines that say what they are (``- 1 -``) stay, for
    the parse to report as chrome."""
    edges = [_edges(page) for page in pages]
    seen: Counter[str] = Counter()
    for page, (first, last) in zip(pages, edges, strict=True):
        for k in {first, last}:
            if k is not None:
                seen[_running_key(page[k])] += 1
    need = max(RUNNING_MIN_PAGES, int(len(pages) * RUNNING_SHARE + 0.5))
    running = {key for key, n in seen.items() if n >= need and key}
    out: list[list[str]] = []
    for page, (first, last) in zip(pages, edges, strict=True):
        kept = []
        for k, ln in enumerate(page):
            if not ln.strip() or (k in (first, last) and _running_key(ln) in running):
                continue
            if _grammar.BARE_PAGE_NUMBER.fullmatch(ln) and _at_edge(page, k):
                continue
            kept.append(ln)
        out.append(kept)
    return out


def _edges(page: Sequence[str]) -> tuple[int | None, int | None]:
    """The page's first and last lines that are neither blank nor a page number."""
    content = [
        k
        for k, ln in enumerate(page)
        if ln.strip() and not is_page_number(ln) and not _grammar.BARE_PAGE_NUMBER.fullmatch(ln)
    ]
    return (content[0], content[-1]) if content else (None, None)


def _at_edge(page: Sequence[str], k: int) -> bool:
    """Whether only blank and page-number lines stand between line ``k`` and
    an end of the page."""
    before, after = page[:k], page[k + 1 :]
    return all(not ln.strip() or is_page_number(ln) for ln in before) or all(
        not ln.strip() or is_page_number(ln) for ln in after
    )


def _running_key(line: str) -> str:
    # a running header carries the page number or date that changes: 2023年周口市统计公报 3
    return "".join(ch for ch in fold(line) if not ch.isspace() and not ch.isdigit())


def _row_cells(line: str) -> list[str] | None:
    """``[label, figure, …]`` when the line is a table row, else ``None``."""
    tokens = line.split()
    figures: list[str] = []
    while tokens and _grammar.TABLE_FIGURE.fullmatch(tokens[-1]):
        figures.insert(0, tokens.pop())
    if not figures:
        return None
    label = squeeze(" ".join(tokens))
    if len(label) > ROW_LABEL or line.rstrip().endswith("。"):
        return None
    # one figure after a label is a row only where the line is no prose
    # (a wrapped paragraph line may end in a figure: 乡村人口 473.94)
    if len(figures) == 1 and (_grammar.PROSE_PUNCTUATION.search(line) or not label):
        return None
    return [label, *figures] if label else figures


def _marker(line: str) -> MarkerMatch | None:
    folded = fold(line)
    return match_marker(folded, 0, len(folded))


def _rendered(line: str) -> bool:
    """A row already rendered (text set on its side)."""
    return line.startswith("| ") and line.endswith(" |")


def _group_label(lines: Sequence[str], k: int) -> bool:
    """A label line between rows of a table: a group (（三）不予公开) or the
    first half of a wrapped label; never a part heading (二、农 业)."""
    line = squeeze(lines[k])
    if k + 1 >= len(lines) or _row_cells(lines[k + 1]) is None or display_width(line) > 2 * ROW_LABEL:
        return False
    marker = _marker(line)
    return not line.endswith("。") and (marker is None or marker.family is not MarkerFamily.HANZI)


def join_vertical(lines: Sequence[str]) -> list[str]:
    """Text set one character a line (a narrow table cell: 三 / 、 / 本 / 年 /
    度 …, a district disclosure report) put back on one line, as a table row.

    >>> join_vertical(["申请人情况", "三", "、", "本", "年", "度", "| 予以公开 | 0 |"])
    ['申请人情况', '| 三、本年度 |', '| 予以公开 | 0 |']
    """
    out: list[str] = []
    run: list[str] = []
    for line in [*lines, ""]:
        bit = line.strip()
        if bit and len(bit) <= VERTICAL_CHARS and not is_page_number(line):
            run.append(bit)
            continue
        if len(run) >= VERTICAL_RUN:
            # text turned on its side stands in a table's narrow cell
            out.append(_row(["".join(run)]))
        else:
            out.extend(run)
        run = []
        if line:
            out.append(line)
    return out


def _row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(cells) + " |"


#: What a line of extracted text is, for joining.
PROSE, ROW, PAGE = "prose", "row", "page"


def tables_and_prose(lines: Sequence[str]) -> list[tuple[str, str]]:
    """Tell table rows (rendered as ``| … |``), page-number lines and prose.

    A table is a caption (``表1 …``) with the header lines after it and the
    rows below, or a run of two rows or more, each a label and figures; a
    page break inside a table does not end it.
    """
    out: list[tuple[str, str]] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        if is_page_number(line) or _rendered(line):
            out.append((PAGE if is_page_number(line) else ROW, line.strip()))
            k += 1
            continue
        caption = _grammar.TABLE_CAPTION.fullmatch(fold(line)) is not None
        cells = _row_cells(line)
        following = _row_cells(lines[k + 1]) if k + 1 < len(lines) else None
        if not caption and not (cells and following) and not (cells and len(cells) > 2):
            out.append((PROSE, line))
            k += 1
            continue
        start = k
        if caption:
            out.append((ROW, _row([squeeze(line)])))
            k += 1
            # header lines: up to three short lines without sentence punctuation
            while (
                k < len(lines)
                and k - start <= 3
                and _row_cells(lines[k]) is None
                and not is_page_number(lines[k])
                and not _grammar.PROSE_PUNCTUATION.search(lines[k])
                and _marker(squeeze(lines[k])) is None
                and display_width(lines[k]) < 60
            ):
                out.append((ROW, _row([squeeze(cell) for cell in lines[k].split("  ") if cell.strip()])))
                k += 1
        while k < len(lines):
            if is_page_number(lines[k]):
                out.append((PAGE, lines[k].strip()))
            elif _rendered(lines[k]):
                out.append((ROW, lines[k]))
            elif (cells := _row_cells(lines[k])) is not None:
                out.append((ROW, _row(cells)))
            elif _grammar.TABLE_UNIT.fullmatch(lines[k]) or _group_label(lines, k):
                out.append((ROW, _row([squeeze(lines[k])])))
            else:
                break
            k += 1
        if k == start:  # pragma: no cover - a caption always advances
            k += 1
    return out


def join_wrapped(lines: Sequence[tuple[str, str]]) -> list[str]:
    """Paragraphs from hard-wrapped prose lines; table rows stay as they are.

    A line as wide as the text's usual full line goes on on the next, unless
    it ends a sentence or the next line opens a heading.  A page-number line
    inside a paragraph is moved after it, so the paragraph stays whole.
    """
    widths = sorted(display_width(ln) for kind, ln in lines if kind == PROSE and len(ln) > 10)
    # most lines of wrapped prose are full: the median line is one
    full = int(widths[len(widths) // 2] * FULL_SHARE) if widths else 0
    out: list[str] = []
    held: list[str] = []
    open_paragraph = False
    for kind, line in lines:
        if kind == PAGE:
            if open_paragraph:
                held.append(line)
            else:
                out.append(line)
            continue
        text = line if kind == ROW else squeeze(line)
        if not text:
            continue
        if (
            open_paragraph
            and kind == PROSE
            and out
            and _marker(text) is None
            and not _grammar.TABLE_CAPTION.fullmatch(fold(text))
        ):
            out[-1] += text
        else:
            out.extend(held)
            held.clear()
            out.append(text)
        open_paragraph = (
            kind == PROSE
            and full > 0
            and display_width(line) >= full
            and not _grammar.PARAGRAPH_END.search(line)
        )
    out.extend(held)
    return out


def join_page_breaks(items: Sequence[tuple[str, str]]) -> list[str]:
    """Lines of a document already in paragraphs (a Word file) whose page
    breaks are marked by page-number lines: a paragraph cut by a page break
    (no final punctuation before it, no heading after it) is put back
    together, and the page-number line moved after it."""
    out: list[str] = []
    held: list[str] = []
    last = ""
    for kind, text in items:
        if kind == PAGE:
            held.append(text)
            continue
        if (
            held
            and kind == PROSE
            and last == PROSE
            and not _grammar.PARAGRAPH_END.search(out[-1])
            and _marker(text) is None
        ):
            out[-1] += text
            out.extend(held)
        else:
            out.extend(held)
            out.append(text)
        held.clear()
        last = kind
    out.extend(held)
    return out


def pages_to_text(pages: Sequence[Sequence[str]], *, title: str = "") -> str:
    """The report text of a document's pages of extracted lines.  ``title``,
    the document's own (a PDF's ``/Title``), joins a title that its first
    lines break where they spell it."""
    lines = join_vertical([ln for page in drop_chrome(pages) for ln in page])
    out = join_wrapped(tables_and_prose(lines))
    return "\n".join(join_title(out, title)) + "\n"


def join_title(lines: list[str], title: str) -> list[str]:
    """Put a title broken over the first lines back on one line, where the
    document's own title spells those lines (洪泽区人民政府 /
    2023年政府信息公开工作年度报告, titled 洪泽区人民政府2023年…年度报告).

    >>> join_title(["洪泽区人民政府", "2023年工作报告", "一、总体情况"], "洪泽区人民政府2023年工作报告")
    ['洪泽区人民政府2023年工作报告', '一、总体情况']
    """
    want = "".join(title.split())
    if len(want) < 4:
        return lines
    skip = next((k for k, ln in enumerate(lines) if not is_page_number(ln)), len(lines))
    head = lines[skip:]
    for n in range(2, min(4, len(head)) + 1):
        if "".join("".join(ln.split()) for ln in head[:n]) == want:
            return [*lines[:skip], "".join(head[:n]), *head[n:]]
    return lines
