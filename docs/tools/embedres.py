#!/usr/bin/env python3
"""Resident pages of a running process's embedded []byte data (perf66).

Usage: python3 docs/tools/embedres.py PID EXE

For each //go:embed []byte variable of EXE (the linker's "<pkg>..gobytes.N"
symbols, from `go tool nm -size`), counts the pages of it present in PID's
page table (/proc/PID/pagemap, bit 63; needs root or the process's owner)
and prints them with the process's VmHWM, VmRSS, RssAnon and RssFile. Run
it on a launch's worker (`pgrep -f 'bench-X -role worker'`) once its drafts
are under way: internal/checks' decoded.snap is the one that counts.
"""
import struct
import subprocess
import sys


def main():
    pid, exe = int(sys.argv[1]), sys.argv[2]
    nm = subprocess.run(["go", "tool", "nm", "-size", exe], capture_output=True, text=True, check=True).stdout
    total = 0
    with open(f"/proc/{pid}/pagemap", "rb") as pm:
        for line in nm.splitlines():
            f = line.split()
            if len(f) < 4 or ".gobytes." not in f[3]:
                continue
            base, size = int(f[0], 16), int(f[1])
            lo, hi = base // 4096, (base + size + 4095) // 4096
            pm.seek(lo * 8)
            data = pm.read((hi - lo) * 8)
            n = sum(1 for i in range(hi - lo) if struct.unpack_from("<Q", data, i * 8)[0] >> 63 & 1)
            if size >= 64 << 10:
                print(f"{f[3]}: {size // 1024} KiB, {n * 4} KiB resident")
            total += n * 4
    print(f"all embedded []byte: {total} KiB resident")
    with open(f"/proc/{pid}/status") as st:
        for l in st:
            if l.startswith(("VmHWM", "VmRSS", "RssAnon", "RssFile")):
                print(l.strip())


if __name__ == "__main__":
    main()
