"""The first guarded calls of a multi-threaded app, made at the same moment.

Before, a thread that found ``asyncio`` in ``sys.modules`` while another thread was still
importing it (the first calls that need an event loop: a parallel group, an async guard) read
the half-initialised module and failed with "AttributeError: partially initialized module
'asyncio' has no attribute 'get_running_loop'".
"""

from __future__ import annotations

import subprocess
import sys

_SCRIPT = r'''
import importlib.abc, sys, threading, time

class SlowAsyncio(importlib.abc.MetaPathFinder):  # a cold start: asyncio loads slowly
    def find_spec(self, name, path, target=None):
        if name == "asyncio.base_events":
            time.sleep(0.3)
        return None

sys.meta_path.insert(0, SlowAsyncio())
from guardwire import Decision, Pipeline, parallel

assert "asyncio" not in sys.modules, "import guardwire loaded asyncio: nothing to test"

def a(text, ctx):
    return Decision.allow()

def b(text, ctx):
    return Decision.allow()

pipeline = Pipeline(input=[parallel([a, b])])
errors, done, barrier = [], [], threading.Barrier(8)

def call(i):
    barrier.wait()
    time.sleep(0.05 * i)  # later threads arrive while the first is still importing
    try:
        done.append(pipeline.check_input("x").blocked)
    except Exception as exc:
        errors.append(f"{type(exc).__name__}: {exc}")

threads = [threading.Thread(target=call, args=(i,)) for i in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(errors[:1] or done)
'''


def test_concurrent_first_calls_while_asyncio_is_being_imported() -> None:
    out = subprocess.run([sys.executable, "-c", _SCRIPT], capture_output=True, text=True,
                         check=True, timeout=60)
    assert out.stdout.strip() == str([False] * 8), out.stdout + out.stderr
