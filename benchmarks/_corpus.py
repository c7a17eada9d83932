"""Inputs for the benchmarks: the seeds concatenated to a stated size."""

from __future__ import annotations

from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def seed_corpus(chars: int = 1_000_000) -> str:
    """The five seeds, repeated in order and joined by blank lines, cut at a
    line boundary near ``chars`` characters."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    parts: list[str] = []
    size = 0
    while size < chars:
        for t in texts:
            parts.append(t)
            size += len(t) + 2
            if size >= chars:
                break
    return "\n\n".join(parts)[:chars].rsplit("\n", 1)[0] + "\n"
