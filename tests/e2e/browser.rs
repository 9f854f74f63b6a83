//! Starting the three engines through their WebDriver servers, and small helpers for tests.

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A browser engine under test.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Engine {
    Chromium,
    Firefox,
    Webkit,
}

impl Engine {
    pub const ALL: [Engine; 3] = [Engine::Chromium, Engine::Firefox, Engine::Webkit];

    pub fn name(self) -> &'static str {
        match self {
            Engine::Chromium => "chromium",
            Engine::Firefox => "firefox",
            Engine::Webkit => "webkit",
        }
    }

    fn driver(self, port: u16) -> Command {
        let mut cmd = match self {
            Engine::Chromium => {
                let mut c = Command::new("chromedriver");
                c.arg(format!("--port={port}"));
                c
            }
            Engine::Firefox => {
                let mut c = Command::new("geckodriver");
                c.args(["--port", &port.to_string()]);
                c
            }
            Engine::Webkit => {
                let mut c = Command::new("WebKitWebDriver");
                c.arg(format!("--port={port}"));
                c
            }
        };
        cmd.stdout(Stdio::null()).stderr(Stdio::null());
        cmd
    }

    /// Capabilities verified with these engines' drivers; `Dark` and `NoScript` only where the
    /// engine lets a session choose them at start (Firefox).
    fn capabilities(self, profile: &str, mode: Mode) -> serde_json::Map<String, Value> {
        let dark = mode == Mode::Dark;
        let caps = match self {
            Engine::Chromium => json!({
                "browserName": "chrome",
                "goog:chromeOptions": {
                    "binary": "/usr/bin/chromium",
                    "args": ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                             "--no-first-run", "--disable-background-networking",
                             "--disable-component-update", "--disable-sync",
                             "--hide-scrollbars", "--window-size=1280,900",
                             format!("--user-data-dir={profile}")]
                }
            }),
            Engine::Firefox => json!({
                "browserName": "firefox",
                "moz:firefoxOptions": {
                    "binary": "/usr/bin/firefox-esr",
                    "args": ["-headless"],
                    "prefs": {
                        "javascript.enabled": mode != Mode::NoScript,
                        "ui.systemUsesDarkTheme": if dark { 1 } else { 0 },
                        "layout.css.prefers-color-scheme.content-override": if dark { 0 } else { 1 }
                    }
                }
            }),
            Engine::Webkit => json!({
                "browserName": "MiniBrowser",
                "webkitgtk:browserOptions": {
                    "binary": "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
                    "args": ["--automation"]
                }
            }),
        };
        caps.as_object().unwrap().clone()
    }
}

/// A running WebDriver server; killed when dropped.
pub struct Driver {
    child: Child,
    port: u16,
    engine: Engine,
    profiles: Vec<std::path::PathBuf>,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        for p in &self.profiles {
            let _ = std::fs::remove_dir_all(p);
        }
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

impl Driver {
    /// Starts the engine's WebDriver server; fails (never skips) when it is missing.
    pub async fn start(engine: Engine) -> Result<Driver, String> {
        let port = free_port();
        let child = engine
            .driver(port)
            .spawn()
            .map_err(|e| format!("{}: cannot start its WebDriver server: {e}", engine.name()))?;
        let driver = Driver {
            child,
            port,
            engine,
            profiles: Vec::new(),
        };
        let deadline = Instant::now() + Duration::from_secs(20);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            if Instant::now() > deadline {
                return Err(format!(
                    "{}: WebDriver server did not come up",
                    engine.name()
                ));
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        Ok(driver)
    }

    /// The WebDriver server's base URL.
    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Opens a browser session (light scheme unless `dark`).
    pub async fn session(&mut self, mode: Mode) -> Result<Client, String> {
        let profile = std::env::temp_dir().join(format!(
            "mg-e2e-{}-{}-{}",
            self.engine.name(),
            std::process::id(),
            self.profiles.len()
        ));
        std::fs::create_dir_all(&profile).map_err(|e| e.to_string())?;
        let caps = self.engine.capabilities(&profile.to_string_lossy(), mode);
        self.profiles.push(profile);
        let client = ClientBuilder::native()
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{}", self.port))
            .await
            .map_err(|e| format!("{}: cannot open a browser session: {e}", self.engine.name()))?;
        // WebKit's MiniBrowser may refuse to resize; its default window is desktop-sized.
        let _ = client.set_window_size(1280, 900).await;
        Ok(client)
    }
}

/// How a session starts.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    /// Light scheme, JavaScript on.
    Normal,
    /// The dark colour scheme (Firefox).
    Dark,
    /// JavaScript off (Firefox): what search engines and share previews see.
    NoScript,
}

/// A browser session plus the page helpers the tests use.
pub struct Page {
    pub c: Client,
    pub engine: Engine,
    pub origin: String,
    /// The WebDriver server's base URL, for vendor commands fantoccini does not wrap.
    pub driver: String,
}

/// Test results are plain strings: the first failed expectation.
pub type R<T = ()> = Result<T, String>;

fn err(e: impl std::fmt::Display) -> String {
    e.to_string()
}

impl Page {
    /// Opens a site path and waits for it to have loaded (and the app to have started, on a
    /// page that runs it).
    pub async fn open(&self, path: &str) -> R {
        self.c
            .goto(&format!("{}{path}", self.origin))
            .await
            .map_err(err)?;
        self.wait_app().await
    }

