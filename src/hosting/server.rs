//! A static file server that behaves like a CDN: correct MIME types, gzip when asked (or
//! brotli, with `Options::brotli`, as some CDNs do), the
//! headers of the site's `_headers` file, an optional mount path (`/clinic/`), and for a
//! missing file either `404.html` with status 404 (as GitHub Pages does) or the rules of
//! `_redirects` (as Netlify does). `make serve-embed-demo` and the e2e tests use it.
//!
//! For the tests it can also break single files on purpose (`Fault`), log the paths asked for,
//! and collect the reports of Content-Security-Policy violations.

use super::headers::{self, Rule};
use super::live::{self, Live};
use flate2::{write::GzEncoder, Compression};
use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// What to do instead of serving a file normally.
#[derive(Clone, Debug)]
pub enum Fault {
    /// Close the connection without answering: the browser sees a network error.
    Drop,
    /// Answer with this status and a short text body (with the path's `_headers` headers,
    /// so that a widget on another origin may read the status).
    Status(u16),
    /// Serve this body instead of the file: a broken copy of a file of the site (with the
    /// `_headers` headers the file gets), or a test-only page (with none).
    Body(String),
    /// Wait this long, then serve the file normally.
    Delay(Duration),
}

/// How to serve a folder.
#[derive(Clone)]
pub struct Options {
    /// The URL path the folder is served under: `/` or e.g. `/clinic/`.
    pub prefix: String,
    /// Apply the `_redirects` rules (as Netlify does); without, a missing file gets the root's
    /// `404.html` with status 404 (as GitHub Pages does).
    pub rewrites: bool,
    /// Add `report-uri` to the Content-Security-Policy and keep the reports (`csp_reports`).
    pub report_csp: bool,
    /// `127.0.0.1:0` picks a free port.
    pub address: String,
    /// Development (`make serve`): every page gets the live-reload script, and `_headers` is
    /// read again for each request, as rebuilds change it.
    pub live: Option<Live>,
    /// Brotli (quality 11, the `brotli` tool) to a browser that accepts it, as Cloudflare and
    /// Netlify send; else gzip, as GitHub Pages does. `make bench` measures both.
    pub brotli: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            prefix: "/".into(),
            rewrites: false,
            report_csp: false,
            address: "127.0.0.1:0".into(),
            live: None,
            brotli: false,
        }
    }
}

/// Where browsers send CSP violation reports when `Options::report_csp` is on.
pub const CSP_REPORT_PATH: &str = "/__csp-report";

struct Shared {
    root: PathBuf,
    options: Options,
    headers: Vec<Rule>,
    redirects: Vec<(String, String, u16)>,
    faults: Mutex<HashMap<String, Fault>>,
    requests: Mutex<Vec<String>>,
    reports: Mutex<Vec<String>>,
}

/// A running server; it stops with the process.
#[derive(Clone)]
pub struct Server {
    /// `http://127.0.0.1:port`.
    pub origin: String,
    shared: Arc<Shared>,
}

impl Server {
    /// Serves `root` at the root of a free port, without rewrites.
    pub fn start(root: PathBuf) -> Server {
        Server::start_with(root, Options::default()).expect("start the server")
    }

