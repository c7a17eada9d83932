"""HTML → report text, with the standard library's ``html.parser``.

A web page holds the report in one element among navigation, share bars and
related-article lists.  The body is found by structure: the element whose
paragraphs hold the most text that is not link text (lists of links are
navigation), preferring the innermost such element.  Block elements become
lines and inline elements are joined (``对<span>10</span>起违反`` is one
line).  The page's own visible header gives the title, source and
publication date (``来源：…``, ``发布时间：…``), which open the text as
labelled lines, so the parse reads them the way it reads a dataset's header.
"""

from __future__ import annotations

from html.parser import HTMLParser

import regex

from govreport import _grammar
from govreport._text import decode
from govreport.errors import DecodeError

# Elements whose content is never text.
# (not <form>: ASP.NET pages wrap the whole page in one; not <head>: its end
# tag is often missing, and it holds no text outside <title>)
_SKIP = frozenset(
    {"script", "style", "noscript", "template", "svg", "select", "button", "iframe", "textarea"}
)
# Elements that end a line.
_BLOCK = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "caption", "dd", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th",
        "thead", "tr", "ul",
    }
)  # fmt: skip
# Void elements: no end tag.
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "wbr"}
)
# Structure that is never the body, by tag or by class/id word.
_CHROME_TAGS = frozenset({"nav", "header", "footer", "aside"})
# Children that hold a body's own text.
_PARAGRAPHS = frozenset(
    {"p", "span", "strong", "b", "font", "br", "h1", "h2", "h3", "h4", "h5", "h6", "table"}
)


class _Node:
    __slots__ = ("attrs", "children", "parent", "tag")

    def __init__(self, tag: str, attrs: dict[str, str], parent: _Node | None) -> None:
        self.tag = tag
        self.attrs = attrs
        self.parent = parent
        self.children: list[_Node | str] = []

    def chrome(self) -> bool:
        words = f"{self.attrs.get('class', '')} {self.attrs.get('id', '')}"
        return self.tag in _CHROME_TAGS or _grammar.WEB_CHROME_CLASS.search(words) is not None


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("#root", {}, None)
        self.node = self.root
        # inside an element whose content is never text: its tag and depth
        # (only that tag is counted: a page's unclosed <p> must not leave it open)
        self.skip = 0
        self.skip_tag = ""
        self.title = ""
        self.in_title = False
        self.meta: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag == "meta":
            key = (values.get("name") or values.get("property") or values.get("http-equiv") or "").lower()
            if key and "content" in values:
                self.meta[key] = values["content"]
            return
        if tag == "title":
            self.in_title = not self.skip and not self.title
            return
        if self.skip:
            self.skip += tag == self.skip_tag
            return
        if tag in _SKIP:
            self.skip, self.skip_tag = 1, tag
            return
        node = _Node(tag, values, self.node)
        self.node.children.append(node)
        if tag not in _VOID:
            self.node = node

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
            return
        if self.skip:
            self.skip -= tag == self.skip_tag
            return
        # close up to the nearest open element of that tag (HTML is forgiving)
        node: _Node | None = self.node
        while node is not None and node.tag != tag:
            node = node.parent
        if node is not None and node.parent is not None:
            self.node = node.parent

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title += data
        elif not self.skip:
            self.node.children.append(data)


def _lines(node: _Node, stop: _Node | None = None) -> list[str]:
    """The element's text: a line per block element, inline elements joined;
    with ``stop``, the lines before that element only."""
    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        text = _grammar.WEB_SPACES.sub(" ", "".join(current)).strip()
        if text:
            lines.append(text)
        current.clear()

    def walk(n: _Node) -> bool:
        for child in n.children:
            if isinstance(child, str):
                current.append(child)
            elif child is stop:
                return False
            elif child.tag in _BLOCK:
                flush()
                if child.tag in ("td", "th"):
                    current.append(" | ")
                if not walk(child):
                    return False
                if child.tag not in ("td", "th"):
                    flush()
            elif not walk(child):
                return False
        return True

    walk(node)
    flush()
    return [row for ln in lines if (row := _table_row(ln))]


def _table_row(line: str) -> str:
    if not line.startswith("|"):
        return line
    cells = [c.strip() for c in line.split("|") if c.strip()]
    return "| " + " | ".join(cells) + " |" if cells else ""


def _weights(node: _Node, out: dict[int, tuple[int, int]]) -> tuple[int, int]:
    """(text characters, link text characters) under each element, by ``id``."""
    text = links = 0
    for child in node.children:
        if isinstance(child, str):
            n = len(child.strip())
            text += n
            links += n if node.tag == "a" else 0
        else:
            t, k = _weights(child, out)
            text += t
            links += t if child.tag == "a" else k
    out[id(node)] = (text, links)
    return text, links


