"""Every default of an onionscope crawl, grouped by prefix; the Scrapy settings module of the crawler.

Only ``from_crawler`` methods and the CLI read these; components take plain arguments otherwise.

    >>> from scrapy.settings import Settings
    >>> s = Settings()
    >>> s.setmodule("crawler.settings", priority="project")
    >>> s.getint("CONCURRENT_REQUESTS_PER_DOMAIN"), s["DOWNLOAD_HANDLERS"]["http"]
    (8, 'crawler.handlers.socks.SocksDownloadHandler')
"""

from __future__ import annotations

# --- AUDIT: every allow/deny decision goes to the ethics audit log -----------------------------
AUDIT_ENABLED = True  # write allow/deny and capture entries to the tamper-evident audit log
AUDIT_LOG = None  # audit log path; None = <ONIONSCOPE_HOME>/audit.jsonl
AUDIT_LOG_ALLOWS = True  # also log allowed requests, not only denials (evidence of scope)

# --- CANONICAL: URL canonicalisation and content de-duplication --------------------------------
CANONICAL_ENABLED = True  # canonicalise every outgoing request URL before scheduling
CANONICAL_DROP_FRAGMENT = True  # drop #fragments
CANONICAL_SESSION_PARAMS = [  # query parameter names that carry a session, dropped
    "sid",
    "session",
    "sessionid",
    "session_id",
    "phpsessid",
    "jsessionid",
    "s",
    "token",
    "auth",
]
CANONICAL_TRACKING_PARAMS = [  # tracking parameters, dropped (prefix match for utm_)
    "utm_",
    "ref",
    "fbclid",
    "gclid",
    "mc_cid",
    "mc_eid",
    "_ga",
]
DEDUP_CONTENT_ENABLED = True  # a body already seen (same SHA-256) is archived but not re-parsed

# --- CRAWL: what the spider follows -------------------------------------------------------------
CRAWL_DISCOVERY = True  # follow links to other onions when the scope allows them
CRAWL_PARSE = True  # parse pages with parsers.parse_page; off = links only (crawl-only mode)
CRAWL_START_URLS: list[str] = []  # extra start URLs (still subject to the scope)
CRAWL_FOLLOW_TYPES = [  # page types whose links are followed
    "listing_index",
    "listing",
    "vendor",
    "feedback",
    "forum_index",
    "thread",
    "profile",
    "directory",
    "other",
]
CRAWL_REVISIT = False  # refetch pages already fetched in this JOBDIR (longitudinal snapshots)

# --- FRONTIER: crash-safe scheduler (SQLite in JOBDIR) ------------------------------------------
FRONTIER_COMMIT_INTERVAL = 0.1  # seconds between frontier commits (always in event order)
FRONTIER_DB = None  # frontier database; None = <JOBDIR>/frontier.sqlite3 or in memory

# --- INDEX: where records go (read by onionscope.pipeline.IndexPipeline) ------------------------
INDEX_BATCH_SIZE = 200  # records per index add() call
INDEX_TARGET = None  # index target for index.open_index(); None = no indexing

# --- INTERSTITIAL: login walls, captchas, DDoS-guard queues -------------------------------------
INTERSTITIAL_BLOCK_AT_ENTRY = True  # an interstitial at a site's entry page blocks the site
INTERSTITIAL_ENABLED = True  # detect, record and stop at interstitials, never solve them

# --- LIVENESS: per-onion up/down history --------------------------------------------------------
LIVENESS_BACKOFF_BASE = 60.0  # seconds before the first revisit of a dead onion
LIVENESS_BACKOFF_MAX = 7 * 24 * 3600.0  # cap of the exponential backoff, seconds
LIVENESS_DB = None  # SQLite file; None = <ONIONSCOPE_HOME>/liveness.sqlite3
LIVENESS_ENABLED = True  # skip onions in backoff, record every success and failure

# --- MEDIA: what non-HTML responses may be kept (scope media policy, python-magic) ---------------
MEDIA_ENABLED = True  # apply the scope's media policy to every response body

