#!/usr/bin/env python3
"""Reference verifier for draws of 双随机抽查管理 (SSJ-DRAW-2 and SSJ-DRAW-1).

Written from electron/core/draw/ALGORITHM.md alone and sharing no code with the program, so a
mistake in the program and a mistake here are unlikely to agree. Python 3 standard library only:
copy this one file anywhere and run it.

    python3 verify_draw.py PACKAGE.json [--record RECORD.txt]
    python3 verify_draw.py --self-test

Exit status: 0 and a last line 一致 when everything matches; 1 and a last line 不一致 after one
line per difference; 2 when the package cannot be read as a 核验包 at all.

RECORD.txt is the text of a printed 随机抽取记录 as `pdftotext` or `pdftotext -layout` gives it.
Paper breaks long values across lines and prints hex in spaced groups, so the record's text is
compared with all white space (ALGORITHM.md §5) removed: a value counts as printed when it appears
in that squeezed text. Use plain `pdftotext` if `-layout` puts another column between the two
halves of a wrapped value.
"""

import argparse
import errno
import hashlib
import json
import re
import sys

FORMAT = "SSJ-VERIFY-1"
DRAW2 = "SSJ-DRAW-2"
DRAW1 = "SSJ-DRAW-1"
ZERO_HASH = "0" * 64
CLASSES = ["A", "B", "C", "D", "未分类"]
OUTCOMES = ("drawn", "abandoned", "open")
HEX64 = re.compile(r"[0-9a-f]{64}")

# ALGORITHM.md §5: exactly these code points are white space, nothing else (no U+0085, no U+200B).
WHITE_SPACE = frozenset(
    [chr(c) for c in range(0x09, 0x0E)]
    + ["\u0020", "\u00a0", "\u1680"]
    + [chr(c) for c in range(0x2000, 0x200B)]
    + ["\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\ufeff"]
)
# §5: the longest matching ending is removed, so longer endings are tried first.
AREA_ENDINGS = sorted(["街道办事处", "街道", "办事处", "片区", "地区", "镇", "乡"], key=len, reverse=True)


class Malformed(Exception):
    """The file is not a 核验包 this verifier can read: exit 2, nothing to compare."""


# ---------------------------------------------------------------- text helpers


def remove_white_space(text):
    return "".join(ch for ch in text if ch not in WHITE_SPACE)


def strip_white_space(text):
    start, end = 0, len(text)
    while start < end and text[start] in WHITE_SPACE:
        start += 1
    while end > start and text[end - 1] in WHITE_SPACE:
        end -= 1
    return text[start:end]


def area_key(area):
    key = remove_white_space(area)
    for ending in AREA_ENDINGS:
        if key.endswith(ending):
            return key[: -len(ending)]
    return key


def same_area(unit, area):
    """§5: the unit, white space removed, contains the area's key; an empty key matches no unit."""
    key = area_key(area)
    return key != "" and key in remove_white_space(unit)


def utf8(text):
    # A lone surrogate cannot be UTF-8; an ECMAScript program hashing such a string would write
    # U+FFFD in its place, so do the same rather than crash on a tampered package.
    return re.sub("[\ud800-\udfff]", "\ufffd", text).encode("utf-8")


def sha256_hex(data):
    return hashlib.sha256(data).hexdigest()


def order_key(algorithm):
    """§1 canonical order: code points for SSJ-DRAW-2, UTF-16 code units for SSJ-DRAW-1."""
    if algorithm == DRAW1:
        return lambda text: text.encode("utf-16-be", "surrogatepass")
    return lambda text: text


def ordinal(i):
    return f"第 {i + 1} 个"


# ---------------------------------------------------------------- generator (§3)


