"""Pages in a real browser: headless Chromium driven with the standard library,
and readers for what it gives back (the DOM after load, a PNG screenshot)."""

from __future__ import annotations

import html.parser
import json
import shutil
import struct
import subprocess
import tempfile
import zlib
from pathlib import Path

#: Flags for a closed network: nothing is fetched in the background, and each
#: run starts from an empty profile.
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
)


def chromium() -> str | None:
    """The Chromium executable (Debian's ``chromium`` package), or ``None``."""
    return shutil.which("chromium") or shutil.which("chromium-browser")


def _run(page: Path, *flags: str) -> subprocess.CompletedProcess[str]:
    exe = chromium()
    assert exe is not None
    with tempfile.TemporaryDirectory(prefix="govreport-chromium-") as profile:
        return subprocess.run(
            [exe, *FLAGS, f"--user-data-dir={profile}", *flags, page.resolve().as_uri()],
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=180,
            check=True,
        )


def dump_dom(page: Path) -> str:
    """The page's DOM after load, serialised by the browser."""
    return _run(page, "--dump-dom").stdout


def page_requests(page: Path) -> list[str]:
    """The URLs the page itself asked the network for while loading, from
    Chromium's network log (the browser's own background requests, which
    have no initiating page, are left out)."""
    with tempfile.TemporaryDirectory(prefix="govreport-netlog-") as tmp:
        log = Path(tmp, "net.json")
        _run(page, f"--log-net-log={log}", "--dump-dom")
        data = json.loads(log.read_text(encoding="utf-8"))
    start = data["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    return [
        e["params"]["url"]
        for e in data["events"]
        if e["type"] == start and e.get("params", {}).get("initiator", "not an origin") != "not an origin"
    ]


def screenshot(page: Path, png: Path, width: int = 1000, height: int = 800) -> bytes:
    """A screenshot of the page's first screen, as PNG bytes."""
    _run(page, f"--screenshot={png.resolve()}", f"--window-size={width},{height}")
    return png.read_bytes()


class Element:
    """An element of a parsed page: tag, attributes, text, children."""

    def __init__(self, tag: str, attrs: dict[str, str | None]) -> None:
        self.tag = tag
        self.attrs = attrs
        self.children: list[Element | str] = []

    @property
    def classes(self) -> set[str]:
        return set((self.attrs.get("class") or "").split())

    def text(self) -> str:
        """The text content, with the character each ``.bad`` element stands for."""
        if "bad" in self.classes:
            return chr(int((self.attrs["data-char"] or "")[2:], 16))
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def iter(self) -> list[Element]:
        out = [self]
        for c in self.children:
            if isinstance(c, Element):
                out += c.iter()
        return out

    def find_all(self, cls: str) -> list[Element]:
        return [e for e in self.iter() if cls in e.classes]

    def by_id(self, ident: str) -> Element | None:
        return next((e for e in self.iter() if e.attrs.get("id") == ident), None)


_VOID = {"meta", "br", "img", "link", "input", "hr", "wbr", "source", "area", "base", "col", "embed"}


class _Builder(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        e = Element(tag, dict(attrs))
        self.stack[-1].children.append(e)
        if tag not in _VOID:
            self.stack.append(e)

    def handle_endtag(self, tag: str) -> None:
        for k in range(len(self.stack) - 1, 0, -1):
            if self.stack[k].tag == tag:
                del self.stack[k:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse_html(page: str) -> Element:
    """A page as a tree of :class:`Element` (the standard library's parser:
    it does not normalise line ends, so ``\\r`` survives as written)."""
    builder = _Builder()
    builder.feed(page)
    builder.close()
    return builder.root


def png_pixels(data: bytes) -> tuple[int, int, set[bytes]]:
    """Width, height and the distinct pixel values of an 8-bit RGB or RGBA PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat = 8, b""
    width = height = channels = 0
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and colour in (2, 6), (depth, colour)
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    prev = bytearray(stride)
    colours: set[bytes] = set()
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b = prev[i]
            c = prev[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + a) & 255
            elif kind == 2:
                line[i] = (line[i] + b) & 255
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        colours.update(bytes(line[i : i + channels]) for i in range(0, stride, channels * 7))
        prev = line
    return width, height, colours
