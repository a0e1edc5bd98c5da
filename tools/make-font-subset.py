#!/usr/bin/python3
"""Builds the CJK font the kiosk ships in assets/fonts/.

Why: a fresh Debian machine has no Chinese font, and the kiosk must render Chinese anyway.
The full Noto Sans CJK collection is ~20 MB per weight; the subset keeps Simplified Chinese
(all of GB2312, every character used in assets/, Latin, digits and CJK punctuation) at a
few MB. When the system has the full "Noto Sans CJK SC" (package fonts-noto-cjk), the kiosk
prefers it, so rare characters in feed content still render there.

Needs Debian packages fonts-noto-cjk and fonttools. Run from the repository root:
    /usr/bin/python3 tools/make-font-subset.py
"""
import pathlib
import subprocess

SRC = "/usr/share/fonts/opentype/noto/NotoSansCJK-{weight}.ttc"
SC_INDEX = 2  # index of "Noto Sans CJK SC" inside the collection
OUT = pathlib.Path("assets/fonts")


def characters():
    chars = set(chr(c) for c in range(0x20, 0x7F))
    chars |= set(chr(c) for c in range(0xA0, 0x180))       # Latin-1 and Latin Extended-A
    chars |= set(chr(c) for c in range(0x2000, 0x2070))     # general punctuation
    chars |= set(chr(c) for c in range(0x2100, 0x2200))     # letterlike symbols, arrows
    chars |= set(chr(c) for c in range(0x2460, 0x24FF))     # circled numbers
    chars |= set(chr(c) for c in range(0x25A0, 0x2700))     # shapes (■ □ √ ...)
    chars |= set(chr(c) for c in range(0x3000, 0x3040))     # CJK punctuation
    chars |= set(chr(c) for c in range(0xFF00, 0xFFF0))     # full-width forms
    for c in range(0x4E00, 0xA000):                         # all of GB2312's hanzi
        ch = chr(c)
        try:
            ch.encode("gb2312")
            chars.add(ch)
        except UnicodeEncodeError:
            pass
    for path in list(pathlib.Path("assets").rglob("*.json")) + list(pathlib.Path("src/main").rglob("*")):
        if path.is_file() and path.suffix in (".json", ".java", ".properties", ".css", ".md"):
            chars |= set(path.read_text(encoding="utf-8"))
    return "".join(sorted(ch for ch in chars if ch.isprintable() or ch == " "))


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    text_file = OUT / ".subset-chars.txt"
    text_file.write_text(characters(), encoding="utf-8")
    for weight in ("Regular", "Bold"):
        subprocess.run([
            "pyftsubset", SRC.format(weight=weight), f"--font-number={SC_INDEX}",
            f"--text-file={text_file}", "--layout-features=*", "--no-hinting",
            f"--output-file={OUT / f'GongkaiSansSC-{weight}.otf'}",
        ], check=True)
    text_file.unlink()


if __name__ == "__main__":
    main()
