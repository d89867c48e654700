#!/usr/bin/env python3
"""Writes the same N-post DevOps blog twice: as a Jekyll site and as a Hugo site.

Deterministic for a given (posts, seed): two runs write byte-identical trees, so the
benchmark can regenerate or reuse a corpus and always compare the same input.

    python3 bench/corpus.py --posts 1000 --seed 42 --out bench/work/corpus-1000
    -> bench/work/corpus-1000/jekyll/   (_config.yml, _layouts/, _data/, _posts/, pages, assets/)
    -> bench/work/corpus-1000/hugo/     (hugo.toml, layouts/, data/, content/, static/)
    -> bench/work/corpus-1000/empty-theme/  (for our generator's --theme)

The shape of a real blog, on both sides with the same URLs: one PNG per post that the post links
to (assets/images/, Hugo static/assets/images/), downloads some posts link to (PDF-like binaries,
text files; assets/downloads/), standalone pages with their own layouts (about, contact, an
archive of every post), and data files the layouts read (_data/nav.yml, _data/authors.yml).

Stdlib only. The templates live next to this file (bench/templates/{jekyll,hugo}); this
script copies them and writes the posts, images and downloads, so the layouts stay readable
as files.
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import shutil
import struct
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path

TEMPLATES = Path(__file__).resolve().parent / "templates"
MIN_WORDS, MAX_WORDS = 600, 1200  # per post body, code blocks and markup included

# Names are unique case-insensitively: Jekyll keeps "Kubernetes" and "kubernetes" apart,
# Hugo merges them, so mixed case would give the two sides different archive pages.
CATEGORIES = [
    "devops", "linux", "kubernetes", "Cloud Native", "Site Reliability", "containers",
    "ci", "networking", "security", "observability", "databases", "performance",
]
SINGLE_WORD_CATEGORIES = [c for c in CATEGORIES if " " not in c]
TAGS = [
    "docker", "podman", "helm", "terraform", "ansible", "nginx", "postgres", "redis",
    "kafka", "grafana", "prometheus", "loki", "tempo", "jaeger", "envoy", "istio",
    "linkerd", "argocd", "flux", "github-actions", "gitlab", "jenkins", "bash", "python",
    "golang", "rust", "dotnet", "java", "jvm", "qemu", "kvm", "systemd", "cgroups",
    "namespaces", "ebpf", "tls", "dns", "bgp", "iptables", "nftables", "wireguard",
    "vault", "sops", "backups", "benchmarks", "latency", "memory", "cpu", "storage",
    "zfs", "ext4", "s3", "minio", "caching", "queues", "logging", "tracing", "alerts",
    "on-call", "postmortems", "capacity", "cost", "arm64", "raspberry-pi",
]

TOPICS = [
    "Kubernetes", "Docker", "Terraform", "Ansible", "Prometheus", "Grafana", "PostgreSQL",
    "Redis", "Kafka", "NGINX", "Envoy", "systemd", "QEMU", "the JVM", ".NET", "Go", "Rust",
    "Python", "eBPF", "WireGuard", "Vault", "Helm", "Argo CD", "GitHub Actions", "ZFS",
    "cgroups v2", "DNS", "TLS", "BGP", "nftables",
]
TITLE_SHAPES = [
    "{verb} {topic}: lessons from incident #{n}",
    "Why {topic} ate our {thing} (and how we fixed it)",
    "{topic} vs. {topic2}: which one, when?",
    "A practical guide to {topic} {thing}",
    "What I learned running {topic} for {n} days",
    "Don't {verb_l} {topic} before reading this!",
    "{topic} & {topic2}, part {part}",
    "The \"{thing}\" problem in {topic}",
    "{n} ways to {verb_l} {topic}'s {thing}",
    "Is {topic} still worth it in {year}?",
    "Notes on {topic}; {thing}, {thing2} and more",
    "From {topic} to {topic2}: a migration story [{year}]",
]
VERBS = ["Tuning", "Debugging", "Scaling", "Hardening", "Monitoring", "Migrating", "Profiling",
         "Automating", "Benchmarking", "Upgrading", "Containerizing", "Securing"]
THINGS = ["memory", "latency", "cold start", "disk I/O", "tail latency", "build cache",
          "network policy", "config drift", "log volume", "CPU throttling", "DNS lookups",
          "TLS handshakes", "image size", "queue depth", "error budget", "on-call load"]

WORDS = (
    "the a our this that every each cluster node pod container image registry build deploy "
    "release pipeline service endpoint request response latency throughput memory heap cache "
    "queue worker job scheduler kernel process thread socket packet route firewall proxy "
    "load balancer certificate secret volume snapshot backup restore metric alert dashboard "
    "trace span log budget incident rollback canary replica shard index query transaction "
    "lock timeout retry backoff limit quota config manifest chart module playbook runner "
    "agent daemon cgroup namespace filesystem network storage disk benchmark baseline "
    "percentile median regression tuning profile flame graph allocation garbage collector "
    "startup shutdown signal health probe readiness liveness sidecar mesh gateway ingress "
    "is was will can should must might often rarely always never quickly slowly safely "
    "reliably measured observed compared reduced increased doubled halved dropped spiked "
    "failed recovered scaled drained evicted restarted pinned rotated compressed cached "
    "with without under over after before during between across behind inside through "
    "and but so because while when until unless although however therefore meanwhile "
    "small large noisy stable flaky slow fast cheap expensive default custom minimal "
    "production staging local remote shared dedicated warm cold hot idle busy"
).split()

EXTERNAL_LINKS = [
    ("the Kubernetes docs", "https://kubernetes.io/docs/home/"),
    ("the Docker reference", "https://docs.docker.com/reference/"),
    ("Brendan Gregg's site", "https://www.brendangregg.com/"),
    ("the SRE book", "https://sre.google/sre-book/table-of-contents/"),
    ("the PostgreSQL manual", "https://www.postgresql.org/docs/current/"),
    ("the Linux man pages", "https://man7.org/linux/man-pages/"),
    ("the QEMU documentation", "https://www.qemu.org/docs/master/"),
    ("Prometheus best practices", "https://prometheus.io/docs/practices/naming/"),
]


# Keys of _data/authors.yml (bench/templates/*/_data|data/authors.yml); each post names one.
AUTHORS = ["ana", "bo", "chen", "dara"]
DOWNLOADS_EVERY = 20  # one download per this many posts (at least 3); post i*20 links to download i
DOWNLOAD_KINDS = ["pdf", "txt", "pdf", "tar.gz"]


@dataclass(frozen=True)
class Download:
    name: str
    data: bytes


@dataclass(frozen=True)
class Post:
    index: int
    date: dt.datetime
    date_in_front_matter: bool  # else Jekyll takes the date from the file name
    slug: str
    title: str
    categories: list[str]       # what both generators must end up with
    category_yaml: str          # how the Jekyll post spells it (string, list, singular)
    tags: list[str]
    tags_yaml: str
    author: str
    body: str

    @property
    def url(self) -> str:
        return f"/{self.date:%Y/%m/%d}/{self.slug}/"

    @property
    def file_stem(self) -> str:
        return f"{self.date:%Y-%m-%d}-{self.slug}"

    @property
    def image_url(self) -> str:
        return f"/assets/images/{self.file_stem}.png"


def yaml_string(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def yaml_flow_list(items: list[str]) -> str:
    return "[" + ", ".join(yaml_string(i) if (" " in i or ":" in i) else i for i in items) + "]"


def slugify(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


class Writer:
    """Makes the prose, code and tables of one post from a seeded random source."""

    def __init__(self, rng: random.Random, earlier: list["Post"]):
        self.rng = rng
        self.earlier = earlier

    def words(self, n: int) -> str:
        return " ".join(self.rng.choice(WORDS) for _ in range(n))

    def sentence(self) -> str:
        r = self.rng
        s = self.words(r.randint(7, 18))
        s = s[0].upper() + s[1:]
        roll = r.random()
        if roll < 0.10:
            s += f" with `{r.choice(['kubectl', 'docker', 'systemctl', 'perf', 'strace', 'curl'])} {r.choice(WORDS)}`"
        elif roll < 0.18:
            s += f", which is **{r.choice(WORDS)}** here"
        elif roll < 0.24:
            s += f" and *{r.choice(WORDS)}* {r.choice(WORDS)}"
        elif roll < 0.30:
            text, href = r.choice(EXTERNAL_LINKS)
            s += f" (see [{text}]({href}))"
        elif roll < 0.34 and self.earlier:
            other = r.choice(self.earlier[-200:])
            s += f", as in [an earlier post]({other.url})"
        return s + r.choice([".", ".", ".", "!", "?"])

    def paragraph(self) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.randint(3, 6)))

    def bullet_list(self) -> str:
        r = self.rng
        lines = []
        ordered = r.random() < 0.35
        tasks = not ordered and r.random() < 0.2
        for i in range(r.randint(3, 6)):
            marker = f"{i + 1}." if ordered else "-"
            box = r.choice(["[ ] ", "[x] "]) if tasks else ""
            lines.append(f"{marker} {box}{self.words(r.randint(4, 12)).capitalize()}")
            if not tasks and r.random() < 0.25:
                indent = " " * (len(marker) + 1)
                for _ in range(r.randint(1, 3)):
                    lines.append(f"{indent}- {self.words(r.randint(3, 8))}")
        return "\n".join(lines)

    def table(self) -> str:
        r = self.rng
        cols = r.randint(3, 5)
        header = ["Setup"] + r.sample(["p50 (ms)", "p99 (ms)", "RSS (MiB)", "CPU %", "req/s",
                                        "errors", "startup (s)", "image (MB)"], cols - 1)
        align = [":---"] + [r.choice(["---:", ":---:", "---"]) for _ in range(cols - 1)]
        rows = []
        for _ in range(r.randint(3, 7)):
            name = f"{r.choice(TOPICS)} {r.choice(['default', 'tuned', 'pinned', 'v2', 'baseline'])}"
            rows.append([name.replace("|", "/")] + [f"{r.uniform(0.1, 999):.1f}" for _ in range(cols - 1)])
        out = ["| " + " | ".join(header) + " |", "| " + " | ".join(align) + " |"]
        out += ["| " + " | ".join(row) + " |" for row in rows]
        return "\n".join(out)

    def code(self) -> str:
        lang, make = self.rng.choice(CODE)
        return f"```{lang}\n{make(self.rng).rstrip()}\n```"

    def quote(self) -> str:
        return "> " + self.sentence()

    def body(self, target_words: int) -> str:
        r = self.rng
        blocks = [self.paragraph(), "<!--more-->"]
        used = count_words(blocks[0])
        blocks.append(self.paragraph())
        used += count_words(blocks[-1])
        section = 0
        while used < target_words:
            section += 1
            heading = f"## {r.choice(VERBS)} the {r.choice(THINGS)}"
            if r.random() < 0.3:
                heading += r.choice(["?", ": step " + str(section), " (again)", " & friends"])
            parts = [heading, self.paragraph()]
            kinds = r.sample(["code", "code", "table", "list", "quote", "sub"], r.randint(2, 4))
            for kind in kinds:
                if kind == "code":
                    parts.append(self.code())
                elif kind == "table":
                    parts.append(self.table())
                elif kind == "list":
                    parts.append(self.bullet_list())
                elif kind == "quote":
                    parts.append(self.quote())
                else:
                    parts.append(f"### {r.choice(THINGS).capitalize()} in practice")
                parts.append(self.paragraph())
            added = sum(count_words(p) for p in parts)
            if used + added <= MAX_WORDS:
                blocks.extend(parts)
                used += added
                continue
            # A whole section would overshoot: close with paragraphs, then sentences, that fit.
            while used < target_words:
                filler = self.paragraph()
                if used + count_words(filler) > MAX_WORDS:
                    filler = self.sentence()
                    if used + count_words(filler) > MAX_WORDS:
                        break
                blocks.append(filler)
                used += count_words(filler)
            break
        return "\n\n".join(blocks) + "\n"


def count_words(text: str) -> int:
    return len(text.split())


# ---- code blocks: several languages, no "{{" or "{%" (Jekyll runs Liquid over posts) ----

def _ident(r: random.Random) -> str:
    return r.choice(["cache", "worker", "probe", "queue", "router", "backup", "metrics", "shard"])


CODE = [
    ("bash", lambda r: f"""#!/usr/bin/env bash
