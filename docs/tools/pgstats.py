#!/usr/bin/env python3
"""Backend CPU of every statement a launch sent PostgreSQL, by statement (#17).

Run a launch with `log_min_duration_statement=0&log_parameter_max_length=0&log_statement_stats=on`
in `-database-url` (docs/PERFORMANCE.md, Commands), note the log's bytes before and after
(`wc -c`), cut the launch's part out (`tail -c +$((BEFORE+1)) LOG | head -c $((AFTER-BEFORE))`),
then: `python3 docs/tools/pgstats.py SLICE DRAFTS`.

Each backend's `! system usage stats` block (the user and system seconds of one message) is
paired with the `duration: ... (parse|bind|execute) ...: SQL` line before it from the same PID
and summed by the SQL's first 70 characters and by message; the near-duplicate lookups sent
together (near_batch.go's nearBatchRefs) are marked BATCH apart from those sent alone. The
first line gives all statements and the backends' own totals (each PID's last bracketed total).
"""
import re, sys, collections
path, n = sys.argv[1], int(sys.argv[2])
dur = re.compile(r'\[(\d+)\] \S+ LOG:  duration: [\d.]+ ms  (?:(parse|bind|execute) [^:]*: |statement: )(.*)')
det = re.compile(r'\[(\d+)\] \S+ DETAIL:  ! system usage stats:')
last = {}
pending = None
by = collections.defaultdict(lambda: [0.0, 0.0, 0.0, 0, 0])  # parse, bind, execute, n-exec, n-all
tot = {}
raw = open(path, errors='replace').read().split('\n')
lines = iter(raw)
idx = 0
for line in lines:
    idx += 1
    m = dur.search(line)
    if m:
        pid, kind, sql = m.group(1), m.group(2) or 'execute', m.group(3)
        j = idx
        while j < len(raw) and raw[j].startswith('\t'):
            sql += ' ' + raw[j]; j += 1
        sql = re.sub(r"\s+", " ", sql); sql = ("BATCH " if "unnest($6::text[], $7::bigint[])" in sql or "r(ref, o, i)" in sql else "") + sql[:70]
        last[pid] = (kind, sql)
        continue
    m = det.search(line)
    if m:
        pid = m.group(1)
        l1 = next(lines); l2 = next(lines); idx += 2
        u = re.search(r'([\d.]+) s user, ([\d.]+) s system', l1)
        t = re.search(r'\[([\d.]+) s user, ([\d.]+) s system total\]', l2)
        if t: tot[pid] = float(t.group(1)) + float(t.group(2))
        if pid in last and u:
            kind, sql = last.pop(pid)
            c = float(u.group(1)) + float(u.group(2))
            e = by[sql]
            e[{'parse':0,'bind':1,'execute':2}[kind]] += c
            if kind == 'execute': e[3] += 1
            e[4] += 1
rows = sorted(by.items(), key=lambda kv: -sum(kv[1][:3]))
allc = sum(sum(v[:3]) for v in by.values())
print('all statements ms/draft %.3f; backends totals (last blocks) ms/draft %.3f' % (allc*1000/n, sum(tot.values())*1000/n))
for sql, v in rows[:25]:
    print('%.3f (p %.3f b %.3f e %.3f) %5.2f/draft  %s' % (sum(v[:3])*1000/n, v[0]*1000/n, v[1]*1000/n, v[2]*1000/n, v[3]/n, sql))
