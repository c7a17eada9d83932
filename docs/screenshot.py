"""Write ``docs/_static/view.png``: the page ``govreport view`` draws for a
seed report, as headless Chromium (Debian's ``chromium``) shows it.

    python docs/screenshot.py [--seed 003] [--width 1200] [--height 860]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import govreport

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# the browser driver of the page tests: one set of flags for this machine's
# closed network, one way to take a screenshot
from tests.browser import chromium, screenshot  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seed", default="003")
    parser.add_argument("--width", type=int, default=1200)
    parser.add_argument("--height", type=int, default=860)
    args = parser.parse_args()
    if chromium() is None:
        print("screenshot.py: needs chromium (apt-get install chromium)", file=sys.stderr)
        return 1
    (source,) = (ROOT / "seeds").glob(f"{args.seed}_*.txt")
    text = govreport.read_text(source)
    out = ROOT / "docs" / "_static" / "view.png"
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp, "page.html")
        page.write_text(govreport.render_html(govreport.parse(text), text), encoding="utf-8")
        screenshot(page, out, args.width, args.height)
    print(f"wrote {out.relative_to(ROOT)} ({out.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