set -euo pipefail
for node in $(kubectl get nodes -o name); do
  kubectl drain "$node" --ignore-daemonsets --timeout={r.randint(30, 300)}s
  ssh "${{node#node/}}" 'sudo systemctl restart {_ident(r)}.service'
  kubectl uncordon "$node"
done
echo "restarted $(wc -l < /tmp/nodes) nodes" >&2"""),
    ("yaml", lambda r: f"""apiVersion: apps/v1
kind: Deployment
metadata:
  name: {_ident(r)}
  labels:
    app: {_ident(r)}
spec:
  replicas: {r.randint(1, 9)}
  template:
    spec:
      containers:
        - name: app
          image: registry.local/{_ident(r)}:1.{r.randint(0, 40)}.{r.randint(0, 9)}
          resources:
            limits:
              memory: {r.choice([128, 256, 512, 1024])}Mi
              cpu: "{r.choice(['250m', '500m', '1'])}"
          readinessProbe:
            httpGet: {{ path: /healthz, port: 8080 }}"""),
    ("python", lambda r: f"""import statistics
import time


def measure(fn, rounds: int = {r.randint(5, 50)}) -> dict[str, float]:
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return {{"median": statistics.median(samples), "max": max(samples)}}


if __name__ == "__main__":
    print(measure(lambda: sum(range({r.randint(1000, 99999)}))))"""),
    ("go", lambda r: f"""package main

