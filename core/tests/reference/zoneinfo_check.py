"""Python's zoneinfo as an independent reference for core's conversions.

Reads the JSON core wrote (see core/tests/differential_zoneinfo.rs) and
recomputes every conversion with zoneinfo over the PyPI ``tzdata`` package
only (PYTHONTZPATH is empty, so the machine's own zoneinfo is never read).
Both sides must be on the same tzdata release; a different one is an error
that names both. Prints one line per mismatch; exits 1 on any.
"""

import json
import sys
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo, available_timezones

import tzdata


def main(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    if tzdata.IANA_VERSION != data["release"]:
        print(
            f"the PyPI tzdata package is {tzdata.IANA_VERSION}, core's bundled release is "
            f"{data['release']}: pin the matching tzdata in scripts/setup"
        )
        return 1
    known = available_timezones()
    mismatches = []
    compared = 0
    for name, zone in data["zones"].items():
        if name not in known and name != "UTC":
            mismatches.append(f"{name}: unknown to zoneinfo")
            continue
        zi = ZoneInfo(name)
        for utc_secs, local in zone["target"]:
            got = datetime.fromtimestamp(utc_secs, timezone.utc).astimezone(zi).isoformat()
            compared += 1
            if got != local:
                mismatches.append(f"{name}: {utc_secs} is {local} in core, {got} in zoneinfo")
        for series in zone["source"]:
            anchor = date.fromisoformat(series["anchor"])
            h, m = map(int, series["time"].split(":"))
            after = series["after"]
            want = []
            week = 0
            while len(want) < len(series["starts"]):
                d = anchor + timedelta(weeks=week)
                week += 1
                # fold=0: a time in a gap reads with the offset before it, a
                # time in an overlap is its first occurrence (RFC 5545).
                at = int(datetime.combine(d, time(h, m), zi).timestamp())
                if at >= after:
                    want.append(at)
            for core, ref in zip(series["starts"], want):
                compared += 1
                if core != ref:
                    mismatches.append(
                        f"{name}: {series['time']} weekly from {anchor}: core {core}, zoneinfo {ref}"
                    )
                    break
    print(
        f"zoneinfo (tzdata {tzdata.IANA_VERSION}): {len(data['zones'])} zones, "
        f"{compared} conversions, {len(mismatches)} mismatches"
    )
    for line in mismatches[:50]:
        print("  " + line)
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
