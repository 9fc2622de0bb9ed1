"""PostGIS baseline: a throw-away PostgreSQL 15 cluster on loopback in a temp folder, GiST indexes, and the
textbook queries (GROUP BY floor, KNN <-> LATERAL, ST_DWithin, ST_Contains). Load and index time is a separate row."""
import glob
import io
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time

import numpy as np
import psycopg2

from peer_common import buurten, check, load, median_time, row

folder, repeat = sys.argv[1], int(sys.argv[2])
kernels = sys.argv[3].split(",") if len(sys.argv) > 3 else ["bin", "nearest", "within1km", "pip"]
bindir = sorted(glob.glob("/usr/lib/postgresql/*/bin"))[-1]
user = "postgres"  # PostgreSQL refuses to run as root; the Debian package creates this account.


def user_command(args):
    return (["runuser", "-u", user, "--"] if os.geteuid() == 0 else []) + args


def as_user(args):
    subprocess.run(user_command(args), check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def remove_stale_clusters():
    """A run stopped at its time limit cannot clean up; its folder is removed by the next run once no server uses it."""
    for old in glob.glob(os.path.join(tempfile.gettempdir(), "leefbaar-postgis-*")):
        try:
            with open(os.path.join(old, "data", "postmaster.pid")) as f:
                os.kill(int(f.readline()), 0)
        except (OSError, ValueError):
            shutil.rmtree(old, ignore_errors=True)


remove_stale_clusters()
tmp = tempfile.mkdtemp(prefix="leefbaar-postgis-")
os.chmod(tmp, 0o777)
data = os.path.join(tmp, "data")
with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
as_user([f"{bindir}/initdb", "-D", data, "--auth=trust", "-U", user, "-E", "UTF8"])
# The server runs as a child of this script (not daemonised by pg_ctl), so when the harness stops a run at its time
# limit it kills the whole tree, backends included; a daemonised server kept its query running and skewed the next peer.
server = subprocess.Popen(
    user_command([f"{bindir}/postgres", "-D", data, "-p", str(port), "-c", "listen_addresses=127.0.0.1", "-k", tmp,
                  "-c", "shared_buffers=2GB", "-c", "work_mem=256MB", "-c", "maintenance_work_mem=1GB",
                  "-c", "max_parallel_workers_per_gather=2", "-c", "fsync=off", "-c", "synchronous_commit=off"]),
    stdout=open(os.path.join(tmp, "log"), "w"), stderr=subprocess.STDOUT)
try:
    for _ in range(600):
        if server.poll() is not None:
            raise SystemExit(f"postgres exited with code {server.returncode} before accepting connections")
        try:
            psycopg2.connect(host="127.0.0.1", port=port, user=user, dbname="postgres").close()
            break
        except psycopg2.OperationalError:
            time.sleep(0.1)
    else:
        raise SystemExit("postgres did not accept connections within 60 s")
    con = psycopg2.connect(host="127.0.0.1", port=port, user=user, dbname="postgres")
    con.autocommit = True
    cur = con.cursor()
    cur.execute("CREATE EXTENSION postgis")
    cur.execute("SELECT split_part(version(), ' ', 2), postgis_lib_version()")
    pg, pgis = cur.fetchone()
    tool = f"postgis {pgis} (postgresql {pg})"

    def copy(table, x, y):
        cur.execute(f"CREATE UNLOGGED TABLE {table} (id serial, x float8, y float8)")
        for start in range(0, len(x), 1_000_000):
            buf = io.StringIO()
            np.savetxt(buf, np.column_stack([x[start:start + 1_000_000], y[start:start + 1_000_000]]), fmt="%.6f", delimiter=",")
            buf.seek(0)
            cur.copy_expert(f"COPY {table} (x, y) FROM STDIN WITH (FORMAT csv)", buf)
        cur.execute(f"ALTER TABLE {table} ADD COLUMN geom geometry(Point, 28992)")
        cur.execute(f"UPDATE {table} SET geom = ST_SetSRID(ST_MakePoint(x, y), 28992)")

    start = time.perf_counter()
    copy("dwellings", load(folder, "dwellings_x"), load(folder, "dwellings_y"))
    copy("care", load(folder, "care_x"), load(folder, "care_y"))
    cur.execute("CREATE UNLOGGED TABLE buurten (id int, geom geometry(MultiPolygon, 28992))")
    buf = io.StringIO("".join(f"{i}\t{h}\n" for i, h in buurten(folder)))
    cur.execute("CREATE TEMP TABLE b_raw (id int, hex text)")
    cur.copy_expert("COPY b_raw FROM STDIN", buf)
    cur.execute("INSERT INTO buurten SELECT id, ST_Multi(ST_SetSRID(ST_GeomFromWKB(decode(hex, 'hex')), 28992)) FROM b_raw")
    for t in ("dwellings", "care", "buurten"):
        cur.execute(f"CREATE INDEX ON {t} USING gist (geom)")
        cur.execute(f"ANALYZE {t}")
    row("load+index", tool, time.perf_counter() - start, 0)

    def q(sql):
        cur.execute(sql)
        return cur.fetchone()[0]

    def backend_peak():
        cur.execute("SELECT pg_backend_pid()")
        with open(f"/proc/{cur.fetchone()[0]}/status") as f:
            return next(int(l.split()[1]) for l in f if l.startswith("VmHWM")) / 1024.0

    if "bin" in kernels:
        t, n = median_time(lambda: q("SELECT count(*) FROM (SELECT floor(x / 100) cx, floor(y / 100) cy, count(*) FROM dwellings GROUP BY 1, 2) c"), repeat)
        row("bin", tool, t, backend_peak())
        check("bin", tool, n)
    # The cells (centres of populated 100 m cells) are set up once, untimed, for the next kernels.
    cur.execute("CREATE UNLOGGED TABLE cells AS SELECT row_number() OVER () id, ST_SetSRID(ST_MakePoint(cx * 100 + 50, cy * 100 + 50), 28992) geom "
                "FROM (SELECT DISTINCT floor(x / 100) cx, floor(y / 100) cy FROM dwellings) c")
    cur.execute("CREATE INDEX ON cells USING gist (geom)")
    cur.execute("ANALYZE cells")
    if "nearest" in kernels:
        t, s = median_time(lambda: q("SELECT sum(d) FROM cells c CROSS JOIN LATERAL "
                                     "(SELECT c.geom <-> a.geom d FROM care a ORDER BY c.geom <-> a.geom LIMIT 1) n"), repeat)
        row("nearest", tool, t, backend_peak())
        check("nearest", tool, f"{s:.1f}")
    if "within1km" in kernels:
        t, n = median_time(lambda: q("SELECT sum(n) FROM (SELECT c.id, count(*) n FROM cells c JOIN care a ON ST_DWithin(c.geom, a.geom, 1000) GROUP BY c.id) s"), repeat)
        row("within1km", tool, t, backend_peak())
        check("within1km", tool, n)
    if "pip" in kernels:
        t, n = median_time(lambda: q("SELECT count(DISTINCT d.id) FROM buurten b JOIN dwellings d ON ST_Contains(b.geom, d.geom)"), repeat)
        row("pip", tool, t, backend_peak())
        check("pip", tool, n)
    con.close()
finally:
    if server.poll() is None:
        as_user([f"{bindir}/pg_ctl", "-D", data, "-m", "fast", "-w", "stop"])
        server.wait()
    shutil.rmtree(tmp, ignore_errors=True)