import (
\t"fmt"
\t"net/http"
\t"time"
)

func main() {{
\tclient := &http.Client{{Timeout: {r.randint(1, 30)} * time.Second}}
\tresp, err := client.Get("http://{_ident(r)}.svc:8080/healthz")
\tif err != nil {{
\t\tpanic(err)
\t}}
\tdefer resp.Body.Close()
\tfmt.Println(resp.Status)
}}"""),
    ("json", lambda r: f"""{{
  "service": "{_ident(r)}",
  "replicas": {r.randint(1, 12)},
  "limits": {{ "memory_mb": {r.choice([128, 256, 512])}, "cpu": {r.choice([0.25, 0.5, 1.0])} }},
  "alerts": ["latency_p99", "error_rate", "saturation"],
  "enabled": {r.choice(["true", "false"])}
}}"""),
    ("dockerfile", lambda r: f"""FROM debian:12-slim AS build
RUN apt-get update && apt-get install -y --no-install-recommends build-essential
WORKDIR /src
COPY . .
RUN make -j{r.randint(2, 16)} {_ident(r)}

FROM scratch
COPY --from=build /src/{_ident(r)} /app
USER {r.randint(1000, 65000)}
ENTRYPOINT ["/app"]"""),
    ("csharp", lambda r: f"""using System.Diagnostics;

