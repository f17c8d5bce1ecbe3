#!/usr/bin/env python3
"""page-cpu.py: one signed-in user asks for My work, a child record and find-a-child in turn, one request at a time,
and prints per page the CPU each request cost: Tomcat's request threads, the whole JVM, and the PostgreSQL server's
processes (from /proc), the statements each request ran (pg_stat_statements) and the machine's load average.
Run by bench/page-cpu.sh, which starts the server; see there. CPU per request holds on a loaded machine far better
than wall time, which this does not report.

  page-cpu.py --port P --java-pid PID --pg-dir DIR/pg --owner-secret FILE --user U --warm N --requests N
  page-cpu.py --port P --data-dir DIR [--queries 'Smith,Jones,Maya Brown'] [--pages find,child-record] ...

The second form measures a server already running on DIR (started with pg_stat_statements preloaded): the JVM is the
process listening on P. --queries gives find-a-child a row per query instead of one row rotating five surnames.
"""
import argparse, http.client, os, re, subprocess, sys, time, urllib.parse

HZ = os.sysconf('SC_CLK_TCK')
a = argparse.ArgumentParser()
a.add_argument('--port', type=int, required=True)
a.add_argument('--java-pid', type=int, help='default: the process listening on --port')
a.add_argument('--warm', type=int, default=300)
a.add_argument('--requests', type=int, default=200)
a.add_argument('--data-dir', help="a running server's data directory (gives --pg-dir and --owner-secret)")
a.add_argument('--pg-dir')
a.add_argument('--owner-secret')
a.add_argument('--queries', default='', help='comma-separated searches, each its own find-a-child row')
a.add_argument('--user', default='sw.demo')
a.add_argument('--password', default='hearth-demo')
a.add_argument('--top', type=int, default=0, help='also print the N statements that took longest per page')
a.add_argument('--pages', default='my-work,child-record,find',
               help='which of my-work, child-record, find, keep-alive (no page drawn), not-found (404 page)')
args = a.parse_args()
if args.data_dir:
    args.pg_dir = args.pg_dir or os.path.join(args.data_dir, 'pg')
    args.owner_secret = args.owner_secret or os.path.join(args.data_dir, 'db-owner.secret')
if not (args.pg_dir and args.owner_secret):
    a.error('give --data-dir, or --pg-dir and --owner-secret')
if args.java_pid is None:
    listening = subprocess.run(['bash', '-c', f"ss -ltnp 'sport = :{args.port}' | grep -o 'pid=[0-9]*' | head -1"],
                               capture_output=True, text=True).stdout.strip()
    if not listening:
        a.error(f'nothing listens on port {args.port}')
    args.java_pid = int(listening.split('=')[1])


def ticks(stat, cumulative_children=False):
    f = stat[stat.rindex(')') + 2:].split()
    t = int(f[11]) + int(f[12])  # utime + stime
    return t + (int(f[13]) + int(f[14]) if cumulative_children else 0)  # + reaped children's


def read(path):
    with open(path) as fh:
        return fh.read()


postmaster = int(read(os.path.join(args.pg_dir, 'postmaster.pid')).split('\n')[0])
pg_port = read(os.path.join(args.pg_dir, 'postmaster.pid')).split('\n')[3].strip()


GROUPS = (('GC', r'(GC Thread|G1 |VM Thread)'), ('JIT', r'C[12] Compiler'), ('audit sealer', r'audit-sealer'))
groups = {}


def cpu_ms():
    """(request threads, whole JVM, PostgreSQL app backends, whole PostgreSQL server) in CPU ms so far; the JVM's
    other live threads by group (GC, JIT, the audit sealer, the rest) go to `groups`."""
    requests = 0
    groups.clear()
    for t in os.listdir(f'/proc/{args.java_pid}/task'):
        try:
            st = read(f'/proc/{args.java_pid}/task/{t}/stat')
        except OSError:
            continue
        name = st[st.index('(') + 1:st.rindex(')')]
        if re.match(r'http-nio-\d+-e', name):  # "http-nio-8301-exec-N", cut to 15 characters by the kernel
            requests += ticks(st)
        else:
            g = next((g for g, pattern in GROUPS if re.match(pattern, name)), 'other threads')
            groups[g] = groups.get(g, 0) + ticks(st) * 1000 / HZ
    jvm = ticks(read(f'/proc/{args.java_pid}/stat'))  # the process: every thread, live or ended
    app = 0
    server = ticks(read(f'/proc/{postmaster}/stat'), cumulative_children=True)  # incl. exited backends/workers
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
        t = ticks(st)
        server += t
        if cmd.startswith('postgres: hearth_app') or cmd.startswith('postgres: parallel worker'):
            app += t
    return tuple(v * 1000 / HZ for v in (requests, jvm, app, server))


