//! Live reload for `make serve`: the dev server adds one script to every page it serves
//! (`live.js`, never part of `make dist`), which waits on `__live/wait` and reloads the page when
//! the site has been rebuilt, or shows the content error that stopped the rebuild.

use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

/// The page's side, served from the dev server only.
pub const SCRIPT: &str = include_str!("live.js");
/// Where, below the site's prefix, the script and its wait are served.
pub const PATH: &str = "__live/";

#[derive(Default)]
struct State {
    /// Changes on every event, so a waiting page answers to an error too.
    seq: u64,
    /// Changes on every good build: the page reloads.
    build: u64,
    /// What stopped the last rebuild; the last good build is still served.
    error: Option<String>,
}

/// The dev server's news, shared by the rebuilding loop and the waiting pages.
#[derive(Clone, Default)]
pub struct Live(Arc<(Mutex<State>, Condvar)>);

impl Live {
    /// A rebuild succeeded: waiting pages reload.
    pub fn built(&self) {
        self.update(|s| {
            s.build += 1;
            s.error = None;
        });
    }

    /// A rebuild failed: waiting pages show why.
    pub fn failed(&self, error: String) {
        self.update(|s| s.error = Some(error));
    }

    fn update(&self, change: impl FnOnce(&mut State)) {
        let (state, changed) = &*self.0;
        let mut s = state.lock().unwrap();
        change(&mut s);
        s.seq += 1;
        changed.notify_all();
    }

    /// The answer to `wait?seq=N`: at once if something happened since `seq` (or it is not a
    /// number), else when something does, or after 25 s (the page then asks again).
    pub fn wait(&self, seq: Option<u64>) -> String {
        let (state, changed) = &*self.0;
        let mut s = state.lock().unwrap();
        if seq == Some(s.seq) {
            s = changed
                .wait_timeout_while(s, Duration::from_secs(25), |s| Some(s.seq) == seq)
                .unwrap()
                .0;
        }
        serde_json::json!({ "seq": s.seq, "build": s.build, "error": s.error }).to_string()
    }
}

/// `html` with the live script before `</body>`, its URL below `prefix` (`/` or `/clinic/`).
pub fn inject(html: &str, prefix: &str) -> String {
    let tag = format!("<script src=\"{prefix}{PATH}live.js\"></script>");
    match html.rfind("</body>") {
        Some(at) => format!("{}{tag}{}", &html[..at], &html[at..]),
        None => format!("{html}{tag}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_waiting_page_hears_of_a_build_and_of_an_error() {
        let live = Live::default();
        let first: serde_json::Value = serde_json::from_str(&live.wait(None)).unwrap();
        assert_eq!(
            (first["seq"].as_u64(), first["build"].as_u64()),
            (Some(0), Some(0))
        );
        let waiter = {
            let live = live.clone();
            std::thread::spawn(move || live.wait(Some(0)))
        };
        std::thread::sleep(Duration::from_millis(50));
        live.failed("about.json:3:5: heading: invalid type".into());
        let news: serde_json::Value = serde_json::from_str(&waiter.join().unwrap()).unwrap();
        assert_eq!(news["error"], "about.json:3:5: heading: invalid type");
        assert_eq!(news["build"], 0);
        live.built();
        let news: serde_json::Value = serde_json::from_str(&live.wait(Some(1))).unwrap();
        assert_eq!(
            (news["build"].as_u64(), news["error"].is_null()),
            (Some(1), true)
        );
    }

    #[test]
    fn the_script_goes_before_the_end_of_the_body() {
        assert_eq!(
            inject("<body><p>x</p></body></html>", "/clinic/"),
            "<body><p>x</p><script src=\"/clinic/__live/live.js\"></script></body></html>"
        );
    }
}