var stopwatch = Stopwatch.StartNew();
var tasks = Enumerable.Range(0, {r.randint(2, 64)})
    .Select(i => Task.Run(() => Work(i)))
    .ToArray();
await Task.WhenAll(tasks);
Console.WriteLine($"done in {{stopwatch.ElapsedMilliseconds}} ms");

static int Work(int seed) => new Random(seed).Next({r.randint(10, 1000)});"""),
    ("javascript", lambda r: f"""const retry = async (fn, attempts = {r.randint(2, 9)}) => {{
  for (let i = 0; i < attempts; i++) {{
    try {{
      return await fn();
    }} catch (err) {{
      await new Promise((resolve) => setTimeout(resolve, 2 ** i * {r.randint(50, 500)}));
    }}
  }}
  throw new Error("gave up after " + attempts + " attempts");
}};"""),
    ("sql", lambda r: f"""SELECT date_trunc('hour', created_at) AS hour,
       count(*) AS requests,
       percentile_cont(0.99) WITHIN GROUP (ORDER BY latency_ms) AS p99
FROM {_ident(r)}_requests
WHERE created_at > now() - interval '{r.randint(1, 30)} days'
GROUP BY 1
ORDER BY 1 DESC
LIMIT {r.randint(10, 500)};"""),
    ("rust", lambda r: f"""use std::time::Instant;

fn main() {{
    let start = Instant::now();
    let total: u64 = (0..{r.randint(1000, 10_000_000)}u64).filter(|n| n % 3 == 0).sum();
    println!("{{}} in {{:?}}", total, start.elapsed());
}}"""),
    ("toml", lambda r: f"""[server]
listen = "0.0.0.0:{r.randint(1024, 65535)}"
workers = {r.randint(1, 32)}