class Stream:
    """SHA-256 counter-mode stream for (seed, label), read as big-endian uint32 values."""

    def __init__(self, seed, label):
        self.prefix = seed + label.encode("utf-8") + b"\x00"
        self.block = 0
        self.buffer = b""

    def uint32(self):
        if not self.buffer:
            self.buffer = hashlib.sha256(self.prefix + self.block.to_bytes(8, "big")).digest()
            self.block += 1
        value, self.buffer = int.from_bytes(self.buffer[:4], "big"), self.buffer[4:]
        return value

    def below(self, n):
        if not 1 <= n <= 2**32:
            raise ValueError(f"below({n})")
        limit = (2**32 // n) * n
        while True:
            x = self.uint32()
            if x < limit:
                return x % n


# ---------------------------------------------------------------- quotas (§1)

RATIO_TEXT = re.compile(r"[0-9]+(?:\.[0-9]+)?")


def ratio_count(n, ratio):
    """§1 ratioCount, exactly: r = p / 10^d, count = ceil(n * p / (100 * 10^d)), at least 1."""
    if not RATIO_TEXT.fullmatch(ratio):
        raise ValueError(ratio)
    if n == 0:
        return 0
    whole, _, fraction = ratio.partition(".")
    p, q = int(whole + fraction), 100 * 10 ** len(fraction)
    return max(1, -(-n * p // q))


# ---------------------------------------------------------------- canonical JSON (RFC 8785)


def js_number(value):
    """A number as ECMAScript's Number::toString writes it (what JSON.stringify emits)."""
    if isinstance(value, int):
        if abs(value) < 2**53:
            return str(value)
        value = float(value)  # JSON.parse would have read it as the nearest double
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError("not a finite number")
    if value == 0:
        return "0"
    sign = "-" if value < 0 else ""
    mantissa, _, exponent = repr(abs(value)).partition("e")
    whole, _, fraction = mantissa.partition(".")
    digits = whole + fraction
    point = len(whole) + (int(exponent) if exponent else 0)
    stripped = digits.lstrip("0")
    point -= len(digits) - len(stripped)
    digits = stripped.rstrip("0")
    k, n = len(digits), point
    if k <= n <= 21:
        text = digits + "0" * (n - k)
    elif 0 < n <= 21:
        text = digits[:n] + "." + digits[n:]
    elif -6 < n <= 0:
        text = "0." + "0" * (-n) + digits
    else:
        e = n - 1
        text = digits[0] + ("." + digits[1:] if k > 1 else "") + "e" + ("+" if e >= 0 else "-") + str(abs(e))
    return sign + text


SHORT_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def js_string(text):
    out = ['"']
    for ch in text:
        code = ord(ch)
        if ch in SHORT_ESCAPES:
            out.append(SHORT_ESCAPES[ch])
        elif code < 0x20 or 0xD800 <= code <= 0xDFFF:
            out.append(f"\\u{code:04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def canonical_json(value):
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return js_number(value)
    if isinstance(value, str):
        return js_string(value)
    if isinstance(value, list):
        return "[" + ",".join(canonical_json(v) for v in value) + "]"
    if isinstance(value, dict):
        keys = sorted(value, key=lambda k: k.encode("utf-16-be", "surrogatepass"))
        return "{" + ",".join(js_string(k) + ":" + canonical_json(value[k]) for k in keys) + "}"
    raise ValueError(type(value).__name__)


class DuplicateKey(ValueError):
    pass


def parse_json(text):
    """JSON as ECMAScript reads it, but a repeated member name is an error, not a silent overwrite."""

    def pairs(items):
        out = {}
        for key, value in items:
            if key in out:
                raise DuplicateKey(key)
            out[key] = value
        return out

    def constant(name):
        raise ValueError(name)

    return json.loads(text, object_pairs_hook=pairs, parse_constant=constant)


# ---------------------------------------------------------------- the package's shape


def need(obj, key, kind, where):
    if not isinstance(obj, dict):
        raise Malformed(f"{where}应为对象")
    if key not in obj:
        raise Malformed(f"{where}缺少 {key}")
    value = obj[key]
    kinds = kind if isinstance(kind, tuple) else (kind,)
    ok = any(
        (k is int and isinstance(value, int) and not isinstance(value, bool))
        or (k is None and value is None)
        or (k not in (int, None) and isinstance(value, k))
        for k in kinds
    )
    if not ok:
        raise Malformed(f"{where}的 {key} 类型不对")
    return value


def need_texts(value, where):
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise Malformed(f"{where}应为文本列表")
    return value


def file_error(error):
    """An OSError in Chinese: Python's strerror is English (and on Windows in the system's language)."""
    reasons = {
        errno.ENOENT: "不存在（请检查文件名和所在文件夹；文件名含空格时请用英文双引号把它括起来）",
        errno.EACCES: "没有读取权限",
        errno.EISDIR: "是一个文件夹，不是文件",
        errno.ENAMETOOLONG: "的名称太长",
    }
    return reasons.get(error.errno, f"打不开（操作系统错误号 {error.errno}）" if error.errno else "打不开")


JSON_REASONS = (
    ("Expecting value", "这里不是 JSON 能读的内容（应是文本、数字、对象或列表）"),
    ("Expecting property name enclosed in double quotes", "这里应是用双引号括起来的成员名"),
    ("Expecting ':' delimiter", "这里缺少冒号（:）"),
    ("Expecting ',' delimiter", "这里缺少逗号（,）或右括号"),
    ("Unterminated string", "这里开始的文本没有结束的双引号"),
    ("Invalid control character", "文本中有未转义的控制字符（如换行）"),
    ("Invalid \\uXXXX escape", "这里的 \\u 转义写法不对"),
    ("Invalid \\escape", "这里的反斜杠转义写法不对"),
    ("Extra data", "JSON 内容在这里之前已经结束，后面还有多余的内容"),
    ("Illegal trailing comma", "这里的逗号后面缺少内容（多了一个逗号）"),
)


def json_problem(error, text):
    """What is wrong with a JSON text, and where, in Chinese (Python's own message is English)."""
    if isinstance(error, DuplicateKey):
        return f"成员名“{error}”在同一个对象中出现了两次"
    if not isinstance(error, json.JSONDecodeError):
        return f"含有 JSON 不允许的值 {error}"
    if text.strip() == "":
        return "内容是空的"
    reason = next((chinese for english, chinese in JSON_REASONS if error.msg.startswith(english)), "格式不对")
    return f"第 {error.lineno} 行第 {error.colno} 列：{reason}"


def read_package(path):
    try:
        with open(path, "rb") as file:
            raw = file.read()
    except OSError as error:
        raise Malformed(f"文件“{path}”{file_error(error)}")
    if raw.startswith(b"\xef\xbb\xbf"):
        raise Malformed("核验包开头有字节顺序标记（BOM），而 ALGORITHM.md §8 规定为不带它的 UTF-8 文本")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise Malformed(f"核验包不是 UTF-8 文本（第 {error.start + 1} 个字节起无法按 UTF-8 读出），可能不是核验包文件")
    try:
        pkg = parse_json(text)
    except ValueError as error:
        raise Malformed(f"核验包不是有效的 JSON，{json_problem(error, text)}。请确认选的是“导出核验包”得到的 .json 文件")
    if not isinstance(pkg, dict):
        raise Malformed("核验包应为 JSON 对象")
    fmt = need(pkg, "format", str, "核验包")
    if fmt != FORMAT:
        raise Malformed(f"不认识的核验包格式 {fmt}（本工具核验 {FORMAT}）")
    algorithm = need(pkg, "algorithm", str, "核验包")
    if algorithm not in (DRAW2, DRAW1):
        raise Malformed(f"不认识的算法版本 {algorithm}（本工具核验 {DRAW2} 和 {DRAW1}）")

    draw = need(pkg, "draw", dict, "核验包")
    for key in ("taskCode", "taskName", "drawnAt", "operator", "witness"):
        need(draw, key, str, "draw 中")
    voided = need(draw, "voided", (dict, None), "draw 中")
    if voided is not None:
        need(voided, "at", str, "draw.voided 中")
        need(voided, "reason", str, "draw.voided 中")
    need(pkg, "seed", str, "核验包")

    parts = need(pkg, "seedParts", dict, "核验包")
    mode = need(parts, "mode", str, "seedParts 中")
    if mode not in ("plain", "witnessed"):
        raise Malformed(f"seedParts.mode 应为 plain 或 witnessed，而不是 {mode}")
    if mode == "witnessed":
        for key in ("commitment", "secret", "witnessDigits", "publicValue", "poolHash", "startedAt"):
            need(parts, key, str, "seedParts 中")

    for i, c in enumerate(need(pkg, "ceremonies", list, "核验包")):
        where = f"ceremonies {ordinal(i)}"
        for key in ("commitment", "startedAt", "operator", "outcome"):
            need(c, key, str, where)
        # Who witnessed it, when it ended and why (an abandoned one): shown, not verified (§8).
        for key in ("witness", "endedAt", "endReason"):
            if key in c:
                need(c, key, (str, None), where)
        if "secret" in c and c["secret"] is not None:
            need(c, "secret", str, where)

    pool = need(pkg, "entityPool", dict, "核验包")
    need(pool, "size", int, "entityPool 中")
    need(pool, "fingerprint", str, "entityPool 中")
    for i, line in enumerate(need(pool, "lines", list, "entityPool 中")):
        if not (isinstance(line, list) and len(line) == 2 and all(isinstance(v, str) for v in line)):
            raise Malformed(f"entityPool.lines {ordinal(i)}应为代码和分组两个文本")

    for i, q in enumerate(need(pkg, "quotas", list, "核验包")):
        where = f"quotas {ordinal(i)}"
        need(q, "group", str, where)
        need(q, "ratio", (str, int, float, None), where)
        if need(q, "count", int, where) < 0:
            raise Malformed(f"{where}的 count 为负数")

    team = need(pkg, "team", dict, "核验包")
    need(team, "perEntity", int, "team 中")
    need(team, "withLeader", bool, "team 中")
    need(team, "sameAreaRecusal", bool, "team 中")
    areas = need(team, "areas", dict, "team 中")
    if not all(isinstance(v, str) for v in areas.values()):
        raise Malformed("team.areas 的值应为文本")
    # A joint draw (§5a) lists its departments; a single-department draw has no such member.
    if "departments" in team:
        for i, d in enumerate(need(team, "departments", list, "team 中")):
            where = f"team.departments {ordinal(i)}"
            need(d, "name", str, where)
            need(d, "role", str, where)
            need(d, "perEntity", int, where)

    for i, ins in enumerate(need(pkg, "inspectorPool", list, "核验包")):
        where = f"inspectorPool {ordinal(i)}"
        need(ins, "cert", str, where)
        need(ins, "unit", str, where)
        need_texts(need(ins, "conflicts", list, where), f"{where}的 conflicts ")
        if "department" in ins:
            need(ins, "department", str, where)

    need_texts(need(pkg, "selected", list, "核验包"), "selected ")
    for code, certs in need(pkg, "teams", dict, "核验包").items():
        need_texts(certs, f"teams.{code} ")

    for i, r in enumerate(need(pkg, "replacements", list, "核验包")):
        where = f"replacements {ordinal(i)}"
        need(r, "n", int, where)
        need(r, "entity", str, where)
        need(r, "slot", int, where)
        need(r, "old", str, where)
        need(r, "new", str, where)
        need_texts(need(r, "candidates", list, where), f"{where}的 candidates ")

    record = need(pkg, "record", dict, "核验包")
    for key in ("canonical", "hash", "prevHash"):
        need(record, key, str, "record 中")
    need(record, "auditEntryHash", (str, None), "record 中")
    return pkg


# ---------------------------------------------------------------- the checks


class Verifier:
    def __init__(self, pkg):
        self.pkg = pkg
        self.algorithm = pkg["algorithm"]
        self.key = order_key(self.algorithm)
        self.differences = []
        self.notes = []
        self.summary = []

    def differ(self, message):
        self.differences.append(message)

    def note(self, message):
        self.notes.append(message)

    def hex64(self, value, what):
        if HEX64.fullmatch(value):
            return True
        self.differ(f"{what}不是 64 位小写十六进制：{value}")
        return False

    def in_order(self, texts, what):
        """Strictly ascending in canonical order: sorted, and no text twice."""
        ok = True
        for i in range(1, len(texts)):
            a, b = self.key(texts[i - 1]), self.key(texts[i])
            if a == b:
                self.differ(f"{what}中 {texts[i]} 出现了两次")
                ok = False
            elif a > b:
                self.differ(f"{what}不是规范顺序：{texts[i - 1]} 排在 {texts[i]} 之前")
                ok = False
        return ok

    # -- §1 entity pool

    def check_pool(self):
        pool = self.pkg["entityPool"]
        lines = pool["lines"]
        if pool["size"] != len(lines):
            self.differ(f"候选名单户数不一致：核验包中写为 {pool['size']} 户，名单（entityPool.lines）实有 {len(lines)} 行")
        self.in_order([code for code, _ in lines], "候选名单（entityPool.lines）")
        for i, (code, group) in enumerate(lines):
            if code != code.upper():
                self.differ(f"候选名单第 {i + 1} 行的代码 {code} 不是大写")
            if group != "" and group not in CLASSES:
                self.differ(f"候选名单第 {i + 1} 行（{code}）的分组“{group}”不是空文本、A、B、C、D 或 未分类")
        text = "\n".join(f"{code}\t{group}" for code, group in lines)
        fingerprint = sha256_hex(utf8(text))
        self.hex64(pool["fingerprint"], "候选名单指纹")
        if pool["fingerprint"] != fingerprint:
            self.differ(f"候选名单指纹不一致：核验包中为 {pool['fingerprint']}，按名单重算为 {fingerprint}")
        self.summary.append(f"候选名单 {len(lines)} 户，指纹 {fingerprint}")

    # -- §1 quotas

    def check_quotas(self):
        quotas = self.pkg["quotas"]
        members = {}
        for _, group in self.pkg["entityPool"]["lines"]:
            members[group] = members.get(group, 0) + 1
        groups = [q["group"] for q in quotas]
        listed = "、".join(g or "（空）" for g in groups)
        if not quotas:
            self.differ("没有抽取配额（quotas 为空）")
        elif groups == [""]:
            pass
        elif "" in groups:
            self.differ(f"抽取配额的分组不对：不按信用风险分类时只有一个分组为空的配额，核验包中的分组为 {listed}")
        else:
            positions = [CLASSES.index(g) if g in CLASSES else -1 for g in groups]
            if -1 in positions or positions != sorted(set(positions)):
                self.differ(f"抽取配额的分组不是 A、B、C、D、未分类 的固定顺序：核验包中为 {listed}")
        for group, n in members.items():
            if group not in groups:
                self.differ(f"候选名单中有 {n} 户分组为“{group or '（空）'}”，但没有这个分组的抽取配额")
        for i, q in enumerate(quotas):
            name = f"抽取配额{ordinal(i)}（分组“{q['group'] or '（空）'}”）"
            n = members.get(q["group"], 0)
            ratio, count = q["ratio"], q["count"]
            if self.algorithm == DRAW1:
                if ratio is not None:
                    self.differ(f"{name}的比例应为空值 null（{DRAW1} 的记录只有数量），核验包中为 {show(ratio)}")
                if count > n:
                    self.differ(f"{name}的数量 {count} 超过该组的 {n} 户")
                if n > 0 and count < 1:
                    self.differ(f"{name}的数量为 0，但该组有 {n} 户")
                continue
            if ratio is None:
                # A count c becomes min(c, n); c itself is not in the package.
                if count > n:
                    self.differ(f"{name}的数量 {count} 超过该组的 {n} 户（按数量抽取时，数量不超过该组户数）")
                continue
            if not isinstance(ratio, str):
                self.differ(f"{name}的比例应为十进制文本（如 \"2.5\"），核验包中为数字 {js_number(ratio)}")
                ratio = js_number(ratio)
            if not RATIO_TEXT.fullmatch(ratio):
                self.differ(f"{name}的比例“{ratio}”不是十进制数")
                continue
            expected = ratio_count(n, ratio)
            if count != expected:
                self.differ(f"{name}的数量不一致：核验包中为 {count}，按 {n} 户 × {ratio}% 精确计算应为 {expected}")

    # -- §2 seed

    def check_seed(self):
        pkg, parts = self.pkg, self.pkg["seedParts"]
        seed_ok = self.hex64(pkg["seed"], "种子")
        if parts["mode"] == "plain":
            if self.algorithm == DRAW1 and set(parts) != {"mode"}:
                self.note(f"种子来源（seedParts）除 mode 外还有 {'、'.join(sorted(set(parts) - {'mode'}))}，一键抽取无需这些")
            self.summary.append("种子：一键抽取（未经监督人见证随机数），无从推导")
            return seed_ok
        if self.algorithm == DRAW1:
            self.differ(f"{DRAW1} 的抽取都是一键抽取，但核验包的种子方式（seedParts.mode）为监督人见证（witnessed）")
        ok = all(
            [
                self.hex64(parts["secret"], "秘密随机数"),
                self.hex64(parts["commitment"], "承诺值"),
                self.hex64(parts["poolHash"], "开始抽取时的候选名单指纹"),
                seed_ok,
            ]
        )
        w, v = parts["witnessDigits"], parts["publicValue"]
        if not re.fullmatch(r"[0-9]{6,}", w):
            self.differ(f"监督人随机数应为至少 6 位数字（0–9），核验包中为“{w}”")
        if v != strip_white_space(v):
            self.differ(f"公开随机值两端不应有空白，核验包中为“{v}”")
        if not ok:
            return False
        r, f = bytes.fromhex(parts["secret"]), bytes.fromhex(parts["poolHash"])
        commitment = sha256_hex(r)
        if parts["commitment"] != commitment:
            self.differ(f"承诺值不一致：核验包中为 {parts['commitment']}，而秘密随机数的 SHA-256 为 {commitment}（承诺值应为秘密随机数的 SHA-256）")
        if parts["poolHash"] != self.pkg["entityPool"]["fingerprint"]:
            self.differ(f"开始抽取时的候选名单指纹为 {parts['poolHash']}，与按候选名单重算的指纹 {self.pkg['entityPool']['fingerprint']} 不同")
        seed = sha256_hex(r + utf8(w) + b"\x00" + utf8(v) + b"\x00" + f)
        if pkg["seed"] != seed:
            self.differ(f"种子不一致：按秘密随机数、监督人随机数、公开随机值和候选名单指纹重算的种子为 {seed}，核验包中为 {pkg['seed']}")
        drawn = [c for c in pkg["ceremonies"] if c["commitment"] == parts["commitment"]]
        if not drawn:
            self.differ(f"开始抽取记录（ceremonies）中没有承诺值为 {parts['commitment']} 的一次")
        elif drawn[-1]["outcome"] != "drawn":
            self.differ(f"承诺值为 {parts['commitment']} 的开始抽取结果为{outcome_name(drawn[-1]['outcome'])}，应为{outcome_name('drawn')}")
        elif drawn[-1]["startedAt"] != parts["startedAt"]:
            self.differ(f"开始抽取时间不一致：开始抽取记录（ceremonies）中为 {drawn[-1]['startedAt']}，种子来源（seedParts）中为 {parts['startedAt']}")
        self.summary.append(f"种子：监督人见证（承诺值是秘密随机数的 SHA-256；种子按秘密随机数、监督人随机数 {show(w)}、公开随机值 {show(v)} 和候选名单指纹重算相同）")
        return True

    def check_ceremonies(self):
        for i, c in enumerate(self.pkg["ceremonies"]):
            name = f"{ordinal(i)}开始抽取（{c['startedAt']}）"
            if c["outcome"] not in OUTCOMES:
                self.differ(f"{name}的结果“{c['outcome']}”不是 drawn（已抽取）、abandoned（已放弃）或 open（未完成）")
            secret = c.get("secret")
            if c["outcome"] == "abandoned" and not secret:
                self.differ(f"{name}已放弃，但核验包中没有它的秘密随机数")
            if secret and self.hex64(secret, f"{name}的秘密随机数") and self.hex64(c["commitment"], f"{name}的承诺值"):
                if sha256_hex(bytes.fromhex(secret)) != c["commitment"]:
                    self.differ(f"{name}的承诺值 {c['commitment']} 不是其秘密随机数的 SHA-256")

    # -- §4 selection

    def recompute_selection(self):
        stream = Stream(bytes.fromhex(self.pkg["seed"]), "entities")
        lines = self.pkg["entityPool"]["lines"]
        selection = []
        for q in self.pkg["quotas"]:
            a = sorted((code for code, group in lines if group == q["group"]), key=self.key)
            n = len(a)
            for i in range(min(q["count"], n)):
                j = i + stream.below(n - i)
                a[i], a[j] = a[j], a[i]
            selection += a[: min(q["count"], n)]
        return selection

    def check_selection(self, selection):
        given = self.pkg["selected"]
        for i in range(max(len(given), len(selection))):
            mine = selection[i] if i < len(selection) else "（无）"
            theirs = given[i] if i < len(given) else "（无）"
            if mine != theirs:
                self.differ(f"{ordinal(i)}抽中对象不一致：核验包中为 {theirs}，重算为 {mine}")
        if len(given) != len(selection):
            self.differ(f"抽中对象户数不一致：核验包中为 {len(given)} 户，重算为 {len(selection)} 户")
        self.summary.append(f"抽中 {len(selection)} 户")

    # -- §5 teams

    def check_inspector_pool(self):
        pool = self.pkg["inspectorPool"]
        self.in_order([i["cert"] for i in pool], "执法人员名单（inspectorPool）")
        drawn = set(self.pkg["selected"])
        for ins in pool:
            self.in_order(ins["conflicts"], f"执法人员 {ins['cert']} 的回避对象")
            for code in ins["conflicts"]:
                if code not in drawn:
                    self.differ(f"执法人员 {ins['cert']} 的回避对象 {code} 不是本次抽中的对象（§1：只列抽中对象）")

    def departments(self):
        """A joint draw's departments (§5a), or None for a single-department draw."""
        return self.pkg["team"].get("departments")

    def check_departments(self):
        """§5a: distinct names, the lead first, Σ k_d = k, every pool entry in one of them."""
        departments = self.departments()
        if departments is None:
            stray = [i["cert"] for i in self.pkg["inspectorPool"] if "department" in i]
            if stray:
                self.differ(f"核验包不是联合抽查（没有 team.departments），但执法人员 {'、'.join(stray)} 记有所属部门")
            return True
        ok = True
        names = [d["name"] for d in departments]
        if len(set(names)) != len(names):
            self.differ(f"联合抽查的部门有重名：{'、'.join(names)}")
            ok = False
        for i, d in enumerate(departments):
            role = "牵头" if i == 0 else "参与"
            if d["role"] != role:
                self.differ(f"联合抽查{ordinal(i)}部门“{d['name']}”的角色为“{d['role']}”，应为“{role}”（牵头部门列在第一位）")
                ok = False
            if d["perEntity"] < 1:
                self.differ(f"联合抽查部门“{d['name']}”每户人数 {d['perEntity']} 小于 1")
                ok = False
        total = sum(d["perEntity"] for d in departments)
        if total != self.pkg["team"]["perEntity"]:
            self.differ(f"联合抽查各部门每户人数之和为 {total}，而每户执法人员数为 {self.pkg['team']['perEntity']}")
            ok = False
        for ins in self.pkg["inspectorPool"]:
            if ins.get("department") not in names:
                self.differ(f"执法人员 {ins['cert']} 的所属部门“{ins.get('department', '（无）')}”不是参加联合抽查的部门")
                ok = False
        self.summary.append("联合抽查：" + "、".join(f"{d['name']}（{d['role']}）每户 {d['perEntity']} 名" for d in departments))
        return ok

    def slot_department(self, slot):
        """§5a: the department whose share of the team holds this slot (None beyond the team)."""
        end = 0
        for d in self.departments() or ():
            end += d["perEntity"]
            if slot < end:
                return d["name"]
        return None

    def recompute_teams(self, selection):
        team = self.pkg["team"]
        k, recusal, areas = team["perEntity"], team["sameAreaRecusal"], team["areas"]
        if not 2 <= k <= 10:
            self.differ(f"每户执法人员数 {k} 不在 2 至 10 之间")
            return None
        pool = sorted(self.pkg["inspectorPool"], key=lambda i: self.key(i["cert"]))
        loads = {i["cert"]: 0 for i in pool}
        seed = bytes.fromhex(self.pkg["seed"])
        departments = self.departments()
        if departments is None:
            lanes = [(None, pool, k, Stream(seed, "teams"))]
        else:
            # §5a: each department from its own inspectors, on its own stream, in list order.
            lanes = [
                (d["name"], [i for i in pool if i.get("department") == d["name"]], d["perEntity"], Stream(seed, "teams:" + d["name"]))
                for d in departments
            ]
        teams = {}
        for code in selection:
            members = []
            for name, lane, share, stream in lanes:
                eligible = [
                    i["cert"]
                    for i in lane
                    if code not in i["conflicts"] and not (recusal and same_area(i["unit"], areas.get(code, "")))
                ]
                if len(eligible) < share:
                    whose = f"{name}" if name else ""
                    self.differ(f"按算法，{code} 可抽的{whose}执法人员只有 {len(eligible)} 名，少于每户 {share} 名，这次抽取本应失败")
                    return None
                own = []
                for _ in range(share):
                    rest = [c for c in eligible if c not in own]
                    low = min(loads[c] for c in rest)
                    ties = [c for c in rest if loads[c] == low]
                    pick = ties[stream.below(len(ties))]
                    own.append(pick)
                    loads[pick] += 1
                members.extend(own)
            teams[code] = members
        return teams

    def slot_name(self, slot):
        leader = "（组长）" if slot == 0 and self.pkg["team"]["withLeader"] else ""
        department = self.slot_department(slot)
        whose = f"（{department}）" if department else ""
        return f"第 {slot + 1} 位{leader}{whose}"

    def check_teams(self, teams):
        given = self.pkg["teams"]
        for code in given:
            if code not in teams:
                self.differ(f"核验包中有 {code} 的检查组，但重算的抽中对象中没有 {code}")
        for code, members in teams.items():
            if code not in given:
                self.differ(f"核验包中没有 {code} 的检查组，重算为 {'、'.join(members)}")
                continue
            theirs = given[code]
            for slot in range(max(len(members), len(theirs))):
                mine = members[slot] if slot < len(members) else "（无）"
                other = theirs[slot] if slot < len(theirs) else "（无）"
                if mine != other:
                    self.differ(f"{code} 的检查组{self.slot_name(slot)}不一致：核验包中为 {other}，重算为 {mine}")
        extra = [c for c in self.pkg["team"]["areas"] if c not in teams]
        if extra:
            self.note(f"所属区域表中还有未抽中的对象：{'、'.join(extra)}")
        lacking = [c for c in teams if c not in self.pkg["team"]["areas"]]
        if lacking and self.pkg["team"]["sameAreaRecusal"]:
            self.note(f"所属区域表中没有这些抽中对象，按无所属区域（不回避任何单位）核验：{'、'.join(lacking)}")
        recusal = "，同区域回避" if self.pkg["team"]["sameAreaRecusal"] else ""
        self.summary.append(f"检查组每户 {self.pkg['team']['perEntity']} 人{recusal}")

    # -- §6 replacements

    def check_replacements(self):
        """Replays every 递补 over the package's teams; returns the current teams after the last."""
        current = {code: list(certs) for code, certs in self.pkg["teams"].items()}
        dropped = {}
        units = {i["cert"]: i for i in self.pkg["inspectorPool"]}
        areas, recusal = self.pkg["team"]["areas"], self.pkg["team"]["sameAreaRecusal"]
        seed = bytes.fromhex(self.pkg["seed"])
        for i, r in enumerate(self.pkg["replacements"]):
            n, code, slot = i + 1, r["entity"], r["slot"]
            name = f"第 {n} 次递补（{code}）"
            if r["n"] != n:
                self.differ(f"{name}的序号为 {r['n']}，按记录顺序应为 {n}")
            team = current.get(code)
            if team is None:
                self.differ(f"{name}的检查对象不是抽中对象")
                continue
            if not 0 <= slot < len(team):
                self.differ(f"{name}的位置 {slot} 不在检查组的 0 至 {len(team) - 1} 之间")
                continue
            if team[slot] != r["old"]:
                self.differ(f"{name}：原执法人员 {r['old']} 当时不在{self.slot_name(slot)}，该位置是 {team[slot]}")
            candidates = r["candidates"]
            self.in_order(candidates, f"{name}的候选人")
            department = self.slot_department(slot)
            if department is not None:
                # §6, joint draws: only the slot's department may fill it. Inspectors outside the
                # frozen pool (eligible on the day of the 递补) cannot be placed from the package.
                for cert in dict.fromkeys(candidates + [r["new"]]):
                    known = units.get(cert)
                    if known and known.get("department") != department:
                        self.differ(f"{name}：{self.slot_name(slot)}属于{department}，而人员 {cert} 属于{known.get('department')}")
            for cert in candidates:
                if cert in team:
                    self.differ(f"{name}的候选人 {cert} 已在该检查组中")
                if cert in dropped.get(code, ()):
                    self.differ(f"{name}的候选人 {cert} 此前已从该检查组退出")
                known = units.get(cert)
                # The candidates come from that day's data (§6), which the package does not hold;
                # the frozen pool can only hint at a 回避 or an area that may have changed since.
                if known and code in known["conflicts"]:
                    self.note(f"{name}的候选人 {cert} 在抽取时声明过与 {code} 回避")
                if known and recusal and same_area(known["unit"], areas.get(code, "")):
                    self.note(f"{name}的候选人 {cert} 在抽取时的单位“{known['unit']}”与 {code} 同区域")
            if not candidates:
                self.differ(f"{name}没有候选人，不可能递补")
            elif r["new"] not in candidates:
                self.differ(f"{name}的递补人员 {r['new']} 不在候选人中")
            if candidates:
                loads = {}
                for certs in current.values():
                    for cert in certs:
                        loads[cert] = loads.get(cert, 0) + 1
                low = min(loads.get(c, 0) for c in candidates)
                ties = [c for c in candidates if loads.get(c, 0) == low]
                pick = ties[Stream(seed, f"replace:{n}").below(len(ties))]
                if pick != r["new"]:
                    self.differ(f"{name}的递补人员不一致：核验包中为 {r['new']}，重算为 {pick}")
            dropped.setdefault(code, set()).add(r["old"])
            team[slot] = r["new"]
        if self.pkg["replacements"]:
            self.summary.append(f"递补 {len(self.pkg['replacements'])} 次")
        return current

    # -- §7 record

    def check_record(self, selection):
        record = self.pkg["record"]
        text = record["canonical"]
        self.hex64(record["hash"], "记录哈希")
        self.hex64(record["prevHash"], "上一条记录哈希")
        if record["auditEntryHash"] is None:
            self.note("核验包中没有这次抽取的审计日志哈希（auditEntryHash 为空值），无法与纸质记录上的审计链头核对")
        else:
            self.hex64(record["auditEntryHash"], "审计日志哈希（审计链头）")
        digest = sha256_hex(utf8(record["prevHash"] + "\n" + text))
        if digest != record["hash"]:
            self.differ(
                f"记录哈希不一致：核验包中为 {record['hash']}，而“上一条记录哈希 + 换行 + 记录正文（record.canonical）”的 SHA-256 为 {digest}"
                "（记录哈希应为这段文字的 SHA-256）"
            )
        try:
            content = parse_json(text)
        except ValueError as error:
            self.differ(f"记录正文（record.canonical）不是有效的 JSON，{json_problem(error, text)}")
            return
        try:
            again = canonical_json(content)
        except ValueError:
            self.differ("记录正文（record.canonical）含有无法按规范 JSON 写出的值（如过大的数或非有限数）")
            return
        if again != text:
            at = next((i for i, (a, b) in enumerate(zip(again, text)) if a != b), min(len(again), len(text)))
            self.differ(
                f"记录正文（record.canonical）不是规范 JSON（RFC 8785）的写法：从第 {at + 1} 个字符起不同"
                f"（这里是{describe_character(text, at)}，规范写法应是{describe_character(again, at)}）"
            )
        if not isinstance(content, dict):
            self.differ("记录正文（record.canonical）不是 JSON 对象")
            return
        self.compare_content(content)
        self.summary.append(f"记录哈希 {record['hash']}")

    def compare_content(self, content):
        """Every field the checks above used must be the one the hashed text holds (§8)."""
        pkg = self.pkg

        def field(path, label):
            value = content
            for key in path.split("."):
                if not isinstance(value, dict) or key not in value:
                    self.differ(f"{RECORD}中缺少{label}（{path}）")
                    return None, False
                value = value[key]
            return value, True

        def report(difference):
            if difference is not None:
                label, theirs, mine = difference
                self.differ(f"{label}：核验包中为 {show(theirs)}，{RECORD}中为 {show(mine)}")

        def same(path, expected, label):
            value, ok = field(path, label)
            if ok:
                report(first_difference(expected, value, label))

        same("algorithm", pkg["algorithm"], "算法版本")
        same("seed", pkg["seed"], "种子")
        same("poolHash", pkg["entityPool"]["fingerprint"], "候选名单指纹")
        same("poolSize", pkg["entityPool"]["size"], "候选户数")
        same("operator", pkg["draw"]["operator"], "操作人")
        same("witness", pkg["draw"]["witness"], "监督人")
        same("drawnAt", pkg["draw"]["drawnAt"], "抽取时间")
        same("params.perEntity", pkg["team"]["perEntity"], "每户执法人员数")
        same("params.withLeader", pkg["team"]["withLeader"], "是否设组长")
        same("params.sameAreaRecusal", pkg["team"]["sameAreaRecusal"], "是否同区域回避")
        same("params.areas", pkg["team"]["areas"], "所属区域")
        same("params.task.code", pkg["draw"]["taskCode"], "任务编号")
        same("params.task.name", pkg["draw"]["taskName"], "任务名称")

        if "departments" in pkg["team"]:
            recorded, ok = field("params.departments", "联合抽查部门")
            if ok:
                if not isinstance(recorded, list):
                    self.differ(f"{RECORD}中的联合抽查部门（params.departments）不是列表")
                elif len(recorded) != len(pkg["team"]["departments"]):
                    report(("联合抽查部门个数", f"{len(pkg['team']['departments'])} 个", f"{len(recorded)} 个"))
                else:
                    for i, (mine, theirs) in enumerate(zip(recorded, pkg["team"]["departments"])):
                        label = f"联合抽查{ordinal(i)}部门"
                        if not isinstance(mine, dict):
                            self.differ(f"{RECORD}中的{label}不是一个部门的记录")
                            continue
                        for key in ("name", "role", "perEntity"):
                            report(first_difference(theirs[key], mine.get(key, MISSING), f"{label}的{FIELD_NAMES[key]}"))
        elif isinstance(content.get("params"), dict) and "departments" in content["params"]:
            self.differ(f"核验包中没有联合抽查部门（team.departments），但{RECORD}中记有（params.departments）")

        pool, ok = field("inspectorPool", "执法人员名单")
        if ok:
            expected = [
                {"cert": i["cert"], "unit": i["unit"], "conflicts": i["conflicts"], **({"department": i["department"]} if "department" in i else {})}
                for i in pkg["inspectorPool"]
            ]
            if not isinstance(pool, list):
                self.differ(f"{RECORD}中的执法人员名单（inspectorPool）不是列表")
            else:
                if len(pool) != len(expected):
                    report(("执法人员名单人数", f"{len(expected)} 人", f"{len(pool)} 人"))
                for i, (mine, theirs) in enumerate(zip(pool, expected)):
                    label = f"执法人员名单{ordinal(i)}"
                    if not isinstance(mine, dict):
                        self.differ(f"{RECORD}中的{label}不是一名执法人员的记录")
                        continue
                    if mine.get("cert") == theirs["cert"]:
                        label += f"（执法证号 {theirs['cert']}）"
                    report(first_difference(theirs, mine, label))

        quotas, ok = field("params.quotas", "抽取配额")
        if ok:
            if not isinstance(quotas, list):
                self.differ(f"{RECORD}中的抽取配额（params.quotas）不是列表")
            elif len(quotas) != len(pkg["quotas"]):
                report(("抽取配额个数", f"{len(pkg['quotas'])} 个", f"{len(quotas)} 个"))
            else:
                for i, (mine, theirs) in enumerate(zip(quotas, pkg["quotas"])):
                    label = f"抽取配额{ordinal(i)}（分组“{theirs['group'] or '（空）'}”）"
                    if not isinstance(mine, dict):
                        self.differ(f"{RECORD}中的{label}不是一个配额的记录")
                        continue
                    for key in ("group", "count") + (("ratio",) if self.algorithm == DRAW2 else ()):
                        report(first_difference(theirs[key], mine.get(key, MISSING), f"{label}的{FIELD_NAMES[key]}"))

        selected, ok = field("selected", "抽中对象")
        if ok:
            codes = record_codes(selected)
            if codes is None:
                self.differ(f"{RECORD}中的抽中对象（selected）读不出统一社会信用代码")
            else:
                given = pkg["selected"]
                for i in range(max(len(codes), len(given))):
                    theirs = given[i] if i < len(given) else MISSING
                    mine = codes[i] if i < len(codes) else MISSING
                    if theirs != mine:
                        report((f"{ordinal(i)}抽中对象", theirs, mine))
                        break

        teams, ok = field("teams", "检查组")
        if ok:
            mine = record_teams(teams, content.get("selected"))
            if mine is None:
                self.differ(f"{RECORD}中的检查组（teams）读不出执法证号")
            elif mine != pkg["teams"]:
                for code in sorted(set(mine) | set(pkg["teams"]), key=self.key):
                    theirs, recorded = pkg["teams"].get(code), mine.get(code)
                    if theirs is None or recorded is None:
                        report((f"{code} 的检查组", MISSING if theirs is None else theirs, MISSING if recorded is None else recorded))
                        continue
                    for slot in range(max(len(theirs), len(recorded))):
                        a = theirs[slot] if slot < len(theirs) else MISSING
                        b = recorded[slot] if slot < len(recorded) else MISSING
                        if a != b:
                            report((f"{code} 的检查组{self.slot_name(slot)}", a, b))
                            break

        if pkg["seedParts"]["mode"] == "witnessed":
            parts, ok = field("seedParts", "种子来源")
            if ok and not isinstance(parts, dict):
                self.differ(f"{RECORD}中的种子来源（seedParts）不是监督人见证的各项随机数")
            elif ok:
                # Every part that differs is named, not just the first: each one changes the seed.
                theirs = pkg["seedParts"]
                for key in list(theirs) + [k for k in parts if k not in theirs]:
                    report(first_difference(theirs.get(key, MISSING), parts.get(key, MISSING), FIELD_NAMES.get(key, key)))
        elif "seedParts" in content:
            recorded = content["seedParts"]
            commitment = recorded.get("commitment") if isinstance(recorded, dict) else None
            also = f"（承诺值 {commitment}）" if isinstance(commitment, str) else ""
            self.differ(f"核验包中的种子方式为一键抽取，但{RECORD}中记有监督人见证的种子来源{also}")


RECORD = "记录（record.canonical）"
MISSING = object()
FIELD_NAMES = {
    "mode": "种子方式",
    "commitment": "承诺值",
    "secret": "秘密随机数",
    "witnessDigits": "监督人随机数",
    "publicValue": "公开随机值",
    "poolHash": "开始抽取时的候选名单指纹",
    "startedAt": "开始抽取时间",
    "cert": "执法证号",
    "unit": "单位",
    "conflicts": "回避对象",
    "group": "分组",
    "ratio": "比例",
    "count": "数量",
    "department": "所属部门",
    "name": "名称",
    "role": "角色",
    "perEntity": "每户人数",
}


def strictly_equal(a, b):
    """JSON equality: true is not 1, as it is in Python."""
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(strictly_equal(x, y) for x, y in zip(a, b))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(strictly_equal(a[k], b[k]) for k in a)
    return type(a) is type(b) and a == b or (isinstance(a, (int, float)) and isinstance(b, (int, float)) and a == b)


def first_difference(theirs, mine, label):
    """(label of the first differing entry, the package's value, the record's value), or None."""
    if isinstance(theirs, dict) and isinstance(mine, dict):
        for key in list(theirs) + [k for k in mine if k not in theirs]:
            name = FIELD_NAMES.get(key)
            sub = (f"{label}的{name}" if label else name) if name else (f"{label}（{key}）" if label else key)
            found = first_difference(theirs.get(key, MISSING), mine.get(key, MISSING), sub)
            if found:
                return found
        return None
    nested = isinstance(theirs, list) and isinstance(mine, list) and any(isinstance(v, (dict, list)) for v in theirs + mine)
    if nested:
        for i, (a, b) in enumerate(zip(theirs, mine)):
            found = first_difference(a, b, f"{label}第 {i + 1} 项")
            if found:
                return found
        return None if len(theirs) == len(mine) else (f"{label}的项数", len(theirs), len(mine))
    if theirs is MISSING or mine is MISSING:
        return None if theirs is mine else (label, theirs, mine)
    return None if strictly_equal(theirs, mine) else (label, theirs, mine)


def record_codes(selected):
    """§7 does not say how `selected` is written in the record; a list of codes, or of objects with a code."""
    if not isinstance(selected, list):
        return None
    codes = []
    for item in selected:
        if isinstance(item, str):
            codes.append(item)
        elif isinstance(item, dict) and isinstance(item.get("code"), str):
            codes.append(item["code"])
        else:
            return None
    return codes


def record_teams(teams, selected):
    """`teams` as {code: [cert, …]}, or as a list in selection order (of cert lists or of objects)."""
    if isinstance(teams, dict):
        if all(isinstance(v, list) and all(isinstance(c, str) for c in v) for v in teams.values()):
            return teams
        return None
    codes = record_codes(selected)
    if not isinstance(teams, list) or codes is None or len(codes) != len(teams):
        return None
    out = {}
    for code, item in zip(codes, teams):
        if isinstance(item, dict):
            item = item.get("inspectors", item.get("certs"))
        if not isinstance(item, list):
            return None
        certs = [c if isinstance(c, str) else c.get("cert") if isinstance(c, dict) else None for c in item]
        if not all(isinstance(c, str) for c in certs):
            return None
        out[code] = certs
    return out


def show(value):
    """A value as an auditor reads it: no JSON, an empty text as （无）, lists joined by 、."""
    if value is MISSING:
        return "（没有这一项）"
    if value is None:
        return "（空值）"
    if value is True:
        return "是"
    if value is False:
        return "否"
    if isinstance(value, (int, float)):
        return js_number(value)
    if isinstance(value, str):
        return value if value != "" else "（无）"
    if isinstance(value, list):
        return "、".join(show(v) for v in value) if value else "（无）"
    if isinstance(value, dict):
        return "；".join(f"{FIELD_NAMES.get(k, k)} {show(v)}" for k, v in value.items()) if value else "（无）"
    return str(value)


CHARACTER_NAMES = {
    "\n": "换行",
    "\r": "回车",
    "\t": "制表符",
    " ": "空格",
    "{": "左花括号",
    "}": "右花括号",
    "[": "左方括号",
    "]": "右方括号",
    '"': "双引号",
    ",": "逗号",
    ":": "冒号",
}


def describe_character(text, at):
    if at >= len(text):
        return "文字已结束"
    ch = text[at]
    return CHARACTER_NAMES.get(ch, f"“{ch}”")


# ---------------------------------------------------------------- the printed record


def check_printed_record(verifier, current_teams, text):
    """Everything the paper must show, looked for in its text with all white space removed."""
    pkg, parts = verifier.pkg, verifier.pkg["seedParts"]
    squeezed = remove_white_space(text)
    lower = squeezed.lower()
    found = []

    def printed(value, what, kind="hex"):
        if kind == "hex":
            hit = value.lower() in lower
        else:
            hit = remove_white_space(value) in squeezed
        if hit:
            found.append(value.lower() if kind == "hex" else remove_white_space(value).lower())
        else:
            verifier.differ(f"纸质记录上没有核验包中的{what} {value}")

    printed(pkg["seed"], "种子")
    printed(pkg["entityPool"]["fingerprint"], "候选名单指纹")
    printed(pkg["record"]["hash"], "记录哈希")
    printed(pkg["record"]["prevHash"], "上一条记录哈希")
    if pkg["record"]["auditEntryHash"]:
        printed(pkg["record"]["auditEntryHash"], "审计链头（抽取日志哈希）")
    if parts["mode"] == "witnessed":
        printed(parts["commitment"], "承诺值")
        printed(parts["secret"], "秘密随机数")
        if parts["poolHash"] != pkg["entityPool"]["fingerprint"]:
            printed(parts["poolHash"], "开始抽取时的候选名单指纹")
        printed(parts["witnessDigits"], "监督人随机数", "text")
        if parts["publicValue"]:
            printed(parts["publicValue"], "公开随机值", "text")
        count = re.search(r"本任务曾开始抽取(\d+)次", squeezed)
        if count is None:
            verifier.differ("纸质记录上没有“本任务曾开始抽取 N 次”")
        elif int(count.group(1)) != len(pkg["ceremonies"]):
            verifier.differ(f"纸质记录上写本任务曾开始抽取 {count.group(1)} 次，核验包中有 {len(pkg['ceremonies'])} 次")
    else:
        plain = "一键抽取（未经监督人见证随机数）"
        if plain not in squeezed:
            verifier.differ(f"纸质记录上没有“{plain}”")
    if pkg["algorithm"] not in squeezed:
        verifier.differ(f"纸质记录上没有算法版本 {pkg['algorithm']}")
    for code in pkg["selected"]:
        if code not in squeezed:
            verifier.differ(f"纸质记录上没有抽中对象 {code}")
    for code, certs in current_teams.items():
        for cert in certs:
            if cert not in squeezed:
                verifier.differ(f"纸质记录上没有 {code} 检查组的执法证号 {cert}")

    # A 64-digit hex value on paper that is none of the package's is a hash or seed of another draw.
    known = set()
    known.update(c["commitment"] for c in pkg["ceremonies"])
    known.update(c["secret"] for c in pkg["ceremonies"] if c.get("secret"))
    rest = lower
    for value in sorted(set(found) | {k.lower() for k in known}, key=len, reverse=True):
        rest = rest.replace(value, "|")
    for run in re.findall(r"[0-9a-f]{64,}", rest):
        verifier.differ(f"纸质记录上有核验包中没有的十六进制值 {run}")


# ---------------------------------------------------------------- self-test (§9)


def self_test():
    failures = []
    seed = bytes(range(32))
    stream = Stream(seed, "entities")
    values = [stream.uint32() for _ in range(8)]
    expected = [762195248, 1875680271, 588124930, 2466920198, 3267167332, 3131063453, 1713246144, 3597492518]
    if values != expected:
        failures.append(f"entities 流的前 8 个值不一致：应为 {expected}，算得 {values}")
    else:
        print("entities 流的前 8 个值：一致")

    pkg = {"seed": seed.hex(), "algorithm": DRAW2, "entityPool": {"lines": [[f"C{i:02d}", ""] for i in range(20)]}, "quotas": [{"group": "", "ratio": None, "count": 5}]}
    selection = Verifier(pkg).recompute_selection()
    if selection != ["C08", "C06", "C01", "C17", "C00"]:
        failures.append(f"20 取 5 的抽中顺序不一致：应为 C08、C06、C01、C17、C00，算得 {'、'.join(selection)}")
    else:
        print("20 取 5 的抽中顺序：一致")

    for n, ratio, count in ((300, "1.1", 4), (200, "2.5", 5), (7, "10", 1), (0, "50", 0)):
        got = ratio_count(n, ratio)
        if got != count:
            failures.append(f"ratioCount({n}, \"{ratio}\") 应为 {count}，算得 {got}")
    print("ratioCount：" + ("一致" if not any("ratioCount" in f for f in failures) else "不一致"))

    for area, key in (("城关街道办事处", "城关"), ("\u3000西坪镇 ", "西坪"), ("新区片区", "新区")):
        if area_key(area) != key:
            failures.append(f"“{area}”的区域关键字应为“{key}”，算得“{area_key(area)}”")
    print("区域关键字：" + ("一致" if not any("区域关键字" in f for f in failures) else "不一致"))

    # RFC 8785's own examples of number serialisation, so canonical_json is checked too.
    numbers = (
        (1e21, "1e+21"),
        (1e-7, "1e-7"),
        (0.000001, "0.000001"),
        (123.456, "123.456"),
        (-0.0, "0"),
        (1e20, "100000000000000000000"),
        (4.5e-324, "5e-324"),
        (333333333.3333333, "333333333.3333333"),
    )
    for number, text in numbers:
        if js_number(number) != text:
            failures.append(f"数字 {number!r} 应写作 {text}，算得 {js_number(number)}")
    # Keys sorted by UTF-16 code units put U+1F600 (D83D DE00) between U+20AC and U+FB33.
    sample = {"b": [1, "\u2028\n\x1f"], "a": None, "\u20ac": 1, "\U0001f600": 2, "\ufb33": 3}
    if canonical_json(sample) != '{"a":null,"b":[1,"\u2028\\n\\u001f"],"\u20ac":1,"\U0001f600":2,"\ufb33":3}':
        failures.append("规范 JSON（键按 UTF-16 排序、转义）与 RFC 8785 不一致")
    print("规范 JSON：" + ("一致" if not any("数字" in f or "规范 JSON" in f for f in failures) else "不一致"))

    for f in failures:
        print(f)
    print("不一致" if failures else "一致")
    return 1 if failures else 0


# ---------------------------------------------------------------- main


def verify(pkg, record_text=None):
    v = Verifier(pkg)
    v.check_pool()
    v.check_quotas()
    seed_ok = v.check_seed()
    v.check_ceremonies()
    v.check_inspector_pool()
    departments_ok = v.check_departments()
    current = {code: list(certs) for code, certs in pkg["teams"].items()}
    if seed_ok:
        selection = v.recompute_selection()
        v.check_selection(selection)
        # Teams follow from the package's own selection, so a wrong selection is named once
        # instead of again as every team after it.
        teams = v.recompute_teams(pkg["selected"]) if departments_ok else None
        if teams is not None:
            v.check_teams(teams)
        current = v.check_replacements()
    v.check_record(pkg["selected"])
    if pkg["draw"]["voided"]:
        v.note(f"这次抽取已于 {pkg['draw']['voided']['at']} 作废，理由：{pkg['draw']['voided']['reason']}")
    if record_text is not None:
        check_printed_record(v, current, record_text)
        v.summary.append("纸质记录上的种子、哈希、抽中对象和执法证号")
    return v


USAGE = """python verify_draw.py 核验包.json [--record 记录.txt]
       python verify_draw.py --self-test"""

DESCRIPTION = """核验一次随机抽取：按 ALGORITHM.md 重算种子、抽中对象、检查组和递补，
核对记录哈希，并可同时核对打印的随机抽取记录。
最后一行为“一致”（退出码 0）表示全部相符；为“不一致”（退出码 1）时，
前面每行写明一处不同；核验包无法读取时退出码为 2。"""

EPILOG = """示例：
  python verify_draw.py 核验包.json
  python verify_draw.py "核验包 2026-001.json" --record 记录.txt
文件名中有空格时，请用英文双引号把整个文件名括起来。"""


class ChineseHelpFormatter(argparse.RawDescriptionHelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        return super().add_usage(usage, actions, groups, "用法：")


class ChineseArgumentParser(argparse.ArgumentParser):
    """argparse's own messages are English; an auditor gets Chinese ones, and exit status 2."""

    def format_help(self):
        # argparse ends a group's title with an ASCII colon; a Chinese title takes a full-width one.
        text = super().format_help()
        for group in self._action_groups:
            text = text.replace(f"\n{group.title}:\n", f"\n{group.title}：\n")
        return text

    def error(self, message):
        self.print_usage(sys.stderr)
        if message.startswith("unrecognized arguments:"):
            reason = f"不认识的参数：{message.partition(':')[2].strip()}"
        elif "--record" in message and "expected one argument" in message:
            reason = "--record 后面应写随机抽取记录的文本文件名"
        else:
            reason = "命令行参数不对"
        print(f"{reason}（用 -h 查看说明）", file=sys.stderr)
        sys.exit(2)


def main(argv):
    parser = ChineseArgumentParser(
        prog="verify_draw.py",
        usage=USAGE,
        description=DESCRIPTION,
        epilog=EPILOG,
        add_help=False,
        formatter_class=ChineseHelpFormatter,
    )
    files = parser.add_argument_group("文件")
    files.add_argument("package", nargs="?", metavar="核验包.json", help="程序中“导出核验包”得到的文件")
    options = parser.add_argument_group("选项")
    options.add_argument(
        "--record",
        metavar="记录.txt",
        help="同时核对打印的随机抽取记录：先用 pdftotext 随机抽取记录.pdf 记录.txt 把记录转为文本",
    )
    options.add_argument("--self-test", action="store_true", help="只用 ALGORITHM.md 第 9 节的测试数据检查本工具自身")
    options.add_argument("-h", "--help", action="help", help="显示本说明后退出")
    args = parser.parse_args(argv)
    if args.self_test:
        return self_test()
    if not args.package:
        parser.print_usage(sys.stderr)
        print("请给出核验包文件（用 -h 查看说明）", file=sys.stderr)
        return 2
    try:
        pkg = read_package(args.package)
    except Malformed as error:
        print(f"核验包无法读取：{error}")
        return 2
    record_text = None
    if args.record:
        try:
            with open(args.record, "rb") as file:
                record_text = file.read().decode("utf-8", errors="replace")
        except OSError as error:
            print(f"记录文本无法读取：文件“{args.record}”{file_error(error)}")
            return 2
    try:
        v = verify(pkg, record_text)
    except (KeyError, TypeError, ValueError, AttributeError, IndexError):
        # Shapes the reader did not foresee; say so rather than print a traceback that looks like a verdict.
        print("核验包无法读取：其中的内容有本工具没有预料到的结构，无法核验（请向导出核验包的单位索取新导出的文件）")
        return 2
    for note in v.notes:
        print(f"提示：{note}")
    if v.differences:
        for line in v.differences:
            print(line)
        print("不一致")
        return 1
    print(f"已核对（{pkg['algorithm']}，抽取记录 #{pkg['draw'].get('id', '?')}）：" + "；".join(v.summary))
    print("一致")
    return 0


if __name__ == "__main__":
    # A tampered package may hold lone surrogates; show them escaped rather than crash on printing.
    sys.stdout.reconfigure(encoding="utf-8", errors="backslashreplace")
    sys.stderr.reconfigure(encoding="utf-8", errors="backslashreplace")
    sys.exit(main(sys.argv[1:]))