    /// Serves `root` as `options` say; reads `_headers` and `_redirects` from `root`.
    pub fn start_with(root: PathBuf, options: Options) -> std::io::Result<Server> {
        let listener = TcpListener::bind(&options.address)?;
        let origin = format!("http://{}", listener.local_addr()?);
        let read = |name: &str| std::fs::read_to_string(root.join(name)).unwrap_or_default();
        let shared = Arc::new(Shared {
            headers: headers::parse_headers(&read("_headers")),
            redirects: headers::parse_redirects(&read("_redirects")),
            root,
            options,
            faults: Mutex::default(),
            requests: Mutex::default(),
            reports: Mutex::default(),
        });
        let for_thread = shared.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let shared = for_thread.clone();
                std::thread::spawn(move || {
                    let _ = handle(stream, &shared);
                });
            }
        });
        Ok(Server { origin, shared })
    }

    /// The paths asked for so far (without query), oldest first.
    pub fn requests(&self) -> Vec<String> {
        self.shared.requests.lock().unwrap().clone()
    }

    /// The CSP violation reports received so far (raw JSON bodies).
    pub fn csp_reports(&self) -> Vec<String> {
        self.shared.reports.lock().unwrap().clone()
    }

    /// Forgets the logged requests and reports.
    pub fn clear_logs(&self) {
        self.shared.requests.lock().unwrap().clear();
        self.shared.reports.lock().unwrap().clear();
    }

    /// Breaks `path` (e.g. `/content/site.json`) until `clear_faults`.
    pub fn fault(&self, path: &str, fault: Fault) {
        self.shared
            .faults
            .lock()
            .unwrap()
            .insert(path.to_string(), fault);
    }

    /// Serves every file normally again.
    pub fn clear_faults(&self) {
        self.shared.faults.lock().unwrap().clear();
    }

    /// The absolute URL of a path (including the prefix, if any).
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.origin)
    }
}

fn mime(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "wasm" => "application/wasm",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "txt" => "text/plain; charset=utf-8",
        "xml" => "application/xml",
        _ => "application/octet-stream",
    }
}

fn handle(mut stream: TcpStream, shared: &Shared) -> std::io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    let (mut gzip, mut br, mut length) = (false, false, 0usize);
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 || line == "\r\n" || line == "\n" {
            break;
        }
        let lower = line.to_ascii_lowercase();
        if let Some(accepted) = lower.strip_prefix("accept-encoding:") {
            let names: Vec<&str> = accepted
                .split(',')
                .map(|e| e.split(';').next().unwrap_or_default().trim())
                .collect();
            gzip = names.contains(&"gzip");
            br = names.contains(&"br");
        }
        if let Some(v) = lower.strip_prefix("content-length:") {
            length = v.trim().parse().unwrap_or(0);
        }
    }
    let encoding = match (br && shared.options.brotli, gzip) {
        (true, _) => Encoding::Brotli,
        (false, true) => Encoding::Gzip,
        _ => Encoding::Identity,
    };
    let mut parts = request_line.split_whitespace();
    let method = parts.next().unwrap_or("");
    let target = parts.next().unwrap_or("/");
    let path = target.split(['?', '#']).next().unwrap_or("/").to_string();
    let prefix = &shared.options.prefix;
    if let Some(live) = &shared.options.live {
        let no_store = [("Cache-Control".to_string(), "no-store".to_string())];
        match path.strip_prefix(prefix.as_str()) {
            Some("__live/live.js") => {
                let js = live::SCRIPT.as_bytes();
                return respond(
                    &mut stream,
                    200,
                    mime(Path::new("a.js")),
                    js,
                    &no_store,
                    Encoding::Identity,
                    method,
                );
            }
            Some("__live/wait") => {
                let seq = target.split_once("?seq=").and_then(|(_, n)| n.parse().ok());
                let news = live.wait(seq);
                let json = mime(Path::new("a.json"));
                return respond(
                    &mut stream,
                    200,
                    json,
                    news.as_bytes(),
                    &no_store,
                    Encoding::Identity,
                    method,
                );
            }
            _ => {}
        }
    }

    if method == "POST" && path == CSP_REPORT_PATH {
        let mut body = vec![0; length.min(1 << 20)];
        reader.read_exact(&mut body)?;
        let report = String::from_utf8_lossy(&body).into_owned();
        shared.reports.lock().unwrap().push(report);
        return respond(
            &mut stream,
            204,
            "text/plain",
            b"",
            &[],
            Encoding::Identity,
            method,
        );
    }
    shared.requests.lock().unwrap().push(path.clone());

    let fault = shared.faults.lock().unwrap().get(&path).cloned();
    match fault {
        Some(Fault::Drop) => return stream.shutdown(std::net::Shutdown::Both),
        Some(Fault::Status(code)) => {
            let extra = extra_headers(shared, &path);
            return respond(
                &mut stream,
                code,
                "text/plain; charset=utf-8",
                b"broken on purpose",
                &extra,
                Encoding::Identity,
                method,
            );
        }
        Some(Fault::Body(body)) => {
            // A path without an extension stands for a page.
            let page = Path::new(&path).extension().is_none();
            let prefix = shared.options.prefix.trim_end_matches('/');
            let of_site = path
                .strip_prefix(prefix)
                .is_some_and(|inside| resolve(&shared.root, inside).is_some());
            let extra = if of_site {
                extra_headers(shared, &path)
            } else {
                Vec::new()
            };
            return respond(
                &mut stream,
                200,
                if page {
                    mime(Path::new("index.html"))
                } else {
                    mime(Path::new(&path))
                },
                body.as_bytes(),
                &extra,
                encoding,
                method,
            );
        }
        Some(Fault::Delay(d)) => std::thread::sleep(d),
        None => {}
    }

    let not_found = |stream: &mut TcpStream| {
        respond(
            stream,
            404,
            "text/plain",
            b"not found",
            &[],
            Encoding::Identity,
            method,
        )
    };
    let Some(inside) = path.strip_prefix(prefix.trim_end_matches('/')) else {
        return not_found(&mut stream);
    };
    let (status, file) = match resolve(&shared.root, inside) {
        Some(file) => (200, file),
        None => rewrite(shared, &path).unwrap_or((404, shared.root.join("404.html"))),
    };
    let mut body = Vec::new();
    match std::fs::File::open(&file) {
        Ok(mut f) => {
            f.read_to_end(&mut body)?;
        }
        Err(_) => return not_found(&mut stream),
    }
    if shared.options.live.is_some() && mime(&file).starts_with("text/html") {
        body = live::inject(&String::from_utf8_lossy(&body), prefix).into_bytes();
    }
    let extra = extra_headers(shared, &path);
    respond(
        &mut stream,
        status,
        mime(&file),
        &body,
        &extra,
        encoding,
        method,
    )
}