# --- PIPELINE: where enrichment and indexing run ----------------------------------------------
PIPELINE_WORKER = True  # enrichment + index in a worker process (onionscope.pipeline.WorkerPipeline)
PIPELINE_WORKER_QUEUE = 8  # batches waiting for the worker before the crawl waits (backpressure)
PIPELINE_WORKER_STAGES: list[str] = []  # enrichment pipeline class paths, in order (set by the CLI)

# --- PROGRESS: console progress for long crawls -------------------------------------------------
PROGRESS_ENABLED = False  # print a one-line progress report on stderr
PROGRESS_INTERVAL = 5.0  # seconds between progress lines

# --- SCOPE: the legal scope a crawl runs under --------------------------------------------------
SCOPE_BLOCKLIST = None  # optional blocklist file for ethics Policy
SCOPE_FILE = None  # signed scope file (required to crawl)

# --- SESSION: analyst-supplied cookies for authenticated crawling -------------------------------
SESSION_COOKIES: dict[str, dict[str, str]] = {}  # {onion: {name: value}}; only where the scope allows login
SESSION_COOKIES_FILE = None  # Netscape cookies.txt exported by an analyst (expiry times honoured)

# --- TOR: transport ----------------------------------------------------------------------------
TOR_CONTROL_ENDPOINTS: list[dict[str, object]] = []  # control port + cookie per SOCKS endpoint
TOR_ISOLATE = True  # SOCKS username = onion: one circuit family per onion service
TOR_ISOLATION_NONCE = None  # SOCKS password; None = random per run (fresh circuits each run)
TOR_MAX_IDLE_PER_KEY = 16  # idle keep-alive streams kept per (tor client, isolation, onion)
TOR_RETRY_BACKOFF_BASE = 1.0  # seconds, doubled per attempt, for retried Tor failures
TOR_RETRY_BACKOFF_MAX = 30.0  # cap of the retry delay, seconds
TOR_RETRY_TIMES = {  # retries per error class (crawler.errors keys); others get 0
    "descriptor_not_found": 1,
    "descriptor_invalid": 0,
    "intro_failed": 3,
    "rendezvous_failed": 3,
    "intro_timeout": 3,
    "missing_client_auth": 0,
    "bad_client_auth": 0,
    "bad_address": 0,
    "circuit": 2,
    "timeout": 2,
    "tor_unavailable": 2,
}
TOR_SOCKS_ENDPOINTS: list[str] = []  # ["127.0.0.1:9050", ...]: the tor client pool, sticky per onion
TOR_TLS_CA_FILE = None  # PEM CAs to trust instead of the system store (needs TOR_TLS_VERIFY = True)
# https onions: the onion name already authenticates the service (tor reaches only the holder of its
# key) and most show self-signed certificates, so by default any certificate is accepted and its
# SHA-256 recorded in WARC; True requires a CA-valid certificate naming the onion.
TOR_TLS_VERIFY = False  # require CA-valid certificates for https onions (see above)
TOR_WAIT_BOOTSTRAP = 120.0  # seconds to wait for each tor client to reach 100 % (0 = no check)

# --- WARC: evidence copies (ISO 28500) ----------------------------------------------------------
WARC_DIR = None  # directory of WARC files; None = <JOBDIR>/warc or ./warc
WARC_ENABLED = True  # write every request and response to WARC
WARC_GZIP_LEVEL = 1  # zlib level of each record's gzip member (1: fast, evidence is not about size)
WARC_FSYNC = False  # fsync after each record pair (slower; the write itself is already atomic)
WARC_MAX_SIZE = 512 * 1024 * 1024  # rotate to a new file above this many bytes
WARC_PREFIX = "onionscope"  # WARC file name prefix