[cache]
backend = "{r.choice(['redis', 'memory', 'disk'])}"
ttl_seconds = {r.randint(10, 86400)}"""),
    ("text", lambda r: f"""$ uptime
 {r.randint(10, 23)}:{r.randint(10, 59)}:01 up {r.randint(1, 400)} days,  load average: {r.uniform(0, 8):.2f}, {r.uniform(0, 8):.2f}, {r.uniform(0, 8):.2f}"""),
]


def make_title(r: random.Random, index: int) -> str:
    t1, t2 = r.sample(TOPICS, 2)
    th1, th2 = r.sample(THINGS, 2)
    verb = r.choice(VERBS)
    return r.choice(TITLE_SHAPES).format(
        verb=verb, verb_l=verb.lower().removesuffix("ing") or verb.lower(), topic=t1, topic2=t2,
        thing=th1, thing2=th2, n=r.randint(2, 500), part=r.randint(1, 5), year=r.randint(2015, 2025),
    )


def choose_categories(r: random.Random) -> tuple[list[str], str]:
    """Returns (resulting categories, the Jekyll front matter line that yields them)."""
    form = r.random()
    if form < 0.30:  # a string splits on spaces: only single-word names
        cats = r.sample(SINGLE_WORD_CATEGORIES, r.randint(1, 2))
        return cats, f"categories: {' '.join(cats)}"
    if form < 0.60:  # a flow list: items never split
        cats = r.sample(CATEGORIES, r.randint(1, 3))
        return cats, f"categories: {yaml_flow_list(cats)}"
    if form < 0.85:  # a block list
        cats = r.sample(CATEGORIES, r.randint(1, 2))
        return cats, "categories:\n" + "\n".join(f"  - {c}" for c in cats)
    cat = r.choice(CATEGORIES)  # singular `category` never splits
    return [cat], f"category: {cat}"


def choose_tags(r: random.Random) -> tuple[list[str], str]:
    tags = r.sample(TAGS, r.randint(1, 5))
    if r.random() < 0.5:
        return tags, f"tags: {' '.join(tags)}"
    return tags, f"tags: {yaml_flow_list(tags)}"


def png(width: int, height: int, noise: float, r: random.Random) -> bytes:
    """A real RGB PNG (zlib via the stdlib): a colour gradient with a share of rows of noise, so
    files compress to anything from ~1 KB to ~180 KB, as screenshots and diagrams do."""
    base = bytes((x * 255 // width + k * 85) & 255 for x in range(width) for k in range(3))
    raw = bytearray()
    for y in range(height):
        raw.append(0)  # filter: none
        raw += r.randbytes(3 * width) if r.random() < noise else base[y % 3:] + base[:y % 3]

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(bytes(raw), 6)) + chunk(b"IEND", b""))


def post_image(r: random.Random) -> bytes:
    return png(r.randint(120, 480), r.randint(80, 320), r.choice([0.0, 0.05, 0.1, 0.2, 0.4]), r)


def make_downloads(n: int, seed: int) -> list[Download]:
    r = random.Random(f"downloads-{seed}")
    downloads = []
    for i in range(max(3, -(-n // DOWNLOADS_EVERY))):
        kind = DOWNLOAD_KINDS[i % len(DOWNLOAD_KINDS)]
        name = f"{slugify(r.choice(TOPICS))}-{slugify(r.choice(THINGS))}-{i}.{kind}"
        if kind == "txt":
            data = "\n".join(Writer(r, []).sentence() for _ in range(r.randint(20, 200))).encode()
        elif kind == "pdf":  # PDF-shaped: header, incompressible stream, trailer
            data = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + r.randbytes(r.randint(8_000, 120_000)) + b"\n%%EOF\n"
        else:
            data = b"\x1f\x8b\x08\x00" + r.randbytes(r.randint(4_000, 60_000))
        downloads.append(Download(name, data))
    return downloads


def with_media(body: str, p_index: int, stem: str, thing: str, downloads: list[Download]) -> str:
    """The post's image right after the excerpt, and every DOWNLOADS_EVERY-th post a download link:
    real internal links to static files, so a link checker has files to resolve, not only pages."""
    media = f"![Figure {p_index}: {thing}](/assets/images/{stem}.png)"
    if p_index % DOWNLOADS_EVERY == 0 and p_index // DOWNLOADS_EVERY < len(downloads):
        name = downloads[p_index // DOWNLOADS_EVERY].name
        media += f"\n\nThe full notes are in [{name}](/assets/downloads/{name})."
    return body.replace("<!--more-->\n\n", f"<!--more-->\n\n{media}\n\n", 1)


def make_posts(n: int, seed: int, downloads: list[Download]) -> list[Post]:
    r = random.Random(seed)
    start = dt.datetime(2016, 1, 4, tzinfo=dt.timezone.utc)
    # Spread the posts over about nine years whatever N is, every one in the past.
    step = dt.timedelta(minutes=max(30, int(9 * 365 * 24 * 60 / max(n, 1))))
    posts: list[Post] = []
    for i in range(n):
        date = start + step * i
        explicit = r.random() < 0.6
        if explicit:
            date = date.replace(minute=r.choice([0, 15, 30, 45]), second=0)
        else:
            date = date.replace(hour=0, minute=0, second=0)  # Jekyll: midnight in site timezone
        title = make_title(r, i)
        slug = f"{slugify(title)[:60].strip('-')}-{i}"
        cats, cat_yaml = choose_categories(r)
        tags, tag_yaml = choose_tags(r)
        body = Writer(r, posts).body(r.randint(MIN_WORDS, MAX_WORDS - 50))
        stem = f"{date:%Y-%m-%d}-{slug}"
        # No draws from r here, so the posts' text stays what it was before the corpus had media.
        body = with_media(body, i, stem, THINGS[i % len(THINGS)], downloads)
        author = AUTHORS[i % len(AUTHORS)]
        posts.append(Post(i, date, explicit, slug, title, cats, cat_yaml, tags, tag_yaml, author, body))
    return posts


def jekyll_post(p: Post) -> str:
    lines = ["---", "layout: post", f"title: {yaml_string(p.title)}", f"author: {p.author}"]
    if p.date_in_front_matter:
        lines.append(f"date: {p.date:%Y-%m-%d %H:%M:%S} +0000")
    lines += [p.category_yaml, p.tags_yaml, "---", ""]
    return "\n".join(lines) + p.body


def hugo_post(p: Post) -> str:
    lines = [
        "---",
        f"title: {yaml_string(p.title)}",
        f"date: {p.date:%Y-%m-%dT%H:%M:%S}+00:00",
        f"slug: {p.slug}",
        f"author: {p.author}",
        f"categories: [{', '.join(yaml_string(c) for c in p.categories)}]",
        f"tags: [{', '.join(yaml_string(t) for t in p.tags)}]",
        "---",
        "",
    ]
    return "\n".join(lines) + p.body


def write_site(out: Path, posts: list[Post], downloads: list[Download], seed: int) -> None:
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(TEMPLATES / "jekyll", out / "jekyll")
    shutil.copytree(TEMPLATES / "hugo", out / "hugo")
    # Files both sides read as they are, kept once in the Jekyll template.
    shutil.copytree(TEMPLATES / "jekyll" / "_data", out / "hugo" / "data")
    shutil.copytree(TEMPLATES / "jekyll" / "assets" / "js", out / "hugo" / "static" / "assets" / "js")
    # Our generator merges a theme folder under the site; the benchmark points it at this empty
    # one, so our output holds only what the corpus's own layouts make, as Hugo's does.
    (out / "empty-theme").mkdir()
    jekyll_posts = out / "jekyll" / "_posts"
    hugo_posts = out / "hugo" / "content" / "posts"
    jekyll_posts.mkdir(parents=True)
    hugo_posts.mkdir(parents=True, exist_ok=True)  # holds _index.md
    for p in posts:
        (jekyll_posts / f"{p.file_stem}.md").write_text(jekyll_post(p), encoding="utf-8")
        (hugo_posts / f"{p.file_stem}.md").write_text(hugo_post(p), encoding="utf-8")
    # The same bytes under the same URL on both sides: Jekyll copies assets/, Hugo copies static/.
    images = random.Random(f"images-{seed}")
    for side in ("jekyll/assets", "hugo/static/assets"):
        (out / side / "images").mkdir(parents=True)
        (out / side / "downloads").mkdir(parents=True)
    for p in posts:
        data = post_image(images)
        for side in ("jekyll/assets", "hugo/static/assets"):
            (out / side / "images" / f"{p.file_stem}.png").write_bytes(data)
    for d in downloads:
        for side in ("jekyll/assets", "hugo/static/assets"):
            (out / side / "downloads" / d.name).write_bytes(d.data)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--posts", type=int, required=True, help="number of posts")
    ap.add_argument("--seed", type=int, default=42, help="random seed (default 42)")
    ap.add_argument("--out", type=Path, required=True, help="folder to (re)create")
    args = ap.parse_args(argv)
    downloads = make_downloads(args.posts, args.seed)
    posts = make_posts(args.posts, args.seed, downloads)
    write_site(args.out, posts, downloads, args.seed)
    words = sorted(count_words(p.body.replace("<!--more-->", "")) for p in posts)
    print(f"corpus: {len(posts)} posts -> {args.out}/{{jekyll,hugo}}, "
          f"words min {words[0]} median {words[len(words) // 2]} max {words[-1]}, "
          f"{len({c.lower() for p in posts for c in p.categories})} categories, "
          f"{len({t for p in posts for t in p.tags})} tags, {len(posts)} images "
          f"({sum(f.stat().st_size for f in (args.out / 'jekyll/assets/images').iterdir()) / 1e6:.1f} MB), "
          f"{len(downloads)} downloads")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