/// The `_headers` headers for `path`, plus the report address when reports are collected.
fn extra_headers(shared: &Shared, path: &str) -> Vec<(String, String)> {
    let fresh;
    let rules = if shared.options.live.is_some() {
        let text = std::fs::read_to_string(shared.root.join("_headers")).unwrap_or_default();
        fresh = headers::parse_headers(&text);
        &fresh
    } else {
        &shared.headers
    };
    let mut extra = headers::headers_for(rules, path);
    if shared.options.report_csp {
        for (name, value) in &mut extra {
            if name.eq_ignore_ascii_case("content-security-policy") {
                value.push_str(&format!("; report-uri {CSP_REPORT_PATH}"));
            }
        }
    }
    extra
}

/// The status and file a `_redirects` rule (a rewrite: 200 or 404) gives `path`, when rules
/// are on.
fn rewrite(shared: &Shared, path: &str) -> Option<(u16, PathBuf)> {
    if !shared.options.rewrites {
        return None;
    }
    let prefix = shared.options.prefix.trim_end_matches('/');
    shared
        .redirects
        .iter()
        .filter(|(from, _, status)| matches!(status, 200 | 404) && headers::matches(from, path))
        .find_map(|(_, to, status)| {
            Some((*status, resolve(&shared.root, to.strip_prefix(prefix)?)?))
        })
}