    /// Waits for the page to have loaded and, on the one page that runs the app (it has the
    /// picker, `#picker-app`), for the app to have taken over: the prerendered page is there at
    /// once, but tests act on the live picker (`<html data-picker="ready">`).
    pub async fn wait_app(&self) -> R {
        self.wait(
            "document.readyState === 'complete' && document.querySelector('main#main') !== null && (document.getElementById('picker-app') === null || document.documentElement.dataset.picker === 'ready')",
            "the page to load",
        )
        .await
    }

    /// Opens a path without waiting for the app (for test-only pages).
    pub async fn open_raw(&self, path: &str) -> R {
        self.c
            .goto(&format!("{}{path}", self.origin))
            .await
            .map_err(err)
    }

    /// Opens an absolute URL (another server's) without waiting for anything.
    pub async fn goto(&self, url: &str) -> R {
        self.c.goto(url).await.map_err(err)
    }

    /// A real WebDriver click on the first element matching `css` inside the shadow root of
    /// the first element matching `host`, once it has stopped moving (widgets above it may
    /// still be growing as their content arrives).
    pub async fn shadow_click(&self, host: &str, css: &str) -> R {
        let find = "const h = document.querySelector(arguments[0]); return (h && h.shadowRoot && h.shadowRoot.querySelector(arguments[1])) || null;";
        let args = vec![json!(host), json!(css)];
        let rect = "const r = arguments[0].getBoundingClientRect(); return [r.x, r.y, r.width, r.height, scrollY];";
        let deadline = Instant::now() + Duration::from_secs(5);
        let mut last = Value::Null;
        loop {
            let found = self.js(find, args.clone()).await?;
            if found.is_null() {
                // The picker shows some parts a frame after the tap that opens them.
                if Instant::now() > deadline {
                    return Err(format!("no {css} in the shadow root of {host}"));
                }
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
            self.js(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});",
                vec![found.clone()],
            )
            .await?;
            tokio::time::sleep(Duration::from_millis(100)).await;
            let now = self.js(rect, vec![found.clone()]).await?;
            if now == last || Instant::now() > deadline {
                let id = found
                    .as_object()
                    .and_then(|o| o.values().next())
                    .and_then(Value::as_str)
                    .ok_or("not an element")?;
                return fantoccini::elements::Element::from_element_id(
                    self.c.clone(),
                    id.to_string().into(),
                )
                .click()
                .await
                .map_err(|e| format!("click {css} in {host}: {e}"));
            }
            last = now;
        }
    }

    /// Sends a Chrome DevTools Protocol command (Chromium only).
    pub async fn cdp(&self, cmd: &str, params: Value) -> R {
        self.cdp_value(cmd, params).await.map(|_| ())
    }

    /// Sends a Chrome DevTools Protocol command (Chromium only) and returns its result.
    pub async fn cdp_value(&self, cmd: &str, params: Value) -> R<Value> {
        let id = self
            .c
            .session_id()
            .await
            .map_err(err)?
            .ok_or("no session")?;
        let body = json!({"cmd": cmd, "params": params}).to_string();
        let url = format!("{}/session/{id}/goog/cdp/execute", self.driver);
        let (status, _, body) =
            massage_guide::hosting::server::http("POST", &url, Some(&body)).map_err(err)?;
        check(status == 200, || {
            format!("{cmd}: HTTP {status}: {}", String::from_utf8_lossy(&body))
        })?;
        let answer: Value = serde_json::from_slice(&body).map_err(err)?;
        Ok(answer["value"].clone())
    }

    /// The paths of every file the page has loaded after the document itself (from the
    /// performance timeline: cached files count too).
    pub async fn loaded(&self) -> R<Vec<String>> {
        let v = self
            .js(
                "return performance.getEntriesByType('resource').map(e => new URL(e.name).pathname);",
                vec![],
            )
            .await?;
        serde_json::from_value(v).map_err(|e| e.to_string())
    }

    /// Runs `script` (a function body; `arguments` holds `args`) and returns its value.
    pub async fn js(&self, script: &str, args: Vec<Value>) -> R<Value> {
        self.c.execute(script, args).await.map_err(err)
    }

    /// Waits up to 10 s for the JS expression `cond` to be truthy.
    pub async fn wait(&self, cond: &str, what: &str) -> R {
        self.wait_up_to(cond, what, 10).await
    }

