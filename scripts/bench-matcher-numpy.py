#!/usr/bin/env python3
"""numpy float32 brute force over 1,000,000 random L2-normalised 512-D descriptors, one query and
its top 100 at a time: the reference point quoted in docs/benchmarks/matcher.md (needs numpy)."""
import numpy as np, time
rng = np.random.default_rng(2026)
n = 1_000_000
x = rng.standard_normal((n, 512), dtype=np.float32)
x /= np.linalg.norm(x, axis=1, keepdims=True)
ts = []
for i in range(12):
    q = rng.standard_normal(512, dtype=np.float32); q /= np.linalg.norm(q)
    t = time.perf_counter()
    s = x @ q
    top = np.argpartition(-s, 100)[:100]
    top = top[np.argsort(-s[top])]
    ts.append(time.perf_counter() - t)
ts = sorted(ts[2:])
print("numpy %s float32 1M x 512, 1 query + top-100: median %.1f ms, best %.1f ms" % (np.__version__, 1e3 * ts[len(ts)//2], 1e3 * ts[0]))