/// Maps a URL path to a file under `root`, `index.html` for directories; never outside root.
fn resolve(root: &Path, url_path: &str) -> Option<PathBuf> {
    let decoded = percent_decode(url_path);
    let mut file = root.to_path_buf();
    for segment in decoded.split('/').filter(|s| !s.is_empty()) {
        if segment == ".." || segment == "." || segment.contains('\\') {
            return None;
        }
        file.push(segment);
    }
    if file.is_dir() {
        file.push("index.html");
    }
    file.is_file().then_some(file)
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let Ok(b) = u8::from_str_radix(&s[i + 1..i + 3], 16) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// How a response's body is sent.
#[derive(Clone, Copy, PartialEq)]
enum Encoding {
    Identity,
    Gzip,
    Brotli,
}

/// `body` in brotli, quality 11, made once per distinct body: compressing a wasm file that
/// well takes the tool about a second.
fn brotli(body: &[u8]) -> std::io::Result<Vec<u8>> {
    use sha2::Digest;
    static MADE: std::sync::OnceLock<Mutex<HashMap<Vec<u8>, Vec<u8>>>> = std::sync::OnceLock::new();
    let key = sha2::Sha256::digest(body).to_vec();
    let made = MADE.get_or_init(Mutex::default);
    if let Some(done) = made.lock().unwrap_or_else(|e| e.into_inner()).get(&key) {
        return Ok(done.clone());
    }
    let mut tool = std::process::Command::new("brotli")
        .args(["-c", "-q", "11"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()?;
    let mut input = tool.stdin.take().ok_or(std::io::ErrorKind::BrokenPipe)?;
    let owned = body.to_vec();
    let writer = std::thread::spawn(move || input.write_all(&owned));
    let out = tool.wait_with_output()?;
    writer
        .join()
        .map_err(|_| std::io::ErrorKind::BrokenPipe)??;
    made.lock()
        .unwrap_or_else(|e| e.into_inner())
        .insert(key, out.stdout.clone());
    Ok(out.stdout)
}

#[allow(clippy::too_many_arguments)]
fn respond(
    stream: &mut TcpStream,
    status: u16,
    content_type: &str,
    body: &[u8],
    extra: &[(String, String)],
    encoding: Encoding,
    method: &str,
) -> std::io::Result<()> {
    let compressible = !content_type.starts_with("image/") || content_type.contains("svg");
    let encoding = if compressible {
        encoding
    } else {
        Encoding::Identity
    };
    let body = match encoding {
        Encoding::Gzip => {
            let mut enc = GzEncoder::new(Vec::new(), Compression::default());
            enc.write_all(body)?;
            enc.finish()?
        }
        Encoding::Brotli => brotli(body)?,
        Encoding::Identity => body.to_vec(),
    };
    let reason = match status {
        200 => "OK",
        204 => "No Content",
        404 => "Not Found",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        _ => "Status",
    };
    let mut head = format!(
        "HTTP/1.1 {status} {reason}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n",
        body.len()
    );
    for (name, value) in extra {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    match encoding {
        Encoding::Gzip => head.push_str("Content-Encoding: gzip\r\nVary: Accept-Encoding\r\n"),
        Encoding::Brotli => head.push_str("Content-Encoding: br\r\nVary: Accept-Encoding\r\n"),
        Encoding::Identity => {}
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes())?;
    if method != "HEAD" {
        stream.write_all(&body)?;
    }
    stream.flush()
}

/// A minimal HTTP/1.1 request (no TLS, no redirects): status, headers (lowercased) and body.
/// Used to check what the server itself answers and to reach WebDriver vendor endpoints.
pub fn http(
    method: &str,
    url: &str,
    body: Option<&str>,
) -> std::io::Result<(u16, String, Vec<u8>)> {
    let rest = url.strip_prefix("http://").expect("http URL");
    let (host, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    let path = if path.is_empty() { "/" } else { path };
    let mut stream = TcpStream::connect(host)?;
    let body = body.unwrap_or("");
    write!(
        stream,
        "{method} {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )?;
    // Read the head, then exactly Content-Length bytes: some servers keep the connection open.
    stream.set_read_timeout(Some(Duration::from_secs(30)))?;
    let mut reader = BufReader::new(stream);
    let mut head = String::new();
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 || line == "\r\n" {
            break;
        }
        head.push_str(&line.to_ascii_lowercase());
    }
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let length = head
        .lines()
        .find_map(|l| l.strip_prefix("content-length:"))
        .and_then(|v| v.trim().parse::<usize>().ok());
    let mut body = Vec::new();
    match length {
        Some(n) => {
            body.resize(n, 0);
            reader.read_exact(&mut body)?;
        }
        None => {
            reader.read_to_end(&mut body)?;
        }
    }
    Ok((status, head, body))
}
