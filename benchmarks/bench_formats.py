"""Reading published formats: pages/s and chars/s for PDF, Word and HTML
input next to the same report as plain text.

A seed is rendered to each format (PDF with fpdf2 and a CJK font found by
``fc-list``), then read and parsed; ``--file`` adds real files.

    python benchmarks/bench_formats.py [--file report.pdf ...]
"""

from __future__ import annotations

import argparse
import io
import subprocess
import time
import zipfile
from html import escape
from pathlib import Path

import govreport

SEED = Path(__file__).resolve().parent.parent / "seeds" / "003_fb16f82d61c4a2eb.txt"


def _pdf(lines: list[str]) -> bytes | None:
    try:
        import fpdf
    except ImportError:
        return None
    out = subprocess.run(["fc-list", ":lang=zh", "file"], capture_output=True, text=True, check=False).stdout
    fonts = sorted(ln.split(":")[0] for ln in out.splitlines() if ln.strip())
    if not fonts:
        return None
    pdf = fpdf.FPDF()
    pdf.add_font("cjk", fname=fonts[0], collection_font_number=0)
    pdf.set_font("cjk", size=12)
    pdf.add_page()
    for line in lines:
        pdf.multi_cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _html(lines: list[str]) -> bytes:
    body = "".join(f"<p>{escape(ln)}</p>" for ln in lines[1:])
    return f"<html><head><title>{escape(lines[0])}</title></head><body><h1>{escape(lines[0])}</h1><div>{body}</div></body></html>".encode()


def _docx(lines: list[str]) -> bytes:
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    paras = "".join(f"<w:p><w:r><w:t>{escape(ln)}</w:t></w:r></w:p>" for ln in lines)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", f'<w:document xmlns:w="{w}"><w:body>{paras}</w:body></w:document>')
    return buf.getvalue()


def _pages(data: bytes) -> int:
    if data.startswith(b"%PDF-"):
        import pypdf

        return len(pypdf.PdfReader(io.BytesIO(data)).pages)
    return 0


def measure(label: str, data: bytes, repeat: int) -> None:
    best = float("inf")
    chars = 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        text = govreport.read_text(data)
        govreport.parse(text)
        best = min(best, time.perf_counter() - t0)
        chars = len(text)
    pages = _pages(data)
    per_page = f"{pages / best:10,.1f} pages/s" if pages else f"{'':>10} {'':>7}"
    print(
        f"{label:<28} {len(data):>10,} bytes {chars:>9,} chars {best:8.3f} s {per_page} {chars / best:12,.0f} chars/s"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--file", action="append", default=[], help="a real PDF, .docx or HTML file to time too")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    text = SEED.read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip()]
    measure("seed 003 as text", text.encode(), args.repeat)
    measure("seed 003 as HTML", _html(lines), args.repeat)
    measure("seed 003 as .docx", _docx(lines), args.repeat)
    pdf = _pdf(lines)
    if pdf is None:
        print("seed 003 as PDF: skipped (needs fpdf2 and a CJK font)")
    else:
        measure("seed 003 as PDF", pdf, args.repeat)
    for name in args.file:
        measure(Path(name).name[:28], Path(name).read_bytes(), args.repeat)


if __name__ == "__main__":
    main()
