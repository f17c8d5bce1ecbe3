#!/usr/bin/env python3
"""jfr-request-costs.py: where a page-cpu run's request-thread CPU went, split into what every request pays (session,
security filters, CSRF, Tomcat, audit append, layout advice) and the page's own work (DispatcherServlet).

  bench/page-cpu.sh --jar A.jar --data-dir DIR --jfr /tmp/jfr --pages my-work,child-record,find,keep-alive,not-found
  bench/jfr-request-costs.py /tmp/jfr/A.jfr ['Tomcat,CSRF,...']

Each execution sample of a Tomcat request thread goes to the first rule (RULES) its stack matches, innermost frame
first; the phase (which page page-cpu was asking for) is the nearest sample's page controller frame (PAGES). The
optional second argument lists categories whose innermost non-JDK frames to print for My work, keep-alive and not
found. Samples count CPU time only roughly (JFR samples running Java threads every 10-20 ms): read shares, not ms.
"""
import re, subprocess, sys, collections
out = subprocess.run(['jfr', 'print', '--events', 'jdk.ExecutionSample', '--stack-depth', '600', sys.argv[1]],
                     capture_output=True, text=True).stdout
RULES = [  # innermost match wins
    ('layout advice (menus, counts)', r'org\.hearth\.platform\.web\.LayoutAdvice|org\.hearth\.\w+(\.\w+)*\.(\w+Nav|ManagerNavigation|ReturnsNavAdvice)\.'),
    ('audit append', r'org\.hearth\.audit\.AuditLog\.append'),
    ('user directory', r'org\.hearth\.access\.UserDirectory\.'),
    ('session read (findById)', r'JdbcIndexedSessionRepository\.findById|SessionTouches\.findById'),
    ('session deserialise', r'JdbcIndexedSessionRepository.*(lambda|deserialize)|JdbcSession\.getAttribute|DeserializingConverter'),
    ('session write (save)', r'JdbcIndexedSessionRepository\.save|SessionTouches\.save'),
    ('CSRF', r'[Cc]srf'),
    ('security context / session mgmt', r'SecurityContextHolderFilter|HttpSessionSecurityContextRepository|SessionManagementFilter|RequestCacheAwareFilter|SavedRequest'),
    ('security headers', r'HeaderWriterFilter|HeaderWriter'),
    ('authorization', r'AuthorizationFilter|AuthorizationManager'),
    ('page (DispatcherServlet)', r'DispatcherServlet\.doDispatch|FrameworkServlet\.service'),
    ('error page dispatch', r'StandardHostValve\.(status|custom)|ApplicationDispatcher'),
    ('security chain (other)', r'FilterChainProxy|springframework\.security\.web'),
    ('session filter (other)', r'SessionRepositoryFilter|OnCommittedResponseWrapper'),
    ('hardening filter', r'HttpHardening'),
    ('other filters', r'OncePerRequestFilter|ApplicationFilterChain\.internalDoFilter'),
    ('Tomcat', r'org\.apache\.(catalina|coyote|tomcat)'),
]
RULES = [(n, re.compile(p)) for n, p in RULES]
PAGES = [('find', r'FindChildPage\.'), ('My work', r'clocks\.CaseloadPage\.(home|myWork|page|show|caseload)'), ('keep-alive', r'CaseloadPage\.keepAlive'),
         ('child record', r'ChildPage\.|record\.ChildRecord'), 
         ('not found', r'NoResourceFoundException|ResourceHttpRequestHandler|ErrorPages|BasicErrorController')]
PAGES = [(n, re.compile(p)) for n, p in PAGES]
samples = []
for block in out.split('jdk.ExecutionSample {')[1:]:
    m = re.search(r'sampledThread = "([^"]+)"', block)
    thread = m.group(1) if m else '?'
    t = re.search(r'startTime = (\S+)', block).group(1)
    st = block.split('stackTrace = [', 1)[1].rsplit(']', 1)[0] if 'stackTrace = [' in block else ''
    frames = [f.strip() for f in st.strip().split('\n') if f.strip()]
    samples.append((t, thread, frames))
samples.sort()
req = [s for s in samples if re.match(r'http-nio-\d+-exec', s[1])]
# phase: nearest sample with a page marker
marks = []
for i, (t, th, fr) in enumerate(req):
    joined = '\n'.join(fr)
    page = next((n for n, p in PAGES if p.search(joined)), None)
    marks.append(page)
phase = [None] * len(req)
last = None
for i in range(len(req)):
    if marks[i]:
        last = marks[i]
    phase[i] = last
nxt = None
for i in range(len(req) - 1, -1, -1):
    if marks[i]:
        nxt = marks[i]
    if phase[i] is None:
        phase[i] = nxt
by = collections.defaultdict(collections.Counter)
DRILL = set(sys.argv[2].split(',')) if len(sys.argv) > 2 else set()
drill = collections.defaultdict(collections.Counter)
for (t, th, fr), ph in zip(req, phase):
    cat = 'unclassified'
    for f in fr:  # innermost first
        hit = next((n for n, p in RULES if p.search(f)), None)
        if hit:
            cat = hit
            break
    by[ph or '?'][cat] += 1
    by['ALL'][cat] += 1
    if DRILL and cat in DRILL:
        # the frame just inside the matched one's package boundary: the innermost frame of the stack and the first non-JDK frame
        leaf = next((f for f in fr if not f.startswith(('java.', 'jdk.', 'sun.'))), fr[0] if fr else '?')
        drill[(ph, cat)][re.sub(r'\(.*', '', leaf)] += 1
others = collections.Counter(th if not re.match(r'.*\d+$', th) else re.sub(r'[-#]?\d+$', '', th) for _, th, _ in samples
                             if not re.match(r'http-nio-\d+-exec', th))
for ph, c in by.items():
    total = sum(c.values())
    print(f'== {ph}: {total} request-thread samples')
    for cat, n in c.most_common():
        print(f'   {cat:36s} {n:6d} {100 * n / total:5.1f}%')
print('== other JVM threads (samples):', ', '.join(f'{k} {v}' for k, v in others.most_common(12)))

for (ph, cat), c in sorted(drill.items(), key=lambda x: str(x[0])):
    if ph not in ('My work', 'not found', 'keep-alive'):
        continue
    print(f'-- {ph} / {cat}: innermost non-JDK frames')
    for f, n in c.most_common(12):
        print(f'   {n:5d} {f}')
