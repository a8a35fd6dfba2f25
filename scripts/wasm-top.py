#!/usr/bin/env python3
"""What takes the space in a .wasm that still has its name section (the
wasm-bindgen output before wasm-opt: target/wasm-bindgen/release/*_bg.wasm).

Prints the sections, the largest functions, the code by crate::module and the
generic functions by name with their number of copies (like `twiggy top` and
`twiggy monos`, shallow sizes). Usage: scripts/wasm-top.py FILE.wasm [N]
"""
import collections
import re
import sys

CRATE_HASH = re.compile(r"\[[0-9a-f]{16}\]")
SECTIONS = {0: "custom", 1: "type", 2: "import", 3: "function", 4: "table", 5: "memory",
            6: "global", 7: "export", 8: "start", 9: "element", 10: "code", 11: "data",
            12: "datacount"}


def leb(b, i):
    r = s = 0
    while True:
        x = b[i]
        i += 1
        r |= (x & 0x7F) << s
        s += 7
        if x < 0x80:
            return r, i


def read(path):
    b = open(path, "rb").read()
    i, imported, sizes, names, sections = 8, 0, [], {}, []
    while i < len(b):
        sid = b[i]
        n, i = leb(b, i + 1)
        end = i + n
        label = SECTIONS.get(sid, str(sid))
        if sid == 0:
            ln, j = leb(b, i)
            custom = b[j:j + ln].decode()
            label += ":" + custom
            if custom == "name":
                j += ln
                while j < end:
                    sub = b[j]
                    sl, j = leb(b, j + 1)
                    if sub == 1:
                        count, k = leb(b, j)
                        for _ in range(count):
                            idx, k = leb(b, k)
                            ln2, k = leb(b, k)
                            names[idx] = b[k:k + ln2].decode("utf8", "replace")
                            k += ln2
                    j += sl
        elif sid == 2:
            count, j = leb(b, i)
            for _ in range(count):
                for _ in range(2):
                    ln, j = leb(b, j)
                    j += ln
                kind = b[j]
                j += 1
                if kind == 0:
                    _, j = leb(b, j)
                    imported += 1
                elif kind in (1, 2):
                    j += kind == 1
                    flags = b[j]
                    _, j = leb(b, j + 1)
                    if flags & 1:
                        _, j = leb(b, j)
                elif kind == 3:
                    j += 2
                elif kind == 4:
                    _, j = leb(b, j + 1)
        elif sid == 10:
            count, j = leb(b, i)
            for _ in range(count):
                ln, k = leb(b, j)
                sizes.append(ln + k - j)
                j = k + ln
        sections.append((label, n))
        i = end
    # Names from rustc's v0 mangling carry each crate's hash
    # (`plan_tracker[a0e394695f58cf39]::ui`): left out, so that names group.
    funcs = [(s, CRATE_HASH.sub("", names.get(imported + k, f"func[{imported + k}]")))
             for k, s in enumerate(sizes)]
    return sections, funcs


def generic(name):
    """The name without its type arguments (`::<…>`, as v0 names spell a
    function's), so that the copies of one generic function share a key."""
    out, depth, i = [], 0, 0
    while i < len(name):
        if depth == 0 and name.startswith("::<", i):
            depth, i = 1, i + 3
            continue
        if depth:
            depth += {"<": 1, ">": -1}.get(name[i], 0)
            i += 1
            continue
        out.append(name[i])
        i += 1
    return "".join(out)


def main():
    path, top = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 30
    sections, funcs = read(path)
    for label, n in sections:
        print(f"{n:10d}  {label}")
    total = sum(s for s, _ in funcs) or 1
    print(f"\ncode: {total} bytes in {len(funcs)} functions\n\nlargest functions")
    for s, name in sorted(funcs, reverse=True)[:top]:
        print(f"{s:8d} {100 * s / total:5.2f}%  {name[:140]}")
    by_path, monos = collections.Counter(), collections.defaultdict(lambda: [0, 0])
    for s, name in funcs:
        m = re.match(r"<?([a-z_0-9]+)::([a-z_0-9]+)", name)
        by_path[m.group(1) + "::" + m.group(2) if m else name[:30]] += s
        key = generic(re.sub(r"::h[0-9a-f]{16}$", "", name))
        monos[key][0] += 1
        monos[key][1] += s
    print("\nby crate::module")
    for key, s in by_path.most_common(top):
        print(f"{s:8d} {100 * s / total:5.2f}%  {key}")
    print("\ngeneric functions: copies and bytes")
    for key, (c, s) in sorted(monos.items(), key=lambda kv: -kv[1][1])[:top]:
        print(f"{s:8d} {100 * s / total:5.2f}% x{c:<4d} {key[:140]}")


if __name__ == "__main__":
    main()