def psql(sql):
    env = dict(os.environ, PGPASSWORD=read(args.owner_secret).strip())
    r = subprocess.run(['psql', '-X', '-qAt', '-h', 'localhost', '-p', pg_port, '-U', 'postgres', '-d', 'postgres',
                        '-c', sql], env=env, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit('page-cpu: psql failed: ' + r.stderr.strip())
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
        sys.exit(f'page-cpu: {method} {path} answered {r.status}')
    return data


psql('CREATE EXTENSION IF NOT EXISTS pg_stat_statements')  # the server must preload it
page = call('GET', '/sign-in')
token = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
call('POST', '/sign-in', urllib.parse.urlencode({'username': args.user, 'password': args.password, '_csrf': token}),
     expect=(302, 303))
home = call('GET', '/')
children = sorted(set(re.findall(r'href="(/children/[0-9a-f-]{36})"', home)))
if not children:
    sys.exit(f'page-cpu: {args.user} has no children on My work')
surnames = ['Smith', 'Jones', 'Patel', 'Ali', 'Brown']
pages = {
    'My work': lambda i: '/',
    'child record': lambda i: children[i % len(children)],
    'find a child': lambda i: '/children?q=' + surnames[i % len(surnames)],
    # the fixed cost every request pays (session, security, CSRF, filters), with no page drawn and nothing read
    'keep-alive': lambda i: '/keep-alive',
    # the fixed cost plus the shared layout: a signed-in user's "page not found"
    'not found': lambda i: '/no-such-page',
}
EXPECT = {'keep-alive': (204,), 'not found': (404,)}
wanted = {'my-work': 'My work', 'child-record': 'child record', 'find': 'find a child', 'keep-alive': 'keep-alive',
          'not-found': 'not found'}
pages = {wanted[p]: pages[wanted[p]] for p in args.pages.split(',')}
if args.queries and 'find a child' in pages:  # a row per search instead of one rotating the surnames
    del pages['find a child']
    for q in args.queries.split(','):
        pages[f'find "{q}"'] = lambda i, q=q: '/children?q=' + urllib.parse.quote_plus(q)
print(f'user {args.user}: {len(children)} children on My work; warm-up {args.warm} requests a page, '
      f'then {args.requests} measured a page', flush=True)
for name, path in pages.items():
    for i in range(args.warm):
        call('GET', path(i), expect=EXPECT.get(name, (200,)))
time.sleep(3)
i0 = cpu_ms(); time.sleep(10); i1 = cpu_ms()
print(f'idle 10 s after warm-up: whole JVM {i1[1] - i0[1]:.0f} ms, PostgreSQL {i1[3] - i0[3]:.0f} ms CPU', flush=True)
print(f'{"page":20s} {"requests":>8s} {"req thr":>8s} {"JVM":>8s} {"PG app":>8s} {"PG all":>8s} {"JVM+PG":>8s} '
      f'{"SQL ms":>7s} {"stmts":>6s}  load average')
print('(CPU ms per request; SQL ms = statement time per request; stmts = PostgreSQL statements per request, each of '
      'a multi-statement batch counted)')
SEALER = "query like '%audit_seal s%'"
for name, path in pages.items():
    psql('select pg_stat_statements_reset()')
    b = cpu_ms(); gb = dict(groups)
    for i in range(args.requests):
        call('GET', path(i), expect=EXPECT.get(name, (200,)))
    e = cpu_ms(); ge = dict(groups)
    sql_ms, calls = psql("select coalesce(sum(total_exec_time) filter (where not (" + SEALER + ")), 0)::numeric(12,1) "
                         "|| ' ' || coalesce(sum(calls) filter (where not (" + SEALER + ") and query not like "
                         "'%pg_stat_statements%'), 0) from pg_stat_statements s join pg_roles r on r.oid = s.userid "
                         "where r.rolname = 'hearth_app'").split()
    n = args.requests
    d = [(e[k] - b[k]) / n for k in range(4)]
    load = ' '.join(read('/proc/loadavg').split()[:3])
    print(f'{name:20s} {n:8d} {d[0]:8.1f} {d[1]:8.1f} {d[2]:8.1f} {d[3]:8.1f} {d[1] + d[3]:8.1f} {float(sql_ms) / n:7.2f} {int(calls) / n:6.1f}'
          f'  {load}', flush=True)
    if args.top:
        for row in psql("select round(total_exec_time::numeric / " + str(n) + ", 3) || ' ms/request, ' || calls || "
                        "' calls: ' || left(regexp_replace(query, '\\s+', ' ', 'g'), 110) from pg_stat_statements "
                        "order by total_exec_time desc limit " + str(args.top)).split('\n'):
            print(f'{"":20s}   {row}')
    print(f'{"":20s} the JVM besides request threads: ' + ', '.join(
        f'{g} {(ge.get(g, 0) - gb.get(g, 0)) / n:.1f}' for g in [g for g, _ in GROUPS] + ['other threads']), flush=True)