# --- Scrapy settings, tuned for Tor -------------------------------------------------------------
# AutoThrottle stays on: an onion that answers slower is asked less often, the polite choice on a
# real service. Its latency includes our own reactor lag, so on the shared-CPU lab it costs a few %
# of the biggest onion's rate (bench_crawl --crawl-set AUTOTHROTTLE_ENABLED=false shows how much).
AUTOTHROTTLE_ENABLED = True  # adapt delay to each onion's latency (never below DOWNLOAD_DELAY)
AUTOTHROTTLE_START_DELAY = 0.0  # no initial delay: lab/real onions answer in 50 ms-5 s
AUTOTHROTTLE_TARGET_CONCURRENCY = 8.0  # parallel requests per onion AutoThrottle aims at
BOT_NAME = "onionscope"  # Scrapy bot name (never sent: USER_AGENT is)
CONCURRENT_ITEMS = 4  # items of one page in parallel (Scrapy starts one task per slot per page)
CONCURRENT_REQUESTS = 64  # total in flight, all onions
CONCURRENT_REQUESTS_PER_DOMAIN = 8  # per onion (a downloader slot is one host)
COOKIES_ENABLED = True  # sites' own cookies (kept per onion)
DOWNLOAD_DELAY = 0.0  # minimum per-onion delay; scopes may raise it
DOWNLOAD_HANDLERS = {  # every http(s) request goes to tor; nothing else has a handler
    "http": "crawler.handlers.socks.SocksDownloadHandler",
    "https": "crawler.handlers.socks.SocksDownloadHandler",
    "ftp": None,
    "s3": None,
    "file": None,
    "data": None,
}
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024  # bigger bodies are refused (recorded, never kept partial)
DOWNLOAD_TIMEOUT = 60  # seconds per request, rendezvous included
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024  # log a warning above this body size
DOWNLOADER = "crawler.ratelimit.RateLimitedDownloader"  # per-onion delay that credits late timers
DOWNLOADER_MIDDLEWARES = {  # ours by concern; Scrapy's retry, proxy and offsite replaced or off
    "crawler.middlewares.session.SessionCookieMiddleware": 40,  # tells the scope check about login
    "crawler.middlewares.scope.ScopeMiddleware": 50,  # no I/O before an allow decision
    "crawler.middlewares.liveness.LivenessMiddleware": 60,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.retry.OnionRetryMiddleware": 550,
    "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
    "crawler.middlewares.redirect.RedirectMiddleware": 600,  # no Referer on redirects either
    "scrapy.downloadermiddlewares.httpproxy.HttpProxyMiddleware": None,  # proxies would bypass tor
    "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,  # the scope decides
    "crawler.middlewares.warc.WarcMiddleware": 950,  # next to the handler: sees the raw response
    "crawler.middlewares.warc.ResponsePolicyMiddleware": 960,  # verdict before anything is stored
}
EXTENSIONS = {  # progress lines (PROGRESS_ENABLED); no spider.state file: the frontier keeps the state
    "crawler.progress.ProgressExtension": 900,
    "scrapy.extensions.spiderstate.SpiderState": None,
}
DUPEFILTER_CLASS = "scrapy.dupefilters.BaseDupeFilter"  # the frontier de-duplicates, durably
LOG_LEVEL = "INFO"  # Scrapy log level
METAREFRESH_ENABLED = False  # DDoS-guard queues refresh themselves: never loop on them
REFERER_ENABLED = False  # no Referer: it tells one onion where we came from (and costs CPU)
REDIRECT_MAX_TIMES = 5  # redirect loops stop here
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"  # current fingerprints (used by Scrapy components)
RETRY_ENABLED = False  # replaced by crawler.middlewares.retry (per Tor error class)
ROBOTSTXT_OBEY = False  # one request per page: the scope, not robots.txt, says what may be read
SCHEDULER = "crawler.frontier.FrontierScheduler"  # crash-safe frontier (SIGKILL-resumable)
SPIDER_MIDDLEWARES = {  # canonical URLs before the frontier sees them
    "crawler.middlewares.canonical.CanonicalMiddleware": 960,
}
TELNETCONSOLE_ENABLED = False  # no listening port beyond what the crawl needs
# Scrapy 2.19's RemoteControl runs Python sent to a local HTTP port inside the crawl (token in a
# file under the user's profile): anyone who reads that file could alter evidence mid-crawl.
REMOTE_CONTROL_ENABLED = False  # no code from outside runs in a crawl
WARN_ON_GENERATOR_RETURN_VALUE = False  # Scrapy re-parses the callback's source per response otherwise
USER_AGENT = "Mozilla/5.0 (Windows NT 10.0; rv:128.0) Gecko/20100101 Firefox/128.0"  # Tor Browser's
