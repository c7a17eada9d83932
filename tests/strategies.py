"""Hypothesis strategies for whole report-like documents whose outline is
known by construction."""

from __future__ import annotations

from dataclasses import dataclass, field

from hypothesis import strategies as st

from govreport._headings import canonical_label
from govreport.models import MarkerFamily

_CN = "〇一二三四五六七八九"


def cn(n: int) -> str:
    """1–99 in Chinese numerals as headings write them (十一, 二十)."""
    tens, ones = divmod(n, 10)
    return ("" if tens < 2 else _CN[tens]) + ("十" if tens else "") + (_CN[ones] if ones else "")


# One marker family per depth, as GB/T 9704 orders them, in both widths.
FAMILIES: list[tuple[MarkerFamily, list[str]]] = [
    (MarkerFamily.HANZI, ["{c}、", "{c}．"]),
    (MarkerFamily.PAREN_HANZI, ["（{c}）", "({c})"]),
    (MarkerFamily.ARABIC, ["{n}.", "{n}．", "{n}、"]),
    (MarkerFamily.PAREN_ARABIC, ["（{n}）", "({n})"]),
]

WORDS = ["加强", "推进", "经济", "建设", "社会", "治理", "改革", "创新", "民生", "保障", "城市", "管理",
         "服务", "生态", "文化", "产业", "发展", "开放", "教育", "卫生"]  # fmt: skip
BOILERPLATE = ["分享:", "打印本页 关闭窗口", "扫一扫在手机打开当前页", "【字体:大 中 小】"]


@dataclass
class Node:
    title: str
    paragraphs: list[str]
    children: list[Node] = field(default_factory=list)


titles = st.lists(st.sampled_from(WORDS), min_size=2, max_size=5).map("".join)
sentence = st.builds(
    lambda words, figure: "".join(words) + (f"{figure}万元" if figure else "") + "。",
    st.lists(st.sampled_from(WORDS), min_size=8, max_size=20),
    st.one_of(st.none(), st.integers(min_value=2, max_value=9999)),
)
paragraphs = st.lists(st.lists(sentence, min_size=1, max_size=3).map("".join), max_size=2)


def _tree(depth: int) -> st.SearchStrategy[Node]:
    children = st.just([]) if depth >= len(FAMILIES) - 1 else st.lists(_tree(depth + 1), max_size=3)
    return st.builds(Node, titles, paragraphs, children)


@dataclass
class Document:
    text: str
    outline: list[tuple[tuple[str, ...], str]]  # (path of labels, title) depth first


@st.composite
def documents(draw: st.DrawFn) -> Document:
    """A report: a title, an opening paragraph, and a tree of numbered sections
    whose paragraphs may carry boilerplate lines and page breaks."""
    roots = draw(st.lists(_tree(0), min_size=1, max_size=4))
    indent = draw(st.sampled_from(["", "  ", "\u3000\u3000"]))
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    blank = draw(st.booleans())
    lines = [draw(titles) + "工作报告", "", draw(sentence) * 3]
    outline: list[tuple[tuple[str, ...], str]] = []

    def emit(nodes: list[Node], depth: int, path: tuple[str, ...]) -> None:
        if not nodes:
            return
        family, forms = FAMILIES[depth]
        for k, node in enumerate(nodes, 1):
            marker = draw(st.sampled_from(forms)).format(c=cn(k), n=k)
            label = canonical_label(family, k, marker)
            lines.append(indent + marker + node.title)
            outline.append(((*path, label), node.title))
            for para in node.paragraphs:
                if draw(st.booleans()) and len(para) > 60:
                    cut = draw(st.integers(min_value=30, max_value=len(para) - 20))
                    while para[cut - 1] in "。万" or para[cut - 1].isdigit():  # a page break mid-sentence
                        cut -= 1
                    lines.extend([indent + para[:cut], "", para[cut:]])
                else:
                    lines.append(indent + para)
                if draw(st.integers(min_value=0, max_value=9)) == 0:
                    lines.append(draw(st.sampled_from(BOILERPLATE)))
            emit(node.children, depth + 1, (*path, label))

    emit(roots, 0, ())
    sep = newline + newline if blank else newline
    return Document(text=sep.join(lines) + newline, outline=outline)
