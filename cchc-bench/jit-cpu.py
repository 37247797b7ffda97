#!/usr/bin/env python3
"""Runs a command (a JVM) and says where its CPU time went: the JIT compiler threads, the collector and VM
threads, and the rest (the program's own threads), read from /proc/PID/task every 50 ms (Linux). A thread's
last reading before it ends is what counts, so a thread that lives under 50 ms may be missed: the compiler and
collector threads live as long as the JVM. The totals of the whole process come from the kernel (wait4).

  python3 cchc-bench/jit-cpu.py java -jar cchc-cli/target/cchc-cli-all.jar aggregate @files.txt

The command's own output passes through; the summary is one line on standard error, after it.
"""
import os
import subprocess
import sys
import time

TICK = os.sysconf("SC_CLK_TCK")


def kind(name):
    if "CompilerThre" in name:
        return "jit"
    if name.startswith(("GC Thread", "G1 ", "VM Thread")):
        return "gc"
    return "program"


def read_tasks(pid, seen):
    try:
        tids = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return
    for tid in tids:
        try:
            with open(f"/proc/{pid}/task/{tid}/stat") as f:
                stat = f.read()
        except OSError:
            continue  # the thread has ended
        name = stat[stat.index("(") + 1:stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2:].split()
        seen[tid] = (name, (int(fields[11]) + int(fields[12])) / TICK)  # utime, stime


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: jit-cpu.py COMMAND [ARG...]")
    start = time.monotonic()
    child = subprocess.Popen(sys.argv[1:])
    seen = {}
    while True:
        read_tasks(child.pid, seen)
        done, status, usage = os.wait4(child.pid, os.WNOHANG)
        if done:
            break
        time.sleep(0.05)
    wall = time.monotonic() - start
    total = usage.ru_utime + usage.ru_stime
    by_kind = {"jit": 0.0, "gc": 0.0, "program": 0.0}
    for name, cpu in seen.values():
        by_kind[kind(name)] += cpu
    with open("/proc/loadavg") as f:
        load = f.read().split()[0]
    print(f"jit-cpu: wall {wall:.2f} s, CPU {total:.2f} s: JIT compilers {by_kind['jit']:.2f} s, "
          f"collector and VM thread {by_kind['gc']:.2f} s, program threads {by_kind['program']:.2f} s; "
          f"exit {os.waitstatus_to_exitcode(status)}; load average {load}", file=sys.stderr)
    sys.exit(os.waitstatus_to_exitcode(status))


if __name__ == "__main__":
    main()
