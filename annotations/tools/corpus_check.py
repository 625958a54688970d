"""Print the digit runs of a corpus document not covered by any fact or non-fact (completeness aid).

Usage: python corpus_check.py 001 [002 …]
"""
import importlib
import sys

from corpus_lib import uncovered_numbers

for num in sys.argv[1:]:
    d = importlib.import_module(f"corpus_{num}").build()
    start = d.text.find("正文") if "正文 ====" in d.text else 0
    for pos, ctx in uncovered_numbers(d, max(start, 0)):
        print(num, pos, repr(ctx))