def _body(root: _Node) -> _Node:
    """The element that holds the article: the most text that is not link
    text, with its text in paragraphs of its own rather than nested blocks."""
    weights: dict[int, tuple[int, int]] = {}
    _weights(root, weights)
    best: tuple[float, _Node] = (0.0, root)
    stack = [root]
    while stack:
        node = stack.pop()
        if node.chrome():
            continue
        text, links = weights[id(node)]
        # text held directly or in paragraph-level children, not in nested containers
        direct = 0
        for c in node.children:
            if isinstance(c, str):
                direct += len(c.strip())
            elif c.tag in _PARAGRAPHS:
                t, k = weights[id(c)]
                direct += t - k
        score = (text - 2 * links) * (0.5 + 0.5 * min(1.0, direct / max(1, text)))
        if score > best[0]:
            best = (score, node)
        stack.extend(c for c in node.children if not isinstance(c, str))
    return best[1]


def _header_fields(lines: list[str]) -> tuple[str | None, str | None]:
    """(date, source) from the page's visible header lines."""
    date = source = None
    for line in lines:
        if date is None and (m := _grammar.WEB_DATE_LABEL.search(line)):
            date = m["v"]
        if source is None and (m := _grammar.WEB_SOURCE_LABEL.search(line)):
            # inline header items run together: 来源：中央纪委国家监委网站发布时间：…
            source = _grammar.WEB_NEXT_LABEL.split(m["v"], maxsplit=1)[0] or None
    return date, source


_DASHES = ("——", "—", "--")


def _title(tree: _TreeBuilder, header: list[str]) -> list[str]:
    """The title lines: the visible heading nearest the body that agrees
    with ``<title>`` (whose end is the site's name), else ``<title>``'s own."""
    # a <meta> title may hold markup (<p>…</p>, escaped in the attribute)
    meta_title = _grammar.WEB_TAG.sub("", tree.meta.get("articletitle") or tree.title)
    meta_title = _grammar.WEB_SPACES.sub(" ", meta_title).strip()
    head = _grammar.TITLE_SEPARATOR.split(meta_title)[0].strip() if meta_title else ""
    if len(head) < 4:
        return []
    for k in range(len(header) - 1, -1, -1):
        line = header[k]
        if (
            len(line) >= 4
            and (line == head or line in head or head in line)
            and len(line) <= 2 * len(head) + 10
        ):
            # a subtitle (——解读2023年…) goes with the title line above it
            if line.startswith(_DASHES) and k > 0 and header[k - 1] in head:
                return [header[k - 1], line]
            if k + 1 < len(header) and header[k + 1].startswith(_DASHES) and header[k + 1] in head:
                return [line, header[k + 1]]
            return [line]
    return [head]


def html_text(data: bytes, *, path: str | None = None, encoding: str | None = None) -> str:
    """The report text of a web page: title, source and date lines, then the body."""
    declared = None if encoding else _declared_charset(data)
    try:
        markup = decode(data, encoding=encoding or declared, path=path)
    except DecodeError:
        if declared is None:
            raise
        # a page that declares a charset it is not written in (gb2312 on UTF-8)
        markup = decode(data, path=path)
    tree = _TreeBuilder()
    tree.feed(markup)
    tree.close()
    body = _body(tree.root)
    lines = _lines(body)
    header = _lines(tree.root, stop=body) if body is not tree.root else []
    title = _title(tree, header)
    date, source = _header_fields(header[-12:])
    if date is None:
        date = tree.meta.get("publishdate") or tree.meta.get("pubdate") or tree.meta.get("firstpublishedtime")
    if source is None:
        source = tree.meta.get("contentsource") or tree.meta.get("source")
    # a header line inside the body's element is read there
    in_body = _header_fields(lines[:6])
    date = None if in_body[0] else date
    source = None if in_body[1] else source
    out = [ln for ln in title if ln not in lines[:3]]
    if source:
        out.append(f"来源：{source}")
    if date:
        out.append(f"发布时间：{date}")
    out.extend(lines)
    return "\n".join(out) + "\n"


_CHARSET = regex.compile(rb"""<meta[^>]{0,200}?charset\s*+=\s*+["']?(?P<c>[\w-]{2,20}+)""", regex.IGNORECASE)


def _declared_charset(data: bytes) -> str | None:
    m = _CHARSET.search(data[:4096])
    if m is None:
        return None
    name = m["c"].decode("ascii").lower()
    return "gb18030" if name in ("gb2312", "gbk") else name
