#!/usr/bin/env python3
"""find-cpu.py: what one find-a-child search and one child record cost, one request at a time, on a running server.

  bench/find-cpu.py --port 8302 --data-dir DIR [--user sw.demo] [--warm 300] [--requests 200]
                    [--queries 'Smith,Jones,Patel,Ali,Brown,Maya Brown'] [--pages find,record]

Signs in as --user (password hearth-demo), warms each page up, then per query (and for the child record, over the
user's children from My work) prints the CPU milliseconds a request cost: Tomcat's request threads, the whole JVM,
PostgreSQL's backends of the app (from /proc), and the statement time and count PostgreSQL itself recorded
(pg_stat_statements, the audit sealer's scans left out). The server must run with pg_stat_statements preloaded
(shared_preload_libraries in DIR/pg/postgresql.auto.conf); the extension is created if missing. CPU per request holds
on a loaded machine far better than wall time, which is not reported. Needs python3 and psql.
"""
import argparse, http.client, os, re, subprocess, sys, time, urllib.parse

HZ = os.sysconf('SC_CLK_TCK')
a = argparse.ArgumentParser()
a.add_argument('--port', type=int, required=True)
a.add_argument('--data-dir', required=True)
a.add_argument('--user', default='sw.demo')
a.add_argument('--password', default='hearth-demo')
a.add_argument('--warm', type=int, default=300)
a.add_argument('--requests', type=int, default=200)
a.add_argument('--queries', default='Smith,Jones,Patel,Ali,Brown,Maya Brown')
a.add_argument('--pages', default='find,record')
args = a.parse_args()


def read(path):
    with open(path) as fh:
        return fh.read()


pid_file = read(os.path.join(args.data_dir, 'pg', 'postmaster.pid')).split('\n')
postmaster, pg_port = int(pid_file[0]), pid_file[3].strip()
java_pid = int(subprocess.run(['bash', '-c', f"ss -ltnp 'sport = :{args.port}' | grep -o 'pid=[0-9]*' | head -1"],
                              capture_output=True, text=True).stdout.strip().split('=')[1])


def ticks(stat):
    f = stat[stat.rindex(')') + 2:].split()
    return int(f[11]) + int(f[12])


def cpu_ms():
    """(request threads, whole JVM, PostgreSQL backends of the app incl. parallel workers) in CPU ms so far."""
    req = 0
    for t in os.listdir(f'/proc/{java_pid}/task'):
        try:
            st = read(f'/proc/{java_pid}/task/{t}/stat')
        except OSError:
            continue
        name = st[st.index('(') + 1:st.rindex(')')]
        if re.match(r'http-nio-\d+-e', name):  # exec threads; the name is cut to 15 characters
            req += ticks(st)
    jvm = ticks(read(f'/proc/{java_pid}/stat'))
    st = read(f'/proc/{postmaster}/stat')
    f = st[st.rindex(')') + 2:].split()
    pg = int(f[13]) + int(f[14])  # exited backends and parallel workers, reaped by the postmaster
    for p in os.listdir('/proc'):
        if not p.isdigit():
            continue
        try:
            st = read(f'/proc/{p}/stat')
            if int(st[st.rindex(')') + 2:].split()[1]) != postmaster:
                continue
            cmd = read(f'/proc/{p}/cmdline')
        except (OSError, IndexError, ValueError):
            continue
        if cmd.startswith('postgres: hearth_app') or cmd.startswith('postgres: parallel worker'):
            pg += ticks(st)
    return tuple(v * 1000 / HZ for v in (req, jvm, pg))


def psql(sql):
    env = dict(os.environ, PGPASSWORD=read(os.path.join(args.data_dir, 'db-owner.secret')).strip())
    r = subprocess.run(['psql', '-X', '-qAt', '-h', 'localhost', '-p', pg_port, '-U', 'postgres', '-d', 'postgres',
                        '-c', sql], env=env, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit('find-cpu: psql failed: ' + r.stderr.strip())
    return r.stdout.strip()


conn = http.client.HTTPConnection('localhost', args.port, timeout=120)
cookies = {}


def call(method, path, body=None, expect=(200,)):
    headers = {'Cookie': '; '.join(f'{k}={v}' for k, v in cookies.items())}
    if body is not None:
        headers['Content-Type'] = 'application/x-www-form-urlencoded'
    conn.request(method, path, body=body, headers=headers)
    r = conn.getresponse()
    data = r.read().decode('utf-8', 'replace')
    for h, v in r.getheaders():
        if h.lower() == 'set-cookie':
            k, _, rest = v.partition('=')
            cookies[k.strip()] = rest.split(';')[0]
    if r.status not in expect:
        sys.exit(f'find-cpu: {method} {path} answered {r.status}')
    return data


psql('CREATE EXTENSION IF NOT EXISTS pg_stat_statements')
page = call('GET', '/sign-in')
token = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
call('POST', '/sign-in', urllib.parse.urlencode({'username': args.user, 'password': args.password, '_csrf': token}),
     expect=(302, 303))
children = sorted(set(re.findall(r'href="(/children/[0-9a-f-]{36})"', call('GET', '/'))))
runs = []
if 'find' in args.pages:
    for q in args.queries.split(','):
        runs.append((f'find "{q}"', lambda i, q=q: '/children?q=' + urllib.parse.quote_plus(q)))
if 'record' in args.pages and children:
    runs.append((f'child record ({len(children)})', lambda i: children[i % len(children)]))
print(f'{time.strftime("%H:%M:%S")} user {args.user}, {os.cpu_count()} cores; warm-up {args.warm} a page, then '
      f'{args.requests} measured, one at a time', flush=True)
for _, path in runs:
    for i in range(args.warm):
        call('GET', path(i))
time.sleep(2)
print(f'{"page":26s} {"req thr":>8s} {"JVM":>8s} {"PG app":>8s} {"JVM+PG":>8s} {"SQL ms":>7s} {"stmts":>6s}  load'
      f' (per request)')
for name, path in runs:
    psql('SELECT pg_stat_statements_reset()')
    b = cpu_ms()
    for i in range(args.requests):
        call('GET', path(i))
    e = cpu_ms()
    sql_ms, calls = psql("SELECT coalesce(sum(total_exec_time), 0)::numeric(12,1) || ' ' || coalesce(sum(calls), 0) "
                         "FROM pg_stat_statements s JOIN pg_roles r ON r.oid = s.userid WHERE r.rolname = 'hearth_app' "
                         "AND query NOT LIKE '%audit_seal s%'").split()
    n = args.requests
    d = [(e[k] - b[k]) / n for k in range(3)]
    print(f'{name:26s} {d[0]:8.1f} {d[1]:8.1f} {d[2]:8.1f} {d[1] + d[2]:8.1f} {float(sql_ms) / n:7.2f} '
          f'{int(calls) / n:6.1f}  {" ".join(read("/proc/loadavg").split()[:3])}', flush=True)