    /// Waits up to `secs` seconds for the JS expression `cond` to be truthy.
    pub async fn wait_up_to(&self, cond: &str, what: &str, secs: u64) -> R {
        let script = format!("try {{ return !!({cond}); }} catch (e) {{ return false; }}");
        let deadline = Instant::now() + Duration::from_secs(secs);
        // A page being left cannot answer (WebKit: "Callback was not called before the unload
        // event"): asked again on the next one.
        loop {
            let last_error = match self.js(&script, vec![]).await {
                Ok(Value::Bool(true)) => return Ok(()),
                Ok(_) => None,
                Err(e) => Some(e),
            };
            if Instant::now() > deadline {
                let h1 = self.text("h1").await.unwrap_or_default();
                let error = last_error
                    .map(|e| format!("; the driver said {e}"))
                    .unwrap_or_default();
                return Err(format!(
                    "timed out waiting for {what} (h1 is {h1:?}){error}"
                ));
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Waits for the page's `h1` to read exactly `text`.
    pub async fn wait_h1(&self, text: &str) -> R {
        let cond = format!(
            "(() => {{ const h = document.querySelectorAll('h1'); return h.length === 1 && h[0].textContent.trim() === {}; }})()",
            json!(text)
        );
        self.wait(&cond, &format!("the h1 {text:?}")).await
    }

    /// Text content of the first element matching `css`.
    pub async fn text(&self, css: &str) -> R<String> {
        let v = self
            .js("const e = document.querySelector(arguments[0]); return e ? e.textContent.trim() : null;", vec![json!(css)])
            .await?;
        v.as_str()
            .map(String::from)
            .ok_or_else(|| format!("no element {css}"))
    }

    /// Text contents of every element matching `css`.
    pub async fn texts(&self, css: &str) -> R<Vec<String>> {
        let v = self
            .js("return [...document.querySelectorAll(arguments[0])].map(e => e.textContent.trim());", vec![json!(css)])
            .await?;
        serde_json::from_value(v).map_err(err)
    }

    /// Attribute values of every element matching `css`.
    pub async fn attrs(&self, css: &str, attr: &str) -> R<Vec<String>> {
        let v = self
            .js("return [...document.querySelectorAll(arguments[0])].map(e => e.getAttribute(arguments[1]) || '');", vec![json!(css), json!(attr)])
            .await?;
        serde_json::from_value(v).map_err(err)
    }

    /// A real WebDriver click on the first element matching `css`, once there is one (the
    /// picker shows some parts a frame after the tap that opens them).
    pub async fn click(&self, css: &str) -> R {
        let el = self
            .c
            .wait()
            .at_most(Duration::from_secs(5))
            .for_element(Locator::Css(css))
            .await;
        self.click_found(el, css).await
    }

    /// Clicks the link whose text is exactly `text` inside `scope`.
    pub async fn click_link(&self, scope: &str, text: &str) -> R {
        let xpath = format!("//{scope}//a[normalize-space(.)={}]", xpath_literal(text));
        let el = self.c.find(Locator::XPath(&xpath)).await;
        self.click_found(el, &format!("link {text:?} in {scope}"))
            .await
    }

    async fn click_found(
        &self,
        el: Result<fantoccini::elements::Element, fantoccini::error::CmdError>,
        what: &str,
    ) -> R {
        let el = el.map_err(|e| format!("{what}: {e}"))?;
        // Scroll it into view first: some drivers refuse clicks on elements outside the viewport.
        self.c
            .execute(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});",
                vec![serde_json::to_value(&el).map_err(err)?],
            )
            .await
            .map_err(err)?;
        el.click().await.map_err(|e| format!("click {what}: {e}"))
    }

    /// The current URL's path.
    pub async fn path(&self) -> R<String> {
        Ok(self.c.current_url().await.map_err(err)?.path().to_string())
    }

    /// Waits until the URL's path is `path`.
    pub async fn wait_path(&self, path: &str) -> R {
        self.wait(
            &format!("location.pathname === {}", json!(path)),
            &format!("the URL {path}"),
        )
        .await
    }
}

fn xpath_literal(s: &str) -> String {
    if s.contains('\'') {
        format!("\"{s}\"")
    } else {
        format!("'{s}'")
    }
}

/// Fails with `msg` unless `cond`.
pub fn check(cond: bool, msg: impl FnOnce() -> String) -> R {
    if cond {
        Ok(())
    } else {
        Err(msg())
    }
}

/// `file`'s size in brotli at quality 11 (the `brotli` tool, apt package brotli, which
/// `scripts/setup.sh browsers` installs): how `make bench` and the code budget weigh files.
pub fn brotli_len(file: &std::path::Path) -> Result<u64, String> {
    let out = Command::new("brotli")
        .args(["-c", "-q", "11"])
        .arg(file)
        .output()
        .map_err(|e| format!("the brotli tool: {e}"))?;
    if !out.status.success() {
        return Err(format!("brotli {}", file.display()));
    }
    Ok(out.stdout.len() as u64)
}
