"""Adds the process's peak RSS (from a `/usr/bin/time -v` report) to a benchmark's JSON line on stdin."""
import json
import sys

line = sys.stdin.read().strip()
record = json.loads(line)
for row in open(sys.argv[1]):
    if "Maximum resident set size" in row:
        record["max_rss_mb"] = round(int(row.split(":")[1]) / 1024, 1)
print(json.dumps(record))
